"""`timeline.md`: the fused events in date order, plus documents, contradictions and deals.

TIMEX3 values have mixed granularity ("2019", "2019-Q4", "2019-07", "2021-W22", "2019-10-23"), so
events are ordered by the interval each value denotes: its start, or its middle/end when the mod
says MID/END, coarser values first on ties. Values with no calendar position ("unresolved",
"PRESENT_REF", "XXXX-06") and events without a date get their own sections rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO

from storyline.export.corpus import Corpus
from storyline.records import Contradiction, Deal, Document, Entity, Event, Fusion

# times may carry seconds and a zone ("2026-06-17T11:30Z", "T11:30:05+02:00": a live blog's GMT stamps)
_YMD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
                  r"(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?(?:T\w+)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: granularity ranks: coarser first when two values start on the same day
_DECADE_G, _YEAR_G, _HALF_G, _QUARTER_G, _SEASON_G, _MONTH_G, _WEEK_G, _DAY_G, _TIME_G = range(9)

SNIPPET = 140


def _month_start(year: int, month: int) -> float:
    return float(dt.date(year, month, 1).toordinal())


def _add_months(year: int, month: int, n: int) -> float:
    m = month - 1 + n
    return _month_start(year + m // 12, m % 12 + 1)


def _zone_minutes(zone: str | None) -> int:
    """A time's offset from UTC in minutes ("Z" and no zone are 0: local times are taken as given)."""
    if not zone or zone == "Z":
        return 0
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + (int(digits[2:]) if digits[2:] else 0)
    return minutes if zone[0] == "+" else -minutes


def date_interval(value: str) -> tuple[float, float, int] | None:
    """The [start, end) day ordinals a TIMEX3 value covers and its granularity; None if not on a calendar."""
    try:
        m = _YMD.match(value)
        if m:
            y = int(m[1])
            if m[3]:
                day = float(dt.date(y, int(m[2]), int(m[3])).toordinal())
                if m[4]:
                    t = day + (int(m[4]) * 60 + int(m[5]) - _zone_minutes(m[6])) / 1440.0
                    return t, t + 1 / 1440.0, _TIME_G
                return day, day + 1, _DAY_G
            if m[2]:
                return _month_start(y, int(m[2])), _add_months(y, int(m[2]), 1), _MONTH_G
            return _month_start(y, 1), _month_start(y + 1, 1), _YEAR_G
        if m := _WEEK.match(value):
            monday = float(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1).toordinal())
            return monday, monday + 7, _WEEK_G
        if m := _QUARTER.match(value):
            first = 3 * (int(m[2]) - 1) + 1
            return _month_start(int(m[1]), first), _add_months(int(m[1]), first, 3), _QUARTER_G
        if m := _HALF.match(value):
            first = 6 * (int(m[2]) - 1) + 1
            return _month_start(int(m[1]), first), _add_months(int(m[1]), first, 6), _HALF_G
        if m := _SEASON.match(value):
            first = _SEASON_MONTH[m[2]]
            return _month_start(int(m[1]), first), _add_months(int(m[1]), first, 3), _SEASON_G
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return _month_start(y, 1), _month_start(y + 10, 1), _DECADE_G
    except ValueError:  # impossible dates such as 2021-02-30 or week 54
        return None
    return None


def date_key(value: str, mod: str | None = None) -> tuple[float, int] | None:
    """Sort key of a TIMEX3 value (with its mod); None when it has no calendar position."""
    iv = date_interval(value)
    if iv is None:
        return None
    lo, hi, gran = iv
    if mod in ("MID",):
        point = (lo + hi) / 2
    elif mod in ("END", "AFTER", "ON_OR_AFTER"):
        point = hi - 1e-3
    else:
        point = lo
    return point, gran


def month_of(value: str) -> str | None:
    """"YYYY-MM" for values of month precision or finer (for the per-month plot)."""
    iv = date_interval(value)
    if iv is None or iv[2] < _MONTH_G:
        return None
    d = dt.date.fromordinal(int(iv[0]))
    return f"{d.year:04d}-{d.month:02d}"


