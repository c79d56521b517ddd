"""JSON Lines articles: `{"id", "text", "published"?, "url"?, "title"?, "source"?}` per line.

Read line by line (plain or gzip) so a corpus never sits in memory; every bad line becomes an
`IngestError` whose `item` is its 1-based line number, and the file carries on.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

from storyline.ingest.common import error, is_blank, iter_lines, make_document, normalize_published
from storyline.ingest.decode import UTF8_BOM, DecodeProblem, decode_bytes
from storyline.records import Document, IngestError

log = logging.getLogger(__name__)

_OPTIONAL_STR = ("published", "url", "title", "source")
# Names other exporters (news-please, RSS converters, CMS dumps) give the contract's fields; read
# only when the contract's own name is absent, and only when a string.
_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("content", "maintext", "body"),
    "published": ("date_publish", "date_published", "datePublished", "published_at", "publish_date",
                  "pubDate", "date"),
    "title": ("headline",),
    "url": ("link",),
}
# Epoch timestamps later than this are in milliseconds (1e11 seconds is the year 5138).
_EPOCH_MS = 10**11


def read_jsonl(path: str, *, gzipped: bool, max_bytes: int) -> Iterator[Document | IngestError]:
    """Yield one `Document` or `IngestError` per non-blank line of a (gzipped) JSONL file."""
    try:
        raw: BinaryIO = gzip.open(path, "rb") if gzipped else open(path, "rb")  # type: ignore[assignment]  # noqa: SIM115
    except OSError as exc:
        yield error(path, "io", f"cannot open: {exc}")
        return
    with raw:
        lineno = 0
        try:
            for lineno, line in iter_lines(raw, max_bytes):
                if line is None:
                    yield error(path, "oversize", f"line longer than {max_bytes} bytes", str(lineno))
                    continue
                if lineno == 1 and line.startswith(UTF8_BOM):
                    line = line[len(UTF8_BOM) :]
                if not line.strip():
                    continue
                yield _parse_line(path, lineno, line)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield error(
                path, "malformed", f"compressed stream broken after line {lineno}: {exc}", str(lineno + 1)
            )
        except OSError as exc:
            yield error(path, "io", f"read failed after line {lineno}: {exc}", str(lineno + 1))


def _parse_line(path: str, lineno: int, line: bytes) -> Document | IngestError:
    item = str(lineno)
    try:
        text_line, note = decode_bytes(line)
    except DecodeProblem as problem:
        return error(path, problem.kind, problem.message, item)
    try:
        obj: Any = json.loads(text_line)
    except json.JSONDecodeError as exc:
        return error(path, "malformed", f"invalid JSON: {exc.msg} (column {exc.colno})", item)
    if not isinstance(obj, dict):
        return error(path, "malformed", f"expected a JSON object, got {type(obj).__name__}", item)
    for key, aliases in _ALIASES.items():
        if obj.get(key) is None:
            alias = next((obj[a] for a in aliases if isinstance(obj.get(a), str) and obj[a].strip()), None)
            if alias is not None:
                obj[key] = alias
    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)  # database exports number their rows
    elif doc_id is not None and not isinstance(doc_id, str):
        return error(path, "malformed", f'"id" must be a string, got {type(doc_id).__name__}', item)
    stamp = obj.get("published")
    if isinstance(stamp, (int, float)) and not isinstance(stamp, bool):
        obj["published"] = _from_epoch(stamp)
        if obj["published"] is None:
            return error(path, "malformed", f'"published" {stamp!r} is no Unix time', item)
    if "text" not in obj or obj["text"] is None:
        return error(path, "malformed", 'missing "text"', item)
    text = obj["text"]
    if not isinstance(text, str):
        return error(path, "malformed", f'"text" must be a string, got {type(text).__name__}', item)
    for key in _OPTIONAL_STR:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return error(path, "malformed", f'"{key}" must be a string, got {type(value).__name__}', item)
    if is_blank(text):
        return error(path, "empty", "text is empty or whitespace", item)
    if text.startswith("\ufeff"):
        text = text[1:]
    notes: list[str] = [note] if note else []
    given: str | None = None
    published: str | None = obj.get("published")
    if published:
        given = normalize_published(published)
        if given is None:
            notes.append(f"published {published!r} is not an ISO date; ignored")
    return make_document(
        text,
        path=path,
        doc_id=doc_id or None,
        url=obj.get("url"),
        source=obj.get("source"),
        title=obj.get("title"),
        given_published=given,
        notes=tuple(notes),
    )


def _from_epoch(value: float) -> str | None:
    """A Unix time stamp (seconds or milliseconds) as `YYYY-MM-DDThh:mm` in UTC."""
    seconds = value / 1000 if abs(value) >= _EPOCH_MS else value
    try:
        stamp = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return stamp.strftime("%Y-%m-%dT%H:%M") if 1000 <= stamp.year <= 2999 else None
