"""The timex grammar: a table of rules compiled into ONE scanning regex.

Each rule is a named regex (with named groups for its parts) plus a handler that turns a match
into a TIMEX3 interpretation. The scanner is the alternation of every rule with the group names
stripped, so the text is scanned once; only a hit is re-parsed with its own rule's regex to read
the groups. Rules are tried in table order at each position, so longer and more specific forms
come first ("June 2, 2021" before "June 2" before "June"). To grow the grammar, add a rule.

Extents follow TimeML: prepositions ("on", "in", "since") are outside the timex; determiners and
modifiers ("the", "last", "mid-", "late", "the end of") are inside.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from storyline.records import UNRESOLVED, TimexType
from storyline.timex import calendar as cal
from storyline.timex.calendar import Anchor, Tense

# --------------------------------------------------------------------------- lexicon

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# French, Spanish, German, Italian and Portuguese month names: a dateline or a quoted letterhead
# ("PARIS, 12 mars 2025", "3 de abril de 2025", "3. März 2025"). Read only in a day-month-year shape,
# where no English word ("mars", "mai") can pass for one.
FOREIGN_MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
VAGUE_NUMBERS = ("several", "a few", "few", "some", "many", "dozens of", "hundreds of", "a number of")
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "last": 4, "final": 4,
}
CENTURY_ORDINALS: dict[str, int] = {
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}
UNITS: dict[str, str] = {
    "second": "S", "minute": "MI", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "centurie": "CE", "weekend": "WE",
}
SEASON_WORDS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
DAY_PARTS: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
MODS: dict[str, str] = {
    "mid": "MID", "middle": "MID", "early": "START", "beginning": "START", "start": "START",
    "dawn": "START", "late": "END", "end": "END", "close": "END", "turn": "APPROX",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}


def _cs(words: list[str]) -> str:
    """Case-sensitive alternation of Title-case and UPPER-case forms, longest first.

    Month and weekday names must be capitalized: "may" and "march" are common verbs.
    """
    forms = {f for w in words for f in (w.title(), w.upper())}
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


def _alt(words: list[str] | tuple[str, ...] | dict[str, object]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


_FULL_MONTHS = [k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july")]
_ABBR_MONTHS = [k for k in MONTHS if k not in _FULL_MONTHS]


def month(g: str = "mon") -> str:
    return rf"(?P<{g}>{_cs(_FULL_MONTHS)}|{_cs(_ABBR_MONTHS)}\.?)"


def day(g: str = "day") -> str:
    return rf"(?P<{g}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?!:\d)"


# "June '89", "the summer of '69": a year cut to two digits after an apostrophe
_APOS_YEAR = r"['’](?P<ayy>\d\d)(?![\w'’])"


def year(g: str = "year") -> str:
    return rf"(?P<{g}>1[6-9]\d\d|20\d\d|21\d\d)(?![\d%])(?![.,]\d)"


WEEKDAY = rf"(?P<wd>{_cs(list(WEEKDAYS))})"
NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|"
    + _alt(list(NUMBERS))[3:-1]
    + ")"
)
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# Spoken years in broadcast transcripts: "nineteen ninety-four", "two thousand", "two thousand and one".
SPELLED_YEAR = (
    rf"(?P<yword>(?:nineteen|twenty)[\s-](?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|oh[\s-](?:{_ONES})|hundred)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS}|{_ONES}))?)(?![\w-])"
)
NUM = rf"(?P<num>\d{{1,4}}(?:\.\d+)?|{NUM_WORD}|{_alt(VAGUE_NUMBERS)})"
UNIT = r"(?P<unit>(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|weekend)s?)"
UNIT_SG = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|weekend)"
UNIT_PL = r"(?P<unit>(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centurie|weekend)s)"
SEASON = r"(?P<season>spring|summer|autumn|winter|fall)"
PART = r"(?P<part>morning|afternoon|evening|night)"
MOD_PREFIX = (
    r"(?P<mod>mid-\s?|mid\s+|(?:in\s+the\s+)?middle\s+of\s+|(?:the\s+)?(?:very\s+)?(?:early|late)\s+|(?:early|late|end)-(?=\w)|"
    r"(?:the\s+)?(?:end|beginning|start|middle|close|turn|dawn)\s+of\s+(?:the\s+)?)"
)
DUR_MOD = r"(?P<dmod>about|around|approximately|roughly|nearly|almost|less\s+than|more\s+than|over(?=\s+an?\s)|at\s+least|up\s+to|no\s+more\s+than|some(?=\s+\d)|under(?!\s+the\b))"
# Time zones written after a clock time (upper case only: "at 10 a.m. ET", "17:00 CET", "10pm AEDT").
# "GMT+2", "UTC-5": an offset from UTC stays in the zone, so the clock is not read as UTC (no "Z").
ZONE = (r"(?-i:(?:GMT|UTC)(?:[+\-−]\d{1,2}(?::?\d\d)?(?!\d))?|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|ET|PT|CT|MT|MSK|BST|IST|JST|KST|HKT|SGT"
        r"|AEST|AEDT|ACST|AWST|NZST|NZDT|EET|EEST|SAST|WAT|PKT|WIB)")
_FRAC_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century)"
_FRAC_DIR = r"\s+(?:ago|later|earlier|from\s+now)(?![\w-])"
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
TIME = (
    rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?-i:a\.m\.?|p\.m\.?|am|pm|AM|PM|A\.M\.|P\.M\.))(?:\s*(?P<tz2>{ZONE}))?"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?!\d)(?::[0-5]\d(?!\d))?(?:\s*(?P<tz>{ZONE})|\s+local\s+time)?"
    # wire-service clock times: "0600 GMT", "1430 UTC", "2200 local time" (a zone is required: "1100" alone may be a year)
    rf"|(?<![\d.,])(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?:\s*(?P<tz4>{ZONE})|\s+local\s+time)"
    # British style with a zone: "14.20 BST" (the zone is required: "14.20" alone is a number)
    rf"|(?<![\d.,])(?P<hdot>[01]?\d|2[0-3])\.(?P<midot>[0-5]\d)\s*(?P<tzdot>{ZONE})"
    rf"|(?<!high\s)(?P<noon>noon|midday|midnight)(?:\s+(?P<tzn>{ZONE}))?"
    # spoken clock times after a clock's preposition: "at half past nine", "until a quarter to 10 p.m." (not
    # "fell by a quarter to 5", "by half to 3": a fraction of a change)
    r"|(?=[aqh])(?:(?<=\bat\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bbefore\s)"
    r"|(?<=\bafter\s)|(?<=\bsince\s))"
    rf"(?:(?P<qf>(?:a\s+)?quarter)\s+(?P<qd>past|to)|(?P<qhalf>half)\s+past)\s+(?P<qhr>1[0-2]|[1-9]|{_HOUR_WORDS})(?![\w-])(?![:.,]\d)"
    r"(?!\s*(?:%|percent|per\s+cent|million|billion|points?)\b)(?:\s*(?P<qap>(?-i:a\.m\.?|p\.m\.?|am|pm)))?)"
)
_AMOUNT_BEFORE = re.compile(
    # "$5bn a year", "£30m a year": the short scale words of money sums
    r"(?:\d|%|\d(?:bn|mn|m|k|tn|trn)|\b(?:million|billion|thousand|hundred|dollars?|euros?|rubles?|roubles?|pounds?|yuan|yen|percent|cents?|times))\s*$",
    re.IGNORECASE,
)
_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|during|through|before|after|early|late|mid|last|next|this|to|between|and|or|each|every)\s*-?|[,(])\s*$"
    # "scheduled for March", "set for May": a date a plan is fixed for ("support for May" names a person)
    r"|\b(?:scheduled|rescheduled|set|planned|slated|due|expected|pencil?led|booked|postponed|delayed|deferred)\s+for\s+$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- interpretation


@dataclass(frozen=True, slots=True)
class Interp:
    """What a rule made of a match. `anchor="prev"` means: relative to the previous DATE timex;
    `anchor="prev_day"`: relative to the last day-precise one (the tagger turns both into ids).

    `trim_left`/`trim_right` shrink the extent (e.g. "for years" keeps only "years").
    """

    type: TimexType
    value: str
    mod: str | None = None
    anchor: str | None = None
    trim_left: int = 0
    trim_right: int = 0


TenseFn = Callable[[int, int], "Tense | None"]


@dataclass(slots=True)
class Context:
    """Per-document state a handler may read: DCT, update stamp, tense hints, previous date."""

    text: str
    dct: Anchor | None
    updated: Anchor | None
    tense_fn: TenseFn
    prev_value: str | None = None  # value of the last resolved DATE/TIME timex (for "two days later")
    prev_end: int = -1
    prev_day: str | None = None  # last day-precise DATE/TIME value ("the morning" refers to that day)
    prev_day_end: int = -1
    focus_q: str | None = None  # last quarter value ("1989-Q3"): what "the quarter" / "a year ago" refer to
    focus_end: int = -1
    focus_day: str | None = None  # the closing day that set `focus_q` ("the quarter ended Sept. 30"), if one did
    start: int = 0  # absolute span of the current match
    end: int = 0
    _tense: dict[tuple[int, int], Tense | None] = field(default_factory=dict)
    _day_first: list[bool] = field(default_factory=list)  # memo shared by the copies `replace` makes
    site_day_first: bool = False  # the outlet's country writes day first (a .uk or .in site)

    def day_first(self) -> bool:
        """Whether the document writes its dates day first: an unambiguous "25/06/2025", else a
        day-first site, else more "12 June" than "June 12"; decides the ambiguous "12/06/2025"."""
        if not self._day_first:
            self._day_first.append(writes_day_first(self.text, self.site_day_first))
        return self._day_first[0]

    def tense(self) -> Tense | None:
        key = (self.start, self.end)
        if key not in self._tense:
            self._tense[key] = self.tense_fn(self.start, self.end)
        return self._tense[key]

    def before(self, n: int = 24) -> str:
        return self.text[max(0, self.start - n) : self.start]


Handler = Callable[[re.Match[str], Context], Interp | None]


def _unres(ttype: TimexType = "DATE", mod: str | None = None, anchor: str = "dct") -> Interp:
    return Interp(ttype, UNRESOLVED, mod, anchor)


def _mod_of(raw: str | None) -> str | None:
    if not raw:
        return None
    words = re.sub(r"[^a-z ]", " ", raw.lower()).split()
    for w in words:
        if w in MODS:
            return MODS[w]
    joined = " ".join(words)
    return MODS.get(joined)


def _dmod(raw: str | None) -> str | None:
    return MODS.get(" ".join(raw.lower().split())) if raw else None


def _month_num(raw: str) -> int:
    return MONTHS[raw.rstrip(".").lower()]


def _num(raw: str) -> int | None:
    """A count, or None for vague quantities ("several", "a few")."""
    s = " ".join(raw.lower().replace("-", " ").split())
    if s in NUMBERS:
        return NUMBERS[s]
    parts = s.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    try:
        f = float(s.replace(",", ""))
    except ValueError:
        return None
    return int(f) if f == int(f) and f < 100000 else None


def _spelled_year(raw: str) -> int | None:
    """ "nineteen ninety-four" -> 1994, "two thousand and one" -> 2001."""
    words = raw.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + ((_num(" ".join(rest)) or 0) if rest else 0)
    century = NUMBERS.get(words[0])
    if century is None:
        return None
    rest = words[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest and rest[0] == "oh":
        rest = rest[1:]
    tail = _num(" ".join(rest))
    return None if tail is None else century * 100 + tail


def _year_of(g: dict[str, str | None], ctx: Context | None = None) -> int | None:
    """The year a match names, in digits or spelled out; None when it names none."""
    if g.get("year"):
        return int(g["year"] or 0)
    if g.get("yword"):
        return _spelled_year(g["yword"] or "")
    if g.get("ayy"):
        # "June '89", "the summer of '69": this century's up to a decade past the DCT, else the last one's
        yy = int(g["ayy"] or 0)
        now = ctx.dct.day.year if ctx is not None and ctx.dct is not None else 2050
        return 2000 + yy if 2000 + yy <= now + 10 else 1900 + yy
    return None


def _unit(raw: str) -> str:
    u = raw.lower()
    u = u[:-1] if u.endswith("s") and u[:-1] in UNITS else u
    return UNITS[u]


def _duration(n: int | None, unit: str, raw_num: str | None = None) -> str:
    """TIMEX3 duration value: P3Y, PT5H, P2W, PXD (vague)."""
    count = "X" if n is None else str(n)
    if raw_num is not None and n is None:
        try:
            f = float(raw_num)
            count = f"{f:g}"
        except ValueError:
            count = "X"
    if unit == "FN":
        return f"P{'X' if n is None else 2 * n}W"
    if unit in ("DE", "CE"):
        # TimeML annotators write decades and centuries in years: "two decades" P20Y, "decades" PXY.
        return f"P{'X' if n is None else n * (10 if unit == 'DE' else 100)}Y"
    if unit == "WE":
        return f"P{'X' if n is None else 2 * n}D"
    if unit in ("H", "MI", "S"):
        return f"PT{count}{'M' if unit == 'MI' else unit}"
    return f"P{count}{unit}"


def _day_value(ctx: Context, d: dt.date, part: str | None) -> str:
    return cal.fmt_day(d) + (f"T{DAY_PARTS[part.lower()]}" if part else "")


def _ymd(y: int, m: int, d: int) -> str | None:
    got = cal.safe_date(y, m, d)
    return None if got is None else cal.fmt_day(got)


def _time_str(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("noon"):
        return "00:00" if g["noon"].lower() == "midnight" else "12:00"
    if g.get("h24") is not None:
        return f"{int(g['h24']):02d}:{g['mi24']}"
    if g.get("h4") is not None:
        return f"{g['h4']}:{g['mi4']}"
    if g.get("hdot") is not None:
        return f"{int(g['hdot']):02d}:{g['midot']}"
    if g.get("qhr") is not None:
        # "half past nine" 09:30, "a quarter to ten" 09:45 (the hour as said; "p.m." after it moves it on)
        hw = g["qhr"].lower()
        h = int(hw) if hw.isdigit() else _HOUR_WORDS.split("|").index(hw) + 1
        if g.get("qhalf"):
            mi = "30"
        else:
            h, mi = (h, "15") if g["qd"].lower() == "past" else (h - 1 or 12, "45")
        ap = (g.get("qap") or "").lower()
        h = h + 12 if ap.startswith("p") and h != 12 else 0 if ap.startswith("a") and h == 12 else h
        return f"{h:02d}:{mi}"
    if g.get("h") is None:
        return None
    h = int(g["h"])
    mi = g.get("mi") or "00"
    ap = (g.get("ap") or "").lower()
    if h == 0 or h > 12:
        return None
    if ap.startswith("p") and h != 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    return f"{h:02d}:{mi}"


# "until Tuesday", "as soon as Monday", "no later than Friday", "due Friday", "ahead of Thursday's vote":
# a deadline, an earliest date or an awaited day lies ahead.
_AHEAD_BEFORE = re.compile(
    r"\b(?:(?<!up\s)until|till|as\s+(?:soon|early)\s+as|no\s+later\s+than|ahead\s+of|in\s+the\s+run[\s-]up\s+to"
    r"|(?<!was\s)(?<!were\s)due(?:\s+(?:on|out|back|in))?)\s+$",
    re.IGNORECASE,
)
# "said she expected a result by Monday", "urged them to sign by Friday": a deadline an expectation, hope or
# demand sets lies ahead of its saying ("By Friday, 20 had died", "fell 5% by Friday" are past)
_WANTED_BY = re.compile(
    r"\b(?:expect|hop|aim|plan|promis|pledg|vow|want|intend|urg|demand|ask|call(?:ed|s|ing)?\s+for|deadline|ultimatum)"
    r"[a-z]*\b(?:(?!\b(?:but|yet|then|by)\b)[^.;!?\n]){0,60}?\sby\s+(?:(?:the\s+)?end\s+of\s+)?$", re.IGNORECASE)
# "closed at 72.4, ahead of Friday's 71.8": a comparison of levels, no awaited day.
_LEVEL_AFTER = re.compile(r"['’]s\s+(?:final|close|closing|level|high|low|finish|settlement|\d)", re.IGNORECASE)
# "open from 7 a.m. until 7 p.m. on Sunday": "until" closes a range, it sets no deadline.
_RANGE_UNTIL = re.compile(r"\bfrom\s+[^,;!?\n]{1,25}?\s+(?:until|till)\s+$", re.IGNORECASE)
# "adjourned the hearing to Thursday", "postponed the vote until Monday": the new date lies ahead.
_DEFERRED_TO = re.compile(
    r"\b(?:adjourn|postpon|defer|reschedul|push(?:ed|es|ing)?\s+back)\w*\s+(?:[\w'’-]+\s+){0,4}(?:to|until|till|for)\s+$",
    re.IGNORECASE,
)
# "The march, planned for Sunday, was banned", "Independence Day celebrations were cancelled": what is
# called off has not happened yet, so a planned day lies ahead and a holiday is its nearest occurrence.
_PLANNED_FOR = re.compile(
    r"\b(?:planned|scheduled|set|slated|due|called)\s+(?:for|to\s+(?:take\s+place|be\s+held|go\s+ahead|kick\s+off|open|start"
    r"|begin|resume|run|launch)(?:\s+on)?)\s+$", re.IGNORECASE)  # not "due to rain on Saturday"
# "called a strike for Friday", "set a new vote for Monday", "has scheduled talks for Thursday": a deed that fixes a
# day for something to come (the object between verb and "for" is a short noun phrase).
_FIXED_FOR = re.compile(
    r"\b(?:call(?:s|ed)?|set(?:s)?|schedul(?:e|es|ed)|reschedul(?:e|es|ed)|fix(?:es|ed)?|arrang(?:e|es|ed)|book(?:s|ed)?"
    r"|slat(?:e|es|ed)|plann?(?:s|ed)?|organi[sz](?:e|es|ed)|summon(?:s|ed)?|conven(?:e|es|ed))"
    r"\s+(?:[a-z][\w'’-]*\s+){1,4}?for\s+$", re.IGNORECASE)
_CALLED_OFF_AFTER = re.compile(
    r"[^.;!?\n]{0,60}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|be|been)\s+(?:\w+\s+)?"
    r"(?:cancell?ed|called\s+off|postponed|banned|scrapped|prohibited|put\s+off|shelved|suspended))\b",
    re.IGNORECASE,
)
_PLUPERFECT_AFTER = re.compile(r"[\w\s]{0,12},?\s+(?:\w+\s+){0,3}had\b", re.IGNORECASE)  # "Until Thursday, they had not"
# "The truce had largely held until Monday evening": a pluperfect state ran until a past day ("they had
# until Friday to pay" is a deadline: "had" right before "until" keeps it).
_PLUPERFECT_UNTIL = re.compile(r"^(?!.*\b(?:will|would|shall)\b|.*['’]ll\b).*\bhad\s+(?:[\w'’-]+\s+){1,4}(?:until|till)\s+$",
                               re.IGNORECASE)
_THROUGH_BEFORE = re.compile(r"\b(?:through|thru)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
# "fell 2% this year through Oct. 19", "in the 12 months through June": a reporting period, already past
_PERIOD_THROUGH = re.compile(r"\b(?:year|quarter|months?|weeks?|period|date|season)\s+(?:through|thru)\s+\S*\s*$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late)\s+)?$", re.IGNORECASE)
_BEHIND_CUE = re.compile(r"\b(?:since|last|ended)\s+$", re.IGNORECASE)
# "offered/approved/agreed a pay rise from January": a decision in the past tense about what starts
# later; "from ... to/until" is a stretch instead ("sales rose from January to March").
_EFFECTIVE_FROM = re.compile(
    r"\b(?:offer|promis|propos|pledg|approv|agree|announc|unveil|introduc|award|grant|decid|vot)(?:e|es|ed|d|s)?\b"
    r"(?:\s+[\w'’%$.-]+){0,8}?\s+(?:from|effective|starting|beginning)\s+$",
    re.IGNORECASE,
)
# "last held in", "last raised on": the adverb "last" before a participle dates the latest occurrence.
_LAST_DONE = re.compile(
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)"  # "the last scheduled flight": an adjective
    r"\blast\s+(?:[a-z]{2,}ed|held|seen|met|won|made|set|cut|paid|sold|spoke|ran|hit|done|given|taken|shown|heard|fought|played)\b"
    r"[^,;.!?()\n]{0,40}$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s", re.IGNORECASE)
_CUE_PREP = re.compile(r"\b(since|last|by|until|till|effective|next)\s+$", re.IGNORECASE)


# A past auxiliary earlier in the sentence and no modal: "by" then names a deadline already past.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)(?:[A-Z][a-z]+\s+)?$")
_HAD_AFTER = re.compile(r"[^\w]*(?:(?!(?:when|which|who|after|before|as|because|since|if|unless)\b)[\w'’-]+\s+){0,5}?(?:had\s+(?!to\b)[a-z]|(?:was|were)\b(?!\s+(?:expected|due|set|scheduled|likely|to)\b))",
                        re.IGNORECASE)
_PAST_AUX_BEFORE = re.compile(r"^(?!.*\b(?:will|would|shall|must)\b|.*['’]ll\b).*\b(?:had|was|were)\b", re.IGNORECASE)


def _date_tense(ctx: Context) -> Tense | None:
    """Tense for a date without a year: "since March", "last Oct. 23" look back, "by March" / "until March" ahead;
    otherwise the tense of the clause."""
    cue = _CUE_PREP.search(ctx.before(12))
    if cue is not None:
        if cue.group(1).lower() == "by" and (_PAST_AUX_BEFORE.search(_SENTENCE_BREAK.split(ctx.before(60))[-1])
                                             or _HAD_AFTER.match(_SENTENCE_BREAK.split(ctx.text[ctx.end : ctx.end + 60])[0])):
            # "had withdrawn by March", "was due to end by the end of February", "By February, the
            # president had fled": a past deadline
            return "past"
        if cue.group(1).lower() in ("until", "till") and _PLUPERFECT_UNTIL.search(_SENTENCE_BREAK.split(ctx.before(80))[-1]):
            return "past"  # "the plant had stayed open until March"
        return "past" if cue.group(1).lower() in ("since", "last") else "future"
    if _LAST_DONE.search(ctx.before(60)):
        return "past"  # "talks, last held in Istanbul in June, are not expected to resume": when it last happened
    if _EFFECTIVE_FROM.search(_SENTENCE_BREAK.split(ctx.before(80))[-1]) and not _RANGE_TO.match(ctx.text, ctx.end):
        return "future"  # "were offered a raise from January": an offer or decision takes effect ahead
    if _DEFERRED_TO.search(ctx.before(60)):
        return "future"  # "adjourned the hearing to March 3": the new date lies ahead
    tense = ctx.tense()
    if tense == "future" and _superseded_plan(ctx):
        return None
    if tense is None and _THROUGH_BEFORE.search(ctx.before(16)) and not _PERIOD_THROUGH.search(ctx.before(40)):
        return "future"  # "the advisory remains in place through January": a state running on from now
    return tense


# "originally scheduled for April", "had been planned for May", "the vote, set for March, was held in May": a plan
# that was dropped or that the clause's past main verb tells about; its date is no more ahead than behind.
_PLAN_FOR = r"(?:scheduled|planned|set|slated|due|expected|meant|intended|supposed|penciled|pencilled)\s+(?:to\s+[a-z]+\s+(?:[a-z]+\s+)?)?(?:for|in|on)\s+$"
_SUPERSEDED_PLAN = re.compile(
    rf"\b(?:(?:originally|initially|first|previously|earlier)\s+(?:been\s+)?|had\s+(?:\w+\s+)?been\s+){_PLAN_FOR}",
    re.IGNORECASE)
_PLAN_ASIDE = re.compile(rf",\s+(?:which\s+(?:was|were)\s+)?{_PLAN_FOR}", re.IGNORECASE)
_PAST_MAIN_AFTER = re.compile(
    r"\s*,\s+(?:was|were|had)\b(?!\s+(?:expected|due|set|scheduled|planned|slated|likely|to|being)\b)(?![^.;!?\n]{0,40}?"
    r"\b(?:cancell?ed|called\s+off|postponed|delayed|put\s+off|pushed\s+back|moved|shelved|suspended|deferred)\b)",
    re.IGNORECASE)


def _superseded_plan(ctx: Context) -> bool:
    """A plan's date told as history: after "originally/initially/had been scheduled for", or inside an aside
    ("the summit, scheduled for April, was held in May") whose main verb is a past one that did not call it off."""
    before = ctx.before(60)
    return bool(_SUPERSEDED_PLAN.search(before)
                or (_PLAN_ASIDE.search(before) and _PAST_MAIN_AFTER.match(ctx.text, ctx.end)))


_LOCAL_TIME_AFTER = re.compile(r",?\s+local\s+time\b", re.IGNORECASE)
_LOCAL_TIME_BEFORE = re.compile(r"\blocal\s+time,?\s+(?:on\s+)?$", re.IGNORECASE)


def _local_day(ctx: Context, got: dt.date | None) -> dt.date | None:
    """A day given in local time ("on Tuesday, local time") may be the day after the DCT: a place ahead
    of the newsroom's time zone is already there. A past day six days back is that next day instead."""
    if got is not None and ctx.dct is not None and (ctx.dct.day - got).days == 6:
        return got + dt.timedelta(days=7)
    return got