_PART_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_DAY_PART = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)$")
_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$")
_SEASON_WORD = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MONTH_NAME = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
#: TIMEX3 values that name no calendar date, as a reader says them
_NO_CALENDAR = {"PRESENT_REF": "now, report date unknown", "PAST_REF": "some time in the past",
                "FUTURE_REF": "some time in the future", "unresolved": "date not resolved"}
#: TIMEX3 mods in words: "2025-10-14 (ON_OR_BEFORE)" reads as "2025-10-14 (on or before)"
_MOD_WORDS = {"BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "on or before", "ON_OR_AFTER": "on or after",
              "LESS_THAN": "less than", "MORE_THAN": "more than", "EQUAL_OR_LESS": "at most",
              "EQUAL_OR_MORE": "at least", "START": "early", "MID": "mid", "END": "late", "APPROX": "about"}


def show_value(value: str) -> str:
    """A TIMEX3 value as an analyst reads it, its precision kept: "2019-W22" → "2019 week 22",
    "2025-04-03TNI" → "2025-04-03 night", "XXXX-06" → "June, year unknown"; calendar dates stay ISO."""
    if m := _DAY_PART.match(value):
        return f"{m[1]} {_PART_OF_DAY[m[2]]}"
    if m := _CLOCK.match(value):
        zone = "" if m[3] is None else " UTC" if m[3] == "Z" else f" {m[3]}"
        return f"{m[1]} {m[2]}{zone}"
    if m := _WEEK.match(value):
        return f"{m[1]} week {int(m[2])}" + (" weekend" if value.endswith("-WE") else "")
    if m := _SEASON.match(value):
        return f"{m[1]} {_SEASON_WORD[m[2]]}"
    if m := _DECADE.match(value):
        return f"{m[1]}0s"
    if (m := re.fullmatch(r"XXXX-(\d{2})(?:-(\d{2}))?", value)) and 1 <= int(m[1]) <= 12:
        month = _MONTH_NAME[int(m[1]) - 1]
        return (f"{int(m[2])} {month}" if m[2] else month) + ", year unknown"
    return _NO_CALENDAR.get(value, value)


def show_date(event: Event) -> str:
    """The date as an analyst reads it: precision kept, mods and parts of day in words
    ("2025-04-03 night", "2019 (late)", "2025-10-14 (on or before)")."""
    if event.date is None:
        return "undated"
    return date_words(event.date.value, event.date.mod)


def date_words(value: str, mod: str | None = None) -> str:
    """A TIMEX3 value and mod in words ("2025-10-14 (on or before)"); the web pages use it too."""
    return show_value(value) + (f" ({_MOD_WORDS.get(mod, mod)})" if mod else "")


@dataclass(frozen=True, slots=True)
class OrderedEvents:
    dated: tuple[Event, ...]
    unresolved: tuple[Event, ...]  # a date whose value has no calendar position
    undated: tuple[Event, ...]  # date is None


def order_events(events: Iterable[Event]) -> OrderedEvents:
    dated: list[tuple[tuple[float, int], int, Event]] = []
    unresolved: list[Event] = []
    undated: list[Event] = []
    for i, ev in enumerate(events):
        if ev.date is None:
            undated.append(ev)
            continue
        key = date_key(ev.date.value, ev.date.mod)
        if key is None:
            unresolved.append(ev)
        else:
            dated.append((key, i, ev))
    dated.sort(key=lambda x: (x[0], x[1]))
    return OrderedEvents(tuple(e for _, _, e in dated), tuple(unresolved), tuple(undated))


class Names:
    """entity_id → display name, doc_id → display label: lookups shared by timeline and report."""

    def __init__(self, entities: Iterable[Entity], documents: Iterable[Document]) -> None:
        self.entities: dict[str, str] = {}
        for e in entities:
            self.entities[e.entity_id] = e.name
            for old in e.merged_ids:  # ids fusion folded into e still name e
                self.entities.setdefault(old, e.name)
        self.docs: dict[str, str] = {}
        for d in documents:
            self.docs[d.doc_id] = doc_label(d)

    def entity(self, entity_id: str | None) -> str:
        if entity_id is None:
            return ""
        return self.entities.get(entity_id, entity_id)

    def doc(self, doc_id: str) -> str:
        return self.docs.get(doc_id, doc_id)


