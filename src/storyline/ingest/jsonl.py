"""JSON Lines articles: `{"id", "text", "published"?, "url"?, "title"?, "source"?, "updated"?}` per line.

Read line by line (plain or gzip) so a corpus never sits in memory; every bad line becomes an
`IngestError` whose `item` is its 1-based line number, and the file carries on.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

from storyline.ingest.common import (
    error,
    given_published,
    given_updated,
    is_blank,
    iter_lines,
    make_document,
)
from storyline.ingest.decode import UTF8_BOM, DecodeProblem, decode_bytes
from storyline.ingest.html import fragment_text
from storyline.records import Document, IngestError

log = logging.getLogger(__name__)

_OPTIONAL_STR = ("published", "url", "title", "source")
# Names other exporters (news-please, RSS/JSON Feed converters, schema.org dumps, CMS exports) give the
# contract's fields; read only when the contract's own name is absent, and only when a string. Names
# match whatever their case and separators ("Text", "articleBody", "article_body", "pub-date", "Publish Date").
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("guid", "uuid", "articleid", "docid", "documentid", "storyid", "postid"),
    "text": ("content", "maintext", "body", "articlebody", "contenttext", "fulltext", "articletext", "bodytext",
             "story", "storytext", "storybody", "article", "posttext", "postcontent", "paragraphs"),
    "published": ("datepublish", "datepublished", "publishedat", "publishdate", "pubdate", "publicationdate",
                  "publisheddate", "publishtime", "publishedtime", "publishedon", "postedat", "postdate", "date",
                  "webpublicationdate", "dateposted", "postedon", "datetime"),
    "title": ("headline", "headlinetext", "posttitle", "articletitle", "storytitle", "webtitle"),
    "url": ("link", "canonicalurl", "articleurl", "weburl", "permalink"),
    "source": ("sitename", "publisher", "outlet", "sourcename", "publishername", "outletname", "site"),
    # when the article was last changed: its `updated` stamp, never its publication date
    "updated": ("modified", "datemodified", "lastmodified", "updatedat", "modifiedat", "dateupdated", "lastupdated",
                "updatedate", "updatetime", "updateddate", "updatedtime", "modifieddate", "modifiedtime", "lastmod",
                "editedat", "lastmodifieddate", "lastupdateddate", "lastupdate", "updatedon", "modifiedon"),
}


# Objects that hold an article's own fields one level down: a search index's `_source`, a content API's `fields`,
# `{"meta": {...}, "content": {...}}` (an `image` or `author` object's `url` and `title` are not the article's)
_WRAPPERS = frozenset({"source", "fields", "meta", "metadata", "content", "article", "data", "attributes", "document",
                       "doc", "item", "story", "post", "body", "node", "record"})
_KEY_MARKS = re.compile(r"[\s_.:-]+")


def _norm_key(key: str) -> str:
    """ "Publish Date", "publish_date", "publish-date", "article.title" → one spelling."""
    return _KEY_MARKS.sub("", key).lower()


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
    return parse_object(path, item, obj, note)


def read_json(path: str, data: bytes) -> Iterator[Document | IngestError]:
    """A `.json` file: one article object, a list of them, or a feed (JSON Feed's `items`, a dump's
    `articles`/`data`/`results`/`entries`) whose items are article objects; items are numbered from 1."""
    try:
        text, note = decode_bytes(data)
    except DecodeProblem as problem:
        yield error(path, problem.kind, problem.message)
        return
    try:
        obj: Any = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        yield error(path, "malformed", f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(obj, dict):
        listed = next((obj[k] for k in _ITEM_LISTS if isinstance(obj.get(k), list)), None)
        if listed is None:
            yield parse_object(path, None, obj, note)
            return
        source = obj.get("title") if isinstance(obj.get("title"), str) else None  # the feed's own name
        obj = [dict(it, source=it.get("source") or source) if isinstance(it, dict) and source else it for it in listed]
    if not isinstance(obj, list):
        yield error(path, "malformed", f"expected a JSON object or list, got {type(obj).__name__}")
        return
    for number, entry in enumerate(obj, start=1):
        if not isinstance(entry, dict):
            yield error(path, "malformed", f"expected a JSON object, got {type(entry).__name__}", str(number))
            continue
        yield parse_object(path, str(number), entry, note)


_HTML_BLOCK = re.compile(r"</?(?:p|br|div|h[1-6]|li|blockquote)\b[^<>]{0,200}>", re.IGNORECASE)
# HTML bodies (JSON Feed's `content_html`, an RSS converter's `content:encoded`), read when no text is given
_HTML_TEXT = ("contenthtml", "html", "contentencoded", "bodyhtml", "description", "summary")
_ITEM_LISTS = ("items", "articles", "entries", "data", "results", "documents", "docs", "stories", "posts")


def parse_object(path: str, item: str | None, obj: dict[str, Any], note: str | None) -> Document | IngestError:
    """One article object (contract names first, then the aliases) as a `Document`, or why not."""
    obj = {k: _paragraphs(k, _unwrap(v)) for k, v in obj.items()}
    named = {_norm_key(k): v for k, v in obj.items() if isinstance(k, str) and k not in _ALIASES}
    for key, value in list(obj.items()):
        if isinstance(value, dict) and isinstance(key, str) and _norm_key(key) in _WRAPPERS:
            for k, v in value.items():  # a dump that nests the article's fields one level down
                if isinstance(k, str):
                    named.setdefault(_norm_key(k), _paragraphs(k, _unwrap(v)))
    for key, aliases in _ALIASES.items():
        if obj.get(key) is None:
            alias = next((named[a] for a in (key, *aliases) if (isinstance(named.get(a), str) and named[a].strip())
                          or (key == "id" and type(named.get(a)) is int)), None)  # ("ID": 17, a numbered row)
            if alias is not None:
                obj[key] = alias
    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)  # database exports number their rows
    elif doc_id is not None and not isinstance(doc_id, str):
        return error(path, "malformed", f'"id" must be a string, got {type(doc_id).__name__}', item)
    stamp = obj.get("published")
    if stamp is None:  # an alias given as a Unix time (the string ones were taken above)
        stamp = next((named[a] for a in ("published", *_ALIASES["published"])
                      if isinstance(named.get(a), (int, float)) and not isinstance(named[a], bool)), None)
    if isinstance(stamp, (int, float)) and not isinstance(stamp, bool):
        obj["published"] = _from_epoch(stamp)
        if obj["published"] is None:
            return error(path, "malformed", f'"published" {stamp!r} is no Unix time', item)
    if obj.get("updated") is None:  # an alias given as a Unix time (the string ones were taken above)
        obj["updated"] = next((named[a] for a in ("updated", *_ALIASES["updated"])
                               if isinstance(named.get(a), (int, float)) and not isinstance(named[a], bool)), None)
    if obj.get("text") is None:
        markup = next((named[a] for a in _HTML_TEXT if isinstance(named.get(a), str) and named[a].strip()), None)
        if markup is not None:
            obj["text"] = fragment_text(markup)
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
    if len(_HTML_BLOCK.findall(text, 0, 20000)) >= 2:
        text = fragment_text(text)  # a CMS export's HTML body ("<p>...</p><p>...</p>"): its paragraphs, not its tags
        if is_blank(text):
            return error(path, "empty", "text is empty or whitespace", item)
    notes: list[str] = [note] if note else []
    given = given_published(obj.get("published"), notes)
    changed = obj.get("updated")
    if isinstance(changed, (int, float)) and not isinstance(changed, bool):
        changed = _from_epoch(changed)
    if changed is not None and not isinstance(changed, str):
        notes.append(f"updated {changed!r} is not a date; ignored")  # a side field: noted, the article still read
        changed = None
    return make_document(
        text,
        path=path,
        doc_id=doc_id or None,
        url=obj.get("url"),
        source=obj.get("source"),
        title=obj.get("title"),
        given_published=given,
        given_updated=given_updated(changed, given, notes),
        notes=tuple(notes),
    )


def _paragraphs(key: Any, value: Any) -> Any:
    """A body exported as a list of its paragraphs (`"text": ["First ...", "Second ..."]`) as one text."""
    if isinstance(value, list) and value and all(isinstance(p, str) for p in value) and isinstance(key, str) \
            and _norm_key(key) in _TEXT_NAMES:
        return "\n\n".join(p.strip() for p in value if p.strip())
    return value


_TEXT_NAMES = frozenset({"text", *_ALIASES["text"]})


def has_text_field(names: list[str]) -> bool:
    """Whether field names (a CSV header's) include one an article's text is read from."""
    return any(_norm_key(name) in _TEXT_NAMES or _norm_key(name) in _HTML_TEXT for name in names)


def _unwrap(value: Any) -> Any:
    """A field an exporter wrapped in an object: WordPress's `{"rendered": "<p>…"}`, schema.org's `{"name": …}`, MongoDB's
    `{"$date": "2025-03-04T10:02:00Z"}` (or `{"$date": {"$numberLong": "1741082520000"}}`)."""
    if not isinstance(value, dict) or not value:
        return value
    inner = value.get("rendered", value.get("$date"))
    if inner is None and isinstance(value.get("name"), str):
        inner = value["name"]  # a named thing: a news API's `"source": {"id": null, "name": "Harbour Daily"}`
    if isinstance(inner, dict) and isinstance(inner.get("$numberLong"), str) and inner["$numberLong"].lstrip("-").isdigit():
        return int(inner["$numberLong"])
    return inner if isinstance(inner, (str, int, float)) and not isinstance(inner, bool) else value


def _from_epoch(value: float) -> str | None:
    """A Unix time stamp (seconds or milliseconds) as `YYYY-MM-DDThh:mm` in UTC."""
    seconds = value / 1000 if abs(value) >= _EPOCH_MS else value
    try:
        stamp = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return stamp.strftime("%Y-%m-%dT%H:%M") if 1000 <= stamp.year <= 2999 else None
