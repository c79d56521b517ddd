"""`timeline.md`: the fused events in date order, plus documents, contradictions and deals.

TIMEX3 values have mixed granularity ("2019", "2019-Q4", "2019-07", "2021-W22", "2019-10-23"), so
events are ordered by the interval each value denotes: its start, or its middle/end when the mod
says MID/END, coarser values first on ties. Values with no calendar position ("unresolved",
"PRESENT_REF", "XXXX-06") and events without a date get their own sections rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO

from storyline.export.corpus import Corpus
from storyline.records import Annotation, Contradiction, Deal, Document, Entity, Event, Fusion, Repair

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
        self.countries: dict[str, str] = {}  # entity_id → ISO country of an organization named generically
        for e in entities:
            self.entities[e.entity_id] = e.name
            for old in e.merged_ids:  # ids fusion folded into e still name e
                self.entities.setdefault(old, e.name)
            if e.type == "organization" and e.country and e.name == e.name.lower():  # "navy", not "al-Shabaab"
                for i in (e.entity_id, *e.merged_ids):
                    self.countries.setdefault(i, e.country)
        self.docs: dict[str, str] = {}
        self.published: dict[str, str] = {}  # doc_id → publication date, where it is on the calendar
        for d in documents:
            self.docs[d.doc_id] = doc_label(d)
            if date_key(d.published.value) is not None:
                self.published[d.doc_id] = d.published.value

    def entity(self, entity_id: str | None) -> str:
        if entity_id is None:
            return ""
        return self.entities.get(entity_id, entity_id)

    def actor(self, entity_id: str) -> str:
        """The name a statement uses: a body named by a common noun ("navy", "foreign ministry") is
        told apart by its country ("Chile's navy"), as a reporter would write it."""
        name = self.entity(entity_id)
        country = self.entities.get(f"country:{self.countries.get(entity_id)}")
        if not country:
            return name
        return f"{country}' {name}" if country.endswith("s") else f"{country}'s {name}"

    def doc(self, doc_id: str) -> str:
        return self.docs.get(doc_id, doc_id)


def reported(ev: Event, names: Names) -> str | None:
    """When the event was first reported (its earliest source's publication date), None if unknown."""
    dates = [v for s in ev.sources if (v := names.published.get(s))]
    if not dates:
        return None
    first = min(dates, key=lambda v: date_key(v) or (0.0, 0))
    return first[:10] if re.match(r"\d{4}-\d{2}-\d{2}T", first) else first  # the day; the hour adds nothing


def by_report_date(events: Iterable[Event], names: Names) -> list[Event]:
    """Events with no calendar date, in the order they were first reported (unknown last, then as given):
    an analyst reading down the list still moves forward in time."""
    indexed = list(enumerate(events))
    def key(item: tuple[int, Event]) -> tuple[int, float, int]:
        when = reported(item[1], names)
        k = date_key(when) if when else None
        return (0, k[0], item[0]) if k else (1, 0.0, item[0])
    return [ev for _, ev in sorted(indexed, key=key)]


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


# --- an event as a short statement --------------------------------------------------------------
#: how a target joins a trigger that is a noun or already holds its object ("talks with", "aid to");
#: types missing here name their target after "concerning"
_TARGET_PREP = {"AGREE": "with", "CONSULT": "with", "COOPERATE": "with", "SUPPORT": "for", "CONCEDE": "to",
                "AID": "to", "RETREAT": "from", "REQUEST": "to", "ACCUSE": "against", "THREATEN": "against",
                "PROTEST": "against", "SANCTION": "on", "MOBILIZE": "against", "COERCE": "on", "ASSAULT": "on"}
#: one-word verbs that take their target as object ("accused X", "attacked X", "met X"); any other verb
#: joins it with its type's preposition ("fired on X", "agreed with X")
_TRANSITIVE = re.compile(
    r"^(?:accus|attack|bomb|shell|raid|invad|strik|struck|hit|threaten|sanction|urg|ask|press|back|support|"
    r"endors|met|meet|consult|condemn|critici[sz]|blam|warn|kill|arrest|detain|seiz|captur|target|ambush|"
    r"besieg|blockad|expel|recogni[sz]|fund|host|visit|phon|call|rebuk|denounc|sue|charg|indict|invit|"
    r"hir|pay|paid|join|overr[au]n|occup|evacuat|defeat|beat)", re.I)
#: bare verbs news triggers often are ("will pay", "plans to hold talks"): a planned one reads "X to pay"
_BARE_VERBS = {
    "agree", "deny", "sign", "meet", "buy", "sell", "order", "attack", "reject", "accuse", "urge", "ask", "pay",
    "hold", "visit", "send", "deliver", "hand", "launch", "resume", "start", "begin", "open", "join", "host",
    "talk", "vote", "approve", "supply", "provide", "build", "test", "deploy", "strike", "withdraw", "return",
    "sanction", "impose", "discuss", "hit", "fire", "invade", "seize", "arrest", "release", "expel", "recognize",
    "recognise", "fund", "train", "export", "import", "purchase", "acquire", "negotiate", "sue", "file", "raise",
}
#: irregular past forms of news triggers: a verb after its doer reads "X met Y"
_PAST_WORDS = {
    "met", "held", "sold", "bought", "won", "lost", "fought", "struck", "shot", "hit", "sent", "gave", "paid",
    "took", "made", "left", "began", "broke", "ran", "told", "said", "withdrew", "froze", "threw", "led",
    "sought", "brought", "overran", "seized", "agrees", "denies", "signs", "meets", "buys", "sells", "orders",
    "attacks", "rejects", "accuses", "urges", "asks", "pays", "holds", "will", "would", "could", "may", "might",
    "to", "plans", "planned",
}
#: how a bare verb (an infinitive: "agreed to buy", "will pay") reads after its doer, headline style:
#: "X to pay", "X may buy"; after several doers one that happened stays in the headline's present
#: ("X and Y agree")
_NOT_YET = {"planned": "to", "intended": "to", "possible": "may", "claimed": "to", "denied": "to",
            "ongoing": "to", "happened": "to"}
#: an arms stage's other side joins as a reader expects: delivered "to" the buyer; bought "from" the
#: supplier when the trigger is a buying word ("signed a contract" for an order is still "with")
_STAGE_PREP = {"deliver": "to", "offer": "to", "pay": "to", "tech_transfer": "to", "contract": "with",
               "negotiate": "with"}
_BUYING = re.compile(r"^(?:buy|bought|purchas|order|acquir|procur|import)", re.I)
MAX_NAMES = 3  # actors named on one side before "and N others"
NAME_LIMIT = 60  # a very long registered name is cut, not allowed to push the line off the screen
SENTENCE_LIMIT = 200


def _first_word(trigger: str) -> str:
    words = trigger.split(maxsplit=1)
    return words[0].lower() if words else ""


def _is_verb(trigger: str) -> bool:
    """Whether a trigger opens with a verb ("signed a contract", "fired", "will meet", "pay") rather than
    a noun ("talks", "frigate order"): a verb follows its doer, a noun is named after it."""
    first = _first_word(trigger)
    return first.endswith(("ed", "ing")) or first in _PAST_WORDS or first in _BARE_VERBS


def shown_names(ids: Iterable[str], names: Names) -> list[str]:
    """The names a statement gives one side: each once, very long ones cut, a country left out where one
    of its bodies is named ("Chile's navy" already says Chile)."""
    ids = list(ids)
    told = {f"country:{names.countries[i]}" for i in ids if i in names.countries}
    return list(dict.fromkeys(squash(names.actor(i), NAME_LIMIT) for i in ids if i not in told))


def name_list(ids: Iterable[str], names: Names) -> str:
    """"A", "A and B", "A, B and C", "A, B, C and 2 others"."""
    shown = shown_names(ids, names)
    if len(shown) > MAX_NAMES:
        shown = [*shown[:MAX_NAMES], plural(len(shown) - MAX_NAMES, "other")]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1] if shown else ""