def doc_label(d: Document) -> str:
    """The outlet and the headline when both are known: which outlet said it matters to a reader."""
    if d.title:
        return squash(f"{d.source}: {d.title}" if d.source else d.title, 80)
    # no headline: the outlet, else the file or page it came from, is what the analyst knows it by
    where = d.source or (PurePath(d.path).name if d.path else None) or d.url
    if where:
        return squash(f"{where} ({d.doc_id[:12]})", 80)
    return d.doc_id


def plural(n: int, noun: str) -> str:
    """"1 document", "3 documents"."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def squash(text: str, limit: int = SNIPPET) -> str:
    """One line, whitespace collapsed, cut at `limit` characters with an ellipsis."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md(text: str, limit: int | None = None) -> str:
    """Markdown-safe inline text: article text must not turn into links, HTML or table cells."""
    return _MD_SPECIAL.sub(r"\\\1", squash(text, limit) if limit else " ".join(text.split()))


def event_summary(ev: Event, names: Names) -> str:
    """"AGREE · happened · contract · <system>" for one event."""
    parts = [f"{ev.type} ({ev.mode})" if ev.mode else ev.type, ev.status]  # "ACCUSE (disapprove)"
    if ev.arms_stage:
        parts.append(ev.arms_stage)
    if ev.system:
        parts.append(names.entity(ev.system))
    return " · ".join(parts)


def event_actors(ev: Event, names: Names) -> str:
    src = ", ".join(names.entity(a) for a in ev.source_actors)
    tgt = ", ".join(names.entity(a) for a in ev.target_actors)
    if src and tgt:
        return f"{src} → {tgt}"
    return src or (f"→ {tgt}" if tgt else "")


def event_details(ev: Event) -> str:
    bits = []
    if ev.quantity is not None:
        bits.append(f"{ev.quantity}" + (f" {ev.unit}" if ev.unit else ""))
    if ev.value_usd is not None:
        bits.append(f"${ev.value_usd:,.0f}")
    return ", ".join(bits)


def _event_line(ev: Event, names: Names, *, with_date: bool) -> str:
    head = f"**{md(show_date(ev))}** · " if with_date else ""
    line = f"- {head}{md(event_summary(ev, names))}"
    actors = event_actors(ev, names)
    if actors:
        line += f" · {md(actors)}"
    details = event_details(ev)
    if details:
        line += f" · {md(details)}"
    if ev.mentions:
        line += f" — “{md(ev.mentions[0].text, SNIPPET)}”"
    sources = "; ".join(md(names.doc(s), 80) for s in ev.sources)
    if sources:
        line += f" — sources: {sources}"
    return line


def _table(fh: IO[str], header: list[str], rows: Iterable[list[str]]) -> None:
    fh.write("| " + " | ".join(header) + " |\n")
    fh.write("|" + "---|" * len(header) + "\n")
    for row in rows:
        fh.write("| " + " | ".join(row) + " |\n")


def _documents_rows(docs: Iterable[Document]) -> Iterator[list[str]]:
    for d in docs:
        p = d.published
        pub = f"{p.value} ({p.how})"
        if p.bounds is not None:
            pub += f" within {p.bounds[0] or '…'}–{p.bounds[1] or '…'}"
        upd = d.updated.value if d.updated else ""
        yield [f"`{d.doc_id[:16]}`", md(d.source or ""), md(pub), md(upd), md(d.title or "", 80)]


# A disagreement on a figure (fuse.facts value conflicts: "value_usd A vs B", "label: value_usd A vs B")
# rather than a claim answered by a denial.
_FIGURE_NOTE = re.compile(r"(?:^|: )value_usd \S+ (?:\([^)]*\) )?vs ")


def figure_conflict(c: Contradiction) -> bool:
    """Whether a contradiction is two sources giving different figures (one event's, or two events' of
    one deal), not a claim and its denial: neither side denies anything."""
    return c.claim == c.denial or bool(_FIGURE_NOTE.search(c.note))