def _past_or_future_day(ctx: Context, weekday: int, rel: str | None) -> dt.date | None:
    """Resolve a weekday name against the DCT (see `tag` for the policy)."""
    if ctx.dct is None:
        return None
    ref = ctx.dct.day
    rel = (rel or "").lower()
    if rel == "last" or rel == "past":
        return cal.weekday_on_or_before(ref - dt.timedelta(days=1), weekday)
    if rel in ("next", "coming"):
        return cal.weekday_on_or_after(ref + dt.timedelta(days=1), weekday)
    if rel == "this":
        got = ref + dt.timedelta(days=weekday - ref.weekday())
        # The day of this ISO week, unless the tense says otherwise: "will meet this Friday" said on a
        # Saturday is the coming Friday, "this Sunday the shelter was full" said midweek the last one.
        tense = ctx.tense()
        if got < ref and tense == "future":
            got += dt.timedelta(days=7)
        elif got > ref and tense == "past":
            got -= dt.timedelta(days=7)
        return got
    wanted = _WANTED_BY.search(ctx.before(80)) is not None \
        and not _PAST_AUX_BEFORE.search(_SENTENCE_BREAK.split(ctx.before(80))[-1])  # "had hoped to finish by Friday"
    ahead = (_AHEAD_BEFORE.search(ctx.before(24)) or _DEFERRED_TO.search(ctx.before(60)) or wanted) \
        and not _PLUPERFECT_AFTER.match(ctx.text, ctx.end) and not _RANGE_UNTIL.search(ctx.before(40)) \
        and not _PLUPERFECT_UNTIL.search(_SENTENCE_BREAK.split(ctx.before(80))[-1]) \
        and not (ctx.before(24).rstrip().lower().endswith("of") and _LEVEL_AFTER.match(ctx.text, ctx.end))
    if _PLANNED_FOR.search(ctx.before(40)) and _CALLED_OFF_AFTER.match(ctx.text, ctx.end):
        ahead = True
    if _FIXED_FOR.search(ctx.before(50)) and not ctx.text.startswith(("'s", "’s"), ctx.end) \
            and not _PLUPERFECT_AFTER.match(ctx.text, ctx.end):
        ahead = True  # "the union called a strike for Friday", "set the vote for Monday": a day fixed for what is to come
    # "closed since Thursday and will reopen ...": "since" looks back whatever the clause's tense.
    behind = _SINCE_BEFORE.search(ctx.before(12))
    if ctx.tense() is None and _THROUGH_BEFORE.search(ctx.before(16)) and not _PERIOD_THROUGH.search(ctx.before(40)):
        ahead = True  # "schools are closed through Friday"
    if not behind and (ahead or ctx.tense() == "future"):
        return cal.weekday_on_or_after(ref, weekday)
    upper = ref
    if ctx.updated is not None and 0 < (ctx.updated.day - ref).days <= 6:
        # An article updated after publication reports, in the past tense, days up to the update.
        upper = ctx.updated.day
    return cal.weekday_on_or_before(upper, weekday)


# Named days whose date a year fixes (US news usage). Case-sensitive: "christmas" in lower case is rare
# in news and "new year" is a plain phrase.
HOLIDAY = (
    r"(?-i:Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?"
    r"|Election\s+Day|Independence\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Boxing\s+Day|Valentine['’]s\s+Day|Halloween"
    # the holidays either side of Easter ("Good Friday Agreement" is a name: matched, then dropped)
    r"|Good\s+Friday(?:\s+(?P<hname>Agreement|Accords?))?"
    r"|Memorial\s+Day|Veterans\s+Day|Labor\s+Day|Black\s+Friday|Cyber\s+Monday"
    # lunar feasts of Asian and Muslim news (their dates move each year)
    r"|(?:Lunar|Chinese)\s+New\s+Year(?:['’]s(?:\s+Day)?)?|Eid[\s-](?:al|ul|el)[\s-]?(?:Fitr|Adha)|Ramadan)(?![\w-])"
)


def _easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month_, day_ = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(y, month_, day_ + 1)


def _holiday(name: str, y: int) -> dt.date | None:
    n = " ".join(name.lower().replace("’", "'").split())
    if not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
        return None
    if n.startswith("thanksgiving"):
        return cal.weekday_on_or_after(dt.date(y, 11, 1), 3) + dt.timedelta(days=21)  # fourth Thursday
    if n == "election day":
        return cal.weekday_on_or_after(dt.date(y, 11, 2), 1)  # Tuesday after the first Monday
    if n.startswith("easter") or n == "good friday":
        return _easter(y) + dt.timedelta(days={"easter monday": 1, "good friday": -2}.get(n, 0))
    if n in ("black friday", "cyber monday"):  # the shopping days after Thanksgiving
        thanks = cal.weekday_on_or_after(dt.date(y, 11, 1), 3) + dt.timedelta(days=21)
        return thanks + dt.timedelta(days=1 if n == "black friday" else 4)
    if n.startswith(("lunar new year", "chinese new year")):
        return cal.lunar_new_year(y)
    if n == "ramadan":  # the fasting month, placed by its middle day (see h_holiday)
        start = cal.hijri_in_year(y, 9)
        return None if start is None else start + dt.timedelta(days=14)
    if n.startswith("eid"):  # 1 Shawwal ends the fast; 10 Dhu al-Hijjah is the feast of sacrifice
        return cal.hijri_in_year(y, 10) if n.replace("-", " ").split()[-1].endswith("fitr") else cal.hijri_in_year(y, 12, 10)
    if n == "labor day":
        return cal.weekday_on_or_after(dt.date(y, 9, 1), 0)  # first Monday of September (US)
    if n == "memorial day":
        return cal.weekday_on_or_before(dt.date(y, 5, 31), 0)  # last Monday of May (US)
    fixed = {"boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
             "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's": (1, 1),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4)}
    md = fixed.get(n)
    return None if md is None else dt.date(y, *md)


# --------------------------------------------------------------------------- handlers


def h_iso(m: re.Match[str], ctx: Context) -> Interp | None:
    v = _ymd(int(m["year"]), int(m["mm"]), int(m["dd"]))
    if v is None:
        return None
    if m["th"] is not None:
        if int(m["th"]) > 23:
            return None
        # "2025-12-05T10:00:00Z" in a page stamp: UTC, written Z as for "10:00 GMT"
        return Interp("TIME", f"{v}T{m['th']}:{m['tm']}" + ("Z" if m["utc"] else ""))
    return Interp("DATE", v)


def h_ymd_slash(m: re.Match[str], ctx: Context) -> Interp | None:
    v = _ymd(int(m["year"]), int(m["mm"] or m["mm2"]), int(m["dd"] or m["dd2"]))
    return None if v is None else Interp("DATE", v)


# a slash date with a four- or two-digit year ("25/06/2025", "25/06/25"), not part of "2025/06/25"
_SLASH_DMY = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:1[6-9]\d\d|20\d\d|\d\d)(?![\d/])")
# month names only capitalized ("the 20 may be" is no date)
_SPELLED_DM = re.compile(rf"(?<![\w.,])(?:3[01]|[12]\d|0?[1-9])\s+{month()}(?![\w])")
_SPELLED_MD = re.compile(rf"{month()}\s+(?:3[01]|[12]\d|0?[1-9])(?![\d:])")


def writes_day_first(text: str, site: bool = False) -> bool:
    """Whether a page writes its numeric dates day first: the one decision both the page's own dating
    and its timexes use, so "12/06/2025" in a stamp and in the story read alike. The page's own
    unambiguous slash dates win ("06/24/2025" month first, "24/06/2025" day first), then the site's
    country (`site`: a .uk or .in outlet), then, where ambiguous slash dates need it, more "12 June"
    than "June 12"."""
    numeric = [(int(m["a"]), int(m["b"])) for m in _SLASH_DMY.finditer(text)]
    if any(b > 12 >= a for a, b in numeric):
        return False
    if any(a > 12 >= b for a, b in numeric):
        return True
    if site or not numeric:
        return site
    return len(_SPELLED_DM.findall(text)) > len(_SPELLED_MD.findall(text))


def h_numeric(m: re.Match[str], ctx: Context) -> Interp | None:
    y = int(m["year"])
    a, b = int(m["a"]), int(m["b"])
    # "14.11.2021" is day.month (European); "11/14/2021" is month/day (US) unless impossible or
    # the document writes its dates day first.
    dd, mm = (a, b) if m["sep"] == "." or ctx.day_first() else (b, a)
    v = _ymd(y, mm, dd) or _ymd(y, dd, mm)
    return None if v is None else Interp("DATE", v)


