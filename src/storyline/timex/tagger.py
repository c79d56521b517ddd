"""Tag and normalize time expressions in plain text, without spaCy.

`tag` scans the text once with the grammar's compiled scanner and interprets each hit against the
document creation time (DCT). Relative expressions with no DCT come out as "unresolved" (anchor
"dct") rather than guessed; absolute ones ("June 2019") still resolve.

Weekday policy ("Monday" with no "last"/"next"): news reports mostly past days, so the default is
the latest such day on or before the DCT; a future cue ("will", "is expected to", "plans", or a
deadline word right before it: "until", "as soon as") picks the next one on or after it; a
reporting verb after the day ("..., he said") weighs less than the event's own cues; an
"Updated" stamp up to six days after the DCT extends the past up to the update (a story updated
on Thursday may say "on Thursday denied").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from storyline.records import Span, Timex
from storyline.timex.calendar import Anchor, Tense, granularity, parse_anchor
from storyline.timex.grammar import APOSTROPHE, DIGIT, SCANNER, STRONG_WORDS, WEAK_STARTS, ZONE, Context

log = logging.getLogger(__name__)

TenseHint = Callable[[int, int], Tense | None]

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won['’]t|going\s+to|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|poised|planning|preparing|going)\s+to"
    r"|expected\s+to|scheduled\s+(?:to|for)|plans?\s+to|planning\s+to|intends?\s+to|(?:is|are)\s+to|next(?!\s+to\b)|upcoming"
    r"|(?:set|slated|poised)\s+to|(?:is|are)\s+(?:planned|expected|scheduled|due|slated|forecast|predicted|projected|set\s+for)\b|would|agree(?:s|d|ment)?\s+to|planned\s+(?:to|an?)|(?:has|have)\s+scheduled)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)
# Schedules in the simple present: "Polls close at 8 p.m. on Sunday", "the ban takes effect Monday".
# News reports past days in the past tense, so a dated simple present is on the calendar. Base forms
# need a plural subject right before them ("polls close", "talks resume"; not "the close on Friday").
_SCHEDULE_VERB = (r"(?:re)?open|close|begin|start|end|resume|(?:re)?convene|meet|expire|kick\s+off|take\s+effect"
                  r"|arrive|depart|return|launch|go\s+on\s+sale|go\s+to\s+the\s+polls|run\s+(?:until|from|through)|last\s+until"
                  # sports fixtures: "Rovers host the Kestrels on Saturday", "the Hawks travel to Leeds on Friday"
                  r"|host|face|play|visit|welcome|travel\s+to|take\s+on")
_SCHEDULE_CUE = re.compile(
    rf"\b(?:(?<=[a-z]s\s)(?:{_SCHEDULE_VERB})|(?:(?:re)?opens|closes|begins|starts|ends|resumes|(?:re)?convenes|meets"
    r"|expires|kicks\s+off|takes\s+effect|arrives|departs|returns|launches|goes\s+on\s+sale|runs\s+(?:until|from|through)|lasts\s+until"
    r"|falls\s+on|hosts|faces|plays|visits|welcomes|travels\s+to|takes\s+on|(?:reports|announces|releases|unveils)(?=\s+(?:its|their|the|results|earnings|quarterly|annual|(?:first|second|third|fourth|full)[\s-](?:quarter|year|half))\b)))\b",
    # "the anniversary falls on Friday"; "the firm reports its/quarterly results on Thursday" (a release;
    # not "reports that" nor the noun in "filed reports by Wednesday")
    re.IGNORECASE,
)
# A determiner or possessive before "starts"/"returns" makes it a noun ("the returns on Friday").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|your|this|that|these|those|whose|tax|poll)\s+$", re.IGNORECASE)
# "The burial is on Monday", "the office is closed Monday": a present-tense state on a day is a plan.
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:(?!not\b)[a-z]+\s+)?(?:(?:on|at)\s+)?$", re.IGNORECASE)
_MARKS_AFTER = re.compile(r"\s+(?:marks|is)\b", re.IGNORECASE)
_PAST_CUE = re.compile(
    r"\b(?:said|told|was|were|had|did|went|met|made|took|gave|came|saw|held|spoke|wrote|left|began|"
    r"sent|won|lost|became|put|ran|bought|sold|paid|found|built|brought|fought|caught|sought|knew|grew|drew|threw|flew|"
    r"chose|spent|felt|kept|got|stood|shot|fled|broke|stole|drove|rose|fell|withdrew|struck|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_REPORTING = frozenset({"said", "told"})
# "said in a statement on Monday that …", "told reporters on Monday": a day right after a past reporting
# verb and a short phrase (a preposition's object, the hearer of "told") dates the saying.
_PHRASE_WORD = (r"(?!(?:that|which|who|whether|if|would|will|could|should|may|might|can|shall|must|is|are|was|were|be"
                r"|has|have|had|it|he|she|they|we|i|you|and|but)\b)[\w'’.-]+\s+")
_REPORTED_ON = re.compile(
    r"\b(?:said|told|announced|stated|confirmed|wrote|posted|tweeted|warned|added|insisted|claimed|denied|argued)\s+"
    rf"(?:(?:in|at|on|during|via|through|after|following)\s+(?:{_PHRASE_WORD}){{0,5}}|(?<=told\s)(?:{_PHRASE_WORD}){{1,2}})?"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)
# "said Ramadan would start …", "said Friday is a holiday": a modal or auxiliary right after the span makes it
# the reported clause's subject, not the day of the saying.
_AUX_AFTER = re.compile(r"\s+(?:would|will|could|might|may|should|can|is|are|was|were|has|had)\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|told)\b", re.IGNORECASE)
# a headline's "to" + verb right after its subject, no finite verb before it ("Minister to resign", "Fed to cut rates")
_HEADLINE_TO = re.compile(r"^(?:(?!\b(?:said|says|was|were|is|are|has|had|will|did)\b)[^\n,;:])*?\b[A-Za-z]+\s+to\s+[a-z]+\b",
                          re.MULTILINE)
_HEADLINE_BREAK = re.compile(r"[,;:]|\b(?:says|said|tells|told)\b", re.IGNORECASE)
# Words ending in -ed that are no past tense.
_NOT_PAST = frozenset({
    "hundred", "need", "indeed", "speed", "feed", "seed", "exceed", "proceed", "succeed", "united",
    "limited", "red", "bed", "shed", "breed", "greed", "weed", "unspecified", "undisclosed", "unidentified",
    "unnamed",
})
# "will be held", "to be signed", "are planned": a participle, no past event (no bare "to": "the envoy to Paris said" is a past).
_PASSIVE_BEFORE = re.compile(r"\b(?:will|be|been|being|is|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "ahead of Monday's vote": a day still to come
_AWAITING = re.compile(r"\b(?:ahead\s+of|before|until|awaiting|await)\s+$", re.IGNORECASE)
# a closing quote may follow the stop; a period before a lower-case word or a number ends an abbreviation
# ("at 10 a.m. on", "on Nov. 20", "U.S. officials"), not a sentence
# ("at 8 p.m. Eastern time on Nov. 3", "11 a.m. ET Friday": a zone or a weekday after a clock's "a.m."/"p.m." goes on the clause)
_CLAUSE_BREAK = re.compile(r"(?:[!?;\n][\"'”’`]*\s|\.[\"'”’`]*\s(?!\s*[(\[]?[a-z0-9])"
                           rf"(?!(?<=[ap]\.m\.\s)(?:(?:Eastern|Central|Pacific|Mountain|Atlantic)\s+[Tt]ime|{ZONE}\b"
                           r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)))")
_WINDOW = 90
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"']+", re.IGNORECASE)
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
# "around" right before a date or clock time, unless a verb takes it as its particle ("get around
# Friday's ruling", "work around Monday's deadline")
_AROUND_BEFORE = re.compile(
    r"(?<!\bget\s)(?<!\bgot\s)(?<!\bgets\s)(?<!\bgetting\s)(?<!\bwork\s)(?<!\bworked\s)(?<!\bworking\s)(?<!\bway\s)(?<!\bways\s)"
    r"(?<!\bcome\s)(?<!\bcame\s)(?<!\bturn\s)(?<!\bturned\s)(?<!\blook\s)(?<!\blooked\s)(?<!\bsteer\s)"
    r"\b[Aa]round\s+$")


_STOP_END = (".", "!", "?", '"', "”", "'", "’")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def _headline_to(text: str, start: int) -> bool:
    """Is the span at `start` in a headline ("Storm to hit coast on Thursday") after its bare infinitive?

    A headline is a short line with no full stop that opens the text or follows a finished line (not a body
    line wrapped mid-sentence), and the line after it, if any, does not go on in lower case. A day after a
    clause break dates the saying instead ("Talks to resume, envoy says on Thursday")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 100 or text[line_start:line_end].rstrip().endswith(_STOP_END):
        return False
    before = text[max(0, line_start - 200) : line_start].rstrip(" \t")
    if before and not before.endswith("\n\n") and not before.rstrip().endswith(_STOP_END):
        return False
    nxt = _NEXT_CHAR.match(text, line_end)
    if nxt is not None and nxt[1].islower():
        return False
    head = _HEADLINE_TO.search(text, line_start, start)
    return head is not None and not _PAST_CUE.search(text, line_start, head.end()) \
        and not _HEADLINE_BREAK.search(text, head.end(), start)