def money_words(usd: float) -> str:
    """"$1.2 billion", "$414 million", "$75,000": how news writes a price."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if usd >= size:
            return f"${usd / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    return f"${usd:,.0f}"


def event_object(ev: Event, names: Names) -> str:
    """What the event is about: "Type 26, 4 frigates, $1.2 billion" (the system, how many, the price)."""
    bits = [squash(names.entity(ev.system), NAME_LIMIT)] if ev.system else []
    if ev.quantity is not None:
        bits.append(f"{ev.quantity}" + (f" {ev.unit}" if ev.unit else ""))
    if ev.value_usd is not None:
        bits.append(money_words(ev.value_usd))
    return ", ".join(bits)


#: a trimmed sentence as (words before the trigger, the trigger, words after), ellipses included
Sentence = tuple[str, str, str]


def trim_sentence(text: str, start: int, end: int, limit: int = SENTENCE_LIMIT) -> Sentence:
    """A sentence on one line, cut to about `limit` characters at word boundaries around the trigger at
    [start, end) (offsets into `text`), an ellipsis where words were dropped; the trigger kept apart so
    a page can mark it (two events read from one sentence must still tell which word each is)."""
    left, right = text[:start].split(), text[end:].split()
    trigger = " ".join(text[start:end].split())
    # a word glued to the trigger ("Peru's", "fired,") stays glued, outside the marked trigger
    glue_l = left.pop() if left and not text[:start][-1:].isspace() else ""
    glue_r = right.pop(0) if right and not text[end:][:1].isspace() else ""
    out_l: list[str] = []
    out_r: list[str] = []
    room = limit - len(glue_l) - len(trigger) - len(glue_r)
    while room > 0 and (left or right):  # grow both ways, the words after the trigger first
        if right and (len(out_r) <= len(out_l) or not left) and len(right[0]) + 1 <= room:
            room -= len(right[0]) + 1
            out_r.append(right.pop(0))
        elif left and len(left[-1]) + 1 <= room:
            room -= len(left[-1]) + 1
            out_l.insert(0, left.pop())
        else:
            break
    pre = ("…" if left else "") + "".join(w + " " for w in out_l) + glue_l
    post = glue_r + "".join(" " + w for w in out_r) + ("…" if right else "")
    return _balanced(pre, trigger, post)


def _balanced(pre: str, trigger: str, post: str) -> Sentence:
    """Drop a quotation mark left alone at either end (a sentence split inside a quote: “No deal was
    signed.): the statement wraps the sentence in quotation marks of its own."""
    whole = pre + trigger + post
    if (pre[:1] == "“" and whole.count("“") > whole.count("”")) or (pre[:1] == '"' and whole.count('"') % 2):
        pre = pre[1:]
    elif (post[-1:] == "”" and whole.count("”") > whole.count("“")) or (post[-1:] == '"' and whole.count('"') % 2):
        post = post[:-1]
    return pre, trigger, post


# a paragraph break: what follows (a byline, a photo caption, the next paragraph) is not the event's
# sentence, even where the sentence splitter ran over it; cleaning's "join" repairs mark the breaks that are
# scrape damage inside one sentence
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n[ \t]*\n\s*")


def _paragraph_of(text: str, lo: int, hi: int, start: int, end: int,
                  joins: Iterable[Repair] = ()) -> tuple[int, int]:
    """The part of the sentence [lo, hi) that holds the trigger [start, end), cut at paragraph breaks."""
    mended = [(r.start, r.end) for r in joins]
    for m in _PARAGRAPH_BREAK.finditer(text, lo, hi):
        if any(a < m.end() and m.start() < b for a, b in mended):
            continue
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            return lo, m.start()
    return lo, hi


def _plain(text: str, repairs: Iterable[Repair]) -> str:
    """The text with markup and escape characters cleaning marked ("# ", "**", "\\_") blanked, offsets kept."""
    chars = list(text)
    for r in repairs:
        if r.kind in ("markup", "unescape"):
            chars[r.start:r.end] = " " * (min(r.end, len(chars)) - r.start)
    return "".join(chars)


def needs_sentence(ev: Event) -> bool:
    """Whether the record alone cannot say who did what to whom/what: no doer, no target nor object, or a
    rejection (what was rejected, a charge or an offer, is never among the record's fields)."""
    return not ev.source_actors or ev.type == "REJECT" or not (
        ev.target_actors or ev.system or ev.quantity is not None or ev.value_usd is not None)


def _same(text: str) -> str:
    return text


def event_statement(ev: Event, names: Names, sentence: Sentence | None = None, *,
                    esc: Callable[[str], str] = _same, mark: Callable[[str], str] = _same) -> str:
    """The event as a short statement from its own fields: "Chile's navy signed a contract with Norvik
    (4 frigates, $1.2 billion)". An event whose record lacks the roles (no doer, or a doer with nothing
    done to anyone or anything: "Chile denied") is its sentence instead (`sentence`, see `trim_sentence`)
    where there is one: a reader must see who did what to whom, not one verb. Text pieces go through
    `esc` (Markdown or HTML escaping) and the trigger, escaped, through `mark` (bold)."""
    trigger = squash(ev.mentions[0].text, 60) if ev.mentions else ev.type.lower()
    if sentence and needs_sentence(ev):
        pre, trig, post = sentence
        return f"“{esc(pre)}{mark(esc(trig))}{esc(post)}”"
    who = name_list(ev.source_actors, names)
    whom = name_list(ev.target_actors, names)
    obj = event_object(ev, names)
    bought = ev.arms_stage == "order" and _BUYING.match(_first_word(trigger)) is not None
    prep = "from" if bought else _STAGE_PREP.get(ev.arms_stage or "") or _TARGET_PREP.get(ev.type, "concerning")
    tail = (f" {esc(prep)} {esc(whom)}" if whom else "") + \
        (f" ({esc(obj)})" if obj else "")
    if not who:
        return f"“{mark(esc(trigger))}”{tail}"
    verb = _is_verb(trigger)
    if not verb:
        return f"{esc(who)}: {mark(esc(trigger))}{tail}"
    # a bare verb of an event still to come reads as a headline does: "Chile to pay", "Peru may buy"
    several = len(shown_names(ev.source_actors, names)) > 1 and ev.status == "happened"
    aux = _NOT_YET.get(ev.status, "") if _first_word(trigger) in _BARE_VERBS and not several else ""
    text = f"{esc(who)} " + (f"{aux} " if aux else "") + mark(esc(trigger))
    if whom and len(trigger.split()) == 1 and _TRANSITIVE.match(trigger) is not None:
        tail = f" {esc(whom)}" + (f" ({esc(obj)})" if obj else "")  # "accused X", "attacked X"
    return text + tail


def event_tags(ev: Event) -> str:
    """The machine-readable reading, kept after the statement: "AGREE (disapprove), contract"."""
    return ", ".join([f"{ev.type} ({ev.mode})" if ev.mode else ev.type, *([ev.arms_stage] if ev.arms_stage else [])])


def sentence_keys(events: Iterable[Event]) -> dict[tuple[str, int, int], str]:
    """(doc_id, start, end) of the first mention → event_id, for the events whose statement needs the
    sentence (see `needs_sentence`)."""
    return {(ev.mentions[0].doc_id, ev.mentions[0].start, ev.mentions[0].end): ev.event_id
            for ev in events if ev.mentions and needs_sentence(ev)}


def doc_sentences(ann: Annotation, wanted: Mapping[tuple[str, int, int], str]) -> dict[str, Sentence]:
    """event_id → the trimmed sentence of its first mention, for the wanted mentions in one document."""
    doc = ann.document
    out: dict[str, Sentence] = {}
    text: str | None = None
    for em in ann.events:
        eid = wanted.get((em.doc_id, em.start, em.end))
        if eid is None or eid in out or not em.sentence.start <= em.start < em.end <= em.sentence.end:
            continue
        if text is None:
            text = _plain(doc.text, doc.repairs) if doc.repairs else doc.text
        joins = [r for r in doc.repairs if r.kind == "join"]
        lo, hi = _paragraph_of(text, em.sentence.start, em.sentence.end, em.start, em.end, joins)
        line = doc.dateline_span
        if line is not None and lo < line.end <= em.start:  # "LIMA, May 2 (Wire) -" is not the story's words
            lo = line.end
        out[eid] = trim_sentence(text[lo:hi], em.start - lo, em.end - lo)
    return out


def first_sentences(annotations: Iterable[Annotation], events: Iterable[Event]) -> dict[str, Sentence]:
    """event_id → the trimmed sentence its first mention was read from, for events whose record lacks
    the roles (the statement falls back to it); one pass over the annotations, only those sentences kept."""
    wanted = sentence_keys(events)
    out: dict[str, Sentence] = {}
    if not wanted:
        return out
    docs = {k[0] for k in wanted}
    for ann in annotations:
        if ann.document.doc_id in docs:
            for eid, sentence in doc_sentences(ann, wanted).items():
                out.setdefault(eid, sentence)
    return out


def md_piece(text: str) -> str:
    """Markdown-safe text whose edge spaces matter (a piece of a line built from several)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_bold(text: str) -> str:
    return f"**{text}**"


def _event_line(ev: Event, names: Names, *, with_date: bool, sentence: Sentence | None = None) -> str:
    head = f"**{md(show_date(ev))}** — " if with_date else ""
    when = reported(ev, names)
    if when and (ev.date is None or date_key(ev.date.value) is None):  # no date of its own: when it was told
        head = f"**{md(show_date(ev))}** (reported {md(show_value(when))}) — " if with_date else \
            f"reported {md(show_value(when))} — "
    statement = event_statement(ev, names, sentence, esc=md_piece, mark=_md_bold)
    line = f"- {head}{statement} — {md(ev.status)} · {md(event_tags(ev))}"
    sources = "; ".join(md(names.doc(s), 80) for s in ev.sources)
    return line + (f" — {plural(len(ev.sources), 'source')}: {sources}" if sources else "")


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


def _contradiction_line(c: Contradiction, events: dict[str, Event], names: Names,
                        sentences: Mapping[str, Sentence] | None = None) -> str:
    def side(eid: str) -> str:
        ev = events.get(eid)
        if ev is None:
            return f"`{eid}`"
        statement = event_statement(ev, names, (sentences or {}).get(eid), esc=md_piece, mark=_md_bold)
        srcs = "; ".join(md(names.doc(s), 60) for s in ev.sources)
        return f"{md(event_summary(ev, names))}: {statement} ({md(show_date(ev))}; {srcs})"

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


def figure_text(fact: str, value: float) -> str:
    """A deal figure as the register shows it ("$1,200,000,000", "24")."""
    return f"${value:,.0f}" if fact == "value_usd" else f"{value:g}"


def disputed(d: Deal, fact: str) -> str:
    """The register cell's note when the reports disagree on a fact: every figure they give."""
    figs = next((x.figures for x in d.discrepancies if x.fact == fact), ())
    values = sorted({f.value for f in figs})
    return f" (reports differ: {' / '.join(figure_text(fact, v) for v in values)})" if values else ""


def discrepancy_lines(d: Deal, names: Names) -> Iterator[str]:
    """One line per figure a deal's reports disagree on, each with its words, source and offsets."""
    for x in d.discrepancies:
        label = "value (USD)" if x.fact == "value_usd" else x.fact
        yield f"- {md(d.deal_id)} {label}:"
        for f in x.figures:
            yield (f"  - {figure_text(x.fact, f.value)}: “{md(f.text, 60)}” ({md(names.doc(f.doc_id), 60)}, "
                   f"`{f.doc_id[:16]}` {f.start}–{f.end})")


def _deal_row(d: Deal, names: Names) -> list[str]:
    qty = "" if d.quantity is None else f"{d.quantity}" + (f" {d.unit}" if d.unit else "") + disputed(d, "quantity")
    value = ("" if d.value_usd is None else f"${d.value_usd:,.0f}") + disputed(d, "value_usd")
    delivered = "–".join(x for x in (d.delivered.first, d.delivered.completed_by) if x)
    return [
        md(d.deal_id), md(names.entity(d.supplier)), md(names.entity(d.recipient)), md(names.entity(d.system)),
        md(d.category or ""), md(qty), md(value), md(d.ordered or ""), md(delivered),
        md(d.paid_by or ""), md(d.tested or ""), str(len(d.sources)),
    ]


def render_timeline(fh: IO[str], documents: Iterable[Document], fusion: Fusion,
                    sentences: Mapping[str, Sentence] | None = None) -> None:
    """Write the Markdown timeline to an open text file. `documents` may be text-less listings;
    `sentences` (event_id → trimmed sentence, see `first_sentences`) tell the events with no doer."""
    sentences = sentences or {}
    docs = list(documents)
    names = Names(fusion.entities, docs)
    ordered = order_events(fusion.events)
    fh.write("# Timeline\n\n")
    fh.write(f"{plural(len(fusion.events), 'event')} from {plural(len(docs), 'document')}; dates are when events happened or are "
             f"planned, not when they were reported; events with no calendar date of their own are listed in the order "
             f"they were first reported.\n\n")
    sections = (
        ("Events", ordered.dated, "_No dated events._", True),
        ("Events with unresolved dates", by_report_date(ordered.unresolved, names), "_None._", True),
        ("Undated events", by_report_date(ordered.undated, names), "_None._", False),
    )
    for i, (heading, events, empty, with_date) in enumerate(sections):
        fh.write(("\n" if i else "") + f"## {heading}\n\n")
        if not events:
            fh.write(empty + "\n")
        for ev in events:
            fh.write(_event_line(ev, names, with_date=with_date, sentence=sentences.get(ev.event_id)) + "\n")

    fh.write("\n## Contradictions\n\n")
    if not fusion.contradictions:
        fh.write("_None found._\n")
    by_id = {e.event_id: e for e in fusion.events}
    for c in fusion.contradictions:
        fh.write(_contradiction_line(c, by_id, names, sentences) + "\n")

    fh.write("\n## Deal register\n\n")
    if fusion.deals:
        _table(fh, ["deal", "supplier", "recipient", "system", "category", "quantity", "value (USD)", "ordered",
                    "delivered", "paid by", "tested", "sources"],
               (_deal_row(d, names) for d in fusion.deals))
        lines = [line for d in fusion.deals for line in discrepancy_lines(d, names)]
        if lines:
            fh.write("\n### Figures the reports disagree on\n\n" + "\n".join(lines) + "\n")
    else:
        fh.write("_No deals._\n")

    fh.write("\n## Documents\n\n")
    _table(fh, ["id", "source", "published (how)", "updated", "title"], _documents_rows(docs))


def write_timeline(path: str | Path, corpus: Corpus) -> None:
    """Write `timeline.md` for a store (or any `Corpus`); texts are read once, for the sentences of
    events whose record names no doer."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fusion = corpus.fusion()
    sentences = first_sentences(corpus.annotations(), fusion.events)
    with target.open("w", encoding="utf-8", newline="\n") as fh:
        render_timeline(fh, corpus.documents(with_text=False), fusion, sentences)