def h_numeric_yy(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "7/8/07": month/day/two-digit year, or day/month on a page that writes the day first (as its
    four-digit dates are read); the century is the one that puts the year nearest the DCT's past."""
    yy, a, b = int(m["yy"]), int(m["a"]), int(m["b"])
    mm, dd = (b, a) if a > 12 or ctx.day_first() else (a, b)
    ref = ctx.dct.day.year if ctx.dct is not None else 2000 + 30
    y = (ref // 100) * 100 + yy
    if y > ref + 10:
        y -= 100
    v = _ymd(y, mm, dd)
    return None if v is None else Interp("DATE", v)


def _date_tail(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None] | None:
    """Day value of an optional date after a time ("2:15 p.m. on June 3"); (None, None) if none."""
    g = m.groupdict()
    if g.get("mon"):
        mo, d = _month_num(g["mon"]), int(g["day"])
        if g.get("year"):
            return _ymd(int(g["year"]), mo, d), None
        if ctx.dct is None:
            return UNRESOLVED, "dct"
        y = cal.nearest_year(mo, d, ctx.dct.day, ctx.tense())
        return (None if y is None else _ymd(y, mo, d)), "dct"
    if g.get("wd"):
        wd = WEEKDAYS[g["wd"].lower()]
        got = _bracket_day(ctx, wd, m.end(), _WEEKDAY_DATE_AFTER) or _past_or_future_day(ctx, wd, None)
        return (UNRESOLVED if got is None else cal.fmt_day(got)), "dct"
    if g.get("rel"):
        if ctx.dct is None:
            return UNRESOLVED, "dct"
        off = {"today": 0, "yesterday": -1, "tomorrow": 1}[g["rel"].lower()]
        return cal.fmt_day(ctx.dct.day + dt.timedelta(days=off)), "dct"
    return None, None


_UTC = re.compile(r"(?:UTC|GMT)(?:[+\-−]0{1,2}(?::?00)?)?")  # "GMT", "UTC+0", "UTC+00:00": UTC itself
# "at 10:35 a.m. (0735 GMT) Friday", "at 7 a.m. local time on Sunday", "4 pm New York time on Friday": the
# weekday after a zone or an aside.
_ASIDE_WEEKDAY = re.compile(
    r"(?:\s+(?:local|eastern|central|mountain|pacific|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+time"
    r"(?:\s*\([^()\n]{1,24}\))?|\s*\([^()\n]{1,24}\))"
    rf",?\s*(?:on\s+)?{WEEKDAY}(?![\w-])",
    re.IGNORECASE,
)


# "at 8:30 a.m. Eastern Time tomorrow", "at 11 a.m. Pacific time on Nov. 20": a zone or an aside, then the day.
_ASIDE_BEFORE_DAY = re.compile(
    r"(?:\s+(?:local|eastern|central|mountain|pacific|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+time"
    r"(?:\s*\([^()\n]{1,24}\))?|\s*\([^()\n]{1,24}\))"
    r",?\s*(?:on\s+)?",
    re.IGNORECASE,
)


# "from 7 a.m. until 7 p.m. on Sunday": the range's start shares the day named after its end.
_RANGE_WEEKDAY = re.compile(
    r"\s*(?:-|–|until|till|to|and)\s*(?:[012]?\d(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)"
    rf"(?:\s*{ZONE})?,?\s+(?:on\s+)?{WEEKDAY}(?![\w-])",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
# "at midnight on 31 March", "14:32, 11 Nov 2025", "09:10 GMT 3 March 2025": a day-first date after a time
_ON_DAY_MONTH = re.compile(rf"(?:,?\s+on\s+|,\s*|\s+)(?=(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{month()})")
# "at 14:30 GMT on the 14th": a day of the month after a time
_ON_NTH_DAY = re.compile(r"(?:\s+(?:local\s+time\s+)?|,\s*)on\s+(?=the\s+\d)", re.IGNORECASE)


_COORD_CLOCK_DAY = re.compile(
    rf"[^.;!?\n\d]{{0,30}}?\s+and\s+(?:[\w'’-]+\s+){{0,4}}?(?:at\s+)?(?:\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?m\.?|midnight|noon)"
    rf"(?:\s+[A-Z]{{2,4}}\b)?,?\s+(?:on\s+)?{WEEKDAY}\b", re.IGNORECASE)


def h_time(m: re.Match[str], ctx: Context) -> Interp | None:
    t = _time_str(m)
    if t is None:
        return None
    if m.groupdict().get("h4") is not None and ctx.before(2).rstrip().endswith("("):
        return None  # "at 10:35 a.m. (0735 GMT)": an aside restating the time before it, untagged in TimeML
    gd = m.groupdict()
    if _UTC.fullmatch(gd.get("tz") or gd.get("tz2") or gd.get("tz4") or gd.get("tzdot") or gd.get("tzn") or ""):
        t += "Z"  # ISO 8601 writes UTC as Z ("08:30 UTC" -> T08:30Z); other zones keep local time, as TBAQ does
    tail = _date_tail(m, ctx)
    if tail is None:
        return None
    dayv, anchor = tail
    if dayv is None and anchor is None:
        on_day = _ON_DAY_MONTH.match(ctx.text, ctx.end) or _ON_NTH_DAY.match(ctx.text, ctx.end)
        if on_day is not None and (on_date := _anchor_day(ctx, on_day.end(), ("dmy", "dm", "nth_day"))) is not None:
            # "at midnight on 31 March": the date after the time (month-first dates join the time's extent).
            return Interp("TIME", f"{cal.fmt_day(on_date)}T{t}", anchor="dct")
        zoned = _ASIDE_BEFORE_DAY.match(ctx.text, ctx.end)
        if zoned is not None and (on_date := _anchor_day(ctx, zoned.end(), ("md", "mdy", "dm", "dmy", "today"))) is not None:
            return Interp("TIME", f"{cal.fmt_day(on_date)}T{t}", anchor="dct")
        aside = _ASIDE_WEEKDAY.match(ctx.text, ctx.end) or _RANGE_WEEKDAY.match(ctx.text, ctx.end)
        if aside is not None:
            # "at 10:35 a.m. (0735 GMT) Friday": the weekday after the aside dates the clock time.
            got = _past_or_future_day(ctx, WEEKDAYS[aside["wd"].lower()], None)
            if re.match(r"\s+local\s+time", aside.group(), re.IGNORECASE) or _LOCAL_TIME_AFTER.match(ctx.text, aside.end()):
                got = _local_day(ctx, got)
            return _unres("TIME") if got is None else Interp("TIME", f"{cal.fmt_day(got)}T{t}", anchor="dct")
        # A bare clock time: on the day of a date just before it, else on the DCT's day.
        if (ctx.prev_value and cal.granularity(ctx.prev_value[:10]) == "D" and ctx.start - ctx.prev_end <= 60
                and not _SENTENCE_BREAK.search(ctx.text, ctx.prev_end, ctx.start)):
            # "flew Tuesday in Everett at 18:00 UTC": the clause's day dates the clock time.
            prev_clock = re.match(r"\d{4}-\d\d-\d\dT(\d\d):\d\d", ctx.prev_value)
            if prev_clock is not None and int(prev_clock[1]) >= 18 and t[:2] < "06" \
                    and (next_day := cal.start_of(ctx.prev_value[:10])) is not None:
                # "closed at 10pm, and results came after midnight": the small hours after an evening
                # are the next day's
                return Interp("TIME", f"{cal.fmt_day(next_day + dt.timedelta(days=1))}T{t}", anchor="prev")
            return Interp("TIME", f"{ctx.prev_value[:10]}T{t}", anchor="prev")
        coord = _COORD_CLOCK_DAY.match(ctx.text, ctx.end)
        if coord is not None:
            # "Polls open at 7am and close at 10pm on Thursday": the day after the second time dates both
            got = _past_or_future_day(ctx, WEEKDAYS[coord["wd"].lower()], None)
            return _unres("TIME") if got is None else Interp("TIME", f"{cal.fmt_day(got)}T{t}", anchor="dct")
        if ctx.dct is None:
            return _unres("TIME")
        day = ctx.dct.day
        if _after_the_page(t, ctx) and (ctx.tense() == "past" or _STAMP_LINE.fullmatch(_line_of(ctx))):
            # "23:48 GMT" over an entry of a live blog last updated at 01:20: the evening before
            day -= dt.timedelta(days=1)
        return Interp("TIME", f"{cal.fmt_day(day)}T{t}", anchor="dct")
    if dayv is None:
        return None
    if dayv == UNRESOLVED:
        return _unres("TIME")
    return Interp("TIME", f"{dayv}T{t}", anchor=anchor)


# a clock time alone on its line, as a live blog heads each entry ("**23:48 GMT**", "21:30 —")
_STAMP_LINE = re.compile(r"[\s*_#>|]*\S[^\n]{0,24}?[\s*_|:—–-]*")
_CLOCK_AHEAD = 12 * 60  # minutes: wider than any time-zone gap between a page's stamp and its story's clocks


def _line_of(ctx: Context) -> str:
    """The match with the rest of its line around it, or "" when the line has more than a stamp's few words."""
    lo = ctx.text.rfind("\n", 0, ctx.start) + 1
    hi = ctx.text.find("\n", ctx.end)
    line = ctx.text[lo : len(ctx.text) if hi < 0 else hi]
    return line if line.strip(" *_#>|:—–-") == ctx.text[ctx.start : ctx.end] else ""


def _after_the_page(t: str, ctx: Context) -> bool:
    """Whether clock time `t` ("23:48Z") on the DCT's day lies far after the page's last update that day (the
    stamp it shows): told as past, it was the day before. (A wire's DCT clock is no such stamp: it may be
    in another zone than the story's, or the feed's time for the next day's paper.)"""
    assert ctx.dct is not None
    last = ctx.updated.time if ctx.updated is not None and ctx.updated.day == ctx.dct.day else None
    if last is None or not re.match(r"\d\d:\d\d", t):
        return False
    return (int(t[:2]) * 60 + int(t[3:5])) - (int(last[:2]) * 60 + int(last[3:5])) > _CLOCK_AHEAD


def h_mdy(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    v = _ymd(int(g["year"]), _month_num(g["mon"]), int(g["day"]))
    # "the Dec. 21, 1988 meeting": the article belongs to the noun, not to the date.
    return None if v is None else Interp("DATE", v, trim_left=len(g.get("the") or ""))


_RANGE_END_YEAR = re.compile(
    rf"(?:\s*[-–]\s*|\s+(?:to|until|till|through)\s+)(?:{day('d2a')}\s+(?:of\s+)?{month('m2a')}|{month('m2b')}\s*{day('d2b')}),?\s+"
    rf"{year('y2')}", re.IGNORECASE)


def _day_word(raw: str) -> int:
    """ "first" -> 1, "twenty-first" -> 21, "thirtieth" -> 30 (0 for anything else)."""
    words = raw.lower().replace("-", " ").split()
    tens = {"twenty": 20, "thirty": 30}.get(words[0], 0) if len(words) == 2 else 0
    last = words[-1] if words else ""
    if last == "thirtieth":
        return 30
    if last == "twentieth":
        return 20
    return tens + (_ORDINAL_DAY_WORDS.index(last) + 1 if last in _ORDINAL_DAY_WORDS else 0)


def h_md(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    mo, d = _month_num(g["mon"]), (int(g["day"]) if g.get("day") else _day_word(g.get("dword") or ""))
    if g.get("dyear"):
        v = _ymd(int(g["dyear"]), mo, d)  # "the first of April 2027"
        return None if v is None else Interp("DATE", v)
    if cal.safe_date(2000, mo, d) is None:  # leap year: accepts Feb 29, rejects Feb 30
        return None
    if g.get("wd") and ctx.dct is not None:
        # "Sunday, November 14": the weekday picks the year when the DCT is near.
        for y in (ctx.dct.day.year, ctx.dct.day.year - 1, ctx.dct.day.year + 1):
            cand = cal.safe_date(y, mo, d)
            if cand is not None and cand.weekday() == WEEKDAYS[g["wd"].lower()]:
                return Interp("DATE", cal.fmt_day(cand), anchor="dct")
    if ctx.dct is None:
        return _unres()
    if g.get("rel"):
        v = _ymd(ctx.dct.day.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()], mo, d)
        return None if v is None else Interp("DATE", v, anchor="dct")
    if (end := _RANGE_END_YEAR.match(ctx.text, ctx.end)) is not None:
        # "29 May-3 June 2026", "Dec. 28 to Jan. 3, 2027": a range's first end takes the year written on its last
        mo2, d2 = _month_num(end["m2a"] or end["m2b"]), int(end["d2a"] or end["d2b"])
        y2 = int(end["y2"]) - (1 if (mo, d) > (mo2, d2) else 0)
        v = _ymd(y2, mo, d)
        return None if v is None else Interp("DATE", v, anchor="dct")
    near = cal.nearest_year(mo, d, ctx.dct.day, _date_tense(ctx))
    if near is not None and _DEFERRED_TO.search(ctx.before(60)):
        # "adjourned to June 3": a new date is never one already past.
        got = cal.safe_date(near, mo, d)
        if got is not None and got < ctx.dct.day:
            near += 1
    if (period := _PERIOD_END_BEFORE.search(ctx.before(40))) is not None:
        # "the quarter ended Sept. 30": the year comes from the clause the period is named in
        return _ymd_interp(_period_end_year(mo, d, ctx, period), mo, d)
    if near is not None and _BEHIND_CUE.search(ctx.before(12)):
        # "since Nov. 25", "last Oct. 23": a day already past at the DCT.
        got = cal.safe_date(near, mo, d)
        if got is not None and got > ctx.dct.day:
            near -= 1
    if near is not None and ctx.prev_day and _RANGE_GAP.fullmatch(ctx.text, ctx.prev_day_end, ctx.start):
        # "Dec. 30-Jan. 2", "from Dec. 28 to Jan. 3": a range ends after it starts (a short one across the
        # new year; "moved from March 3 to Feb. 28" is a new date, not a range of eleven months).
        got, first = cal.safe_date(near, mo, d), cal.start_of(ctx.prev_day[:10])
        later = cal.safe_date(near + 1, mo, d)
        if got is not None and first is not None and later is not None and got < first and (later - first).days <= 92:
            near += 1
    v = None if near is None else _ymd(near, mo, d)
    return None if v is None else Interp("DATE", v, anchor="dct")


_RANGE_GAP = re.compile(r"\s*[-–]\s*|\s+(?:to|through|until|till)\s+", re.IGNORECASE)
# "the quarter ended Sept. 30", "the fiscal year ending on March 31", "the six months to Sept. 30": the closing day
# of a reporting period
_PERIOD_END_BEFORE = re.compile(
    r"\b(?P<noun>quarter|year|half|period|months|weeks)\s+(?:that\s+)?(?P<verb>ended|ending|to|through|thru)\s+(?:on\s+)?$",
    re.IGNORECASE)


def _ymd_interp(y: int | None, mo: int, d: int) -> Interp | None:
    v = None if y is None else _ymd(y, mo, d)
    return None if v is None else Interp("DATE", v, anchor="dct")


def _period_end_year(mo: int, d: int, ctx: Context, period: re.Match[str] | None = None) -> int | None:
    """The year of a reporting period's closing day ("the quarter ended Sept. 30"), which the clause the
    period is named in decides, not the participle: "ended" said in a past or plain clause is a day at or
    before the DCT ("Revenue for the quarter ended Sept. 30 rose"); in a clause about what is to come it is
    the nearest such day, either side ("Results for the quarter ended Sept. 30 will be published on
    Nov. 5", said in June, is this September's). `period` is the "<noun> ended" match before a date
    (None: `ctx` is the period noun itself, with "ended <date>" after it)."""
    if ctx.dct is None:
        return None
    if period is not None:
        lo = max(0, ctx.start - 40) + period.start("noun")  # (`period` matched `ctx.before(40)`)
        tense = ctx.tense_fn(lo, lo + len(period["noun"]))
        ended = period["verb"].lower() == "ended"
    else:
        tense = ctx.tense()
        ended = re.match(r"\s+(?:that\s+)?ended\b", ctx.text[ctx.end : ctx.end + 12], re.IGNORECASE) is not None
    if tense == "future":
        return cal.nearest_year(mo, d, ctx.dct.day, None)
    y = cal.nearest_year(mo, d, ctx.dct.day, tense)
    got = None if y is None else cal.safe_date(y, mo, d)
    if ended and y is not None and got is not None and got > ctx.dct.day:
        y -= 1
    return y



def _rel_year(rel: str, ctx: Context) -> int | None:
    """Year meant by "this/last/next/the same/the following year"; None when the DCT is unknown."""
    r = " ".join(rel.lower().split())
    if r in ("the same", "that"):
        prev = cal.start_of(ctx.prev_value) if ctx.prev_value else None
        return prev.year if prev else None
    if r in ("the following", "the next"):
        prev = cal.start_of(ctx.prev_value) if ctx.prev_value else None
        return prev.year + 1 if prev else None
    if r in ("the previous", "the preceding"):
        prev = cal.start_of(ctx.prev_value) if ctx.prev_value else None
        return prev.year - 1 if prev else None
    if ctx.dct is None:
        return None
    return ctx.dct.day.year + {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1, "current": 0}.get(r, 0)


def h_month_year(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    mo = _month_num(g["mon"])
    mod = _mod_of(g.get("mod"))
    y0 = _year_of(g, ctx)
    if y0 is not None:
        return Interp("DATE", cal.fmt_month(y0, mo), mod)
    y = _rel_year(g["rel"], ctx)
    anchor = "prev" if g["rel"].lower().startswith(("the ", "that")) else "dct"
    if y is None:
        return _unres(mod=mod, anchor=anchor)
    return Interp("DATE", cal.fmt_month(y, mo), mod, anchor)


def h_dmy(m: re.Match[str], ctx: Context) -> Interp | None:
    return h_mdy(m, ctx)


def h_dmy_foreign(m: re.Match[str], ctx: Context) -> Interp | None:
    v = _ymd(int(m["year"]), FOREIGN_MONTHS[m["fmon"].lower()], int(m["day"]))
    return None if v is None else Interp("DATE", v)


_BEFORE_AFTER = re.compile(r"\s+(?P<ba>before|after)\s+", re.IGNORECASE)


def _anchor_day(ctx: Context, pos: int, rules: tuple[str, ...] = ("holiday", "md", "mdy")) -> dt.date | None:
    """The day a holiday or a month-day at `pos` names, resolved as if it stood alone."""
    for name, rx, handler in SCANNER.rules:
        if name in rules:
            got = rx.match(ctx.text, pos)
            if got is not None:
                interp = handler(got, replace(ctx, start=pos, end=got.end(), _tense={}))
                if interp is not None and cal.granularity(interp.value) == "D":
                    return cal.start_of(interp.value)
    return None


_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?:[A-Z]|(?!(?:in|of|on|at|and|or|but|when|while|after|before|morning|afternoon|evening|night|that|which|with|for|to"
    r"|as|the|a|an|so|he|she|it|they|we|i|you|his|her|their|its|our|last|this|next|passed|went|came)\b)[a-z])")
_SOME_BEFORE = re.compile(r"(?<![\w$£€.,-])(?:[Aa]|[Oo]ne)\s+$")
# A weekday naming a weekly institution or rite ("Sunday trading", "restore Sunday service", "the Saturday market",
# "Friday prayers were banned"): every such day, not one. After a word that dates a deed or a saying by it ("in
# Monday trading", "marched after Friday prayers", "said Monday trading was halted", "in his Sunday sermon") it is
# still that one day, and so is a weekday's "trading" (a market session) but Sunday's, when markets are shut and the
# phrase names shop hours; "on" does so only opening a clause ("On Monday trading was halted"; not "a ban on Sunday trading").
_WEEKLY_AFTER = re.compile(
    r"\s+(?:(?<=sunday\s)trading|shopping|(?:opening|closing)\s+(?:hours|times|laws|rules)|services?|markets?|school|league|papers|newspapers|licensing|"
    r"shifts?|timetables?|fixtures?|prayers?|mass|worship|sermons?)\b(?!['’])", re.IGNORECASE)
_ONE_DAY_BEFORE = re.compile(
    r"(?:(?:^|[.!?;:,]\s*|\n\s*)[Oo]n|\b(?:in|during|late|early|after|following|before|for|since|until|till|by|ahead\s+of|"
    r"said|says|announced|reported|added|confirmed|told\s+\w+|his|her|their|its|our|my|your))\s+$", re.IGNORECASE)


# "on Thursday (June 11)", "Friday (5 June)": a bracketed date names the weekday's own day.
_BRACKET_DATE_AFTER = re.compile(
    rf"\s*\(\s*(?:{day('bd1')}\s+(?:of\s+)?{month('bm1')}|{month('bm2')}\s*{day('bd2')})(?:,?\s+{year('by')})?\s*\)",
    re.IGNORECASE)


# "at 5pm on Thursday 18 June": a day-month date right after the weekday that ends a clock time
_WEEKDAY_DATE_AFTER = re.compile(
    rf",?\s+(?:the\s+)?(?:{day('bd1')}\s+(?:of\s+)?{month('bm1')}|{month('bm2')}\s*{day('bd2')})(?![\w-])(?:,?\s+{year('by')})?",
    re.IGNORECASE)


def _bracket_day(ctx: Context, wd: int, end: int | None = None, rx: re.Pattern[str] = _BRACKET_DATE_AFTER) -> dt.date | None:
    """The day a bracketed date right after a weekday names, when it falls on that weekday (nearest the DCT)."""
    b = rx.match(ctx.text, ctx.end if end is None else end)
    if b is None:
        return None
    mo, d = _month_num(b["bm1"] or b["bm2"]), int(b["bd1"] or b["bd2"])
    years = [int(b["by"])] if b["by"] else [] if ctx.dct is None else [ctx.dct.day.year + k for k in (0, 1, -1)]
    for y in years:
        got = cal.safe_date(y, mo, d)
        if got is not None and got.weekday() == wd and (b["by"] or ctx.dct is None or abs((got - ctx.dct.day).days) <= 183):
            return got
    return None


def _weekday_nth(ctx: Context, wd: int, d: int) -> dt.date | None:
    """ "Wednesday the 4th": the day `d` of a month near the DCT (three months either way) that falls on that
    weekday, the nearest one on the side the tense points to."""
    if ctx.dct is None:
        return None
    ref = ctx.dct.day
    cands = [got for k in range(-3, 4) if (got := cal.safe_date(*cal.month_add(ref.year, ref.month, k), d)) is not None
             and got.weekday() == wd]
    tense = _date_tense(ctx)
    sided = [c for c in cands if (c >= ref if tense == "future" else c <= ref if tense == "past" else True)]
    return min(sided or cands, key=lambda c: abs((c - ref).days), default=None)


# "the first Saturday of every month", "the last Friday of each month": a monthly day, no one date
_MONTHLY_WEEKDAY = re.compile(r"\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+$", re.IGNORECASE)
# "Monday to Friday each week", "on Tuesdays and Thursday every week": a weekly day
_EVERY_WEEK_AFTER = re.compile(
    rf"(?:\s*(?:to|through|and|or|-|–)\s*{_cs(list(WEEKDAYS))})?,?\s+(?:each|every)\s+week\b", re.IGNORECASE)
_OF_EVERY_MONTH = re.compile(r"\s+(?:of|in)\s+(?:every|each|the)\s+month\b", re.IGNORECASE)


def h_weekday(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    rel = " ".join((g.get("rel") or "").lower().split())
    wd = WEEKDAYS[g["wd"].lower()]
    got: dt.date | None
    if not rel and ((_MONTHLY_WEEKDAY.search(ctx.before(12)) and _OF_EVERY_MONTH.match(ctx.text, ctx.end))
                    or _EVERY_WEEK_AFTER.match(ctx.text, ctx.end)):
        return Interp("SET", f"XXXX-WXX-{wd + 1}")
    if not rel and not g.get("mod") and not g.get("part") and (
            _WEEKLY_AFTER.match(ctx.text, ctx.end) and not _ONE_DAY_BEFORE.search(ctx.text, max(0, ctx.start - 24), ctx.start)):
        return Interp("SET", f"XXXX-WXX-{wd + 1}")
    if not rel and m.start() == ctx.start and _SOME_BEFORE.search(ctx.before(8)) \
            and not _ATTRIBUTIVE_AFTER.match(ctx.text, ctx.end):
        # "the flood struck on a Sunday in March 1995", "one Monday in June": some such day, not one
        # counted from the DCT ("in a Wednesday media event" still names this week's)
        return Interp("DATE", f"XXXX-WXX-{wd + 1}")
    if rel.startswith("the "):
        # "the previous Friday" / "the following Monday": relative to the narrative's last day.
        base = cal.start_of(ctx.prev_value[:10]) if ctx.prev_value and cal.granularity(ctx.prev_value[:10]) == "D" else None
        base = base or (ctx.dct.day if ctx.dct else None)
        if base is None:
            got = None
        elif rel.endswith("following"):
            got = cal.weekday_on_or_after(base + dt.timedelta(days=1), wd)
        else:
            got = cal.weekday_on_or_before(base - dt.timedelta(days=1), wd)
    elif not rel and ctx.before(4).lower() == "the " and (ba := _BEFORE_AFTER.match(ctx.text, ctx.end)):
        # "the Friday before Election Day", "the Monday after Easter": counted from that day
        base = _anchor_day(ctx, ba.end())
        if base is None:
            got = _past_or_future_day(ctx, wd, None)
        elif ba["ba"].lower() == "before":
            got = cal.weekday_on_or_before(base - dt.timedelta(days=1), wd)
        else:
            got = cal.weekday_on_or_after(base + dt.timedelta(days=1), wd)
    elif not rel and (said := _bracket_day(ctx, wd) or (_weekday_nth(ctx, wd, int(g["wdnth"])) if g.get("wdnth") else None)):
        got = said
    else:
        got = _past_or_future_day(ctx, wd, rel or None)
        if not rel and (_LOCAL_TIME_AFTER.match(ctx.text, ctx.end) or _LOCAL_TIME_BEFORE.search(ctx.before(20))):
            got = _local_day(ctx, got)
        first = cal.start_of(ctx.prev_day[:10]) if ctx.prev_day and not rel else None
        if got is not None and first is not None and _RANGE_GAP.fullmatch(ctx.text, ctx.prev_day_end, ctx.start) \
                and _WEEKDAY_END.search(ctx.text, max(0, ctx.prev_day_end - 9), ctx.prev_day_end):
            # "Monday to Friday", "Tuesday-Thursday": a range of weekdays ends on the first such day after
            # its start (unless that runs past the DCT in a past-tense clause).
            end = cal.weekday_on_or_after(first + dt.timedelta(days=1), wd)
            if ctx.dct is None or end <= ctx.dct.day or ctx.tense() != "past":
                got = end
        if first is not None and "T" in (ctx.prev_day or "") and first.weekday() == wd \
                and _ASIDE_BEFORE_DAY.fullmatch(ctx.text, ctx.prev_day_end, ctx.start):
            got = first  # "at 8:30 a.m. Eastern Time on Thursday": the clock time was dated by this very weekday
    if got is not None and not rel and not g.get("part") and ctx.dct is not None and got >= ctx.dct.day \
            and (_WEEK_AFTER.match(ctx.text, ctx.end) or _A_WEEK_ON_BEFORE.search(ctx.before(16))):
        got += dt.timedelta(days=7)  # "on Monday week", "a week on Monday" (British): the one after the coming Monday
    mod = _day_mod(g.get("mod"))
    part = g.get("part")
    ttype: TimexType = "TIME" if part else "DATE"
    if got is None:
        return _unres(ttype, mod)
    return Interp(ttype, _day_value(ctx, got, part), mod, "dct")


_WEEK_AFTER = re.compile(r"\s+week\b(?!['’-])(?!\s+(?:of|in|to|and|or)\b)", re.IGNORECASE)
_A_WEEK_ON_BEFORE = re.compile(r"\b(?:a|one)\s+week\s+on\s+$", re.IGNORECASE)
_WEEKDAY_END = re.compile(rf"{_cs(list(WEEKDAYS))}$")
_FOCUS_REACH = 1500  # characters after a quarter in which "a year ago" still compares with it


_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


# "300,000 more than four years ago", "5% less than a year earlier": an amount compared, no modifier of the time.
_AMOUNT_COMPARED = re.compile(r"(?:\d%?|\b(?:percent|thousand|million|billion|trillion|times))\s+$", re.IGNORECASE)


def _compared_amount(m: re.Match[str], ctx: Context) -> int:
    """Characters to trim off a "more/less than" that compares an amount said just before it (0 if none)."""
    raw = (m.group("dmod") or "").lower()
    if raw.startswith(("more", "less")) and _AMOUNT_COMPARED.search(ctx.before(16)):
        return m.start("num") - m.start()
    return 0


def h_anchored(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "two days later", "a week earlier", "three years ago", "two weeks from now", "a week from Monday"."""
    got = _anchored(m, ctx)
    trim = _compared_amount(m, ctx)
    return replace(got, mod=None, trim_left=trim) if got is not None and trim else got


def _anchored(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    n = _num(g["num"])
    unit = _unit(g["unit"])
    direction = "ago" if g.get("today") else " ".join(g["dir"].lower().split())
    if g.get("that"):
        # "Three years after that, she sold it": counted from the time just told, as "three years later" is
        direction = "later" if g["that"].lower() == "after" else "earlier"
    if direction == "on":
        # "Five years on, it was profitable again": later than the time just told, in a past narrative.
        # Otherwise ("A year on from the flood", "two decades on, it employs 90") the stretch itself.
        stretch = Interp("DURATION", _duration(n, unit, g["num"]), trim_right=m.end() - m.end("unit"))
        if not ctx.prev_value or ctx.start - ctx.prev_end > 400 or ctx.tense() != "past" or n is None:
            return stretch
        later = cal.shift(ctx.prev_value[:10], n * {"DE": 10, "CE": 100}.get(unit, 1), "Y" if unit in ("DE", "CE") else unit)
        if later is None or (ctx.dct is not None and later[:4] > f"{ctx.dct.day.year:04d}"):
            return stretch
        direction = "later"
    mod = _dmod(g.get("dmod")) or ("APPROX" if g.get("orso") else None)
    if direction in ("earlier", "later") and _THAN_AFTER.match(ctx.text, ctx.end):
        # "five years earlier than planned": how much sooner, no date
        return Interp("DURATION", _duration(n, unit, g["num"]), mod, trim_right=m.end() - m.end("unit"))
    sign = -1 if direction in ("earlier", "ago", "before", "previously") else 1
    if unit in ("H", "MI", "S", "WE"):
        return _unres("TIME" if unit != "WE" else "DATE", anchor="dct")
    if n is None and re.fullmatch(r"\d{1,3}\.(?:25|5|75)", g["num"]) and unit in (*_MONTHS_IN, *_DAYS_IN) \
            and direction in ("ago", "earlier", "later", "from now"):
        return _quarters_away(ctx, round(4 * float(g["num"])), unit, direction, mod)  # "1.5 years ago": 2.5 as "two and a half"
    if n is None:
        # "some years ago", "a few days later": direction is all we know.
        if direction == "ago":
            return Interp("DATE", "PAST_REF", mod, anchor="dct")
        return _unres(anchor="prev" if ctx.prev_value else "dct")
    if unit == "FN":
        unit, n = "W", 2 * n
    if unit in ("DE", "CE"):
        unit, n = "Y", n * (10 if unit == "DE" else 100)
    if unit == "Y" and ctx.focus_q and 0 <= ctx.start - ctx.focus_end <= _FOCUS_REACH and direction in ("ago", "earlier") \
            and not (ctx.prev_value and ctx.prev_end > ctx.focus_end and _same_sentence(ctx)
                     and cal.granularity(ctx.prev_value[:10]) in ("M", "D")):
        # Earnings prose: "... in the third quarter, up from $5 a year ago" means that quarter, a year back
        # (not when the sentence has named a month or day since: "by the end of January, orders were
        # higher than a year ago").
        v = cal.shift(ctx.focus_q, -n, "Y")
        if v:
            return Interp("DATE", v, mod, anchor="prev")
    if direction in ("ago", "from now", "hence") or g.get("base"):
        if ctx.dct is None:
            return _unres(mod=mod)
        # "a week from Thursday", "two days from tomorrow": counted on from that coming day.
        base = (g.get("base") or "today").lower()
        start = ctx.dct.day + dt.timedelta(days=1) if base == "tomorrow" else (
            cal.weekday_on_or_after(ctx.dct.day + dt.timedelta(days=1), WEEKDAYS[base]) if base in WEEKDAYS else ctx.dct.day)
        v = cal.shift(cal.fmt_day(start), sign * n, unit)
        if v and g.get("today") and unit in ("Y", "M"):
            # "Eighty years ago today", "a year ago this week": the same day (week, month) back then
            back = cal.safe_date(*cal.month_add(start.year, start.month, sign * n * (12 if unit == "Y" else 1)), start.day)
            word = g["today"].split()[-1].lower()
            if back is not None:
                v = cal.fmt_day(back) if word == "today" else cal.fmt_week(back) if word == "week" else cal.fmt_month(back.year, back.month)
        if v and unit == "W" and n >= 3 and direction == "ago" and (d := cal.start_of(v)) is not None:
            v = cal.fmt_week(d)  # "six weeks ago" names a week, not a day ("two weeks ago" still a day)
        return Interp("DATE", v, mod, anchor="dct") if v else _unres(mod=mod)
    if not ctx.prev_value:
        return _unres(mod=mod, anchor="dct")
    v = cal.shift(ctx.prev_value[:10] if "T" in ctx.prev_value else ctx.prev_value, sign * n, unit)
    return Interp("DATE", v, mod, anchor="prev") if v else _unres(mod=mod, anchor="prev")


_STRETCH_BEFORE = re.compile(r"\b(?:for|over|during|within|throughout)\s+$", re.IGNORECASE)


def h_the_next(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the next day", "the following week", "the previous month", "the same day", "that day"."""
    g = m.groupdict()
    if g.get("unit6"):
        # "the week before last", "the year after next": two units back (on) from the DCT's
        if ctx.dct is None:
            return _unres(anchor="dct")
        ref, unit6, sign = ctx.dct.day, g["unit6"].lower(), (1 if g.get("next6") else -1)
        if unit6 in ("week", "weekend"):
            wk = cal.fmt_week(ref + dt.timedelta(days=14 * sign))
            return Interp("DATE", wk + ("-WE" if unit6 == "weekend" else ""), anchor="dct")
        if unit6 == "month":
            return Interp("DATE", cal.fmt_month(*cal.month_add(ref.year, ref.month, 2 * sign)), anchor="dct")
        return Interp("DATE", f"{ref.year + 2 * sign:04d}", anchor="dct")
    if g.get("unit2"):
        # "during that time", "results for that quarter": the period the story just named.
        if not ctx.prev_value:
            return _unres(anchor="dct")
        if g["unit2"].lower() == "quarter" and not re.fullmatch(r"\d{4}-Q[1-4]", ctx.prev_value):
            return _unres(anchor="prev")
        return Interp("DATE", ctx.prev_value, anchor="prev")
    if g.get("unit3"):  # "the year previous": postposed, same as "the previous year"
        which, unit_word = "previous", g["unit3"].lower()
    elif g.get("unit5"):  # "the day before," / "the week after."
        which, unit_word = ("previous" if g["ba"].lower() == "before" else "next"), g["unit5"].lower()
    else:
        which = " ".join(g["which"].lower().split()).removeprefix("the ")
        unit_word = g["unit"].lower()
    part = DAY_PARTS.get(unit_word)
    unit = "D" if part else _unit(unit_word)
    sign = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0, "that": 0, "that same": 0}[which]
    if which == "next" and not part and unit in ("D", "W", "M", "Y") and _STRETCH_BEFORE.search(ctx.before(12)) \
            and ctx.tense() != "past":
        # "we play every three days for the next month", "will be closed over the next year": the unit
        # after the DCT's, not the one after the last date told
        if ctx.dct is None:
            return _unres(anchor="dct")
        ref = ctx.dct.day
        nxt = {"D": lambda: cal.fmt_day(ref + dt.timedelta(days=1)), "W": lambda: cal.fmt_week(ref + dt.timedelta(days=7)),
               "M": lambda: cal.fmt_month(*cal.month_add(ref.year, ref.month, 1)), "Y": lambda: f"{ref.year + 1:04d}"}[unit]()
        return Interp("DATE", nxt, anchor="dct")
    if not ctx.prev_value:
        return _unres(anchor="dct")
    base = ctx.prev_value[:10] if "T" in ctx.prev_value else ctx.prev_value
    if part and which in ("same", "that", "that same"):
        sign = 0
    if not sign and unit in ("D", "W") and cal.granularity(base) not in ("D", unit) and ctx.prev_day \
            and 0 <= ctx.start - ctx.prev_day_end <= 400:
        # "June 28, 1919. Earlier that month, ... later that week / that same evening": the week or day is
        # the last day told, not the month named in between
        base = ctx.prev_day[:10]
    if sign and unit in ("D", "W", "M") and re.fullmatch(r"\d{4}", base) and ctx.prev_day \
            and ctx.prev_day[:4] == base and 0 <= ctx.start - ctx.prev_day_end <= 400:
        # "It burst on March 16, 1995. That year, half left. The following month, ...": counted from the
        # last day told, not from the year named in between
        base = ctx.prev_day[:10]
    if unit == "DE":
        # "the following decade" after "March 3, 2003": the 2010s
        return Interp("DATE", f"{int(base[:3]) + sign:03d}", anchor="prev") if re.match(r"\d{3}", base) else _unres(anchor="prev")
    gran = cal.granularity(base)
    if sign and unit in ("D", "W") and gran not in ("D", "W") and not re.fullmatch(r"\d{4}", base):
        # "up from the previous week" after "in January": no week can be counted from a month; it is
        # some week of that year ("2021-WXX"), the next day some day of that month ("2021-01-XX").
        inside = base if unit == "D" and gran == "M" else base[:4]
        return Interp("DATE", _unknown_within(inside, unit), anchor="prev")
    v = cal.shift(base, sign, unit) if sign else (base if cal.granularity(base) else None)
    if v is not None and sign and unit == "W" and cal.granularity(v) == "D" and not part:
        # "the following week" after "June 16" is a week, not the day seven days on
        day = cal.start_of(v)
        v = cal.coarsen(day, "W") if day is not None else None
    if v is not None and not sign and unit in ("W", "M", "Y"):
        # "later that year" after "June 1998" is 1998: the unit sets the granularity, not the anchor.
        first = cal.start_of(v)
        coarse = cal.coarsen(first, unit) if first is not None else None
        if coarse is not None and cal.coarser_or_equal(unit, cal.granularity(v) or "D"):
            v = coarse
    if v is None:
        return _unres(anchor="prev")
    if part and cal.granularity(v) == "D":
        return Interp("TIME", f"{v}T{part}", anchor="prev")
    return Interp("DATE", _unknown_within(v, unit), anchor="prev")


def _unknown_within(value: str, unit: str) -> str:
    """A day/week/month of unknown number inside a coarser anchor: "that same day" after "October
    1998" is "1998-10-XX", "the next week" after "1998" is "1998-WXX" (TimeML's X placeholders)."""
    gran = cal.granularity(value)
    if unit == "D" and gran == "M":
        return f"{value}-XX"
    if re.fullmatch(r"\d{4}", value):
        return {"D": f"{value}-XX-XX", "W": f"{value}-WXX", "M": f"{value}-XX"}.get(unit, value)
    return value


# A verb in the simple past right before "in <Month>" ("said in", "promised in"; not "is expected in").
_DONE_IN_BEFORE = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bwill\s)(?<!\bbeen\s)\b(?:said|told|[a-z]{3,}ed)\s+in\s+$", re.IGNORECASE)


_PERIOD_TO_BEFORE = re.compile(r"\b(?:months?|year|weeks|quarter|period|half)\s+(?:to|ended|ending|through)\s+$", re.IGNORECASE)


# "originally scheduled for February, was held in March last year": the year of the date the plan gave way to
# (named later in the sentence) carries back to the plan's month.
_HELD_YEAR_AFTER = re.compile(
    r"[^.;!?\n]{0,80}?\b(?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:(?P<ly>last\s+year)|(?:of\s+)?(?P<yr>(?:19|20)\d\d))|in\s+(?P<yr2>(?:19|20)\d\d)|(?P<ly2>last\s+year))\b")


def _plan_year(mo: int, ctx: Context) -> int | None:
    """The year a superseded plan's month lies in, from the date it gave way to later in the sentence (None if none);
    a plan month after the held month was put off from the year before."""
    if ctx.dct is None or not _superseded_plan(ctx) or not (held := _HELD_YEAR_AFTER.match(ctx.text, ctx.end)):
        return None
    y = int(held["yr"] or held["yr2"]) if held["yr"] or held["yr2"] else ctx.dct.day.year - 1
    return y - 1 if held["mon"] and mo > _month_num(held["mon"]) else y


def h_month_mod(m: re.Match[str], ctx: Context) -> Interp | None:
    """A month name with no year: "mid-October", "in June", "early March"."""
    g = m.groupdict()
    raw = g["mon"]
    mod = _mod_of(g.get("mod"))
    if g.get("rel"):
        # "last November", "this September", "next March": the rel word settles the year.
        if ctx.dct is None:
            return _unres(mod=mod)
        mo, ref = _month_num(raw), ctx.dct.day
        rel = " ".join(g["rel"].lower().split())
        if rel in ("last", "past", "this past"):
            y = ref.year if mo < ref.month else ref.year - 1
        elif rel in ("next", "coming"):
            y = ref.year if mo > ref.month else ref.year + 1
        else:
            y = ref.year
        return Interp("DATE", cal.fmt_month(y, mo), mod, "dct")
    if raw.rstrip(".").lower() in ("may", "march", "mar", "jan", "dec", "sept", "sep", "oct", "nov", "aug", "feb", "jun", "jul", "apr") and not mod:
        if raw.rstrip(".").lower() in ("may", "march") and not _PREP_BEFORE.search(ctx.before()):
            return None
        if raw.lower() not in ("may", "march") and len(raw.rstrip(".")) <= 4:
            return None  # bare abbreviations are too ambiguous without a day or year
    mo = _month_num(raw)
    if ctx.dct is None:
        return _unres(mod=mod)
    if (planned := _plan_year(mo, ctx)) is not None:
        return Interp("DATE", cal.fmt_month(planned, mo), mod, "dct")
    tense = _date_tense(ctx)
    y, anchor = cal.month_year(mo, ctx.dct.day, tense), "dct"
    if mo > ctx.dct.day.month and y == ctx.dct.day.year and tense != "future" and _PERIOD_TO_BEFORE.search(ctx.before(30)):
        # "in the 12 months to June", "the quarter ended September": a closed reporting period
        y -= 1
    elif mo > ctx.dct.day.month and tense == "past" and (said := _year_in_sentence(ctx)) and int(said) < y:
        # "the 2022 edition, held in November (and December)": the year the sentence has just named
        y, anchor = int(said), "prev"
    elif tense == "past" and (told := ctx.prev_value) and re.match(r"\d{4}-\d\d(?!\d)", told) and int(told[:4]) < y \
            and 0 <= ctx.start - ctx.prev_end <= 300 and not _same_sentence(ctx) and _OPENS_SENTENCE.search(ctx.before(16)):
        # "The protests began in January 2011. By February, the president had fled": a past narrative
        # goes on in the year of the month or day it has just told (the next year for an earlier month).
        # Only a month that opens its sentence moves the story on ("agreed in April" after "the Dec. 21,
        # 1988, bombing" is the article's April).
        y, anchor = int(told[:4]) + (1 if mo < int(told[5:7]) else 0), "prev"
    if y == ctx.dct.day.year and mo > ctx.dct.day.month and tense == "past" and _DONE_IN_BEFORE.search(ctx.before(30)):
        # "The council promised in November ..." written in October: a deed in the simple past right
        # before "in" cannot lie ahead, so it is last year's November
        y -= 1
    if (first := _range_first_month(ctx)) is not None:
        # "runs from September to May", "between October and March": a range's last month is the first such
        # month on or after its first one
        y, anchor = first[0] + (1 if mo < first[1] else 0), "prev"
    return Interp("DATE", cal.fmt_month(y, mo), mod, anchor)


# "from [early] September [2025]" / "between October" right before a range's gap; not a date moved ("postponed
# from June to April" names a new month, not a range)
_RANGE_OPEN_BEFORE = re.compile(
    r"(?<!\bmoved\s)(?<!\bbrought\s)(?<!\bforward\s)(?<!\bback\s)(?<!\bshifted\s)(?<!\bchanged\s)(?<!\bswitched\s)"
    r"(?<!\bpostponed\s)(?<!\bdelayed\s)(?<!\brescheduled\s)(?<!\badvanced\s)(?<!\bpushed\s)"
    r"\b(?:(?P<from>from)|between)\s+(?:(?:early|late|mid)[\s-]+)?[A-Za-z]+\.?(?:,?\s+\d{4})?$", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def _range_first_month(ctx: Context) -> tuple[int, int] | None:
    """(year, month) of the month timex that opens a range this month closes ("from September to May")."""
    v = ctx.prev_value
    if not v or not re.fullmatch(r"\d{4}-\d\d", v):
        return None
    opened = _RANGE_OPEN_BEFORE.search(ctx.text, max(0, ctx.prev_end - 40), ctx.prev_end)
    if opened is None:
        return None
    gap = _RANGE_GAP if opened["from"] else _RANGE_AND
    return (int(v[:4]), int(v[5:7])) if gap.fullmatch(ctx.text, ctx.prev_end, ctx.start) else None


# A capitalized word right before (not a sentence's first word nor a determiner) or right after: part of a name.
_NAME_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b(?!(?:The|This|Last|Next|During|Before|After|Since|Until|For|In|Of|By)\b)[A-Z][a-z]+\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")


def h_holiday(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "Thanksgiving Day", "last Christmas", "Election Day": the occurrence nearest the DCT, by tense and rel word."""
    g = m.groupdict()
    if g.get("hname"):
        return None  # the "Good Friday Agreement": a treaty's name, no day
    if ctx.dct is None:
        return _unres()
    ref = ctx.dct.day
    cands = [d for d in (_holiday(g["hol"], y) for y in range(ref.year - 1, ref.year + 2)) if d is not None]
    if not cands:
        return None
    rel = " ".join((g.get("rel") or "").lower().split())
    if rel in ("last", "this past"):
        got = max((d for d in cands if d < ref), default=None)
    elif rel in ("next", "the coming"):
        got = min((d for d in cands if d > ref), default=None)
    elif _CALLED_OFF_AFTER.match(ctx.text, ctx.end):
        got = min(cands, key=lambda d: abs((d - ref).days))
    else:
        tense = _date_tense(ctx)
        pool = [d for d in cands if d <= ref] if tense == "past" else [d for d in cands if d >= ref] if tense == "future" else cands
        got = min(pool or cands, key=lambda d: abs((d - ref).days))
    if got is None:
        return None
    if g.get("hwe"):  # "over the Easter weekend": the weekend of that day's week
        return Interp("DATE", cal.fmt_week(got) + "-WE", anchor="dct")
    if g["hol"] == "Ramadan":  # a month of the Islamic calendar: the Gregorian month holding most of it
        if _NAME_BEFORE.search(ctx.before(30)) or _NAME_AFTER.match(ctx.text, ctx.end):
            return None  # "Tariq Ramadan", "Ramadan Abdullah": a person's name
        return Interp("DATE", cal.fmt_month(got.year, got.month), anchor="dct", trim_left=len(g["hthe"]) + 1 if g.get("hthe") else 0)
    # "the Christmas party": the article belongs to the noun after
    return Interp("DATE", cal.fmt_day(got), anchor="dct", trim_left=len(g["hthe"]) + 1 if g.get("hthe") else 0)


def h_year_mod(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    if g.get("pp"):  # "post-1959 politics", "pre-2020 levels": after or before that year (TimeML mod AFTER/BEFORE)
        return Interp("DATE", f"{int(g['ppyear']):04d}", "AFTER" if g["pp"].lower() == "post" else "BEFORE")
    mod = _mod_of(g.get("mod"))
    return Interp("DATE", f"{int(g['year']):04d}", mod)


# "fourth-quarter results/earnings", "Q4 earnings report": figures for a quarter that has closed.
_RESULTS_AFTER = re.compile(
    r"[\s-]+(?:(?:financial|operating)\s+)?(?:results|earnings|report|figures|numbers|revenues?|sales|profits?|loss(?:es)?"
    r"|net\s+(?:income|profit|loss))\b", re.IGNORECASE)


def h_quarter(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the third quarter", "Q3 2024", "the end of the fourth quarter" (mod END)."""
    got = _quarter(m, ctx)
    if got is None or not m["qmod"]:
        return got
    return replace(got, mod=_mod_of(m["qmod"]), trim_left=0)


def _quarter(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    q = int(g.get("qn") or g.get("qn2") or 0) or ORDINALS[g["qord"].lower()]
    if g.get("qyy") or g.get("qyy2"):
        return Interp("DATE", f"20{g.get('qyy') or g.get('qyy2')}-Q{q}")  # "Q1'25", "1Q25": this century's
    # "the third-quarter loss": the quarter is an adjective and "the" belongs to the noun.
    trim = len(g["the"]) if g.get("the") and g.get("qord") and not g.get("qyear") and not g.get("yago") and re.search(
        r"[a-z]-quarter$", m.group(0), re.IGNORECASE) and re.match(r"\s+[a-z]", ctx.text[ctx.end : ctx.end + 3]) else 0
    if g.get("qfy2"):
        return Interp("DATE", f"20{g['qfy2']}-Q{q}", trim_left=trim)  # "Q1 FY25"
    if g.get("qyear") or g.get("year"):
        return Interp("DATE", f"{int(g.get('qyear') or g['year']):04d}-Q{q}", trim_left=trim)
    if g.get("prel"):
        # "next year's first quarter"
        y = _rel_year(g["prel"], ctx)
        return _unres() if y is None else Interp("DATE", f"{y:04d}-Q{q}", anchor="dct", trim_left=trim)
    if g.get("yago"):
        base = cal.start_of(ctx.focus_q) if ctx.focus_q else (ctx.dct.day if ctx.dct else None)
        if base is None:
            return _unres()
        return Interp("DATE", f"{base.year - 1:04d}-Q{q}", anchor="dct", trim_left=trim)
    if g.get("rel"):
        y = _rel_year(g["rel"], ctx)
        return _unres() if y is None else Interp("DATE", f"{y:04d}-Q{q}", anchor="dct")
    if ctx.dct is None:
        return _unres()
    y = ctx.dct.day.year
    cur_q = (ctx.dct.day.month - 1) // 3 + 1
    tense = ctx.tense()
    if tense == "past" and q > cur_q:
        y -= 1
    elif q == 4 and cur_q == 1 and _RESULTS_AFTER.match(ctx.text, ctx.end):
        # In the first quarter, a fourth quarter's results are last year's ("will report fourth-
        # quarter earnings", "Q4 revenue"): the quarter just closed, its figures still to come.
        y -= 1
    elif tense == "future" and q < cur_q - 1:
        # "expects a rate rise in the first quarter", said in December: next year's. The quarter
        # just closed stays ("expects to report third-quarter results", said in October).
        y += 1
    return Interp("DATE", f"{y:04d}-Q{q}", anchor="dct", trim_left=trim)


def h_month_quarter(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the June quarter" (Australian, Indian usage): the calendar quarter ending in that month, the
    latest one closed unless the clause looks ahead."""
    if ctx.dct is None:
        return _unres()
    pair = m["qpair"] or m["qpair2"]
    q = _month_num(re.split(r"[-–]", pair)[1] if pair else m["qmon"]) // 3
    y = ctx.dct.day.year
    cur_q = (ctx.dct.day.month - 1) // 3 + 1
    tense = ctx.tense()
    if (q > cur_q and tense != "future") or (q == cur_q and tense == "past"):
        y -= 1  # a quarter still open is not reported in the past tense
    return Interp("DATE", f"{y:04d}-Q{q}", anchor="dct")


def _last_quarter(ctx: Context) -> str | None:
    """The quarter financial news means by "the quarter": the one in focus, else the last one closed."""
    if ctx.focus_q:
        return ctx.focus_q
    if ctx.dct is None:
        return None
    y, mo = cal.month_add(ctx.dct.day.year, ctx.dct.day.month, -3)
    return f"{y:04d}-Q{(mo - 1) // 3 + 1}"


# "the year ended March 31", "the year to March": a twelve-month reporting period.
_ENDED_AFTER = re.compile(rf"\s+(?:that\s+)?(?:ended|ending|ends\b|to\s+(?:the\s+end\s+of\s+)?{month()}(?![\w-])"
                          r"|(?:beginning|starting)\s+(?:on\s+)?(?=\w)|since\s)", re.IGNORECASE)


def _same_sentence(ctx: Context) -> bool:
    """Whether the previous timex ends in the current sentence, before this match."""
    return 0 <= ctx.start - ctx.prev_end <= 200 and not _SENTENCE_BREAK.search(ctx.text, ctx.prev_end, ctx.start)


def _year_in_sentence(ctx: Context) -> str | None:
    """The calendar year of the previous timex when it lies in this sentence ("2005-Q4" -> "2005")."""
    v = ctx.prev_value
    if v and re.match(r"\d{4}(?![\dX])", v) and _same_sentence(ctx):
        return v[:4]
    return None


def h_focus(m: re.Match[str], ctx: Context) -> Interp | None:
    """Reporting-period phrases: "the quarter", "the year-ago period", "the 1988 quarter", "the fiscal year"."""
    g = m.groupdict()
    if g.get("fy") or g.get("yr"):
        if _ENDED_AFTER.match(ctx.text, ctx.end):
            # "for the year ended March 31": a reporting period, annotated as the stretch it lasts.
            return Interp("DURATION", "P1Y")
        if g.get("fyy"):
            return Interp("DATE", g["fyy"])  # "the full year 2025", "the fiscal year 2024": that year
        fy = (g.get("fy") or "").lower()
        if fy in ("full", "entire", "whole") and (year_said := _year_in_sentence(ctx)):
            # "... in the fourth quarter of 2005 and $8.6 billion for the entire year": that year.
            return Interp("DATE", year_said, anchor="prev")
        if ctx.dct is None:
            return _unres()
        if fy in ("full", "entire", "whole") and ctx.dct.day.month <= 3 and ctx.tense() == "past":
            # "For the full year, revenue rose 5%" in early-year results season: the year just closed
            # (the new one has no full-year outcome yet); "expects for the full year" stays this year.
            return Interp("DATE", f"{ctx.dct.day.year - 1:04d}", anchor="dct")
        return Interp("DATE", f"{ctx.dct.day.year:04d}", anchor="dct")
    if g.get("py"):
        fq = ctx.focus_q
        return Interp("DATE", f"{g['py']}-Q{fq[-1]}" if fq else g["py"])
    if g.get("back"):
        # "the same period last year", "the quarter a year ago": the quarter in focus, a year back.
        if ctx.focus_q:
            return Interp("DATE", cal.shift(ctx.focus_q, -1, "Y") or UNRESOLVED, anchor="prev")
        if ctx.prev_value and cal.granularity(ctx.prev_value) == "M" and _same_sentence(ctx):
            # "sales rose 43% in February compared to the same period last year": that month, a year back.
            return Interp("DATE", cal.shift(ctx.prev_value, -12, "M") or UNRESOLVED, anchor="prev")
        return _unres() if ctx.dct is None else Interp("DATE", f"{ctx.dct.day.year - 1:04d}", anchor="dct")
    if g.get("ago2"):
        # "this time last year": the moment a year back, read as "a year ago" is (TimeML dates that by its year,
        # or by the quarter in focus in earnings prose).
        if ctx.focus_q:
            return Interp("DATE", cal.shift(ctx.focus_q, -1, "Y") or UNRESOLVED, anchor="prev")
        return _unres() if ctx.dct is None else Interp("DATE", f"{ctx.dct.day.year - 1:04d}", anchor="dct")
    if g.get("ago"):
        # "the year-ago figure": an adjective; "the year-ago period" is the timex with its article.
        trim = len(g["the"]) if g.get("the") and not g.get("noun") else 0
        if ctx.focus_q:
            return Interp("DATE", cal.shift(ctx.focus_q, -1, "Y") or UNRESOLVED, anchor="dct", trim_left=trim)
        if ctx.dct is None:
            return Interp("DATE", UNRESOLVED, anchor="dct", trim_left=trim)
        return Interp("DATE", f"{ctx.dct.day.year - 1:04d}", anchor="dct", trim_left=trim)
    ended = _ENDED_ON.match(ctx.text, ctx.end)
    if ended is not None and ctx.dct is not None and (ctx.focus_q is None or ctx.focus_day is not None):
        # "the quarter ended Sept. 30" with no quarter named yet: the calendar quarter that mostly lies
        # before that day; it is now the focus. A named (fiscal) quarter in focus keeps its label; one
        # that another closing day set does not ("... ended Sept. 30 rose. Results for the quarter
        # ending Dec. 31 ..." names two quarters).
        mo, d = _month_num(ended["mon"]), int(ended["day"])
        y = _period_end_year(mo, d, ctx)
        last = None if y is None else cal.safe_date(y, mo, d)
        if last is not None:
            mid = last - dt.timedelta(days=45)
            closed = f"{mid.year:04d}-Q{(mid.month - 1) // 3 + 1}"
            if ctx.focus_q is None:
                ctx.focus_q, ctx.focus_end, ctx.focus_day = closed, ctx.end, cal.fmt_day(last)
            return Interp("DATE", closed, anchor="dct")
    q = _last_quarter(ctx)
    return _unres() if q is None else Interp("DATE", q, anchor="dct")


_ENDED_ON = re.compile(rf"\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?{month()}\s*{day()}")


def h_year_end(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "by year-end", "since year end", "by year's end": the end of the DCT's year (of the last one after "since")."""
    pre = m["pre"]
    if ctx.dct is None:
        return Interp("DATE", UNRESOLVED, "END", "dct", trim_left=len(pre))
    y = ctx.dct.day.year - (1 if pre.lower().startswith("since") else 0)
    return Interp("DATE", f"{y:04d}", "END", "dct", trim_left=len(pre))


_TARGET_BEFORE = re.compile(r"\b(?:by|until|before|around|towards?|beyond)\s+$", re.IGNORECASE)


_WRITTEN_YEAR_END = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d$")


def h_in_the_unit(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "earlier in the year" (mod START), "later in the month" (END): a part of the DCT's unit, or for a
    week or month the one of a day just named in a past-tense story (as "by the end of the week")."""
    mod = "START" if m["el"].lower() == "earlier" else "END"
    if ctx.dct is None:
        return _unres(mod=mod)
    ref, anchor = ctx.dct.day, "dct"
    unit = m["unit"].lower()
    if unit in ("week", "month") and ctx.prev_day and 0 <= ctx.start - ctx.prev_day_end <= 300 \
            and ctx.tense() == "past" and (told := cal.start_of(ctx.prev_day[:10])) is not None and told < ref:
        ref, anchor = told, "prev_day"
    if unit == "year" and ctx.prev_value and _WRITTEN_YEAR_END.search(ctx.text, max(0, ctx.prev_end - 5), ctx.prev_end) \
            and ctx.prev_value[:4] < f"{ref.year:04d}" and 0 <= ctx.start - ctx.prev_end <= 400 and ctx.tense() != "future":
        # "In March 2019 the plant closed. Later in the year ...": the year the narrative has just written
        # out (not one counted from the DCT, as "a year ago")
        return Interp("DATE", ctx.prev_value[:4], mod, "prev")
    value = f"{ref.year:04d}" if unit == "year" else cal.fmt_month(ref.year, ref.month) if unit == "month" else cal.fmt_week(ref)
    return Interp("DATE", value, mod, anchor)


_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|till)\s+$", re.IGNORECASE)


def h_end_of(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "by the end of the year", "the beginning of the month": a part of the DCT's own year/month/week.

    With no other unit named, the article's present one is meant (HeidelTime reads it the same way).
    """
    if m["midc"]:
        # "net zero by mid-century" (a target date); "mid-century furniture" is a style of the last one
        if not _TARGET_BEFORE.search(ctx.before(12)):
            return None
        return _unres(mod="MID") if ctx.dct is None else Interp("DATE", f"{ctx.dct.day.year // 100:02d}", "MID", "dct")
    mod = _mod_of(m["mod"])
    if ctx.dct is None:
        return _unres(mod=mod)
    ref = ctx.dct.day
    unit = m["unit"].lower()
    anchor = "dct"
    if m["that"] and ctx.prev_value and re.match(r"\d{4}(?![\dX])", ctx.prev_value):
        # "by the end of that year": the unit of the time the story has just named
        v, first = ctx.prev_value, cal.start_of(ctx.prev_value[:10])
        got = (v[:3] if unit == "decade" else v[:2] if unit == "century" else v[:4] if unit == "year"
               else v[:7] if unit in ("month", "quarter") and cal.granularity(v[:7]) == unit[0].upper()
               else cal.fmt_week(first) if unit == "week" and first is not None and cal.granularity(v[:10]) == "D"
               else cal.fmt_day(first) if unit == "day" and first is not None and cal.granularity(v[:10]) == "D" else None)
        return Interp("DATE", got, mod, "prev") if got else _unres(mod=mod, anchor="prev")
    if unit == "day":
        # "by the end of the day": a deadline on the narrative's day (else the article's); "at the end
        # of the day" is mostly the idiom ("when all is said and done"), no time.
        if not _DEADLINE_BEFORE.search(ctx.before(12)):
            return None
        if ctx.prev_day and 0 <= ctx.start - ctx.prev_day_end <= 300 and (told := cal.start_of(ctx.prev_day[:10])):
            return Interp("DATE", cal.fmt_day(told), mod, "prev_day")
        return Interp("DATE", cal.fmt_day(ref), mod, anchor)
    if unit in ("week", "month") and ctx.prev_day and 0 <= ctx.start - ctx.prev_day_end <= 300 \
            and ctx.tense() == "past" and (told := cal.start_of(ctx.prev_day[:10])) is not None and told < ref:
        # "Talks broke down on May 28. By the end of the week, 40 had died": the narrative's week, not
        # the article's.
        ref, anchor = told, "prev_day"
    if unit in ("year", "decade", "century") and ctx.prev_value and re.match(r"\d{4}(?![\dX])", ctx.prev_value) \
            and 0 <= ctx.start - ctx.prev_end <= 300 and ctx.tense() == "past" and int(ctx.prev_value[:4]) < ref.year:
        # "The river rose on March 16, 1995. By the end of the decade, half had left": the narrative's
        # decade (year), not the article's
        y = int(ctx.prev_value[:4])
        return Interp("DATE", f"{y:04d}" if unit == "year" else f"{y // 10:03d}" if unit == "decade" else f"{y // 100:02d}",
                      mod, "prev")
    if unit == "quarter":
        # "due by the end of the quarter": the DCT's own one; "by the end of the quarter, stocks had
        # fallen" in a results story: the quarter reported
        if ctx.focus_q and ctx.tense() == "past":
            return Interp("DATE", ctx.focus_q, mod, "prev")
        return Interp("DATE", f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}", mod, anchor)
    if unit in ("decade", "century"):  # "by the end of the decade": the DCT's own one
        return Interp("DATE", f"{ref.year // 10:03d}" if unit == "decade" else f"{ref.year // 100:02d}", mod, anchor)
    value = f"{ref.year:04d}" if unit == "year" else cal.fmt_month(ref.year, ref.month) if unit == "month" else cal.fmt_week(ref)
    return Interp("DATE", value, mod, anchor)


# "in H2", "for H1": a bare half-year label needs a preposition ("H2" alone may be hydrogen).
_HALF_PREP = re.compile(r"\b(?:in|for|during|by|since|until|through|of|the|and|or|vs\.?|versus|from|to)\s+$", re.IGNORECASE)


# A sports report: a score ("1-0") or match words; its "first half" is a half of the match.
_MATCH_WORDS = re.compile(
    r"(?<![\d.,$£€-])(?<!\bvoted\s)(?<!\bruled\s)\b\d{1,2}-\d{1,2}\b(?![\d-]|\s*(?:vote|split|ruling|decision|majority))|\b(?:goals?|scored|scores|scoring|equali[sz]ed|equali[sz]er"
    r"|penalty|penalties|half-?time|kick-?off|touchdowns?|innings|striker|goalkeeper|referee|whistle|minutes?\s+(?:left|remaining|to\s+go)"
    r"|(?:\d+(?:st|nd|rd|th)|final|opening|closing)\s+minutes?)\b", re.IGNORECASE)


def _sentence_of(ctx: Context) -> str:
    """The sentence around the match (split at sentence breaks)."""
    left = _SENTENCE_BREAK.split(ctx.text[max(0, ctx.start - 200) : ctx.start])[-1]
    right = _SENTENCE_BREAK.split(ctx.text[ctx.start : ctx.end + 200])[0]
    return left + right


def h_half(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    if g.get("hn2"):
        return Interp("DATE", f"{int(g['hyear2']) if g.get('hyear2') else 2000 + int(g['hyy']):04d}-H{g['hn2']}")
    if g.get("hn"):
        # Financial half-year labels: "H1 2024", "in H2" (TIMEX3 "2024-H1").
        if g.get("hyear") or g.get("hfy2"):
            return Interp("DATE", f"{int(g['hyear']) if g.get('hyear') else 2000 + int(g['hfy2']):04d}-H{g['hn']}")
        if not _HALF_PREP.search(ctx.before(12)):
            return None
        return _unres() if ctx.dct is None else Interp("DATE", f"{ctx.dct.day.year:04d}-H{g['hn']}", anchor="dct")
    bare = not (g.get("hdec") or g.get("year") or g.get("rel") or g.get("hmon") or m.group(0).lower().endswith("year"))
    if bare and g["hord"].lower() in ("back", "front"):
        return None  # "the back half of the squad"
    if bare and _MATCH_WORDS.search(_sentence_of(ctx)):
        return None  # "scored twice in the second half": a half of a match
    h = 1 if g["hord"].lower() in ("first", "1st", "front") else 2
    if g.get("hmon"):
        mo = _month_num(g["hmon"])
        if g.get("hmyear"):
            return Interp("DATE", cal.fmt_month(int(g["hmyear"]), mo), "START" if h == 1 else "END")
        if ctx.dct is None:
            return _unres(mod="START" if h == 1 else "END")
        return Interp("DATE", cal.fmt_month(cal.month_year(mo, ctx.dct.day, _date_tense(ctx)), mo),
                      "START" if h == 1 else "END", anchor="dct")
    if g.get("hdec"):
        # "in the second half of the decade": a part of the DCT's decade (century), as TimeML writes "198 END"
        if ctx.dct is None:
            return _unres(mod="START" if h == 1 else "END")
        now = ctx.dct.day.year
        return Interp("DATE", f"{now // 10:03d}" if g["hdec"].lower() == "decade" else f"{now // 100:02d}",
                      "START" if h == 1 else "END", anchor="dct")
    if g.get("year"):
        return Interp("DATE", f"{int(g['year']):04d}-H{h}")
    y = _rel_year(g["rel"], ctx) if g.get("rel") else (ctx.dct.day.year if ctx.dct else None)
    if y is not None and ctx.dct is not None and not g.get("rel") and m.group(0).lower().endswith("year") \
            and ctx.dct.day.month <= (3 if h == 1 else 6) and ctx.tense() == "past":
        # "In the first half of the year, sales had been flat" in January: a half already over is last year's
        y -= 1
    return _unres() if y is None else Interp("DATE", f"{y:04d}-H{h}", anchor="dct")


_OF_OR_IN = re.compile(r"\s+(?:in|of)\s+(?!(?:1[6-9]|20)\d\d\b)", re.IGNORECASE)
_CROP_AFTER = re.compile(r"[\s-]+(?:wheat|barley|oats|rye|crops?|grains?|plantings?|sowings?|rapeseed|canola|durum)\b", re.IGNORECASE)


def _season_after(s: str, anap: str, ctx: Context) -> str | None:
    """ "that autumn", "the previous winter", "the following spring": a season of the year the story has just
    named (a year, month, day or season value), before or after the time it names for the last two."""
    v = ctx.prev_value
    if not v or not re.match(r"\d{4}(?![\dX])", v) or not 0 <= ctx.start - ctx.prev_end <= 400:
        return None
    y = int(v[:4])
    word = anap.lower().split()[-1]
    told = v[5:7] if len(v) >= 7 and v[5:7] in cal.SEASONS else (
        cal.season_of(int(v[5:7])) if len(v) >= 7 and v[5:7].isdigit() else None)
    order = cal.SEASONS.index
    if word in ("previous", "preceding"):
        y -= 1 if told is None or order(s) >= order(told) else 0
    elif word in ("following", "next"):
        y += 1 if told is None or order(s) <= order(told) else 0
    return f"{y:04d}-{s}"


def h_season(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    s = SEASON_WORDS[g["season"].lower()]
    mod = _mod_of(g.get("mod"))
    y0 = _year_of(g, ctx)
    if y0 is None and g.get("srel"):
        y_rel = _rel_year(g["srel"], ctx)  # "the autumn of last year", "the spring of the following year"
        anchor = "prev" if g["srel"].lower().startswith(("the ", "that")) else "dct"
        return _unres(mod=mod, anchor=anchor) if y_rel is None else Interp("DATE", f"{y_rel:04d}-{s}", mod, anchor)
    if g["season"].lower() == "fall" and not (y0 or g.get("rel") or g.get("the")):
        return None  # "prices fall": the verb
    if g["season"].lower() == "fall" and not (y0 or g.get("rel")) and _OF_OR_IN.match(ctx.text, ctx.end):
        return None  # "the fall in rice output", "the fall of the city": a decline or a defeat
    if not (y0 or g.get("rel") or g.get("the")) and _CROP_AFTER.match(ctx.text, ctx.end):
        return None  # "winter wheat", "spring barley": a crop named by its season
    if y0 is None and not g.get("rel") and g["season"][0].isupper() and _quoted(ctx):
        return None  # the "Spring of Life" rallies: a name
    if y0 is not None:
        return Interp("DATE", f"{y0:04d}-{s}", mod)
    if g.get("anap"):
        got = _season_after(s, g["anap"], ctx)
        if got is not None:
            return Interp("DATE", got, mod, "prev")
    if ctx.dct is None:
        return _unres(mod=mod)
    if g.get("the") and (told := ctx.prev_value) and re.match(r"\d{4}-\d\d(?!\d)", told) \
            and int(told[:4]) < ctx.dct.day.year and 0 <= ctx.start - ctx.prev_end <= 300 and not _same_sentence(ctx) \
            and _OPENS_SENTENCE.search(ctx.before(16)) and ctx.tense() == "past":
        # "The protests began in January 2011. By the summer, the army was in control": the narrative's
        # year, the next one for a season over before the month told
        ends = {"SP": 5, "SU": 8, "FA": 11, "WI": 12}[s]
        return Interp("DATE", f"{int(told[:4]) + (1 if ends < int(told[5:7]) else 0):04d}-{s}", mod, "prev")
    y = ctx.dct.day.year
    rel = (g.get("rel") or "").lower().split()[-1] if g.get("rel") else ""
    if g.get("anap"):  # "that summer" with no year told before: read as a bare season against the DCT
        rel = {"previous": "last", "preceding": "last", "following": "next", "next": "next"}.get(g["anap"].lower().split()[-1], "")
    cur = cal.season_of(ctx.dct.day.month)
    order = cal.SEASONS.index
    # "stockpiled fuel ahead of the winter" (in October): a past deed awaiting the next season, not yet begun, does
    # not move it back a year ("sold herds ahead of the summer", said in October, still names the summer just over)
    ahead = not rel and order(s) == (order(cur) + 1) % len(cal.SEASONS) and _AHEAD_BEFORE.search(ctx.before(24)) is not None
    if rel == "last" and ctx.dct.day.month != 12:
        # "last spring" said in October is last year's ("this past spring" is this year's).
        y -= 1
    elif rel in ("last", "past"):
        y = y if order(s) < order(cur) else y - 1
    elif rel in ("next", "coming"):
        y = y if order(s) > order(cur) else y + 1
    elif not rel and not ahead and ctx.tense() == "past" and order(s) > order(cur):
        y -= 1
    elif not rel and (ctx.tense() == "future" or (ahead and ctx.tense() != "past")) and order(s) < order(cur):
        y += 1  # "the second ship is due in the spring", said in October: next spring
    if cur == "WI" and s == "WI" and ctx.dct.day.month <= 2:
        # In January the winter under way began last December ("YYYY-WI" is December YYYY to February):
        # "this winter" is that one, "last winter" the one before, "next winter" the one to come.
        y = ctx.dct.day.year - 1 + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    elif cur == "SP" and s == "WI" and rel in ("this", "") and not ahead and ctx.tense() == "past" and y == ctx.dct.day.year:
        y -= 1  # "this winter was mild", said in March: the winter just over (once: a bare past winter is already)
    elif cur == "WI" and s != "WI" and rel != "last":
        # Winter straddles the new year: in January "approved in the fall" and "this past summer" were
        # last year's and "next spring" is this year's; in December "a vote in the spring" is next year's.
        month, tense = ctx.dct.day.month, ctx.tense() if not rel else None
        if month <= 2 and (rel == "past" or tense == "past"):
            y = ctx.dct.day.year - 1
        elif month <= 2 and (rel in ("next", "coming") or tense == "future"):
            y = ctx.dct.day.year
        elif month == 12 and not rel and tense == "future":
            y = ctx.dct.day.year + 1
    return Interp("DATE", f"{y:04d}-{s}", mod, "dct")


def _is_title(word: str) -> bool:
    """A Capitalized unit word ("60 Minutes", "This Week") names a title, not a stretch of time."""
    return word[:1].isupper() and not word.isupper()


def _quoted(ctx: Context) -> bool:
    """Does the match open a quotation ("This Week", ''60 Minutes'')?"""
    return ctx.text[max(0, ctx.start - 2) : ctx.start].strip()[-1:] in ('"', "“", "'", "`")


def h_rel(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "this year", "last week", "late last year", "earlier this month" (mod START), "next weekend"."""
    g = m.groupdict()
    mod = _mod_of(g.get("mod")) or ({"earlier": "START", "later": "END"}.get(g["el"].lower()) if g.get("el") else None)
    rel = " ".join(g["rel"].lower().split())
    if _is_title(g["unit"]) and g["rel"][0].isupper() and _quoted(ctx):
        return None  # "This Week" in quotes: a programme's title
    unit = _unit(g["unit"])
    if ctx.dct is None:
        return _unres(mod=mod)
    ref = ctx.dct.day
    off = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "this past": -1, "previous": -1, "next": 1,
           "coming": 1}[rel]
    if unit == "WE":
        base = ref + dt.timedelta(days=7 * off)
        return Interp("DATE", cal.fmt_week(base) + "-WE", mod, "dct")
    if unit == "D":
        return Interp("DATE", cal.fmt_day(ref + dt.timedelta(days=off)), mod, "dct")
    if unit == "W":
        return Interp("DATE", cal.fmt_week(ref + dt.timedelta(days=7 * off)), mod, "dct")
    if unit == "M":
        y, mo = cal.month_add(ref.year, ref.month, off)
        return Interp("DATE", cal.fmt_month(y, mo), mod, "dct")
    if unit == "Q":
        y, mo = cal.month_add(ref.year, ref.month, 3 * off)
        return Interp("DATE", f"{y:04d}-Q{(mo - 1) // 3 + 1}", mod, "dct")
    if unit == "Y":
        return Interp("DATE", f"{ref.year + off:04d}", mod, "dct")
    if unit == "DE":
        return Interp("DATE", f"{ref.year // 10 + off:03d}", mod, "dct")
    if unit == "CE":
        return Interp("DATE", f"{ref.year // 100 + off:02d}", mod, "dct")
    return None


def _day_mod(raw: str | None) -> str | None:
    """ "early/earlier Monday" -> START, "late/later yesterday" -> END."""
    if not raw:
        return None
    return "START" if raw.strip().lower().startswith("earl") else "END"


# "today's youth", "today's personal computers": the present era in general, not the DCT's day.
_GENERIC_TODAYS = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:world|society|societies|youth|young|generations?|children|kids|teenagers|families"
    r"|culture|technolog(?:y|ies)|computers|standards|students|consumers|people|women|men|politics|politicians"
    r"|economy|climate|environment|lifestyles?)\b",
    re.IGNORECASE,
)


def h_today(m: re.Match[str], ctx: Context) -> Interp | None:
    word = " ".join(m["word"].lower().split())
    if word == "today" and not m["tmod"] and _GENERIC_TODAYS.match(ctx.text, ctx.end):
        return None
    offsets = {
        "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
        "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "last night": -1, "overnight": 0,
    }
    off = offsets.get(word)
    part = None
    if off is None:
        first, _, rest = word.partition(" ")
        off = offsets[first]
        part = rest
    elif word in ("tonight", "overnight"):
        part = "night"
    elif word.startswith("this ") or word == "last night":
        part = word.split()[-1]
    ttype: TimexType = "TIME" if part else "DATE"
    mod = _day_mod(m["tmod"])
    if ctx.dct is None:
        return _unres(ttype, mod)
    return Interp(ttype, _day_value(ctx, ctx.dct.day + dt.timedelta(days=off), part), mod, "dct")


def h_clock_part(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "4 in the morning", "10 o'clock in the evening": a clock hour on the DCT's day."""
    h = int(m["h"])
    part = m["part"].lower()
    if part in ("afternoon", "evening") or (part == "night" and h >= 6):
        h = h % 12 + 12
    elif h == 12:
        h = 0
    if ctx.dct is None:
        return _unres("TIME")
    return Interp("TIME", f"{cal.fmt_day(ctx.dct.day)}T{h:02d}:00", anchor="dct")


_DAY_REACH = 600  # characters after a dated day in which "the morning" still means that day


def h_day_part(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "in the morning", "by mid afternoon", "mid-afternoon yesterday": a part of the narrative's day.

    With no day named, the part belongs to the day the story is telling (the last day-precise
    date, if recent), else to the DCT's day.
    """
    g = m.groupdict()
    raw_mod = (g.get("mod") or g.get("mod2") or "").strip().rstrip("-").lower()
    mod = {"mid": "MID", "early": "START", "late": "END"}.get(raw_mod)
    part = g["part"]
    if g.get("rel"):
        if ctx.dct is None:
            return _unres("TIME", mod)
        off = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["rel"].lower()]
        return Interp("TIME", _day_value(ctx, ctx.dct.day + dt.timedelta(days=off), part), mod, "dct")
    # A coarser timex in between ("up from a year ago") does not move the story's day.
    prev = ctx.prev_day[:10] if ctx.prev_day else None
    if prev and cal.granularity(prev) == "D" and 0 <= ctx.start - ctx.prev_day_end <= _DAY_REACH:
        return Interp("TIME", f"{prev}T{DAY_PARTS[part.lower()]}", mod, "prev_day")
    if ctx.dct is None:
        return _unres("TIME", mod)
    return Interp("TIME", _day_value(ctx, ctx.dct.day, part), mod, "dct")


_TRADING_AFTER = re.compile(r"\s+(?:trading|dealings)\b", re.IGNORECASE)


def h_trading_part(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "in morning trading": the market session names a part of the day (TIME ...TMO)."""
    return h_day_part(m, ctx) if _TRADING_AFTER.match(ctx.text, ctx.end) else None


_REF_VALUES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the present": "PRESENT_REF", "the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF", "current": "PRESENT_REF", "then current": "PAST_REF",
    "future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "more recently": "PAST_REF", "the short term": "FUTURE_REF",
}


# "Now," opening a sentence is a discourse marker ("Now, he says, ..."), not a reference to the present.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"’”`]*\s+|\n\s*|[`'\"“‘]+)$")


def h_ref(m: re.Match[str], ctx: Context) -> Interp | None:
    word = " ".join(m["word"].lower().split())
    if (word == "now" and m.group(0) == "Now" and ctx.text.startswith(",", ctx.end)
            and _SENTENCE_START.search(ctx.before(4))):
        return None
    if word == "the future" and ctx.text.startswith((" of ", " of\n"), ctx.end):
        return None  # "the future of the alliance": its fate or prospects, no stretch of time
    trim = 0
    if word.startswith("at "):
        pass
    elif word.startswith("in "):
        trim = len(m["word"]) - len(m["word"][2:].lstrip())
        word = word[3:]
    return Interp("DATE", _REF_VALUES[word], anchor="dct", trim_left=trim)


def h_weekend(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the weekend": the one just past (news reports it on Monday), the next one when the text looks ahead."""
    if m["wdate"]:
        # "the weekend of May 31": the weekend of that day's week
        mo, dd, y = _month_num(m["mon"]), int(m["day"]), _year_of(m.groupdict())
        if y is None and ctx.dct is not None:
            y = cal.nearest_year(mo, dd, ctx.dct.day, _date_tense(ctx))
        d = None if y is None else cal.safe_date(y, mo, dd)
        return _unres() if d is None else Interp("DATE", cal.fmt_week(d) + "-WE", anchor="dct" if m["year"] is None else None)
    if ctx.dct is None:
        return _unres()
    ref = ctx.dct.day
    if ctx.tense() == "future" and ref.weekday() < 5:
        sat = cal.weekday_on_or_after(ref, 5)
    else:
        sat = cal.weekday_on_or_before(ref if ref.weekday() < 6 else ref - dt.timedelta(days=1), 5)
    return Interp("DATE", cal.fmt_week(sat) + "-WE", anchor="dct")


_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def h_coming(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the coming weeks" (FUTURE_REF), "recent years" (PAST_REF): vague stretches of time.

    "in recent months" says over how long something has gone on: a vague duration (PXM), the way
    TimeML annotators mostly tag it; "the boom of recent years" stays a past reference.
    """
    word = m.group(0).lower()
    if word.startswith("recent") and _IN_BEFORE.search(ctx.before(8)):
        return Interp("DURATION", _duration(None, _unit(m["unit"])))
    return Interp("DATE", "PAST_REF" if "recent" in word else "FUTURE_REF", anchor="dct")


_WEEK_ORD = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def h_week_of(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the last week of March" / "the week of March 6": the ISO week holding that stretch of the month."""
    g = m.groupdict()
    mo = _month_num(g["mon"])
    if g.get("dday"):
        g["day"] = g["dday"]
    y = int(g["dyear"]) if g.get("dyear") else _year_of(g)
    given = y is not None
    if y is None and g.get("rel"):
        y = _rel_year(g["rel"], ctx)
    elif y is None and ctx.dct is not None:
        y = (cal.nearest_year(mo, int(g["day"]), ctx.dct.day, _date_tense(ctx)) if g.get("day")
             else cal.month_year(mo, ctx.dct.day, _date_tense(ctx)))
    if y is None:
        return _unres()
    if g.get("day"):
        d = cal.safe_date(y, mo, int(g["day"]))
    else:
        nxt = cal.safe_date(*cal.month_add(y, mo, 1), 1)
        word = g["word"].lower()
        # The middle day of the seven: "the first week" holds the 4th, "the last week" the last day but three.
        d = (nxt - dt.timedelta(days=4)) if nxt and word in ("last", "final") else cal.safe_date(y, mo, _WEEK_ORD[word])
    return None if d is None else Interp("DATE", cal.fmt_week(d), anchor=None if given else "dct")


_IS_BEFORE = re.compile(r"(?:\b(?:is|it['’]s|today['’]s)\s+)$", re.IGNORECASE)


def h_ord_day(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the eighth day of the operation", "his first day in office": a day counted from an
    event, a DATE (not a one-day duration). "Today is / It's the second day" is the story's day;
    otherwise the day is not known."""
    if ctx.dct is not None and _IS_BEFORE.search(ctx.before(12)):
        return Interp("DATE", cal.fmt_day(ctx.dct.day), anchor="dct")
    return _unres(anchor="dct")


def h_nth_weekday(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the first Sunday in July", "the last Monday of May 2026", "the second Tuesday of next month":
    a weekday counted within a month."""
    g = m.groupdict()
    wd = WEEKDAYS[g["wd"].lower()]
    y: int | None
    if g.get("mrel"):
        if ctx.dct is None:
            return _unres()
        y, mo = cal.month_add(ctx.dct.day.year, ctx.dct.day.month, {"next": 1, "last": -1}.get(g["mrel"].lower(), 0))
    else:
        mo = _month_num(g["mon"])
        y = _year_of(g)
    if y is None:
        if ctx.dct is None:
            return _unres()
        y = cal.month_year(mo, ctx.dct.day, _date_tense(ctx))
    first = cal.safe_date(y, mo, 1)
    if first is None:
        return None
    ordw = g["ordw"].lower()
    if ordw == "last":
        after = cal.safe_date(*cal.month_add(y, mo, 1), 1)
        if after is None:
            return None
        got = cal.weekday_on_or_before(after - dt.timedelta(days=1), wd)
    else:
        n = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}[ordw]
        got = cal.weekday_on_or_after(first, wd) + dt.timedelta(days=7 * n)
    return Interp("DATE", cal.fmt_day(got), anchor=None if g.get("year") else "dct")


_DAY_PREP_BEFORE = re.compile(r"\b(?:on|by|until|till|since|from|before|after|between)\s+$", re.IGNORECASE)


def h_nth_day(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "agreed to meet again on the 20th.": a day of the article's month, or of the month after or
    before it when the tense puts the day on the other side of the DCT; "the 14th of last month"."""
    if ctx.prev_day and (_RANGE_GAP.fullmatch(ctx.text, ctx.prev_day_end, ctx.start)
                         or _RANGE_AND.fullmatch(ctx.text, ctx.prev_day_end, ctx.start)) and not m["rel"]:
        # "from the 2nd to the 5th", "between the 9th and the 12th": the range's end, in its start's month
        # (the next month's when the number is lower)
        first = cal.start_of(ctx.prev_day[:10])
        d = int(m["nth"])
        if first is not None:
            y, mo = cal.month_add(first.year, first.month, 1) if d <= first.day else (first.year, first.month)
            v = _ymd(y, mo, d)
            return None if v is None else Interp("DATE", v, anchor="prev_day")
    if not _DAY_PREP_BEFORE.search(ctx.before(8)):
        return None  # "finished the 20th," (a place or an item), not a day
    if ctx.dct is None:
        return _unres()
    ref, d = ctx.dct.day, int(m["nth"])
    y, mo = ref.year, ref.month
    tense = _date_tense(ctx)
    if m["rel"]:
        y, mo = cal.month_add(y, mo, {"this": 0, "last": -1, "next": 1}[m["rel"].lower()])
    elif tense == "future" and d < ref.day:
        y, mo = cal.month_add(y, mo, 1)
    elif tense == "past" and d > ref.day:
        y, mo = cal.month_add(y, mo, -1)
    v = _ymd(y, mo, d)
    if v is None and not m["rel"] and tense in ("past", "future"):
        # "happened on the 31st" in March: the last month that has one (February has none)
        v = _ymd(*cal.month_add(y, mo, -1 if tense == "past" else 1), d)
    return None if v is None else Interp("DATE", v, anchor="dct")


_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|his|her|its|their|this|that|our|my|your)\b", re.IGNORECASE)


def h_span(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the past three years", "the next five months", "the last week" (a duration)."""
    g = m.groupdict()
    unit = _unit(g["unit"])
    n = _num(g["num"]) if g.get("num") else (1 if not g["unit"].lower().endswith("s") or unit == "CE" else None)
    which = g["which"].lower()
    if (g.get("the") and not g.get("num") and not g.get("dmod") and unit in ("W", "M", "Q", "Y", "DE")
            and which in ("past", "last", "previous", "preceding") and not g["unit"].lower().endswith("s")
            and not (unit == "DE" and which == "past") and not (unit != "Q" and _OF_A_WHOLE.match(ctx.text, ctx.end))):
        # TimeML reads a bare "the past year" / "the last decade" as the unit before the DCT, a DATE (not "the
        # last year of the decade", "the last month of the war": the final one of a whole, a stretch as "the final
        # year"; "the last quarter of the year" keeps its reporting quarter)
        if ctx.dct is None:
            return _unres()
        ref = ctx.dct.day
        v = {"W": lambda: cal.fmt_week(ref - dt.timedelta(days=7)),
             "M": lambda: cal.fmt_month(*cal.month_add(ref.year, ref.month, -1)),
             "Q": lambda: _last_quarter(Context("", ctx.dct, None, ctx.tense_fn)) or UNRESOLVED,
             "Y": lambda: f"{ref.year - 1:04d}",
             "DE": lambda: f"{ref.year // 10 - 1:03d}"}[unit]()
        return Interp("DATE", v, anchor="dct")
    # "will last three days", "to last several months": the verb "last", not "the last (three days)"
    verb_last = which == "last" and not g.get("the") and not g.get("dmod") and _BEFORE_VERB_LAST.search(ctx.before(12))
    # "resumed following a night of shelling", "preceding two weeks of talks": without "the" the word is a
    # preposition (after/before), and the stretch is the count and unit only
    prep = which in ("following", "preceding") and not g.get("the") and not g.get("dmod") and bool(g.get("num"))
    trim = (m.start("lo") if g.get("lo") else m.start("num") if g.get("num") else m.start("unit")) - m.start() \
        if verb_last or prep else 0
    if g.get("lo") and (lo := _num(g["lo"])) is not None and n is not None and lo < n:
        # "the next 12 to 18 months": at least the lower count, as "two to three weeks"
        return Interp("DURATION", _duration(lo, unit, g["lo"]), "EQUAL_OR_MORE", trim_left=trim)
    return Interp("DURATION", _duration(n, unit, g.get("num")), _dmod(g.get("dmod")) or ("APPROX" if g.get("orso") else None),
                  trim_left=trim)


_BEFORE_VERB_LAST = re.compile(r"(?:\b(?:will|would|could|can|may|might|should|must|to|did|does|do|not|never|only)|n['’]t)\s+$",
                               re.IGNORECASE)  # ("n't" has no word boundary before it: "won't last")
# "a second attempt", "A second A380", "one second-hand car": an ordinal, not a second of time.
_ORDINAL_SECOND = re.compile(
    r"-[a-z]|\s+(?!(?:ago|later|earlier|before|after|and|or|of|to|in|on|at|for|when|while|longer|more)\b)[^\W_]",
    re.IGNORECASE,
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must|['’]ll)\s+$", re.IGNORECASE)
# the next word starts the verb phrase: not a preposition or a time word ("could last one day or two")
_VERB_AFTER = re.compile(r"\s+(?!(?:or|and|of|in|on|at|for|to|after|before|later|earlier|longer|more|less|ago|a|an|the)\b)[a-z]")
_AROUND_THE_CLOCK = re.compile(r"\s+(?:a|per)\s+(?:day|week|month|year)\b", re.IGNORECASE)
_UNITS_BEFORE = re.compile(r"\b(?:hours|days|weeks|months)\s+$", re.IGNORECASE)
_PART_OF_WHOLE = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|all)\b", re.IGNORECASE)
# ("789, or about a quarter, of its dealers": an aside's comma may part the fraction from its "of")
_FRACTION_OF = re.compile(r"(?:\s+of|,\s+of(?=\s+(?:its|their|the|his|her|our|all|these|those|\d)\b))\s+(?!(?:fiscal\s+)?(?:1[6-9]|20)\d\d\b|the\s+(?:fiscal\s+)?year\b|this\s+year\b|next\s+year\b|last\s+year\b)", re.IGNORECASE)


# "fell by a quarter to 5 million", "a quarter past ten": a fraction of a change, or a clock time
_FRACTION_TO = re.compile(rf"\s+(?:to|past)\s+(?:\d|(?:{_HOUR_WORDS})\b)", re.IGNORECASE)
_ON_WEEKDAY_AFTER = re.compile(rf"\s+on\s+{_cs(list(WEEKDAYS))}\b")


def h_duration(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "three years", "two-day", "a week", "24 hours" — or a SET for "$10 a month"."""
    g = m.groupdict()
    if _is_title(g["unit"]) and _quoted(ctx):
        return None  # CBS's "60 Minutes": a programme's title
    unit = _unit(g["unit"])
    raw = g["num"]
    n = _num(raw)
    if raw.lower() in ("a", "an") and _AMOUNT_BEFORE.search(ctx.before(30)):
        return Interp("SET", _duration(1, unit))
    if m.group(0).lower() in ("a week", "one week") and _ON_WEEKDAY_AFTER.match(ctx.text, ctx.end):
        return None  # "a week on Monday": a day (the weekday's), not a stretch
    if n is None and re.fullmatch(r"\d+\.\d+", raw) is None and raw.lower() not in VAGUE_NUMBERS and not raw.lower().startswith(("a few", "dozens", "hundreds", "a number")):
        return None
    if (m.group(0).lower() == "one day" and _MODAL_BEFORE.search(ctx.before(12))
            and _VERB_AFTER.match(ctx.text, ctx.end)):
        return Interp("DATE", "FUTURE_REF", anchor="dct")  # "will one day be": some day ahead, not a day's length
    if _AROUND_THE_CLOCK.match(ctx.text, ctx.end) or (raw.lower() in ("a", "an") and _UNITS_BEFORE.search(ctx.before(12))):
        return None  # "24 hours a day, seven days a week": a manner, not a stretch of time
    if unit == "Q" and ((_FRACTION_OF.match(ctx.text, ctx.end) and (n is not None or _PART_OF_WHOLE.match(ctx.text, ctx.end)))
                        or (raw.lower() in ("a", "an") and _FRACTION_TO.match(ctx.text, ctx.end))
                        or re.search(r"-quarters$", m.group(0), re.IGNORECASE)):
        # "three-quarters of its food", "more than a quarter of the market": a fraction. A vague count
        # cannot be one: "several quarters of losses" are reporting periods.
        return None
    if unit == "S" and raw.lower() in ("a", "an", "one") and _ORDINAL_SECOND.match(ctx.text, ctx.end):
        return None  # "a second attempt": the ordinal, not a second of time
    # "the 14-day strike": an adjective, the article belongs to the noun; "the nine months" keeps it.
    trim = len(g["the"]) if g.get("the") and re.search(r"-\s*" + re.escape(g["unit"]) + "$", m.group(0)) else 0
    if raw.lower() in ("a", "an") and not g.get("dmod") and re.search(r"-long$", m.group(0), re.IGNORECASE):
        # "a decade-long inquiry": the article belongs to the noun; TimeML tags "decade-long".
        trim = m.start("unit") - m.start()
    value = _duration(n, unit, raw)
    if g.get("halfa"):
        # "half an hour", "half a century": half of one unit
        value = {"H": "PT30M", "MI": "PT30S", "D": "PT12H", "Y": "P6M", "DE": "P5Y", "CE": "P50Y"}.get(unit, f"P0.5{unit}")
    if g.get("lo"):
        # "two to three weeks", "six or seven years": one stretch of at least the lower count
        lo = _num(g["lo"])
        if lo is None or n is None or not lo < n:
            return Interp("DURATION", value, trim_left=m.start("num") - m.start())
        return Interp("DURATION", _duration(lo, unit, g["lo"]), "EQUAL_OR_MORE", trim_left=trim)
    if (g.get("half") or g.get("half2")) and n is not None:
        value = _quarters(4 * n + 2, unit) or value
    if compared := _compared_amount(m, ctx):
        return Interp("DURATION", value, "APPROX" if g.get("orso") else None, trim_left=compared)
    return Interp("DURATION", value, _dmod(g.get("dmod")) or ("APPROX" if g.get("orso") else None), trim_left=trim)


_MONTHS_IN = {"Y": 12, "DE": 120, "CE": 1200}
_DAYS_IN = {"D": 1.0, "W": 7.0, "M": 30.44}


def _quarters(q: int, unit: str) -> str | None:
    """A duration of `q` quarters of a unit in whole ISO fields: "two and a half years" (10) -> P2Y6M,
    "a quarter of a century" (1) -> P25Y, "an hour and a half" (6) -> PT1H30M, "three and a half weeks"
    (14) -> P3.5W (ISO's decimal lowest field, where no whole smaller field divides the unit)."""
    if unit in _MONTHS_IN:
        y, mo = divmod(q * _MONTHS_IN[unit] // 4, 12)
        return "P" + (f"{y}Y" if y else "") + (f"{mo}M" if mo or not y else "")
    if unit == "D":
        d, h = divmod(6 * q, 24)
        return "P" + (f"{d}D" if d else "") + (f"T{h}H" if h else "")
    if unit in ("H", "MI"):
        big, small = divmod(15 * q, 60)
        lo = "M" if unit == "H" else "S"
        return "PT" + (f"{big}{unit[0]}" if big else "") + (f"{small}{lo}" if small else "")
    if unit in ("M", "W", "S"):
        return f"P{'T' if unit == 'S' else ''}{q / 4:g}{unit}"
    return None


def h_fraction(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "a quarter of a century (ago)", "three quarters of an hour", "half a century ago", "a year and a half
    later": a stretch in halves or quarters of a unit, and the date that far from the DCT or the time just told."""
    g = m.groupdict()
    if g.get("fu1"):
        n = _num(g["fn1"] or "")
        if n is None:
            return None
        raw, q = g["fu1"] or "", 4 * n + 2
    elif g.get("fu2") or g.get("fu3") or g.get("fu5"):
        raw, q = (g.get("fu2") or g.get("fu3") or g.get("fu5") or ""), (6 if g.get("fu2") else 2)
    else:
        raw, q = g["fu4"] or "", 3 if (g.get("fq") or "").lower().startswith("three") else 1
    unit = _unit(raw)
    value = _quarters(q, unit)
    if value is None:
        return None
    mod = _dmod(g.get("dmod"))
    direction = " ".join((g.get("fdir") or "").lower().split())
    if not direction:
        attributive = g.get("fh5") == "-" and _VERB_AFTER.match(ctx.text, ctx.end) is not None
        return Interp("DURATION", value, mod, trim_left=m.end("fa5") - m.start() if attributive else 0)
    if unit in ("H", "MI", "S"):
        # "a minute and a half later": TimeML tags the stretch alone (no day or clock time is told)
        return Interp("DURATION", value, mod, trim_right=m.end() - m.start("fdir"))
    return _quarters_away(ctx, q, unit, direction, mod)


def _quarters_away(ctx: Context, q: int, unit: str, direction: str, mod: str | None) -> Interp:
    """The date `q` quarters of a (day-or-longer) unit before ("ago", "earlier") or after ("later", "from now")
    the DCT or the time just told."""
    from_dct = direction in ("ago", "from now")
    if from_dct and ctx.dct is None:
        return _unres(mod=mod)
    if not from_dct and not ctx.prev_value:
        return _unres(mod=mod)
    base = cal.fmt_day(ctx.dct.day) if from_dct and ctx.dct is not None else (ctx.prev_value or "")[:10]
    sign = 1 if direction in ("later", "from now") else -1
    if unit in _MONTHS_IN:
        months = q * _MONTHS_IN[unit] // 4
        v = cal.shift(base, sign * months // 12, "Y") if months % 12 == 0 else cal.shift(base, sign * months, "M")
    else:
        v = cal.shift(base, sign * round(q * _DAYS_IN.get(unit, 1.0) / 4), "D")
        if v and unit == "M" and cal.granularity(v) == "D":
            v = v[:7]  # "a month and a half ago" names a month, not a day
    if v is None:
        return _unres(mod=mod)
    return Interp("DATE", v, mod, anchor="dct" if from_dct else "prev")


def h_weekday_after_next(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the Saturday before last", "the Friday after next": a week before the last such day (after the next)."""
    sign = 1 if m["ab"].lower().startswith("after") else -1
    one = _past_or_future_day(ctx, WEEKDAYS[m["wd"].lower()], "next" if sign > 0 else "last")
    return _unres() if one is None else Interp("DATE", cal.fmt_day(one + dt.timedelta(days=7 * sign)), anchor="dct")


def h_range_low(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "between 60 and 90 days": the low end is a duration of the unit said after the high end.

    TimeML tags the two ends apart; the high one ("90 days") is an ordinary duration. "between"
    itself stays outside.
    """
    n = _num(m["num"])
    if n is None:
        return None
    return Interp("DURATION", _duration(n, _unit(m["unit"])), trim_left=len(m["pre"]))


def h_the_units(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "over the years", "in the weeks ahead": a stretch of unstated length (PXY, PXW); the preposition stays outside."""
    return Interp("DURATION", _duration(None, _unit(m["unit"])), trim_left=len(m["pre"]))


def h_unit_long(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "day-long" (P1D), "decades-long" (PXY): a duration used as an adjective."""
    raw = m["unit"].lower()
    return Interp("DURATION", _duration(None if raw.endswith("s") else 1, _unit(raw)))


# "the first time in years", "its lowest level in decades", "the best month in weeks"
_RECORD_BEFORE = re.compile(
    r"\b(?:first|only|most|least|worst|best|[a-z]+iest|(?:high|low|big|larg|small|strong|weak|long|short|fast|slow|deep|sharp"
    r"|steep|great|warm|cold|wett|hott|clos|fin|lat)est)(?:\s+[\w-]+){0,2}\s+$",
    re.IGNORECASE,
)


def h_bare_units(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "for years", "for months", "for a while": vague durations; the preposition stays outside.

    "in years" is one only after a record or a first ("the first time in years", "the lowest in
    decades"); elsewhere "in years" is a manner ("in years of plenty").
    """
    if m["pre"].lower().startswith("in") and not _RECORD_BEFORE.search(ctx.before(40)):
        return None
    if m["vague"]:
        return Interp("DURATION", "PXX", trim_left=len(m["pre"]))  # no unit is said
    unit = _unit(m["unit"])
    return Interp("DURATION", _duration(None, unit), trim_left=len(m["pre"]))


_PARTS_AFTER = re.compile(r"\b(?:mornings|afternoons|evenings|nights)\b", re.IGNORECASE)


def h_set(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    if g.get("adv"):
        adv = g["adv"].lower()
        value = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
                 "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "fortnightly": "P2W",
                 # "biannually" is twice a year, "biennially" every two years
                 "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "biennially": "P2Y"}[adv]
        return Interp("SET", value)
    if g.get("wd"):
        return Interp("SET", f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()] + 1}")
    if g.get("wds"):
        return Interp("SET", f"XXXX-WXX-{WEEKDAYS[g['wds'].lower().rstrip('s')] + 1}")
    if g.get("wdp"):
        # "Tuesday nights": a plural day part makes the weekday recur.
        # "Monday and Tuesday nights": coordinated days share the part named after the last one.
        said = g.get("parts")
        if not said:
            nxt = _PARTS_AFTER.search(ctx.text, ctx.end)
            if nxt is None:  # pragma: no cover - the rule's lookahead found it
                return None
            said = nxt.group()
        part = DAY_PARTS[said.lower().removesuffix("s")]
        return Interp("SET", f"XXXX-WXX-{WEEKDAYS[g['wdp'].lower()] + 1}T{part}")
    if g.get("smon"):
        # "each July", "every May 1": a calendar month (day) that recurs every year.
        mm = f"XXXX-{_month_num(g['smon']):02d}"
        return Interp("SET", f"{mm}-{int(g['sday']):02d}" if g.get("sday") else mm)
    if g.get("season"):
        return Interp("SET", f"XXXX-{SEASON_WORDS[g['season'].lower()]}")
    unit = _unit(g.get("unit") or g.get("unit2") or g.get("unit3") or "")
    n = _num(g["num"]) if g.get("num") else 1
    if n is not None and re.match(r"(?:every|each)\s+other\b", m.group(0), re.IGNORECASE):
        n *= 2  # "every other year": each second one
    return Interp("SET", _duration(n if n is not None else None, unit))


# "the 70s and 80s": a decade coordinated with one just named.
_DECADE_BEFORE = re.compile(r"\d0['’]?s\s*(?:,|and|or|to|through|until|-|–)\s*$", re.IGNORECASE)
# "in their 70s", "temperatures in the 80s", "aged in his late 60s": ages and readings, not decades.
_NOT_DECADE_BEFORE = re.compile(
    r"\b(?:their|his|her|its|my|our|your|aged?|temperatures?|degrees|highs?|lows?|readings?|speeds?|scores?)\b[^.;]{0,20}$",
    re.IGNORECASE,
)
_NOT_DECADE_AFTER = re.compile(r"\s*(?:degrees|°|mph|km|percent|%|\.\d)", re.IGNORECASE)
# "shares trading in the mid 30s", "oil may rise to the low 20s": a price band, not a decade.
_PRICE_NEAR = re.compile(
    r"[$€£]|\b(?:dlrs|dollars?|euros?|cents|prices?|priced|yields?|barrels?|shares?|stocks?|worth|costs?|margins?|points|index|rates?|trad(?:ing|ed|es))\b",
    re.IGNORECASE,
)


def h_decade(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    mod = _mod_of(g.get("mod"))
    if g.get("dec2b"):
        # Without the apostrophe "70s" is as often an age or a reading: only "the 70s" or a coordinated one.
        if not (m.group(0)[:4].lower().startswith("the") or _DECADE_BEFORE.search(ctx.before(12))):
            return None
        if (_NOT_DECADE_BEFORE.search(ctx.before(32)) or _NOT_DECADE_AFTER.match(ctx.text, ctx.end)
                or _PRICE_NEAR.search(ctx.before(60)) or re.search(r"\b(?:low|high|upper|lower)\s+\d0s$", m.group(0), re.IGNORECASE)):
            return None
        d = int(g["dec2b"][:1])
        return Interp("DATE", f"{'19' if d >= 3 else '20'}{d}", mod)
    if g.get("dec4"):
        if g["dec4"].endswith("00") and g["dec4"] < "2000":
            # "the 1800s", "the early 1900s": a century (TimeML "18", "19"), not the decade of its first ten years
            return Interp("DATE", g["dec4"][:2], mod)
        return Interp("DATE", g["dec4"][:3], mod)
    if g.get("dec2"):
        d = int(g["dec2"][:1])
        century = "19" if d >= 3 else "20"  # "'90s" -> 199, "'20s" -> 202 (news written after 2000)
        return Interp("DATE", f"{century}{d}", mod)
    word = g["decw"].lower()
    digit = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}[word]
    return Interp("DATE", f"19{digit}", mod)


def h_century(m: re.Match[str], ctx: Context) -> Interp | None:
    g = m.groupdict()
    if g.get("cnum"):
        n = int(g["cnum"])
    else:
        n = CENTURY_ORDINALS.get(" ".join(g["cword"].lower().replace("-", " ").split()).replace("twenty first", "twenty-first"), 0)
    if not 10 <= n <= 22:
        return None
    return Interp("DATE", f"{n - 1:02d}", _mod_of(g.get("mod")))


_COORD_GAP = re.compile(r"\s+(?:and|or|to|through|until|&)\s+|\s*[-–]\s*", re.IGNORECASE)


def h_coord_day(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "on April 24 and 25", "from May 3 to 7", "June 3-5": a bare day number joined to a dated day is a later day of its month."""
    v = (ctx.prev_value or "")[:10]
    if cal.granularity(v) != "D" or not _COORD_GAP.fullmatch(ctx.text, ctx.prev_end, ctx.start):
        return None
    d = int(m["day"])
    got = cal.safe_date(int(v[:4]), int(v[5:7]), d) if d > int(v[8:10]) else None
    return None if got is None else Interp("DATE", cal.fmt_day(got), anchor="prev")


def h_day_before_dm(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "3-5 June", "between 3 and 5 June", "the night of 4-5 May": a bare day number joined to a later
    day-month date is an earlier day of that month (and year)."""
    g = m.groupdict()
    mo, d1, d2 = _month_num(g["mon2"]), int(g["day"]), int(g["day2"])
    if d1 >= d2:
        return None
    if g.get("year2"):
        y: int | None = int(g["year2"] or 0)
    elif ctx.dct is None:
        return _unres()
    else:
        y = cal.nearest_year(mo, d2, ctx.dct.day, _date_tense(ctx))
    got = None if y is None else cal.safe_date(y, mo, d1)
    return None if got is None or cal.safe_date(y or 0, mo, d2) is None else Interp("DATE", cal.fmt_day(got), anchor="dct")


# "Resolution 2231", "Article 2022", "Route 2020", "Flight 1549", "No. 1999": a number that labels a thing.
_LABEL_BEFORE = re.compile(
    r"\b(?:resolutions?|articles?|sections?|chapters?|paragraphs?|clauses?|rules?|items?|routes?|highways?|interstate"
    r"|flights?|models?|rooms?|suites?|apartments?|units?|gates?|platforms?|lines?|buses|bus|trains?|channels?|pages?"
    r"|seats?|rows?|lots?|plots?|blocks?|batch|serial|version|cases?\s+(?:no\.?|number)|no\.?|nos\.|number|#)\s*$",
    re.IGNORECASE,
)


def h_year(m: re.Match[str], ctx: Context) -> Interp | None:
    if m.groupdict().get("fy2"):
        return Interp("DATE", f"20{m['fy2']}")  # "FY25": fiscal labels with two digits are this century's
    if m.group(0)[:1].isdigit() and _LABEL_BEFORE.search(ctx.before(16)):
        return None
    if m.group(0)[:1].isdigit() and _STREET_AFTER.match(ctx.text, ctx.end) and not _PREP_BEFORE.search(ctx.before()) \
            and not ctx.before(4).lower().endswith("the "):
        # "at 1600 Pennsylvania Avenue": a street number ("in 1990 Main Street was busy", "the 1999 Brook Road race": years)
        return None
    y = _year_of(m.groupdict())
    return None if y is None else Interp("DATE", f"{y:04d}")


_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\b|Street|St\b|Road|Rd\b|Boulevard|Blvd\b|Lane|Drive|Place|Square|Parkway)")


def h_split_year(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "the 2024-25 season", "fiscal 2022/23": a season or fiscal year across two calendar years, dated
    by the year it begins in (a later-year value would push a report on it past its own season)."""
    short = m["fyy"] or m["fyy_"]
    y = 2000 + int(short) if short else int(m["year"])  # "FY24-25": a fiscal label of this century
    if _LABEL_BEFORE.search(ctx.before(16)):
        return None  # "Resolution 2231/23": a number that labels a thing
    if m["yyyy2"]:
        trim = 0 if int(m["yyyy2"]) == y + 1 else m.end() - m.end("year")  # else the first year, as before
        return Interp("DATE", f"{y:04d}", trim_right=trim)
    if (int(m["yyyy"]) == y + 1) if m["yyyy"] else (int(m["yy"]) == (y + 1) % 100):
        return Interp("DATE", f"{y:04d}")  # "2024/2025" too; "2024-2025" stays two years, as any range
    if not short and (m["sep"] != "-" or (m["yy"] and 0 < int(m["yy"]) - y % 100 <= 10)):
        # "2019-21" spans later years of its decade, as "2019–21" does ("2019-45" may be a code)
        return Interp("DATE", f"{y:04d}", trim_right=m.end() - m.end("year"))  # "2022/24": the year, as before
    return None


def h_new_year(m: re.Match[str], ctx: Context) -> Interp | None:
    """ "will report in the new year": the calendar year about to begin, or just begun. Only near the turn
    of the year; at midyear "the new year" is more likely another calendar's (a school's, a faith's)."""
    if ctx.dct is None:
        return _unres()
    mo, y = ctx.dct.day.month, ctx.dct.day.year
    if mo >= 10:
        return Interp("DATE", f"{y + 1:04d}", anchor="dct")
    return Interp("DATE", f"{y:04d}", anchor="dct") if mo <= 2 else None


# --------------------------------------------------------------------------- the rule table

_ORDINAL_DAY_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
# "the twenty-first", "the thirtieth": a day of the month spelled out, longest first
_DAY_WORDS = "|".join(
    [f"{tens}[\\s-]{w}" for tens, top in (("twenty", 9), ("thirty", 1)) for w in _ORDINAL_DAY_WORDS[:top]]
    + ["thirtieth", *reversed(_ORDINAL_DAY_WORDS)])
# "June 3 next year", "on 5 May this year": the year word names the day's year.
_REL_YEAR_TAIL = r"(?:,?\s+(?P<rel>this|last|next)\s+year(?![\w-]))?"

# A day-part word used as a modifier ("the morning session", "the evening news") is no time.
_NOT_NOUN_NEXT = (
    r"(?!\s+(?!(?:to|in|on|at|and|or|but|when|as|before|after|while|with|for|from|by|the|a|an|he|she|they"
    r"|it|we|i|that|there|was|were|is|are|had|has)\b)[a-z])"
)

# The gap before a clock time's weekday or "yesterday": a line break only inside a sentence ("at 9:30\n
# yesterday"), not before a capital opening a heading or sentence ("Posted at 09:30 GMT\nYesterday's recap");
# a full date may stand on the next line of a stamp.
_TAIL_GAP = r"(?:\s*,\s*|[^\S\n]+|\s+(?-i:(?=[a-z])))"
_DATE_TAIL = (
    rf"(?:(?:\s*,\s*|\s+)(?:on\s+)?(?:{WEEKDAY},?\s+)?{month()}\s+{day()}(?:,?\s*{year()})?"
    rf"|{_TAIL_GAP}(?:on\s+)?(?P<rel>today|yesterday|tomorrow))?"
)
_PARTS_PL = "mornings|afternoons|evenings|nights"
_WD_TAIL_TIME = rf"(?:{_TAIL_GAP}(?:on\s+)?(?:{WEEKDAY}(?![\w])))"

RULES: list[tuple[str, str, Handler]] = [
    ("iso", r"(?P<year>1[6-9]\d\d|20\d\d)-(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-3]\d)(?:T(?P<th>[0-2]\d):(?P<tm>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?P<utc>Z|[+-]00:?00)?)?(?![\d-])", h_iso),
    ("numeric", r"(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<year>1[6-9]\d\d|20\d\d)(?!\d)", h_numeric),
    ("numeric_yy", r"(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<yy>\d\d)(?![\d/])", h_numeric_yy),
    # "2024/03/05", "2024.03.05": year first, then month and day (East Asian and Hungarian usage, and data exports);
    # a dotted one takes two-digit parts ("2021.3.1" may be a version number)
    ("ymd_slash", r"(?P<year>1[6-9]\d\d|20\d\d)(?:/(?P<mm>0?[1-9]|1[0-2])/(?P<dd>3[01]|[12]\d|0?[1-9])"
                  r"|\.(?P<mm2>0[1-9]|1[0-2])\.(?P<dd2>3[01]|[12]\d|0[1-9]))(?![\d/])(?!\.\d)", h_ymd_slash),
    # "05-Mar-2024", "12-APR-2024": the day-month-year of forms, filings and databases
    ("dmy_dash", rf"{day()}-{month()}-{year()}", h_dmy),
    ("time_wd", TIME + _WD_TAIL_TIME, h_time),
    ("time_date", TIME + _DATE_TAIL, h_time),
    ("mdy", rf"(?:{WEEKDAY},?\s+)?(?P<the>the\s+)?{month()}\s*{day()},?\s*{year()}", h_mdy),
    # "the 3rd day of May, 2025": the formal date of notices and deeds
    ("dmy", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{day()}(?:\s+day(?=\s+of\s))?\s+(?:of\s+)?{month()},?\s+{year()}", h_dmy),
    # "12 mars 2025", "1er mai 2025", "3 de abril de 2025", "3. März 2025"
    ("dmy_foreign", rf"(?P<day>3[01]|[12]\d|0?[1-9])(?:er|\.|º|°)?\s+(?:de\s+)?(?P<fmon>{_alt(list(FOREIGN_MONTHS))})"
                    rf"(?![\w-])\s+(?:de\s+|del\s+)?{year()}", h_dmy_foreign),
    ("month_year", rf"{MOD_PREFIX}?{month()},?\s+(?:of\s+)?(?:{year()}|{SPELLED_YEAR}|{_APOS_YEAR}|(?P<rel>this|last|next|the\s+same|that|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year)", h_month_year),
    # "March 14", "March the 14th" (spoken style; "the" only before an ordinal)
    ("md", rf"(?:{WEEKDAY},?\s+)?{month()}\s*(?:the\s+(?=\d\d?(?:st|nd|rd|th)\b))?{day()}{_REL_YEAR_TAIL}", h_md),
    # "3rd May", "the 3rd of May"; a day spelled out needs "the ... of": "the first of April (2027)", "the twenty-first of June"
    ("dm", rf"(?:{WEEKDAY},?\s+)?(?:(?:the\s+)?{day()}\s+(?:of\s+)?|the\s+(?P<dword>{_DAY_WORDS})\s+of\s+){month()}"
           rf"(?:,?\s+{year('dyear')})?{_REL_YEAR_TAIL}", h_md),
    ("day_before_dm", rf"{day()}(?=(?:\s*[-–]\s*|\s+(?:and|or|to|until|till|through|&)\s+)(?:the\s+)?{day('day2')}\s+(?:of\s+)?"
                      rf"{month('mon2')}(?![\w-])(?:,?\s+{year('year2')})?)", h_day_before_dm),
    ("set", rf"(?:every|each)\s+(?:other\s+)?(?:{WEEKDAY}|{month('smon')}(?:\s+{day('sday')})?|{SEASON}|(?:(?P<num>{NUM_WORD[3:-1]}|\d+)\s+)?{UNIT})"
            rf"|(?P<wdp>{_cs(list(WEEKDAYS))})(?:\s+(?P<parts>{_PARTS_PL})|(?=(?:\s+(?:and|or)|,)\s+"
            rf"(?:{_cs(list(WEEKDAYS))}(?:,?\s+(?:and|or)|,)\s+)*{_cs(list(WEEKDAYS))}\s+(?:{_PARTS_PL})(?![\w-])))"
            rf"|(?:once|twice|(?:three|four|five|\d+)\s+times)\s+(?:a|an|per|every|each)\s+{UNIT_SG.replace('<unit>', '<unit2>')}"
            rf"|per\s+{UNIT_SG.replace('<unit>', '<unit3>')}"
            # "weekly meetings" is an adjective; the rarer "meets biannually with" is an adverb only ("rose 8% annually
            # through 1990" is a rate TimeML leaves untagged, so plain "annually" keeps the guard)
            r"|(?P<adv>(?:daily|nightly|weekly|biweekly|fortnightly|monthly|annually|yearly|hourly)(?!\s+[a-z])|semi-?annually|biannually|biennially)"
            rf"|(?P<wds>{_cs([w + 's' for w in WEEKDAYS])})", h_set),
    # "a quarter of a century ago", "half a century ago", "a year and a half later": before "anchored" and "duration",
    # which read a whole count of units; a bare "two and a half years" is left to "duration"
    ("fraction", rf"(?:{DUR_MOD}\s+)?(?:(?P<fn1>\d{{1,3}}|{NUM_WORD})(?:\s+1/2|\s+and\s+a\s+half)[\s-]+"
                 rf"(?P<fu1>(?:second|minute|hour|day|week|month|year|decade)s|centuries)(?={_FRAC_DIR})"
                 rf"|(?P<fn2>an?|one)[\s-]+(?P<fu2>{_FRAC_UNIT})\s+and\s+a\s+half(?={_FRAC_DIR})"
                 rf"|half[\s-]an?\s+(?P<fu3>{_FRAC_UNIT})(?={_FRAC_DIR})"
                 # "a quarter of a century", "a quarter-century" (a bare "quarter-century low" is an adjective)
                 rf"|(?:(?:an?\s+)?(?P<fq>quarter|three[\s-]quarters)\s+of\s+an?\s+|an?\s+quarter[\s-])(?P<fu4>hour|year|decade|century)"
                 # "a half hour (later)", "a half-hour speech" (there the article is the noun's)
                 rf"|(?P<fa5>an?\s+)half(?P<fh5>[\s-])(?P<fu5>hour|day|year|decade|century))"
                 rf"(?P<fdir>{_FRAC_DIR})?(?![\w-])", h_fraction),
    # "runs (for) three days from Friday": a stretch starting that day, not a day counted from it
    ("anchored", rf"(?<!\bfor\s)(?<!\bruns\s)(?<!\blasts\s)(?:{DUR_MOD}\s+)?{NUM}[\s-]+{UNIT}(?P<orso>\s+or\s+so)?\s+(?P<dir>later|earlier|ago(?P<today>\s+(?:today|this\s+week|this\s+month)(?![\w-]))?|afterwards?|(?P<that>after|before)\s+that(?=\s*[,.;:]|\s+(?:he|she|it|they|we|I|you|the|a|an|his|her|its|their)\b)|on(?=\s*,|\s+from\b)|from\s+now|hence|from\s+(?P<base>today|tomorrow|{_cs(list(WEEKDAYS))})(?![\w-]))", h_anchored),
    ("weekday_after_next", rf"the\s+{WEEKDAY}\s+(?P<ab>after\s+next|before\s+last)(?![\w'’-])", h_weekday_after_next),
    ("the_next", r"(?:(?:earlier|later)\s+)?(?P<which>the\s+(?:next|following|previous|preceding|same)|that(?:\s+same)?)\s+"
                 r"(?P<unit>day|morning|afternoon|evening|night|week|month|year|weekend|(?<!next\s)decade)(?!\s+(?:of|after|before))"
                 r"|that\s+(?P<unit2>time|quarter)(?![\w-])(?!\s+(?:of|when|in\s+which)\b)"
                 r"|the\s+(?P<unit3>day|week|month|year)\s+(?:previous|prior)(?![\w-])(?!\s+to\b)"
                 # "the day before, police had searched ...": postposed, with nothing after "before"
                 r"|the\s+(?P<unit5>day|week|month|year)\s+(?P<ba>before|after)(?=\s*(?:[,.;:!?)]|$))"
                 # "the week before last", "the month after next" (not "the week after next year's vote")
                 r"|the\s+(?P<unit6>week|month|year|weekend)\s+(?:before\s+last|(?P<next6>after\s+next))(?![\w'’-])"
                 r"(?!\s+(?:year|month|week|weekend|day|season|time|summer|winter|spring|autumn|fall)\b)", h_the_next),
    ("focus", r"(?P<back>the\s+(?:(?:comparable|corresponding|same)\s+)?(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))(?![\w-])"
              r"|(?P<ago2>this\s+time\s+last\s+year)(?![\w-])|(?P<the>the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<ago>year-(?:ago|earlier))(?!\s+(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\b)(?:\s+(?P<noun>quarter|period))?"
              r"|the\s+(?:(?P<adj>latest|most\s+recent|latest\s+fiscal|same)\s+)?(?P<noun2>quarter)(?![\w-])"
              r"|the\s+(?:latest|most\s+recent)\s+period"
              r"|the\s+(?P<py>1[6-9]\d\d|20\d\d)\s+(?:period|quarter)(?![\w-])"
              r"|the\s+(?P<fy>full|entire|whole|current|fiscal|current\s+fiscal|full\s+fiscal)\s+year(?:\s+(?:of\s+)?(?P<fyy>(?:1[6-9]|20)\d\d)(?![\d%]))?(?![\w-])"
              r"|the\s+(?P<yr>year)(?![\w-])(?!\s+(?:\d|one|two|nineteen|twenty|before|after|earlier|later|ago|previous|prior)\b)", h_focus),
    ("quarter", rf"(?P<qmod>(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+|(?:end|mid|early|late)-(?=Q[1-4]))?(?P<the>the\s+)?(?:(?P<prel>this|last|next)\s+year['’]s\s+)?(?:(?P<qyear>1[6-9]\d\d|20\d\d)\s+)?(?:(?P<yago>year-ago|year-earlier)\s+)?(?:fiscal[\s-]+)?(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+quarter|Q(?P<qn>[1-4])(?:['’](?P<qyy>\d\d)(?![\d-]))?|(?P<qn2>[1-4])(?-i:Q)(?P<qyy2>\d\d)(?![\d-]))"
                rf"(?:(?:,?\s+|-(?=\d))(?:of\s+)?(?:(?:fiscal\s+(?:year\s+)?|(?-i:FY)\s?)?{year()}|(?-i:FY)\s?(?P<qfy2>[0-4]\d)(?![\w-])|(?P<rel>this|last|next)\s+year))?", h_quarter),
    ("month_quarter", r"the\s+(?P<qmon>(?-i:March|June|September|December))\s+quarter(?![\w-])"
                      # "the July-September period": Japanese and Korean statistics name a quarter by its months
                      r"|the\s+(?P<qpair>(?-i:January[-–]March|April[-–]June|July[-–]September|October[-–]December))\s+(?:quarter|period)(?![\w-])"
                      r"|(?P<qpair2>(?-i:January[-–]March|April[-–]June|July[-–]September|October[-–]December))(?![\w-])", h_month_quarter),
    ("in_the_unit", r"(?P<el>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)(?![\w-])", h_in_the_unit),
    ("end_of", r"(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+)(?:the|(?P<that>that))\s+(?P<unit>year|quarter|month|week|decade|century|day)(?![\w-])"
               r"|(?P<midc>mid[\s-]century)(?![\w-])", h_end_of),
    ("year_end", r"(?P<pre>(?:by|since|until|till|through|into|before|at|around)\s+)(?:the\s+)?year(?:-|\s+|['’]s\s+)end(?![\w-])", h_year_end),
    ("half", rf"(?:the\s+)?(?P<hord>first|second|1st|2nd|latter|last|back|front)\s+half(?:\s+of\s+(?:(?:fiscal\s+(?:year\s+)?|(?-i:FY)\s?)?{year()}|(?P<rel>this|last|next)\s+year|the\s+year(?![\w-])|the\s+(?P<hdec>decade|century)(?![\w-])"
             # "the second half of March (2025)": a half of a month, read as its start or end
             rf"|{month('hmon')}(?:,?\s+{year('hmyear')})?(?![\w'’-])))?"
             rf"|(?-i:H(?P<hn>[12]))(?:\s+(?:of\s+)?(?:FY\s?)?{year('hyear')}|\s+(?-i:FY)\s?(?P<hfy2>[0-4]\d))?(?![\w-])"
             # "1H25", "2H 2025": the half first, as analysts write "4Q25"
             rf"|(?P<hn2>[12])(?-i:H)(?:(?P<hyy>\d\d)|\s?{year('hyear2')})(?![\w-])", h_half),
    ("year_mod", rf"{MOD_PREFIX}{year()}|(?P<pp>post|pre)-{year('ppyear')}", h_year_mod),
    ("season", rf"(?P<mod>(?:early|late|mid-?)\s*)?(?:(?P<anap>that(?:\s+same)?|the\s+(?:same|previous|preceding|following|next))\s+|(?P<the>the)\s+|(?P<rel>this\s+past|this|last|next|past|coming)\s+)?{SEASON}(?:[\s-]+(?:term|semester|trimester)(?![\w-]))?(?:\s+(?:of\s+)?(?:{year()}|{SPELLED_YEAR}|{_APOS_YEAR})|\s+of\s+(?P<srel>this|last|next|that|the\s+(?:same|following|next|previous|preceding))\s+year(?![\w-]))?", h_season),
    ("rel", rf"{MOD_PREFIX}?(?:(?P<el>earlier|later)\s+)?(?P<rel>this\s+past|this|last|next|past|coming|the\s+current|current|previous)\s+(?:(?:fiscal|financial)\s+(?=year|quarter))?(?P<unit>year|month|week|weekend|quarter|decade|century)", h_rel),
    ("today", r"(?P<tmod>(?:early|late|earlier|later)\s+)?(?P<word>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|today|yesterday|tomorrow|tonight|overnight(?=[.,;]|\s+(?:in|at|near|across|as|when|while|after|before|outside|around|along|through|inside|amid|but)\b|\s+and\s+(?!(?:weekend|day|daytime|morning|evening|holiday|early)\b))|this\s+(?:morning|afternoon|evening)|last\s+night)", h_today),
    ("clock_part", r"(?P<h>1[0-2]|0?[1-9])(?:\s+o['’]clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening|night)(?![\w-])" + _NOT_NOUN_NEXT, h_clock_part),
    ("day_part", r"(?:(?P<the>the)\s+(?P<mod>(?:mid-?\s?|early\s+|late\s+))?|(?P<mod2>mid-?\s?|early\s+|late\s+))"
                 r"(?P<part>morning|afternoon|evening)(?:\s+(?P<rel>yesterday|today|tomorrow)(?![\w-]))?"
                 + _NOT_NOUN_NEXT, h_day_part),
    ("trading_part", r"(?P<part>morning|afternoon|evening)", h_trading_part),
    # "on Wednesday the 4th", "Friday 13th": the weekday with its day of the month (a month after it is "dm"'s)
    ("weekday", rf"(?:(?P<rel>last|next|this|coming|past|the\s+previous|the\s+following|the\s+preceding)\s+)?(?P<mod>(?:early|late)\s+)?{WEEKDAY}"
                rf"(?:\s+{PART}|\s+(?:the\s+)?(?P<wdnth>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![\w-])"
                # not an ordinal of a noun after it ("on Tuesday the 2nd round of talks began")
                r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|or|but|when|while|as|after|before|until|at|in|on|to|for|with|amid)\b|\s+(?-i:[A-Z0-9])))?", h_weekday),
    ("weekend", rf"the\s+(?:(?:bank\s+)?holiday\s+|long\s+)?weekend(?:\s+of\s+(?P<wdate>{month()}\s*{day()})(?:\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9])(?!\d))?(?:,?\s*{year()})?|(?![\w-]))", h_weekend),
    ("coming", rf"(?:the\s+)?(?:coming|recent|upcoming)\s+{UNIT_PL}", h_coming),
    ("week_of", rf"the\s+(?:(?P<word>first|second|third|fourth|last|final)\s+week\s+of|week(?=\s+(?:of|beginning|starting|commencing)\s+\S+\s+\d)\s+(?:of|beginning|starting|commencing)"
                # "the week beginning 16 June": a British day-month date
                rf"|week\s+(?:beginning|starting|commencing)\s+{day('dday')}(?:\s+of)?)\s+{month()}"
                rf"(?:\s+{day()}(?:,?\s*{year('dyear')})?|,?\s+(?:of\s+)?(?:{year()}|(?P<rel>this|last|next)\s+year))?(?![\w-])", h_week_of),
    ("ord_day", r"(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day(?![\w-])"
                r"(?!\s+of\s+(?:the\s+)?(?:year|month|week|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", h_ord_day),
    ("span", rf"(?:{DUR_MOD}\s+)?(?P<the>the\s+|these\s+(?=(?:past|last|next|coming)\s+(?:\w+\s+){{0,2}}?\w+s\b))?(?P<which>past|last|next|coming|previous|first|final|preceding|following)\s+(?:(?:(?P<lo>\d{{1,3}}|{NUM_WORD})\s+(?:to|or)\s+(?=\d|{NUM_WORD}))?(?P<num>\d{{1,4}}|{NUM_WORD[3:-1]}|few|several|couple\s+of)\s+(?:(?:fiscal|financial)\s+(?=(?:year|quarter)s?\b))?)?{UNIT}(?P<orso>\s+or\s+so)?", h_span),
    ("ref", r"(?P<word>more\s+recently|the\s+long\s+term|right\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|recently|lately|the\s+near\s+(?:future|term)|the\s+short\s+term|in\s+the\s+past(?!\s+(?:[\w-]+\s+){0,2}(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|weekend))|(?<=\bof\s)the\s+past(?=\s*[.,;:!?)\"”]|\s+(?:and|or|but|is|was|are|were|has|have|had|will|would|when|as|to|in|on|at|for|with|that|which)\b)|the\s+future|in\s+future|then\s+current|current(?!\s+(?:fiscal\s+|financial\s+)?(?:year|month|week|weekend|quarter|period|decade|century)s?\b))", h_ref),
    ("duration", rf"(?:{DUR_MOD}\s+)?(?P<halfa>half\s+(?=an?\s))?(?P<the>the\s+(?:latest\s+|past\s+|last\s+)?(?=\d|{NUM_WORD}))?(?:(?P<lo>\d{{1,3}}|{NUM_WORD})\s+(?:to|or)\s+(?=\d|{NUM_WORD})(?![^.;,:]{{0,30}}?\b(?:later|earlier|ago|hence|from\s+now)\b))?{NUM}(?P<half>\s+1/2|\s+and\s+a\s+half)?[\s-]+(?:(?:more|additional|extra|further|trading|business|working|consecutive|straight|successive)\s+)?{UNIT}(?P<half2>\s+and\s+a\s+half)?(?:[\s-]long|['’]s?\s+time(?![\w-]))?(?P<orso>\s+or\s+so)?(?!-old|[\s-]olds?\b|-(?:earlier|ago|end|old)\b)", h_duration),
    ("range_low", rf"(?P<pre>between\s+)(?P<num>\d{{1,4}}|{NUM_WORD})(?=\s+(?:and|to)\s+(?:\d{{1,4}}|{NUM_WORD})[\s-]+{UNIT}(?![\w-])(?![\s-]old\b))", h_range_low),
    ("the_units", r"(?P<pre>(?:over|in|during|for|throughout)\s+)the\s+(?P<unit>years|months|weeks|days|decades)(?P<ahead>\s+ahead|\s+to\s+come)?(?![\w-])"
                  r"(?!\s+(?:before|after|of|when|since|leading|prior|preceding|between)\b)", h_the_units),
    ("unit_long", r"(?P<unit>(?:minute|hour|day|week|month|year|decade)s?)-long(?![\w-])", h_unit_long),
    ("bare_units", r"(?P<pre>(?:for|within)\s+|in\s+(?=(?:years|months|weeks|decades)(?![\w-])(?!\s+of\b)))(?:(?P<unit>years|months|weeks|days|hours|decades|centuries)|(?P<vague>a\s+while|some\s+time)(?![\w-]))", h_bare_units),
    ("decade", rf"(?:the\s+)?{MOD_PREFIX}?(?:(?P<dec4>(?:1[6-9]|20)\d0)'?s|'(?P<dec2>\d0)s|(?P<dec2b>[1-9]0)s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", h_decade),
    ("century", rf"(?:the\s+)?{MOD_PREFIX}?(?:(?P<cnum>1\d|2[0-2])(?:st|nd|rd|th)|(?P<cword>eighteenth|nineteenth|twentieth|twenty[\s-]first))\s+century", h_century),
    ("new_year", r"the\s+new\s+year(?![\w'’-])", h_new_year),
    ("holiday", rf"(?:(?P<hthe>the)\s+)?(?:(?P<rel>last|this|next|this\s+past|the\s+coming)\s+)?(?P<hol>{HOLIDAY})(?P<hwe>\s+weekend(?![\w-]))?", h_holiday),
    ("month", rf"{MOD_PREFIX}?(?:(?P<rel>this\s+past|last|this|next|past|coming)\s+)?{month()}(?!\.?\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b)", h_month_mod),
    ("split_year", r"(?:(?-i:FY)\s?|fiscal\s+(?:year\s+)?)?(?:(?P<year>(?:1[6-9]|20)\d\d)|(?<=FY)(?P<fyy>[0-4]\d)|(?<=FY\s)(?P<fyy_>[0-4]\d))"
                   r"(?:(?P<sep>[-–/])(?P<yy>\d\d)|/(?P<yyyy>(?:1[6-9]|20)\d\d)"
                   # "the 2025-2026 fiscal year", "the 2024–2025 season": one year label, not a range of two
                   r"|[-–](?P<yyyy2>(?:1[6-9]|20)\d\d)(?=\s+(?:(?:fiscal|financial|academic|school|tax|budget)\s+year|season|campaign)\b))"
                   r"(?![\d%])(?!\s*percent)",
     h_split_year),
    ("spelled_year", rf"(?P<yword>nineteen[\s-](?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|oh[\s-](?:{_ONES})|hundred))(?![\w-])(?!\s+(?:{_TENS}|{_ONES}|{_TEENS}|hundred|thousand|million|billion|percent|dollars?|people)\b)", h_year),
    ("year", rf"the\s+year\s+{SPELLED_YEAR}|(?-i:FY)\s?(?P<fy2>[0-4]\d)(?![\w-])|(?:the\s+year\s+|fiscal\s+(?:year\s+)?|(?-i:FY)\s?)?{year()}(?!\s*(?:-|–)\s*\d\d(?:\d\d)?\s*(?:percent|%))"
             # "until 2000 or 2100 EST": the first of two clock times sharing a zone
             r"(?!\s*(?:or|and|to|-|–)\s*[012]\d[0-5]\d\s*(?-i:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|MSK)\b)"
             r"(?!\s+(?:people|persons|troops|soldiers|men|women|children|workers|jobs|units|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|dollars|euros|rubles|roubles|pounds|barrels|cars|vehicles|missiles|aircraft|planes|tanks|shares|votes|seats|cases|deaths|employees|members|residents|refugees|homes|houses|acres|hectares|rounds|systems|points|calories|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|msk|hours|hrs"
             r"|litres|liters|gallons|kilograms|kg|grams|doses|rockets|drones|shells|bullets|arrests|visitors|tourists|passengers|migrants"
             r"|civilians|fighters|protesters|students|patients|beds|companies|firms|trucks|ships|boats|villages|schools|megawatts|mw)\b)", h_year),
    ("nth_weekday", rf"the\s+(?P<ordw>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+{WEEKDAY}\s+(?:in|of)\s+"
                    rf"(?:{month()}(?:,?\s+{year()})?|(?P<mrel>this|next|last|the)\s+month)(?![\w-])", h_nth_weekday),
    # a clause may go on after the day ("met on the 9th and agreed", "on the 9th at noon"), but not a noun
    # ("on the 9th floor") nor another ordinal it shares one ("on the 9th and 10th floors")
    ("nth_day", r"the\s+(?P<nth>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?:\s+of\s+(?P<rel>this|last|next)\s+month(?![\w-])"
                r"|(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|through|until|till)\s+(?:the\s+)?(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\s*(?:[.,;:!?)]|$)"
                r"|\s+(?:and|or|but|when|while|as|after|before|until|at|amid|following)\s+(?!(?:the\s+)?\d|(?:final|last|next|penultimate|only)\b)))",
     h_nth_day),
    ("coord_day", rf"{day()}(?![\w.,:/%-]*\d)(?!,?\s*\d)(?!\s*(?:%|(?:percent|million|billion|trillion|cents?|shares)\b))"
                  # "the Jan. 28-29 meeting": after a dash the day may modify a noun
                  + rf"(?:(?<=[-–]\d)|(?<=[-–]\d\d)|(?<=[-–]\d[snrt][tdh])|(?<=[-–]\d\d[snrt][tdh])|{_NOT_NOUN_NEXT})", h_coord_day),
]

_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")
# Underscores are markdown emphasis ("_Updated June 4_"), not word characters, at a timex edge.
# "7am-7pm", "Monday-Friday": the second end of a range follows a letter and a hyphen.
# "3 June-5 July": a day-month date right after a month name and a dash starts a range's second end.
_FULL_MONTH_NAMES = "|".join(k for k in MONTHS if len(k) > 3 or k == "may")
_MONTH_DASH_DAY_MONTH = ("(?:" + "|".join(f"(?<={k}-)|(?<={k}–)" for k in MONTHS if len(k) > 3 or k == "may")
                         + rf")(?=\d\d?(?:st|nd|rd|th)?\s+(?:{_FULL_MONTH_NAMES})(?![\w-]))")
LEFT_BOUNDARY = (r"(?<![^\W_])(?<![$€£#@])(?:(?<![A-Za-z]-)|(?<=\d[ap]m-)|(?<=day-)|(?<=\dst-|\dnd-|\drd-|\dth-)|"
                 + _MONTH_DASH_DAY_MONTH + r")(?<!\d[.,/])")
# "-5" continues a number or code, but "1992-1995" is a range of two years, each one tagged, and so
# are "June 3-5" (a day after a month word), "June 3rd-5th" (two ordinals) and "7am-7pm" (a clock time ending in am/pm).
RIGHT_BOUNDARY = (r"(?![^\W_])(?:(?<=[a-z.]\s\d)(?=-\d\d?(?![\d%-]|[.,:]\d))|(?<=[a-z.]\s\d\d)(?=-\d\d?(?![\d%-]|[.,:]\d))|(?<=\d[ap]m)"
                  r"|(?<=\dst|\dnd|\drd|\dth)(?=[-–]\d\d?(?:st|nd|rd|th)(?!\w))"  # "June 3rd-5th"
                  rf"|(?<=[a-z])(?=[-–]\d\d?(?:st|nd|rd|th)?\s+(?:{_FULL_MONTH_NAMES})(?![\w-]))"  # "3 June-5 July"
                  r"|(?!-(?!(?:1[6-9]|20)\d\d(?![\d-]))\d))")


def _strip_names(pattern: str, idx: int) -> str:
    """Make a rule's groups unique inside the scanner by prefixing their names with the rule index."""
    out = _NAMED_GROUP.sub(lambda m: f"(?P<r{idx}_{m.group(1)}>", pattern)
    return _BACKREF.sub(lambda m: f"(?P=r{idx}_{m.group(1)})", out)


# The words each rule can START with (lower case; "<digit>", "<month>", ... stand for classes).
# The scanner is only tried where such a word starts, and only with the rules that can start
# there: that keeps the cost per document near one pass of a trivial word regex. A rule whose
# first word is missing here is never tried, so list the starts of every new rule
# (tests/test_timex.py checks every rule on its examples).
_MOD_WORDS = "mid in middle the very early late end beginning start close turn dawn"
_DMOD_WORDS = "about around approximately roughly nearly almost less more over at up no some under"
_NUM_WORDS = "<num> <digit> several few some many dozens hundreds a an couple"
RULE_STARTS: dict[str, str] = {
    "iso": "<digit>",
    "numeric": "<digit>",
    "numeric_yy": "<digit>",
    "ymd_slash": "<digit>",
    "dmy_dash": "<digit>",
    "time_date": "<digit> noon midday midnight a quarter half",
    "time_wd": "<digit> noon midday midnight a quarter half",
    "mdy": "<weekday> the <month>",
    "dmy": "<weekday> the <digit>",
    "dmy_foreign": "<digit>",
    "month_year": f"{_MOD_WORDS} <month>",
    "md": "<weekday> <month>",
    "dm": "<weekday> the <digit>",
    "day_before_dm": "<digit>",
    "set": "every each once twice three four five <digit> per daily nightly weekly biweekly monthly "
           "annually yearly hourly fortnightly semiannually semi biannually biennially <weekdays> <weekday>",
    "fraction": f"{_DMOD_WORDS} {_NUM_WORDS} half quarter",
    "anchored": f"{_DMOD_WORDS} {_NUM_WORDS}",
    "weekday_after_next": "the",
    "the_next": "the that earlier later",
    "focus": "the comparable corresponding same year this",
    "quarter": "the this last next first second third fourth 1st 2nd 3rd 4th final q1 q2 q3 q4 fiscal year <digit> "
               "end beginning start middle close mid early late",
    "month_quarter": "the january april july october",
    "in_the_unit": "earlier later",
    "end_of": "the end beginning start middle close mid",
    "year_end": "by since until till through into before at around",
    "half": "the first second 1st 2nd latter last back front h1 h2 <digit>",
    "year_mod": f"{_MOD_WORDS} post pre",
    "season": "early late mid the that this last next past coming <season>",
    "rel": f"{_MOD_WORDS} earlier later this last next past coming the current previous",
    "today": "the yesterday tomorrow today tonight overnight this last early late earlier later",
    "clock_part": "<digit>",
    "day_part": "the mid early late",
    "trading_part": "morning afternoon evening",
    "weekday": "last next this coming past early late the <weekday>",
    "week_of": "the",
    "ord_day": "the first second third fourth fifth sixth seventh eighth ninth tenth",
    "span": f"{_DMOD_WORDS} the these past last next coming previous first final preceding following",
    "weekend": "the",
    "coming": "the coming recent upcoming",
    "ref": "more right now currently at presently nowadays these recently lately in the then current",
    "duration": f"{_DMOD_WORDS} {_NUM_WORDS} the half",
    "range_low": "between",
    "the_units": "over in during for throughout",
    "unit_long": "minute minutes hour hours day days week weeks month months year years decade decades",
    "bare_units": "for within in",
    "decade": f"{_MOD_WORDS} <digit> <apos> twenties thirties forties fifties sixties seventies eighties nineties",
    "century": f"{_MOD_WORDS} <digit> eighteenth nineteenth twentieth twenty",
    "holiday": "last this next the thanksgiving christmas new election independence easter good boxing valentine halloween memorial veterans "
               "labor black cyber lunar chinese eid ramadan",
    "new_year": "the",
    "split_year": "<digit> fy fiscal",
    "spelled_year": "nineteen",
    "month": f"{_MOD_WORDS} this last next past coming <month>",
    "year": "the fiscal fy <digit>",
    "nth_weekday": "the",
    "nth_day": "the",
    "coord_day": "<digit>",
}
_CLASSES_NUM = [w.split()[0] for w in NUMBERS if w not in ("a", "an")] + [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_CLASSES: dict[str, list[str]] = {
    "<month>": list(MONTHS),
    "<weekday>": list(WEEKDAYS),
    "<weekdays>": [w + "s" for w in WEEKDAYS],
    "<season>": list(SEASON_WORDS),
    "<num>": [*_CLASSES_NUM, "a", "an"],
}
DIGIT = "<digit>"
APOSTROPHE = "<apos>"
# Frequent function words that start some rules ("the past three years", "a week later") but
# almost never a timex: they are tried only when a STRONG word follows within three words.
WEAK_STARTS = frozenset(
    ["the", "a", "an", "in", "at", "by", "since", "until", "before", "that", "for", "some", "up", "no", "more", "over", "less", "about", "around", "nearly", "almost", "approximately", "roughly", "very", "first", "second", "last", "this", "next"]
)
STRONG_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, *(w + "s" for w in WEEKDAYS), *SEASON_WORDS, *_CLASSES_NUM]
    + [u + suffix for u in UNITS for suffix in ("", "s")]
    + ["past", "future", "present", "recently", "moment", "same", "next", "following", "previous", "preceding", "coming", "recent", "current", "latter", "half", "end", "beginning", "middle", "start", "close", "turn", "dawn", "early", "late", "morning", "afternoon", "evening", "night", "now", "yesterday", "tomorrow", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "eighteenth", "nineteenth", "twentieth", "twenty", "q1", "q2", "q3", "q4", "h1", "h2", "centuries", "few", "several", "latest", "period", "term", "time",
       "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "lunar"]
)


def _start_table() -> dict[str, tuple[int, ...]]:
    """Trigger word (or class token) -> indices of the rules that may start there, in rule order."""
    table: dict[str, list[int]] = {}
    names = [name for name, _, _ in RULES]
    if set(names) != set(RULE_STARTS):
        raise ValueError(f"RULE_STARTS out of step with RULES: {set(names) ^ set(RULE_STARTS)}")
    for idx, name in enumerate(names):
        for tok in RULE_STARTS[name].split():
            for word in _CLASSES.get(tok, [tok]):
                table.setdefault(word, [])
                if idx not in table[word]:
                    table[word].append(idx)
    return {w: tuple(sorted(ix)) for w, ix in table.items()}




class Scanner:
    """One compiled alternation per distinct set of rules, built on first use and cached."""

    def __init__(self) -> None:
        self.rules: list[tuple[str, re.Pattern[str], Handler]] = []
        self._parts: list[str] = []
        for idx, (name, pattern, handler) in enumerate(RULES):
            try:
                compiled = re.compile(pattern, re.IGNORECASE)
            except re.error as exc:  # pragma: no cover - a grammar bug, caught by any test run
                raise ValueError(f"timex rule {name!r}: {exc}") from exc
            self.rules.append((name, compiled, handler))
            self._parts.append(f"(?P<R{idx}>{_strip_names(pattern, idx)})")
        self.starts = _start_table()
        self._cache: dict[tuple[int, ...], tuple[re.Pattern[str], dict[int, int]]] = {}

    def for_rules(self, rule_ids: tuple[int, ...]) -> tuple[re.Pattern[str], dict[int, int]]:
        """The scanner over `rule_ids` and a map from its outer group numbers to rule indices."""
        got = self._cache.get(rule_ids)
        if got is None:
            rx = re.compile(
                LEFT_BOUNDARY + "(?:" + "|".join(self._parts[i] for i in rule_ids) + ")" + RIGHT_BOUNDARY,
                re.IGNORECASE,
            )
            got = (rx, {rx.groupindex[f"R{i}"]: i for i in rule_ids})
            self._cache[rule_ids] = got
        return got

    def rules_at(self, word: str) -> tuple[int, ...] | None:
        """Rules that may start at a word (None: none may)."""
        c = word[0]
        if c.isdigit():
            return self.starts.get(DIGIT)
        if c in "'’":
            return self.starts.get(APOSTROPHE)
        return self.starts.get(word.lower())


SCANNER = Scanner()