def regex_tense(text: str) -> TenseHint:
    """A cheap tense guess from the words around a span: the nearest past or future cue wins.

    Used when no spaCy parse is at hand; the spaCy component supplies a parse-based hint instead.
    "would" and "agreed to" look ahead ("said the dividend would be paid in January", "agreed to
    buy the bank in February" name next January/February); irregular past forms ("bought", "sold")
    count as past so a later "has agreed to" in the same clause does not outweigh them.
    """

    def hint(start: int, end: int) -> Tense | None:
        if text.startswith(("'s", "’s"), end) and text[start:end].lower().endswith("day") \
                and not _AWAITING.search(text, max(0, start - 20), start):
            return "past"  # "Monday's verdict": news names a day's event that way once it has happened
        lo = max(0, start - _WINDOW)
        hi = min(len(text), end + _WINDOW)
        left = text[lo:start]
        breaks = list(_CLAUSE_BREAK.finditer(left))
        if breaks:
            lo += breaks[-1].end()
        right_break = _CLAUSE_BREAK.search(text, end, hi)
        if right_break:
            hi = right_break.start()
        if _REPORTED_ON.search(text, max(lo, start - 80), start) and not _AUX_AFTER.match(text, end):
            return "past"
        if _COPULA_BEFORE.search(text, max(lo, start - 16), start):
            return "future"  # "The funeral is on Monday", "services are Saturday": the present tense of a plan
        if _headline_to(text, start):
            return "future"  # "Storm to hit coast on Thursday": a headline's bare infinitive tells what is to come
        if _MARKS_AFTER.match(text, end) and not text[lo:start].strip(" \"'“‘"):
            return "future"  # "Thursday marks ten years since the flood", "Friday is the deadline": today or ahead
        # "The minister, speaking on Friday, said the troops would leave": cues after a reporting verb
        # that follows the span belong to the reported clause.
        said = _SAID.search(text, end, hi)
        if said is not None:
            hi = said.end()
        best: tuple[int, Tense] | None = None
        for rx, tense in ((_FUTURE_CUE, "future"), (_SCHEDULE_CUE, "future"), (_PAST_CUE, "past")):
            for m in rx.finditer(text, lo, hi):
                if rx is _SCHEDULE_CUE and _DETERMINER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue
                if tense == "past" and _PASSIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                    continue  # "will be held", "to be signed": a participle, not a past event
                dist = start - m.end() if m.end() <= start else m.start() - end
                if dist < 0:
                    continue
                if tense == "past" and m.group().lower() in _NOT_PAST:
                    continue
                if tense == "past" and m.start() >= end and m.group().lower() in _REPORTING:
                    dist += _WINDOW  # "will leave Thursday, he said": the reporting verb dates the saying, not the event
                if best is None or dist < best[0]:
                    best = (dist, tense)  # type: ignore[assignment]
        return None if best is None else best[1]

    return hint


