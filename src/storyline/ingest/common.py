"""Helpers every reader shares: building `Document`s, normalizing given dates, bounded reads."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_tz
from typing import BinaryIO

from storyline.ingest.columns import read_columns
from storyline.ingest.decode import content_id, repair_mojibake
from storyline.records import Document, IngestError, Updated

log = logging.getLogger(__name__)

# ISO-like dates as feeds and meta tags give them; seconds and zones are dropped because the
# contract's DCT is `YYYY-MM-DD[Thh:mm]` (the local time of the outlet, as written).
_ISO = re.compile(
    r"\s*(?P<y>\d{4})(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2})"
    r"(?:[T ](?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?)?)?\s*",
    re.IGNORECASE,
)

_CHUNK = 1 << 16


def normalize_published(value: str) -> str | None:
    """`2021-06-02T14:15:00+03:00` → `2021-06-02T14:15`; `2021-06` stays; RSS/e-mail dates
    (`Fri, 13 Jun 2025 08:00:00 GMT`) and written ones (`June 9, 2025, 2:05 PM`) are read too; junk → None."""
    m = _ISO.fullmatch(value)
    if m is None:
        return _rfc2822(value) or _spelled(value) or _numeric(value)
    year = int(m["y"])
    if not 1000 <= year <= 2999:
        return None
    if m["m"] is None:
        return f"{year:04d}"
    month = int(m["m"])
    if not 1 <= month <= 12:
        return None
    if m["d"] is None:
        return f"{year:04d}-{month:02d}"
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if m["hh"] is not None:
        hour, minute = int(m["hh"]), int(m["mm"])
        if hour > 23 or minute > 59:
            return out
        out += f"T{hour:02d}:{minute:02d}"
    return out


_CLOCK = re.compile(r"\d:\d\d")
_RFC2822 = re.compile(r"\s*(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b")


def given_published(value: str | None, notes: list[str], label: str = "published") -> str | None:
    """A publication date the input states, normalized; when it cannot be read, None and a note on
    `notes` (the document keeps it among its errors: nothing is dropped silently)."""
    if not value:
        return None
    given = normalize_published(value)
    if given is None:
        notes.append(f"{label} {value!r} is not a date; ignored")
    return given


def given_updated(value: str | None, published: str | None, notes: list[str], label: str = "updated") -> str | None:
    """A last-modified time the input states, normalized, kept only when it says the article changed after
    `published` (exporters often repeat the publication time as the modification time); unreadable → a note."""
    updated = given_published(value, notes, label)
    if updated is None or (published is not None and updated[: len(published)] <= published):
        return None
    return updated


def _rfc2822(value: str) -> str | None:
    """RSS and e-mail dates (`Fri, 13 Jun 2025 08:00:00 GMT`), local time as written."""
    if _RFC2822.match(value) is None:
        return None
    clock = _CLOCK.search(value) is not None
    parts = parsedate_tz(value if clock else f"{value.strip()} 00:00")
    if parts is None:
        return None
    year, month, day, hour, minute = parts[:5]
    try:
        if not 1000 <= date(year, month, day).year <= 2999:
            return None
    except ValueError:
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if not clock or hour > 23 or minute > 59:
        return out
    return f"{out}T{hour:02d}:{minute:02d}"


_MONTHS = {m: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for m in names}
_MONTH_NAME = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SPELLED = re.compile(
    r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?P<mon>" + _MONTH_NAME + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?P<mon2>" + _MONTH_NAME + r")),?[\s-]+(?P<y>\d{4})"
    r"(?:(?:,?\s+|\s+[-–|]\s+)(?:at\s+)?(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?\s*",
    re.IGNORECASE,
)


def _with_clock(day: str, m: re.Match[str]) -> str:
    """The ISO day with the match's clock time (`hh`, `mm`, optional `ampm`) when it holds a valid one."""
    if m["hh"] is None:
        return day
    hour, minute = int(m["hh"]), int(m["mm"])
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return day
        hour = hour % 12 + (12 if m["ampm"][0].lower() == "p" else 0)
    return f"{day}T{hour:02d}:{minute:02d}" if hour <= 23 and minute <= 59 else day


def _spelled(value: str) -> str | None:
    """Dates as people write them: `June 9, 2025`, `9 June 2025, 14:05`, `Mon, June 9, 2025 at 2:05 PM`."""
    m = _SPELLED.fullmatch(value)
    if m is None:
        return None
    month = _MONTHS[(m["mon"] or m["mon2"]).rstrip(".").lower()]
    year, day = int(m["y"]), int(m["day"] or m["day2"])
    try:
        if not 1000 <= date(year, month, day).year <= 2999:
            return None
    except ValueError:
        return None
    return _with_clock(f"{year:04d}-{month:02d}-{day:02d}", m)


