"""TimeML (.tml) reading and writing: TimeBank / AQUAINT / TempEval-3 documents.

A .tml file holds the document creation time as `<DCT><TIMEX3 functionInDocument="CREATION_TIME"
value=...>` and the article as `<TEXT>` with inline `<TIMEX3>`, `<EVENT>` and `<SIGNAL>` tags.
`read_tml` strips the tags from TEXT and keeps the TIMEX3 tags as `records.Timex` with character
offsets into the stripped text, so gold and system timexes can be compared by span. `write_tml`
does the reverse for our records: a document's text with our TIMEX3 tags inline.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from storyline.errors import InputError
from storyline.records import UNRESOLVED, Timex, TimexType
from storyline.timex.calendar import parse_anchor

__all__ = ["TimeMLError", "TmlDocument", "read_tml", "write_tml"]

_TYPES: frozenset[str] = frozenset({"DATE", "TIME", "DURATION", "SET"})
_DCT_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?")


class TimeMLError(InputError):
    """A .tml file is malformed or its DCT is not a date (the message names the file)."""


@dataclass(frozen=True, slots=True)
class TmlDocument:
    """One TimeML document: its TEXT without tags, the DCT value, and the gold TIMEX3 in TEXT."""

    doc_id: str
    path: Path
    text: str
    dct: str  # ISO date or date-time ("1998-01-08", "1998-01-08T18:30")
    timexes: tuple[Timex, ...]


def _dct_of(root: ET.Element, path: Path) -> tuple[str, str]:
    """The CREATION_TIME value, cut to minutes; a DCT that is not a calendar date is an error."""
    node = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            node = t
            break
    if node is None:
        dct_el = root.find("DCT")
        node = dct_el.find("TIMEX3") if dct_el is not None else None
    if node is None:
        raise TimeMLError(f"{path}: no DCT (no TIMEX3 with functionInDocument=CREATION_TIME)")
    value = (node.get("value") or "").strip()
    if _DCT_VALUE.fullmatch(value) is None or parse_anchor(value[:16]) is None:
        raise TimeMLError(f"{path}: DCT value {value!r} is not a date")
    return value[:16], node.get("tid") or "t0"


def read_tml(path: Path) -> TmlDocument:
    """Read one .tml file. Raises `TimeMLError` (an `InputError`) naming the file when malformed."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TimeMLError(f"{path}: cannot read: {exc}") from exc
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise TimeMLError(f"{path}: malformed TimeML XML: {exc}") from exc
    dct, dct_tid = _dct_of(root, path)
    text_el = root.find("TEXT")
    if text_el is None:
        text_el = next(root.iter("TEXT"), None)
    if text_el is None:
        raise TimeMLError(f"{path}: no <TEXT> element")
    doc_id_el = root.find("DOCID")
    doc_id = (doc_id_el.text or "").strip() if doc_id_el is not None and doc_id_el.text else path.stem
    parts: list[str] = []
    pos = 0
    timexes: list[Timex] = []

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and el is not text_el:
            ttype = (el.get("type") or "").upper()
            if ttype not in _TYPES:
                raise TimeMLError(f"{path}: TIMEX3 {el.get('tid')!r} has bad type {el.get('type')!r}")
            s, e = start, pos
            seg = "".join(parts)[s:e]
            # Some annotations include a stray space at an edge; spans never do.
            s += len(seg) - len(seg.lstrip())
            e -= len(seg) - len(seg.rstrip())
            anchor = el.get("anchorTimeID")
            if anchor == dct_tid or (anchor is None and el.get("temporalFunction") == "true"):
                anchor = "dct"
            if e > s:
                timexes.append(Timex(
                    doc_id, el.get("tid") or f"t{len(timexes) + 1}", s, e, "", ttype,  # type: ignore[arg-type]
                    el.get("value") or UNRESOLVED, el.get("mod"), anchor,
                ))

    walk(text_el)
    text = "".join(parts)
    return TmlDocument(
        doc_id, path, text, dct,
        tuple(
            Timex(t.doc_id, t.timex_id, t.start, t.end, text[t.start : t.end], t.type, t.value, t.mod, t.anchor)
            for t in timexes
        ),
    )


def _timex_tag(t: Timex, inner: str) -> str:
    attrs = [f"tid={quoteattr(t.timex_id)}", f"type={quoteattr(t.type)}", f"value={quoteattr(t.value)}"]
    if t.mod:
        attrs.append(f"mod={quoteattr(t.mod)}")
    if t.anchor:
        attrs.append(f"anchorTimeID={quoteattr('t0' if t.anchor == 'dct' else t.anchor)}")
        attrs.append('temporalFunction="true"')
    else:
        attrs.append('temporalFunction="false"')
    attrs.append('functionInDocument="NONE"')
    return f"<TIMEX3 {' '.join(attrs)}>{inner}</TIMEX3>"


def write_tml(doc_id: str, text: str, dct: str | None, timexes: tuple[Timex, ...] | list[Timex]) -> str:
    """A TimeML document for `text` with `timexes` inline (overlapping timexes: the first wins).

    The DCT TIMEX3 gets tid "t0"; timexes anchored to "dct" point at it. A missing DCT is
    written with value "unresolved" so the file still says what is unknown.
    """
    out: list[str] = []
    pos = 0
    for t in sorted(timexes, key=lambda x: (x.start, -x.end)):
        if t.start < pos or t.end > len(text) or t.end <= t.start:
            continue
        out.append(escape(text[pos : t.start]))
        out.append(_timex_tag(t, escape(text[t.start : t.end])))
        pos = t.end
    out.append(escape(text[pos:]))
    dct_value = dct if dct else UNRESOLVED
    dct_text = escape(dct_value)
    ttype: TimexType = "TIME" if "T" in dct_value and dct_value != UNRESOLVED else "DATE"
    return (
        '<?xml version="1.0" ?>\n'
        "<TimeML>\n\n"
        f"<DOCID>{escape(doc_id)}</DOCID>\n\n"
        f'<DCT><TIMEX3 tid="t0" type="{ttype}" value={quoteattr(dct_value)} temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct_text}</TIMEX3></DCT>\n\n'
        f"<TEXT>{''.join(out)}</TEXT>\n\n"
        "</TimeML>\n"
    )