def tag(
    text: str,
    dct: str | None = None,
    *,
    doc_id: str = "",
    tense_hint: TenseHint | None = None,
    updated: str | None = None,
    skip: Iterable[Span] = (),
    day_first: bool = False,
    page_day_first: bool | None = None,
) -> list[Timex]:
    """Find and normalize every time expression in `text`.

    `dct` and `updated` are ISO values ("2021-06-02", "2021-06-03T14:15") or None/"unresolved".
    `skip` spans (boilerplate) are never tagged. Ids are t1, t2, ... in text order. `day_first`: the
    outlet writes "12/06/2025" day first (its site's country), unless the text itself shows otherwise;
    `page_day_first`: that decision already taken for the whole page (`dating.page_day_first`), used as is
    so the page's dating and its timexes never read one date two ways.
    """
    ctx = Context(text, parse_anchor(dct), parse_anchor(updated), tense_hint or regex_tense(text),
                  site_day_first=day_first, _day_first=[] if page_day_first is None else [page_day_first])
    # URLs carry dates ("/2021/06/02/") that are not statements of the text.
    urls = [m.span() for m in _URL.finditer(text)] if ("//" in text or "www." in text.lower()) else []
    skips = _merge([(s.start, s.end) for s in skip] + urls)
    skip_starts = [s for s, _ in skips]
    out: list[Timex] = []
    rule_names: list[str] = []
    prev_id: str | None = None
    prev_day_id: str | None = None
    for idx, m in _scan(text):
        start, end = m.span()
        if skips and _in_skip(start, end, skips, skip_starts):
            continue
        name, rule, handler = SCANNER.rules[idx]
        # Re-parse against the whole text, so a lookahead past the match ("overnight(?=[.,;])") sees what
        # the scanner saw; the scanner's own match is the first one of the rule that ends where it did.
        sub = rule.match(text, start)
        if sub is None or sub.end() != end:
            sub = rule.fullmatch(text, start, end)
        if sub is None:  # pragma: no cover - the scanner matched this very rule
            log.debug("timex rule %s did not re-parse %r", name, text[start:end])
            continue
        ctx.start, ctx.end = start, end
        try:
            interp = handler(sub, ctx)
        except (KeyError, ValueError, OverflowError, IndexError):  # a grammar gap must not stop a run
            log.warning("timex rule %s failed on %r", name, text[start:end], exc_info=True)
            continue
        if interp is None:
            continue
        s, e = start + interp.trim_left, end - interp.trim_right
        mod = interp.mod
        if interp.type in ("DATE", "TIME") and interp.value not in _REF_VALUES \
                and (ar := _AROUND_BEFORE.search(text, max(0, s - 24), s)) is not None:
            s, mod = ar.start(), mod or "APPROX"  # "around 7:15 p.m.", "around Nov. 1": TimeML's approximate time
        anchor = interp.anchor
        if anchor == "prev":
            anchor = prev_id or "dct"
        elif anchor == "prev_day":
            anchor = prev_day_id or "dct"
        timex_id = f"t{len(out) + 1}"
        out.append(Timex(doc_id, timex_id, s, e, text[s:e], interp.type, interp.value, mod, anchor))
        rule_names.append(name)
        said = sub.group(0).lower()
        if (name in ("quarter", "rel") or (name == "focus" and not any(c.isdigit() for c in said))) and (
                interp.type == "DATE" and _QUARTER.fullmatch(interp.value) and "year-" not in said):
            if _takes_focus(interp.value, ctx.focus_q, ctx.dct):
                if interp.value != ctx.focus_q:
                    ctx.focus_day = None  # a quarter named by its label, not by a closing day
                ctx.focus_q = interp.value
                ctx.focus_end = e
            elif interp.value == ctx.focus_q:
                ctx.focus_end = e
        if interp.type in ("DATE", "TIME") and interp.value not in _REF_VALUES:
            ctx.prev_value = interp.value
            ctx.prev_end = e
            prev_id = timex_id
            if granularity(interp.value[:10]) == "D":
                ctx.prev_day, ctx.prev_day_end, prev_day_id = interp.value, e, timex_id
    return _headline_days_as_told(text, out, rule_names)