def _contradiction_line(c: Contradiction, events: dict[str, Event], names: Names) -> str:
    def side(eid: str) -> str:
        ev = events.get(eid)
        if ev is None:
            return f"`{eid}`"
        snippet = f" “{md(ev.mentions[0].text, 100)}”" if ev.mentions else ""
        srcs = "; ".join(md(names.doc(s), 60) for s in ev.sources)
        return f"{md(event_summary(ev, names))}{snippet} ({srcs})"

    if c.claim == c.denial:
        # one event whose sources disagree on a fact (its value): no claim and denial, and the note's
        # document ids read as the outlets' names
        note = c.note
        ev = events.get(c.claim)
        for s in ev.sources if ev is not None else ():
            note = note.replace(f"({s})", f"({names.doc(s)})")
        return f"- sources disagree: {side(c.claim)}\n  - note: {md(note)}"
    if figure_conflict(c):  # two events of one deal priced differently ("deal_x: value_usd A vs B")
        return f"- sources disagree: {side(c.claim)}\n  - versus: {side(c.denial)}\n  - note: {md(c.note)}"
    return f"- claim: {side(c.claim)}\n  - denial: {side(c.denial)}\n  - note: {md(c.note)}"


def _deal_row(d: Deal, names: Names) -> list[str]:
    qty = "" if d.quantity is None else f"{d.quantity}" + (f" {d.unit}" if d.unit else "")
    value = "" if d.value_usd is None else f"${d.value_usd:,.0f}"
    delivered = "–".join(x for x in (d.delivered.first, d.delivered.completed_by) if x)
    return [
        md(d.deal_id), md(names.entity(d.supplier)), md(names.entity(d.recipient)), md(names.entity(d.system)),
        md(d.category or ""), md(qty), md(value), md(d.ordered or ""), md(delivered),
        md(d.paid_by or ""), md(d.tested or ""), str(len(d.sources)),
    ]


def render_timeline(fh: IO[str], documents: Iterable[Document], fusion: Fusion) -> None:
    """Write the Markdown timeline to an open text file. `documents` may be text-less listings."""
    docs = list(documents)
    names = Names(fusion.entities, docs)
    ordered = order_events(fusion.events)
    fh.write("# Timeline\n\n")
    fh.write(f"{plural(len(fusion.events), 'event')} from {plural(len(docs), 'document')}; dates are when events happened or are "
             f"planned, not when they were reported.\n\n")
    sections = (
        ("Events", ordered.dated, "_No dated events._", True),
        ("Events with unresolved dates", ordered.unresolved, "_None._", True),
        ("Undated events", ordered.undated, "_None._", False),
    )
    for i, (heading, events, empty, with_date) in enumerate(sections):
        fh.write(("\n" if i else "") + f"## {heading}\n\n")
        if not events:
            fh.write(empty + "\n")
        for ev in events:
            fh.write(_event_line(ev, names, with_date=with_date) + "\n")

    fh.write("\n## Contradictions\n\n")
    if not fusion.contradictions:
        fh.write("_None found._\n")
    by_id = {e.event_id: e for e in fusion.events}
    for c in fusion.contradictions:
        fh.write(_contradiction_line(c, by_id, names) + "\n")

    fh.write("\n## Deal register\n\n")
    if fusion.deals:
        _table(fh, ["deal", "supplier", "recipient", "system", "category", "quantity", "value (USD)", "ordered",
                    "delivered", "paid by", "tested", "sources"],
               (_deal_row(d, names) for d in fusion.deals))
    else:
        fh.write("_No deals._\n")

    fh.write("\n## Documents\n\n")
    _table(fh, ["id", "source", "published (how)", "updated", "title"], _documents_rows(docs))


def write_timeline(path: str | Path, corpus: Corpus) -> None:
    """Write `timeline.md` for a store (or any `Corpus`); only document metadata is read, not texts."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fusion = corpus.fusion()
    with target.open("w", encoding="utf-8", newline="\n") as fh:
        render_timeline(fh, corpus.documents(with_text=False), fusion)
