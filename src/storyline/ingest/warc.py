"""WARC archives (plain or gzip): each HTML or plain-text response/resource record is an article.

Records are streamed; a corrupt or truncated archive ends with one `IngestError` and everything
read before the damage is kept. Page furniture (images, scripts, redirects) is skipped quietly.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.ingest.common import error, is_blank, make_document
from storyline.ingest.decode import DecodeProblem, decode_bytes
from storyline.ingest.html import html_document
from storyline.records import Document, IngestError

log = logging.getLogger(__name__)

_RECORD_TYPES = frozenset({"response", "resource", "conversion"})
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_CHUNK = 1 << 16


def read_warc(path: str, *, max_bytes: int) -> Iterator[Document | IngestError]:
    """Yield a `Document` per article record and an `IngestError` per bad record or broken archive."""
    try:
        stream = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield error(path, "io", f"cannot open: {exc}")
        return
    with stream:
        gzipped = stream.read(2) == b"\x1f\x8b"
        stream.seek(0)
        count = 0
        try:
            for record in ArchiveIterator(stream):
                count += 1
                if record.rec_type not in _RECORD_TYPES:
                    _drain(record)
                    continue
                try:
                    result = _read_record(path, record, max_bytes)
                except _Truncated:
                    yield error(
                        path, "malformed", f"archive truncated inside record {count}", f"record {count}"
                    )
                    return
                if result is not None:
                    yield result
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
            yield error(
                path, "malformed", f"archive broken after {count} records: {exc}", f"record {count + 1}"
            )
            return
        except OSError as exc:
            yield error(path, "io", f"read failed after {count} records: {exc}", f"record {count + 1}")
            return
    if gzipped:
        # warcio stops quietly at a cut gzip member; only a full decompression pass notices.
        problem = _gzip_problem(path)
        if problem is not None:
            yield error(path, "malformed", f"archive truncated or corrupt after {count} records: {problem}")


class _Truncated(Exception):
    """The archive ends inside this record."""


def _drain(record: Any) -> bool:
    """Consume the rest of a record; True when the archive ended before its declared length."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    return record.length is None or getattr(raw, "limit", 0) > 0


def _gzip_problem(path: str) -> str | None:
    try:
        with gzip.open(path, "rb") as handle:
            while handle.read(_CHUNK):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return str(exc)
    return None


def _read_record(path: str, record: Any, max_bytes: int) -> Document | IngestError | None:
    headers = record.rec_headers
    item = headers.get_header("WARC-Record-ID") or headers.get_header("WARC-Target-URI")
    url = headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode()
        if status and not status.startswith("2"):
            log.debug("%s: skipping %s record for %s", path, status, url)
            return None
        ctype = (http.get_header("Content-Type") or "").lower()
    else:
        ctype = (headers.get_header("Content-Type") or "").lower()
    declared = headers.get_header("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes + 65536:
        return error(path, "oversize", f"record of {declared} bytes exceeds {max_bytes}", item)
    payload: bytes = record.content_stream().read(max_bytes + 1)
    if _drain(record):
        raise _Truncated
    if len(payload) > max_bytes:
        return error(path, "oversize", f"record payload exceeds {max_bytes} bytes", item)
    is_html = "html" in ctype or (not ctype and payload.lstrip()[:1] == b"<")
    if not is_html and not ctype.startswith(_TEXT_TYPES) and ctype:
        log.debug("%s: skipping %s record for %s", path, ctype, url)
        return None
    if is_blank_bytes(payload):
        return error(path, "empty", "record has no content", item)
    try:
        if is_html:
            return html_document(path, payload, url=url, item=item)
        text, note = decode_bytes(payload)
    except DecodeProblem as problem:
        return error(path, problem.kind, problem.message, item)
    if text.startswith("\ufeff"):
        text = text[1:]
    if is_blank(text):
        return error(path, "empty", "record text is whitespace", item)
    return make_document(text, path=path, url=url, notes=(note,) if note else ())


def is_blank_bytes(data: bytes) -> bool:
    return not data.strip()