# Numeric dates exporters write: "13.02.2025" (day first), "2/13/2025 10:00:00 AM" and "13/02/2025" (the order
# told by a part over 12; "03/02/2025" could be either and is refused), "20250213", a Unix time as a string
_NUMERIC = re.compile(
    r"\s*(?:(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})|(?P<cy>(?:19|20)\d{2})(?P<cm>[01]\d)(?P<cd>[0-3]\d))"
    r"(?:[,T ]\s*(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?\s*",
    re.IGNORECASE,
)
_EPOCH_TEXT = re.compile(r"\s*(?P<s>1\d{9})(?P<ms>\d{3})?\s*")


def _numeric(value: str) -> str | None:
    if (epoch := _EPOCH_TEXT.fullmatch(value)) is not None:
        return datetime.fromtimestamp(int(epoch["s"]), tz=UTC).strftime("%Y-%m-%dT%H:%M")
    m = _NUMERIC.fullmatch(value)
    if m is None:
        return None
    if m["cy"]:
        year, month, day = int(m["cy"]), int(m["cm"]), int(m["cd"])
    else:
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        if m["sep"] == ".":
            day, month = a, b  # dots: Europe's order
        elif a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None  # both could be the month
    try:
        date(year, month, day)
    except ValueError:
        return None
    return _with_clock(f"{year:04d}-{month:02d}-{day:02d}", m)


def make_document(
    text: str,
    *,
    path: str,
    doc_id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
    given_published: str | None = None,
    given_updated: str | None = None,
    notes: tuple[str, ...] = (),
) -> Document:
    """A fresh `Document`; the id is the given one or a hash of the text (stable across runs). A two-column
    page's copy is read column by column (see `columns`). A given update time is the document's declared
    `updated` stamp (dating keeps a stamp the text shows over it)."""
    text = _ENTITY.sub(_unescape, read_columns(text) or text)
    text, mended = repair_mojibake(text)
    if mended:
        notes = (*notes, f"repaired {mended} characters of UTF-8 read as Windows-1252")
    title = repair_mojibake(title)[0] if title else title
    return Document(
        doc_id=doc_id or content_id(text),
        text=text,
        path=path,
        url=url or None,
        source=_field(source),
        title=_field(title),
        given_published=given_published,
        updated=Updated(given_updated) if given_updated else None,
        errors=notes,
    )


# An HTML character reference left in text an exporter escaped once too often or never unescaped ("Chile&#8217;s",
# "Oil &amp; gas", a feed's `type="html"` title). Only whole references with their semicolon: "R&D", "AT&T" stay.
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,7});")
# inline HTML tags a title may carry ("<em>Live</em>: ..."); other angle brackets are words ("<SRD>", a ticker)
_TAG = re.compile(r"</?(?:b|i|em|strong|a|span|sup|sub|u|small|font|mark|abbr|cite|q|wbr)\b[^<>]{0,200}>")
_BREAK_TAG = re.compile(r"</?(?:br|p|div|img)\b[^<>]{0,200}>")


def _unescape(m: re.Match[str]) -> str:
    value = html.unescape(m.group())
    return " " if value in ("\xa0", "\u200b") else value  # (a no-break or zero-width space reads as a space)


def _field(value: str | None) -> str | None:
    """A title or outlet name as plain words: its character references read and stray tags dropped."""
    if not value:
        return None
    plain = _TAG.sub("", _BREAK_TAG.sub(" ", value)) if "</" in value or "/>" in value else value  # not "<SRD>"
    plain = _ENTITY.sub(_unescape, plain)
    return (" ".join(plain.split()) if plain != value else value) or None


def error(path: str, kind: str, message: str, item: str | None = None) -> IngestError:
    """Return a bad item's `IngestError` (the run goes on; whoever consumes it reports it once)."""
    log.debug("skipping %s%s: %s (%s)", path, f" [{item}]" if item else "", message, kind)
    return IngestError(path=path, item=item, kind=kind, message=message)  # type: ignore[arg-type]


def is_blank(text: str) -> bool:
    return not text or text.isspace()


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield `(line_number, line)` from a binary stream, one line in memory at a time.

    A line longer than `max_bytes` is yielded as None and skipped without being held whole.
    """
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversize line
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line