_WEEKDAY_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_HEADLINE_REACH = 1500  # characters of body after a headline in which its weekday is told again


def _headline_days_as_told(text: str, out: list[Timex], rule_names: list[str]) -> list[Timex]:
    """A headline's bare weekday takes the day the story's opening gives the same weekday.

    Headlines put past events in the present ("Quake hits coast on Monday") and drop auxiliaries, so
    their tense is a poor guide; the body tells the same day in full sentences ("struck on Monday").
    """
    line_end = text.find("\n")
    head = text[:line_end].strip() if line_end > 0 else ""
    if not head or len(head) > 200 or head.endswith((".", "!", "?", '"', "”", ":")):
        return out
    body = {t.text.lower(): t.value for t, name in reversed(list(zip(out, rule_names, strict=True)))
            if name == "weekday" and line_end < t.start < line_end + _HEADLINE_REACH and t.type == "DATE"}
    fixed = []
    for t, name in zip(out, rule_names, strict=True):
        told = body.get(t.text.lower()) if name == "weekday" and t.end <= line_end and t.text.lower() in _WEEKDAY_WORDS else None
        fixed.append(dataclasses.replace(t, value=told) if told is not None and told != t.value and told != "unresolved" else t)
    return fixed


def _takes_focus(quarter: str, focus: str | None, dct: Anchor | None) -> bool:
    """Does a quarter mention become the one earnings prose compares against ("a year ago")?

    The quarter being reported is the latest closed one the story names: an earlier one ("after a
    flat second quarter") is a contrast, and the DCT's own quarter or a later one ("gains in the
    fourth quarter") is an outlook; neither moves the focus.
    """
    if dct is not None and quarter >= f"{dct.day.year:04d}-Q{(dct.day.month - 1) // 3 + 1}":
        return False
    return focus is None or quarter > focus


