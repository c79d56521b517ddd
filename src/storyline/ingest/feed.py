"""RSS 2.0 / RSS 1.0 (RDF) / Atom feeds saved as XML: one `Document` per `<item>` or `<entry>`.

A saved feed holds many stories, each with its title, link, date and body (full `content:encoded`
or only a `description` teaser: whatever the feed gives). Items are numbered from 1 in errors.
Documents that declare entities are refused: a feed needs none, and entity expansion is how XML
files blow up memory.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from xml.parsers import expat

from storyline.ingest.common import error, given_published, given_updated, is_blank, make_document
from storyline.ingest.decode import DecodeProblem, decode_bytes
from storyline.ingest.html import fragment_text
from storyline.records import Document, IngestError

log = logging.getLogger(__name__)

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Child names (namespace dropped, lower case) in order of preference.
_TEXT_KEYS = ("encoded", "content", "description", "summary")
_DATE_KEYS = ("pubdate", "published", "date", "issued", "created")
# when the item was last changed: its update stamp, and its date only when the feed gives no other (Atom
# requires `<updated>`, not `<published>`)
_UPDATE_KEYS = ("updated", "modified")


def is_feed(data: bytes) -> bool:
    """An XML document whose root is an RSS, RDF or Atom feed (looked for in its first 2 KB)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark
        data = data[:4096].decode("utf-16", errors="ignore").encode("utf-8")
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return re.search(rb"<(?:rss|feed|rdf:rdf)\b", head) is not None


def _parse(data: bytes | str) -> ET.Element:
    """Parse, with entity declarations refused by an expat pass first (a UTF-16 file hides them from
    a byte search): no internal entity can expand, no external one is fetched."""
    scan = expat.ParserCreate()

    def refuse(*_: object) -> None:
        raise ET.ParseError("XML declares entities; refused")

    scan.EntityDeclHandler = refuse
    try:
        scan.Parse(data, True)
    except expat.ExpatError as exc:
        raise ET.ParseError(str(exc)) from exc
    return ET.fromstring(data)


def read_feed(path: str, data: bytes) -> Iterator[Document | IngestError]:
    """Yield one `Document` or `IngestError` per item of a saved RSS/Atom feed."""
    if _ENTITY_DECL.search(data):
        yield error(path, "malformed", "XML declares entities; refused")
        return
    try:
        root = _parse(data)
    except ET.ParseError as exc:
        # a feed in cp1252 that says nothing of it (or claims UTF-8): decoded as a plain text is, then parsed
        try:
            text = decode_bytes(data)[0]
            root = _parse(_DECLARATION.sub("", text.lstrip("\ufeff"), count=1))
        except (DecodeProblem, ET.ParseError):
            yield error(path, "malformed", f"invalid XML: {exc}")
            return
    channel = next((c for c in root if _name(c) == "channel"), root)
    feed_title = _child_text(channel, "title")
    items = [el for el in root.iter() if _name(el) in ("item", "entry")]
    if not items:
        yield error(path, "empty", "feed has no items")
        return
    for number, el in enumerate(items, start=1):
        yield _item(path, str(number), el, feed_title)


def _name(el: ET.Element) -> str:
    return el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""


def _child_text(el: ET.Element, name: str) -> str | None:
    for child in el:
        if _name(child) == name:
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def _link(el: ET.Element) -> str | None:
    """RSS `<link>URL</link>`, or Atom's `<link rel="alternate" href="URL"/>` (the first without a rel)."""
    for child in el:
        if _name(child) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and child.text and child.text.strip():
            return child.text.strip()
    return None


def _body(el: ET.Element, name: str) -> str | None:
    """An item's body as HTML or text: Atom's inline XHTML (`<content type="xhtml"><div><p>…`) is
    serialized with its namespaces dropped, so that its paragraphs stay paragraphs."""
    for child in el:
        if _name(child) != name:
            continue
        if len(child):
            for sub in child.iter():
                sub.tag = _name(sub)
            inner = "".join(ET.tostring(sub, encoding="unicode") for sub in child)
            return (child.text or "") + inner
        if child.text and child.text.strip():
            return child.text.strip()
    return None


def _item(path: str, number: str, el: ET.Element, feed_title: str | None) -> Document | IngestError:
    body = next((t for t in (_body(el, k) for k in _TEXT_KEYS) if t), None)
    if body is None or is_blank(fragment_text(body)):
        return error(path, "empty", "feed item has no text", number)
    text = fragment_text(body)
    notes: list[str] = []
    stated = next((t for t in (_child_text(el, k) for k in _DATE_KEYS) if t), None)
    changed = next((t for t in (_child_text(el, k) for k in _UPDATE_KEYS) if t), None)
    given = given_published(stated or changed, notes)
    changed_at = given_updated(changed, given, notes) if stated else None
    return make_document(
        text,
        path=path,
        doc_id=_child_text(el, "guid") or _child_text(el, "id"),
        url=_link(el),
        source=feed_title,
        title=_child_text(el, "title"),
        given_published=given,
        given_updated=changed_at,
        notes=tuple(notes),
    )
