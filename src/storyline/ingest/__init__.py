"""Ingest: files and folders of .txt/.md/.html/.json/.jsonl(.gz)/.warc(.gz), saved RSS/Atom feeds,
e-mails (.eml) and CSV/TSV exports (one article a row) into `Document`s.

`ingest` is a generator: it reads one file (one JSONL line, one WARC record) at a time, yields a
`Document` for every readable article and an `IngestError` for every bad item, and never raises
for bad input, so one broken file cannot stop a run. `max_bytes` bounds one article: a whole
.txt/.md/.html/.csv file, one JSONL line, one WARC record payload (archives and JSONL corpora
themselves may be larger). `max_chars` bounds one article's decoded text, whatever its source:
longer texts are refused here, per item, instead of stopping the whole run inside spaCy.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.ingest.common import error, is_blank, make_document
from storyline.ingest.decode import DecodeProblem, content_id, decode_bytes
from storyline.ingest.feed import is_feed, read_feed
from storyline.ingest.html import html_document
from storyline.ingest.jsonl import read_json, read_jsonl
from storyline.ingest.mail import mail_document
from storyline.ingest.table import read_table
from storyline.ingest.warc import read_warc
from storyline.records import Document, IngestError

__all__ = ["DEFAULT_MAX_BYTES", "MAX_CHARS", "content_id", "ingest", "iter_files"]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: Longest article text accepted, in characters. spaCy refuses longer texts (its default
#: `nlp.max_length`: the parser needs memory in proportion), so one such item would end the run;
#: no news article comes near it. Every encoding spends at least one byte per character and at
#: most four, so a plain-text file over `4 * max_chars` bytes is refused without reading it.
MAX_CHARS = 1_000_000

_TEXT = (".txt", ".text", ".md", ".markdown")
_HTML = (".html", ".htm", ".xhtml")
_JSONL = (".jsonl", ".ndjson")
_JSONL_GZ = (".jsonl.gz", ".ndjson.gz")
_WARC = (".warc", ".warc.gz")
_JSON = (".json",)
_FEED = (".xml", ".rss", ".atom")
_MAIL = (".eml",)
_TABLE = (".csv", ".tsv")


def ingest(
    inputs: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = MAX_CHARS
) -> Iterator[Document | IngestError]:
    """Yield one `Document` per readable article and one `IngestError` per bad item, streaming."""
    for given in inputs:
        for path in iter_files(given):
            if isinstance(path, IngestError):
                yield path
                continue
            container = _kind_of(path) in ("jsonl", "jsonl.gz", "warc", "json", "feed", "table")
            for item in _read_file(path, max_bytes, max_chars):
                if isinstance(item, Document) and len(item.text) > max_chars:
                    yield error(path, "oversize", f"text of {len(item.text)} characters exceeds the limit of "
                                f"{max_chars}", item.doc_id if container else None)
                    continue
                yield item


_FOLDER_DOCS = re.compile(r"(?i)^(readme|licen[cs]e|changelog|copying|contributing|authors)(\.[a-z]+)?$")


def iter_files(given: str | Path) -> Iterator[str | IngestError]:
    """The files under one input: the file itself, or a folder's files recursively.

    Folders are walked in sorted order (stable output across runs and machines); hidden files
    and folders, and a folder's own documentation (README, LICENSE, CHANGELOG, ...) are skipped,
    since they describe the articles rather than being one. A file named explicitly is always read.
    """
    path = str(given)
    if os.path.isfile(path):
        yield path
        return
    if not os.path.isdir(path):
        yield error(path, "io", "no such file or directory")
        return

    def on_error(exc: OSError) -> None:
        log.warning("cannot list %s: %s", exc.filename, exc)

    for root, dirs, files in os.walk(path, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or _FOLDER_DOCS.match(name):
                log.debug("skipping %s: not an article", os.path.join(root, name))
                continue
            yield os.path.join(root, name)


def _kind_of(path: str) -> str | None:
    name = os.path.basename(path).lower()
    for kind, suffixes in (
        ("jsonl.gz", _JSONL_GZ),
        ("warc", _WARC),
        ("jsonl", _JSONL),
        ("html", _HTML),
        ("text", _TEXT),
        ("json", _JSON),
        ("feed", _FEED),
        ("mail", _MAIL),
        ("table", _TABLE),
    ):
        if name.endswith(suffixes):
            return kind
    if "." not in name.lstrip("."):
        return "sniff"
    return None


def _read_file(path: str, max_bytes: int, max_chars: int = MAX_CHARS) -> Iterator[Document | IngestError]:
    kind = _kind_of(path)
    if kind is None:
        yield error(path, "unsupported", f"unsupported file type {Path(path).suffix!r}")
        return
    if kind == "jsonl":
        yield from read_jsonl(path, gzipped=False, max_bytes=max_bytes)
        return
    if kind == "jsonl.gz":
        yield from read_jsonl(path, gzipped=True, max_bytes=max_bytes)
        return
    if kind == "warc":
        yield from read_warc(path, max_bytes=max_bytes)
        return
    size = _too_long(path, max_bytes, max_chars) if kind == "text" else None
    if size is not None:
        yield error(path, "oversize", f"{size} bytes: more than {max_chars} characters in any encoding")
        return
    data = _read_bounded(path, max_bytes)
    if isinstance(data, IngestError):
        yield data
        return
    if kind == "sniff":
        kind = _sniff_kind(data)
        if kind == "warc":
            yield from read_warc(path, max_bytes=max_bytes)
            return
    if kind in ("feed", "html") and is_feed(data):
        yield from read_feed(path, data)
        return
    if kind == "json":
        yield from read_json(path, data)
        return
    if kind == "mail":
        yield mail_document(path, data)
        return
    if kind == "table":
        yield from read_table(path, data, max_bytes)
        return
    if kind == "html" or kind == "feed":  # an XML file that is no feed may still be XHTML
        yield html_document(path, data)
    else:
        yield _read_text(path, data)


def _too_long(path: str, max_bytes: int, max_chars: int) -> int | None:
    """The size of a plain-text file when it alone proves the text is over `max_chars` (see `MAX_CHARS`)."""
    try:
        size = os.path.getsize(path)
    except OSError:
        return None  # _read_bounded reports it
    return size if max_chars * 4 < size <= max_bytes else None


def _read_bounded(path: str, max_bytes: int) -> bytes | IngestError:
    """The file's bytes, refusing (without reading it all) a file larger than `max_bytes`."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return error(path, "oversize", f"{size} bytes exceeds the limit of {max_bytes}")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return error(path, "io", f"cannot read: {exc}")
    if len(data) > max_bytes:  # grew while we looked, or a special file
        return error(path, "oversize", f"more than {max_bytes} bytes")
    if not data.strip():
        return error(path, "empty", "file is empty or whitespace only")
    return data


def _sniff_kind(data: bytes) -> str:
    """Guess the format of a file without extension from its first bytes."""
    head = data[:512].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:256]:
        return "html"
    return "text"


def _read_text(path: str, data: bytes) -> Document | IngestError:
    try:
        text, note = decode_bytes(data)
    except DecodeProblem as problem:
        return error(path, problem.kind, problem.message)
    if is_blank(text):
        return error(path, "empty", "file is empty or whitespace only")
    return make_document(text, path=path, notes=(note,) if note else ())