def _scan(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Non-overlapping (rule index, match) pairs, tried only where a rule can start.

    Python's regex engine would otherwise try the whole rule alternation at every character;
    jumping (in C, with one regex of every trigger word) to the words a rule can start with makes
    tagging ~20x cheaper. The trigger regex also drops, still in C, the function words that start
    some rules ("the", "a", "last") when no time word follows within three words, so the Python
    loop below runs only where a rule has a real chance.
    """
    search = _triggers().search
    dispatch = _dispatch()
    pos = 0
    while True:
        t = search(text, pos)
        if t is None:
            return
        word = t.group()
        c = word[0]
        key = DIGIT if c.isdigit() else APOSTROPHE if c in "'’" else word.lower()
        got = dispatch.get(key)
        guard = _GUARDS.get(key)
        if (
            got is not None
            and (guard is None or (guard.match(text, t.end()) is not None) is (key != DIGIT))
            and (key not in WEAK_STARTS or _strong_after(text, t.end()))
        ):
            rx, rule_of_group = got
            m = rx.match(text, t.start())
            if m is not None and m.lastindex in rule_of_group:
                pos = m.end()
                yield rule_of_group[m.lastindex], m
                continue
        pos = t.end()


def _strong_after(text: str, end: int) -> bool:
    """Is one of the next three words (within 60 characters) a number or a STRONG word?"""
    m = _NEXT3.match(text, end, end + 60)
    if m is None:
        return False
    return any(nxt is not None and (nxt[0].isdigit() or nxt.lower() in STRONG_WORDS) for nxt in m.groups())


# Start words that begin a timex only with a fixed word after them ("in the middle of", "at
# least", "up to", "the end of"), checked before trying the rules; a number followed by an
# amount word ("4.5 million", "15%") is never a timex.
_GUARDS: dict[str, re.Pattern[str]] = {
    word: re.compile(after, re.IGNORECASE)
    for words, after in (
        ("in", r"\s+(?:the\s+(?:middle|past|years|months|weeks|days|decades)|future|years|months|weeks|decades)\b"),
        ("at", r"\s+(?:least|present|the\s+moment)\b"),
        ("up", r"\s+to\b"),
        ("less", r"\s+than\b"),
        ("more", r"\s+(?:than|recently)\b"),
        ("no", r"\s+more\s+than\b"),
        ("close turn dawn beginning start", r"\s+of\b"),
        ("end", r"\s+of\b|-(?=\w)"),  # "the end of", "end-March"
        ("minute minutes hour hours day days week weeks month months years decade decades", r"-long\b"),
        (DIGIT, r"(?:[.,]\d+)*\s*(?:%|(?:percent|million|billion|trillion|cents?|shares)\b)"),
    )
    for word in words.split()
}
_GAP = r"[^A-Za-z0-9'’]*"
_ONE = r"([A-Za-z0-9]\w*|['’])"
_NEXT3 = re.compile(rf"{_GAP}{_ONE}(?:{_GAP}{_ONE}(?:{_GAP}{_ONE})?)?")


@functools.cache
def _dispatch() -> dict[str, tuple[re.Pattern[str], dict[int, int]]]:
    """Trigger word (lower case, or a class token) -> the compiled scanner of the rules starting there."""
    return {word: SCANNER.for_rules(ids) for word, ids in SCANNER.starts.items()}


@functools.cache
def _triggers() -> re.Pattern[str]:
    """Every word some rule may start with (whole words), any number, or an apostrophe."""
    words = [w for w in SCANNER.starts if w[0].isalpha()]
    # "FY2024" is one word: its "FY" prefix triggers the year rule.
    return re.compile(r"(?<![^\W_])(?:" + _trie(words) + r"(?!\w)|fy(?=\d)|\d\w*|['’])", re.IGNORECASE)


def _trie(words: list[str]) -> str:
    """A regex alternation of `words` shaped as a prefix tree: the engine rejects a non-trigger
    word after a character or two instead of trying every alternative."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + render(sub) for ch, sub in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not optional else "(?:" + "|".join(alts) + ")"
        return body + ("?" if optional else "")

    return "(?:" + render(tree) + ")"


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _in_skip(start: int, end: int, skips: list[tuple[int, int]], starts: list[int]) -> bool:
    """Does [start, end) overlap one of the sorted, disjoint `skips`?"""
    i = bisect.bisect_right(starts, start) - 1
    return any(0 <= j < len(skips) and skips[j][0] < end and start < skips[j][1] for j in (i, i + 1))


def explain(text: str) -> list[tuple[str, int, int]]:
    """(rule name, start, end) of every scanner hit, before interpretation: for grammar work."""
    return [(SCANNER.rules[idx][0], m.start(), m.end()) for idx, m in _scan(text)]


def normalize(expr: str, dct: str | None = None, *, tense: Tense | None = None) -> Timex | None:
    """Normalize one expression ("mid-October 2020", "last week") against a DCT: its first timex."""
    hint: TenseHint | None = (lambda _s, _e: tense) if tense else None
    found = tag(expr, dct, tense_hint=hint)
    return found[0] if found else None
