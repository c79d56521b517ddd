"""Dating: the document creation time (DCT) and update stamps, with evidence.

Order of preference: given metadata > a dateline at the top ("CITY, Month Day (Agency) -") whose
year is stated or inferred from internal evidence > a date in the URL > a date line under the
headline > nothing ("unresolved", with the bounds the text gives). "Updated ..." stamps are kept
apart in `Document.updated`: an update is not the publication date. Dates inside boilerplate
spans (ad banners, donation appeals) never count.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass

from storyline.records import UNRESOLVED, DocDate, Document, Span, Timex, Updated
from storyline.timex import calendar as cal
from storyline.timex import grammar as g
from storyline.timex.tagger import regex_tense, tag

log = logging.getLogger(__name__)

_HEAD_CHARS = 2500  # datelines, bylines and update stamps live at the top
_HEAD_LINES = 12

# In a dateline slot a month name is unambiguous, so any casing goes ("FEb 26", "feb 26").
_MONTH_CI = "(?i:" + "|".join(sorted(g.MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# a spelled-out day ("Tuesday, June 3", "3 June"): the groups `_spelled` reads
_SPELLED_DAY = (rf"(?:{g.WEEKDAY},?\s+)?(?:(?P<mon>{_MONTH_CI})\s*(?P<day>{_DAY})"
                rf"|(?P<day2>{_DAY})\s+(?P<mon2>{_MONTH_CI}))")
_DATELINE = re.compile(
    # "LISBON, March 3 -", "Lisbon. March 3rd. AGENCY -", "TOKYO — Dec. 30, 2024 —"
    r"(?P<city>[A-Z][\w'’.\- ]{1,40}?(?:/[A-Z][\w'’.\- ]{1,40}?)?(?:,\s*[A-Z][\w.\- ]{1,25}?)?)"
    r"(?:\s*[.,]\s+|\s+[–—]{1,2}\s+|\s+--?\s+)"
    rf"(?P<date>{_SPELLED_DAY}"
    r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d))?)"
    r"\s*[.,]?\s*(?:\(\s*(?P<agency>[A-Za-z][\w&.\- ]{0,30}?)\s*\)|(?P<agency2>[A-Z][\w&.\-]{1,20}(?:\s[A-Z][\w&.\-]{1,20}){0,2}))?"
    # ends with a dash, a colon ("NEW DELHI, June 3: The ...") or, after "(Agency)", the sentence itself
    # a wire between slashes ("/PRNewswire/ --", "/TASS/. ") may close it too
    # or, after a full date, a full stop ("Lisbon, 5 March 2025. The central bank ...")
    r"\s*(?:/(?P<agency3>[A-Za-z][^/\n]{0,29})/\s*)?(?:[-–—]{1,2}\s|:\s|(?<=\))\s+(?=[A-Z])|(?<=/)\.\s+(?=[A-Z])"
    r"|(?<=\d{4})\.\s+(?=[A-Z]))",
)
# "Nairobi, 03.06.2024 -", "KYIV, 2024-06-03 (Agency) -": a numeric date; dotted dates are day.month and
# slashed ones month/day unless impossible, as the tagger reads them.
_DATELINE_NUMERIC = re.compile(
    r"(?P<city>[A-Z][\w'’.\- ]{1,40}?(?:,\s*[A-Z][\w.\- ]{1,25}?)?),\s*"
    r"(?P<date>(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<year>1[6-9]\d\d|20\d\d)"
    r"|(?P<iy>1[6-9]\d\d|20\d\d)(?P<isep>[-/])(?P<im>[01]\d)(?P=isep)(?P<id>[0-3]\d))"
    r"\s*(?:\(\s*(?P<agency>[A-Za-z][\w&.\- ]{0,30}?)\s*\)|/(?P<agency3>[A-Za-z][^/\n]{0,29})/)?\s*(?:[-–—]{1,2}\s|:\s)",
)
# "LYON, 12 mars 2025 (AFP) -", "MADRID, 14 de marzo de 2025 (EFE) -": a foreign month name, only in
# the day-month-year shape (the tagger reads the same forms; see `timex.grammar.FOREIGN_MONTHS`)
_DATELINE_FOREIGN = re.compile(
    r"(?P<city>[A-Z][\w'’.\- ]{1,40}?(?:,\s*[A-Z][\w.\- ]{1,25}?)?),\s*"
    rf"(?P<date>(?P<day>3[01]|[12]\d|0?[1-9])(?:er|\.|º|°)?\s+(?:de\s+)?(?P<fmon>{g._alt(list(g.FOREIGN_MONTHS))})"
    r"\.?\s+(?:de\s+)?(?P<year>1[6-9]\d\d|20\d\d))"
    r"\s*(?:\(\s*(?P<agency>[A-Za-z][\w&.\- ]{0,30}?)\s*\))?\s*(?:[-–—]{1,2}\s|:\s)",
    re.IGNORECASE,
)
# "June 3, 2024 — LAGOS —", "3 June 2024 - LAGOS (Agency) -": the date before an all-caps city.
_DATELINE_DATE_FIRST = re.compile(
    rf"(?P<date>{_SPELLED_DAY}"
    r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d))?)"
    r"\s*(?:[-–—]{1,2}|[,:|])\s*(?P<city>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}(?:,\s*[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,2})?)"
    r"\s*(?:\(\s*(?P<agency>[A-Za-z][\w&.\- ]{0,30}?)\s*\))?\s*[-–—]{1,2}\s",
)
# All-caps kickers that may follow a date where a city would: "June 3, 2024 — BREAKING — ..."
_KICKERS = frozenset({"update", "updated", "breaking", "live", "exclusive", "analysis", "opinion", "editorial", "watch",
                      "video", "photos", "correction", "developing",
                      # a section's or a story kind's label before a headline ("WORLD - ...", "POLL - ...")
                      "news", "world", "sport", "sports", "business", "markets", "politics", "economy", "column",
                      "comment", "review", "obituary", "poll", "feature", "interview", "explainer", "factbox",
                      "timeline", "podcast", "letters", "profile", "preview", "focus", "insight", "pictures",
                      "photo", "in pictures", "fact check"})
# "June 3, 2024 - Fuel prices rose ...": a full date opening the story with no city (the year is required).
_DATELINE_DATE_ONLY = re.compile(
    rf"(?P<date>{_SPELLED_DAY}"
    r",?\s+(?P<year>1[6-9]\d\d|20\d\d))\s*(?:\(\s*(?P<agency>[A-Za-z][\w&.\- ]{0,30}?)\s*\)\s*)?[-–—]{1,2}\s+(?=[A-Z\"“‘'])"
)
# "June 10 (Reuters) -": a wire's story with no place (markets, round-ups), the agency after the date
_DATELINE_DATE_AGENCY = re.compile(
    rf"(?P<date>{_SPELLED_DAY}"
    r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d))?)\s*\(\s*(?P<agency>[A-Za-z][\w&.\- ]{0,30}?)\s*\)\s*[-–—]{1,2}\s+(?=[A-Z\"“‘'])"
)
# the wires whose name in brackets opens a story without a capitals place ("(Reuters) -", "Washington (AP) -")
_WIRES = r"AP|AFP|UPI|EFE|dpa|DPA|ANSA|ANI|PTI|IANS|TASS|WAFA|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap"
# "(Reuters) -": a wire's name alone where the dateline would be
_DATELINE_AGENCY_ONLY = re.compile(
    rf"\(\s*(?P<agency>{_WIRES})\s*\)"
    r"\s*[-–—]{1,2}\s+(?=[A-Z\"“‘'])"
)
# "BRUSSELS (Wire) Jan 8, 2025 -": the date after the agency
_DATELINE_AGENCY_DATE = re.compile(
    r"(?P<city>[A-Z][A-Z'’.\- ]{1,40}?(?:,\s*[A-Z][\w.\- ]{1,25}?)?)\s*\(\s*(?P<agency>[A-Za-z][\w&.\- ]{0,30}?)\s*\)\s*[,:]?\s*"
    rf"(?P<date>{_SPELLED_DAY}"
    r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d))?)\s*[-–—]{1,2}\s"
)
# "KYIV (Wire) -", "GAZA CITY/JERUSALEM (Wire) -", "SAN FRANCISCO--(BUSINESS WIRE)--Acme ..."
_DATELINE_NODATE = re.compile(
    r"(?P<city>[A-Z][A-Z'’.\- ]{1,40}?(?:/[A-Z][A-Z'’.\- ]{1,40}?)?(?:,\s*[A-Z][\w.\- ]{1,25}?)?)"
    r"\s*(?:--)?\(\s*(?P<agency>[A-Za-z][\w&.\- ]{0,30}?)\s*\)\s*(?:[-–—]{1,2}\s|--(?=[A-Z\"“]))"
)
# "Washington (CNN) —", "Mexico City, Mexico (AP) —": a place in Title Case is a dateline only before a
# wire's or network's name (a stock ticker, "Apple (AAPL) -", is no wire).
_DATELINE_NODATE_MIXED = re.compile(
    r"(?P<city>[A-Z][a-z'’.\-]+(?: (?:[A-Z][a-z'’.\-]+|de|del|da|do|of|upon|am))*"
    r"(?:,\s*[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,2})?)"
    rf"\s*\(\s*(?P<agency>{_WIRES}|CNN|BBC|ABC|CBS|NBC|CNBC)\s*\)\s*[-–—]{{1,2}}\s"
)
# "WASHINGTON —", "DES MOINES, Iowa —": an all-caps place and its dash, no date and no wire.
_DATELINE_PLACE = re.compile(
    r"(?P<city>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}(?:/[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})?"
    r"(?:,\s*[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,2}){0,2})"
    r"\s*[-–—]{1,2}\s"
)
# "NEW DELHI: The rail ministry ...": a capitals place and a colon, no date (South Asian and Gulf papers);
# read only on the story's first line, and never where other lines open the same way (a transcript's
# "ROE: ..." speakers, a form's "NOTE:" labels)
_DATELINE_COLON = re.compile(
    r"(?P<city>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}(?:/[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2})?)"
    r":[ \t]+(?=[A-Z\"“‘])"
)
_CAPS_COLON_LINE = re.compile(r"^[\s*_>#|]*[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}:", re.MULTILINE)
# kickers and labels that open a line with a colon where a place would ("ANALYSIS:", "UPDATE:", "NOTE:")
_COLON_LABELS = frozenset({
    "note", "notes", "summary", "background", "advisory", "warning", "notice", "correction", "clarification",
    "disclaimer", "related", "also read", "read more", "listen", "interview", "explainer", "factbox", "focus",
    "preview", "review", "feature", "special report", "photos", "q", "a", "question", "answer", "transcript",
    "statement", "fact check", "context", "timeline", "what", "why", "how", "who", "bottom line", "key points",
    "highlights", "recap", "agenda", "subject", "re", "fwd", "to", "from", "cc", "date", "source", "sources",
    "credit", "caption", "tags", "topics", "category", "section", "comment", "editorial", "column", "insight",
    "wrapup", "brief", "flash", "urgent", "alert", "new", "now", "today", "tonight", "this week", "lead",
    "headline", "headlines", "embargo", "embargoed", "media", "contact", "press", "release", "ps", "nb", "fyi",
    "editor's note", "editor’s note", "editors' note", "editors note", "just in", "report", "poll", "study",
    "sponsored", "advertisement", "promoted", "icymi", "must read", "trending", "quiz", "live updates", "results",
    "obituary", "letter", "letters", "spoiler alert", "in pictures", "in numbers", "by the numbers", "the facts",
})
_LINE_MARKUP = re.compile(r"[\s*_>#|]*")
_UPDATED = re.compile(
    # at a line's start, or after a stamp's date or separator ("Jun 5, 2024 Updated ...", "... | UPDATED: ...")
    # or in brackets after a stamp's clock ("Mar 4, 2025, 10:02 AM ET (Updated: Mar 5, ...)")
    r"(?:^|(?<=\d)\s+|(?<=\d[,.])\s+|[|•·]\s*|(?<=\d)\s+/{1,2}\s*|(?-i:(?<=\d)|(?<=\d\s[ap]m)|(?<=\d[ap]m)|(?<=[ap]\.m\.)|(?<=\d\s[AP]M)"
    r"|(?<=\d[AP]M)|(?<=\s[A-Z]T)|(?<=\s[A-Z][A-Z]T)|(?<=\s[A-Z][A-Z][A-Z]T)|(?<=UTC))\s*(?=[(\[])"
    # or capitalised after a byline, kicker or stamp on the same line ("By Ann Lee, Wire Updated 3:40 PM ET, ...",
    # "Live updates: Updated 6:15 p.m. ...", "First published on ... 07.48 GMT. Last updated 16.55 GMT"); the
    # stamp must still open with a full date or a clock
    r"|(?-i:(?<=[A-Za-z:,.])\s+(?=Updated\b|UPDATED\b|Last\s+(?:[Uu]pdated|UPDATED)\b))"
    # or in an editor's note that opens its line: "This article was updated on March 6 to correct ..."
    r"|^[\s*_>#(\[]*(?:(?:correction|clarification|editor['’]?s\s+note)\s*:\s*)?this\s+"
    r"(?:article|story|report|post|page|piece)\s+(?:was|has\s+been)\s+(?=(?:updated|revised)\b)"
    # or after a live blog's kicker that opens its line: "*Live coverage, updated Thursday, Sept. 25, 2025*"
    r"|^[\s*_>#(\[]*live(?:\s+(?:coverage|updates?|blog|reporting|news))?\s*[,:;–—-]\s*(?=updated\b))"
    r"[\s*_>#|(\[]*(?:last\s+)?(?:updated|modified|revised)\b(?:\s+(?:at|on))?\s*[:\-–]?\s*",
    re.IGNORECASE | re.MULTILINE,
)
_LEAD_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
# What may stand between an update stamp's clock time and the date it is on: a zone the tagger left out
# ("local time", "Beijing time", "Eastern", "(GMT+2)", "+2"), the time in another zone ("(2215 GMT)"),
# a separator, "on", a weekday ("6:15 p.m. local time, Thu April 10, 2025", "18:15 (GMT) on Friday, 11 April 2025").
_CLOCK_DAY_GAP = re.compile(
    r"(?:[+\-−]\d{1,2}(?::?\d\d)?\)?)?\s*"
    r"(?:\(?(?:(?:(?:[A-Z][a-z]+|local)\s+){1,3}[Tt]ime|local|Eastern|Central|Mountain|Pacific|Atlantic"
    r"|[A-Z]{2,5}(?:[+\-−]\d{1,2}(?::?\d\d)?)?)\)?)?"
    r"(?:\s*[(\[]\s*\d{1,2}[:.]?\d\d\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,5}\s*[)\]])?"
    r"\s*(?:[,|·•/–\-]\s*)?(?:on\s+)?(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
)
_DATE_TIME_GAP = re.compile(r"[\s,]*(?:at\s+|[-–—|·/]\s*)?", re.IGNORECASE)
_LAST_WORD = re.compile(r"[\s|•·]*\blast\s*$", re.IGNORECASE)
_BYLINE_CUE = re.compile(r"^[\s*_>#|]*(?:published|posted|first\s+published|date[d]?)\b", re.IGNORECASE)
# what parts a stamp row: "|", "•", "·", or a slash between spaces ("Updated: June 13 / Published: June 12")
_STAMP_SEP = re.compile(r"[|•·]|\s/{1,2}\s")
_UPDATE_WORD = re.compile(r"\b(?:updated|modified|revised)\b", re.IGNORECASE)
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[/\-_]?)(?P<m>0[1-9]|1[0-2]|[1-9])(?P=sep)(?P<d>[0-3]\d|[1-9])(?!\d)"
)
_EVENT_YEAR = re.compile(
    r"(?<![\w-])(?!(?i:mid|pre|post|late|early|end|fiscal|year|calendar|circa|before|after|since)-)"
    r"[A-Z][A-Za-z]{2,}-(?P<y>(?:19|20)\d\d)(?![\d-])"
    r"|\b(?:Games|Olympics|Olympiad|Expo|Cup|Summit|Forum|Airshow|Championships?|Congress|Festival|Fair"
    r"|Exhibition|Biennale|Euro|Awards|Census|Elections?)\s+(?P<y2>(?:19|20)\d\d)(?!\d)"
)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "100th": 100,
}
# "the 20th anniversary of the quake that struck on April 25, 2005": the story's year is 2005 + 20.
_ANNIVERSARY = re.compile(
    r"\b(?:(?P<n>[1-9]\d?)(?:st|nd|rd|th)|(?P<w>" + "|".join(_ORDINAL_WORDS) + r"))\s+anniversary\s+of\b"
    r"(?P<rest>(?:[^.!?\n]|\.(?!\s+[A-Z\"“]|\s*$)){0,120})",  # to the sentence's end ("Aug. 12" goes on)
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"(?<![\d-])(?P<y>1[6-9]\d\d|20\d\d)(?![\d-])")
_WEEKDAY_WORD = re.compile(rf"(?<![\w])(?:(?P<rel>last|next|this|coming)\s+)?{g.WEEKDAY}(?![\w])", re.IGNORECASE)
_AGENCY_CASING = {
    "ria novosti": "RIA Novosti", "itar-tass": "ITAR-TASS", "pr newswire": "PR Newswire",
    "prnewswire": "PR Newswire", "business wire": "Business Wire", "businesswire": "Business Wire",
    "globe newswire": "GlobeNewswire", "xinhua": "Xinhua", "dpa": "dpa", "efe": "EFE", "upi": "UPI",
    "ians": "IANS", "irna": "IRNA", "kyodo": "Kyodo", "yonhap": "Yonhap", "ap": "AP", "afp": "AFP",
}
# wires and kickers that stand where a dateline's place would ("June 3 — AFP —", "BREAKING —")
_NO_PLACE = frozenset({*_AGENCY_CASING, *_KICKERS, "reuters"})
# Lower-case words a byline may hold besides names and the date; other lower-case words make it prose.
_BYLINE_WORDS = frozenset(["by", "on", "at", "and", "of", "from", "published", "posted", "first", "date", "dated", "am", "pm", "a.m", "p.m", "gmt", "utc", "et",
                           "min", "mins", "minute", "minutes", "read", "in",
                           # a record's stamp: "Volume 752: debated on Tuesday 14 May 2024", "Delivered on 3 March"
                           "debated", "delivered", "issued", "released",
                           # a clock's suffix and "at" as some pages print it ("10:02 hrs", "04.03.2025 um 10:15 Uhr")
                           "hrs", "hr", "h", "um", "à", "às"])
_DEADLINE_BEFORE = re.compile(
    r"\b(?:due|by|until|till|through|to|before|fiscal|from|target|targets|goal|deadline|year|ending|ended|"
    r"maturing|matures?|expires?|expiring|starting|beginning|commencing|effective|payable|record|pct|percent"
    r"|date\s+is|(?:set|planned|scheduled|slated|expected)\s+(?:for|in|on|by))"
    r"\s+(?:(?:in|on|at|of)\s+)?(?:(?:the\s+)?end\s+of\s+)?$",
    re.IGNORECASE,
)
# "the 2025 spending plan", "its 2026 targets": a year naming what a plan or budget is for, not a past
# event ("the 2020 contract" is one).
_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|next)\s+$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:budget|plans?|spending|targets?|goals?|forecasts?|outlook|guidance|projections?|estimates?"
    r"|season|elections?|race|campaign|deadline|tournament|schedule)\b"
)
# A paragraph of prose ends like a sentence (see `_prose`).
_PROSE_END = re.compile(r"[.!?\"”’)]\s*$")


def _prose(line: str) -> bool:
    """Twelve words or more, ending like a sentence (a word count, not a regex: one regex backtracked
    quadratically over a long line with no sentence end)."""
    return _PROSE_END.search(line[-64:]) is not None and len(line.split(None, 12)) >= 12 and not line[:1].isspace()


_NOT_CITIES = frozenset({"updated", "published", "posted", "by", "photo", "image", "file", "the", "on", "in"})


@dataclass(frozen=True, slots=True)
class _Dateline:
    city: str
    agency: str | None
    date: Span | None
    span: Span  # the whole dateline, its closing dash included: the story starts at `span.end`
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None


def date_document(doc: Document) -> Document:
    """Return `doc` with `published`, `updated`, `dateline`, `dateline_span` (and `source` if empty) set."""
    text = doc.text
    blocked = _blocked(doc)
    errors = list(doc.errors)
    changes: dict[str, object] = {}

    dateline = _find_dateline(text, blocked, doc.title_span)
    day_first = page_day_first(doc.url, text)
    if dateline is not None and day_first and dateline.month is not None and dateline.day is not None \
            and dateline.day <= 12 and dateline.date is not None and _SLASH_DATE.fullmatch(text, dateline.date.start, dateline.date.end):
        dateline = dataclasses.replace(dateline, month=dateline.day, day=dateline.month)
    if dateline is not None:
        changes["dateline_span"] = dateline.span
        if dateline.city:
            changes["dateline"] = dateline.city
        if dateline.agency and not doc.source:
            changes["source"] = dateline.agency

    published: DocDate | None = None
    if doc.given_published:
        anchor = cal.parse_anchor(doc.given_published)
        if anchor is None:
            errors.append(f"published: cannot read given date {doc.given_published!r}")
            log.warning("doc %s: cannot read given published date %r", doc.doc_id, doc.given_published)
        else:
            published = DocDate(_anchor_value(anchor), "given")

    body_timexes: list[Timex] | None = None
    if published is None and dateline is not None and dateline.date is not None:
        body_timexes = _absolute_timexes(text, blocked, day_first)
        published = _date_from_dateline(text, dateline, body_timexes, blocked)
    if published is None and doc.url:
        published = _date_from_url(doc.url)
    if published is None:
        stop = dateline.date.start if dateline is not None and dateline.date is not None else len(text)
        published = _date_from_byline(text, blocked, doc.title_span, stop)

    if published is None:
        published = _date_from_label(text, blocked)
    updated = _find_updated(text, blocked, published.value if published else None) \
        or _declared_update(doc.updated, published)
    if published is None and dateline is not None and dateline.date is not None and updated is not None:
        published = _date_from_stamp(dateline, updated)

    if published is None:
        if body_timexes is None:
            body_timexes = _absolute_timexes(text, blocked, day_first)
        stamp = updated.evidence if updated else None
        lower = _lower_bound(
            text, [t for t in body_timexes if stamp is None or not (t.start < stamp.end and stamp.start < t.end)]
        )
        caption = _caption_day(text, blocked)  # a (not file) photo's day: the story is no older
        if caption is not None and (lower is None or caption > lower):
            lower = caption
        upper = updated.value[:10] if updated and updated.value != UNRESOLVED else None
        bounds = (lower, upper) if lower or upper else None
        evidence = dateline.date if dateline is not None else None
        published = DocDate(UNRESOLVED, "dateline" if evidence else "none", evidence, bounds)

    if day_first:
        published = dataclasses.replace(published, value=_day_first_value(text, published.value, published.evidence))
        if updated is not None:
            updated = dataclasses.replace(updated, value=_day_first_value(text, updated.value, updated.evidence))
    changes["published"] = published
    changes["updated"] = updated  # (a declared stamp dropped by `_declared_update` goes too)
    if errors != list(doc.errors):
        changes["errors"] = tuple(errors)
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- pieces


# Countries whose papers write the day first ("12/06/2025" is 12 June), by the site's domain
_DAY_FIRST_TLD = re.compile(r"\.(?:uk|ie|in|au|nz|za|pk|ng|ke|sg|lk|bd|gh|ug|zw)$")
_SLASH_DATE = re.compile(r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?(?P<host>[^/:?#]+)", re.IGNORECASE)


def site_day_first(url: str | None) -> bool:
    """Whether the outlet's site is in a country that writes numeric dates day first (a .uk, .in site)."""
    host = _HOST.match(url) if url else None
    return host is not None and _DAY_FIRST_TLD.search(host["host"].lower().rstrip(".")) is not None


def page_day_first(url: str | None, text: str) -> bool:
    """Whether the page writes numeric dates day first: its own unambiguous slash dates, else its site's
    country, else its spelled dates' style (`grammar.writes_day_first`, which its timexes use too)."""
    return g.writes_day_first(text, site_day_first(url))


def _day_first_value(text: str, value: str, evidence: Span | None) -> str:
    """A date read month first from an ambiguous "12/06/2025" stamp, read day first instead."""
    if evidence is None or value == UNRESOLVED:
        return value
    m = _SLASH_DATE.search(text, evidence.start, evidence.end)
    if m is None:
        return value
    a, b = int(m["a"]), int(m["b"])
    if a > 12 or b > 12 or a == b or value[5:7] != f"{a:02d}" or value[8:10] != f"{b:02d}":
        return value
    day = cal.safe_date(int(value[:4]), b, a)
    return value if day is None else cal.fmt_day(day) + value[10:]


def _blocked(doc: Document) -> list[Span]:
    return sorted(doc.boilerplate, key=lambda s: s.start)


def _overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _anchor_value(anchor: cal.Anchor) -> str:
    return cal.fmt_day(anchor.day) + (f"T{anchor.time}" if anchor.time else "")


def _head_lines(text: str, blocked: list[Span], title: Span | None, *, opening: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the first non-empty lines outside boilerplate and the title; with `opening`, a line
    whose words start outside boilerplate counts (an ad or a cut-off mark inside it is no reason to pass
    over the dateline opening it)."""
    lines: list[tuple[int, int]] = []
    pos = 0
    limit = min(len(text), _HEAD_CHARS)
    while pos < limit and len(lines) < _HEAD_LINES:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        s = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
        e = pos + len(text[pos:end].rstrip())
        if title and title.start <= s < title.end < e:
            # the title ends inside the line ("Monsoon Rains Above Average NEW DELHI - ..."): its rest is a line
            s = title.end + len(text[title.end : e]) - len(text[title.end : e].lstrip())
        if e > s and not _overlaps(s, s + 1 if opening else e, blocked) and not (title and title.start <= s < title.end):
            lines.append((s, e))
        pos = end + 1
    return lines


def _normalize_agency(raw: str) -> str:
    name = " ".join(raw.split()).strip(" .-")
    known = _AGENCY_CASING.get(name.lower())
    if known:
        return known
    if name.isupper() and len(name) > 4:
        return name.title()
    return name


# Particles inside a place name stay lower case when a capitals dateline is title-cased ("Rio de Janeiro")
_CITY_PARTICLE = re.compile(r"(?<=\w )(?:De|Da|Do|Dos|Das|Del|Of|Upon|Am)(?= \w)")


def _normalize_city(raw: str) -> str:
    """ "LAGOS, Nigeria" -> "Lagos, Nigeria"; "WASHINGTON, D.C." -> "Washington, D.C."."""
    city = " ".join(raw.split()).strip(" ,")
    parts = [_CITY_PARTICLE.sub(lambda m: m.group().lower(), p.title()) if p.isupper() and re.search(r"[A-Z]{3}", p)
             else p for p in city.split(",")]
    return ",".join(parts)


def _find_dateline(text: str, blocked: list[Span], title: Span | None) -> _Dateline | None:
    """A dateline opens one of the first body lines: "Lisbon. March 3rd. AGENCY - ..."."""
    heads = _head_lines(text, blocked, title, opening=True)[:4]
    for s, _e in heads:
        dl = _read_dateline(text, s)
        if dl is not None:
            return dl
    if heads:
        s, e = heads[0]
        start = _LINE_MARKUP.match(text, s).end()  # type: ignore[union-attr]
        m = _DATELINE_COLON.match(text, start, e)
        if m is not None and len(m["city"]) >= 3 and _prose(text[s:e]) and _city_ok(m["city"]) \
                and m["city"].lower() not in _NO_PLACE | _COLON_LABELS \
                and len(_CAPS_COLON_LINE.findall(text)) == 1:
            return _Dateline(_normalize_city(m["city"]), None, None, Span(start, m.end()))
    return None


# a dateline closes with a dash or a colon (or a wire's ")" or "/TASS/.") within its first line
_DATELINE_CLOSE = re.compile(r"[^\n]{0,160}?(?:[-–—:]|\)\s|/\.\s|\d{4}\.\s)")


def dateline_end(text: str, start: int) -> int | None:
    """Where a dateline opening the line at `start` ends ("WASHINGTON —", "LISBON, Feb. 9, 2023 (Xyz
    Wire) -", "June 3, 2024 — LAGOS —"), i.e. where the story's own words begin; None if no dateline
    opens it. This is the one reader of datelines: annotators ask it rather than keep their own rules."""
    # annotators ask about every candidate line start: a cheap look for the closing mark first
    if start >= len(text) or not (text[start].isalnum() or text[start] in "*_>#| \t") \
            or _DATELINE_CLOSE.match(text, start) is None:
        return None
    dl = _read_dateline(text, start)
    return None if dl is None else dl.span.end


def _city_ok(city: str) -> bool:
    return city.split()[0].lower() not in _NOT_CITIES


def _read_dateline(text: str, s: int) -> _Dateline | None:
    """The dateline that opens the line at `s` (markup such as "**" or "> " skipped), if one does."""
    mk = _LINE_MARKUP.match(text, s)
    start = mk.end() if mk else s
    m = _DATELINE.match(text, start)
    if m is not None and _city_ok(m["city"]) and m["city"].lower() not in g.WEEKDAYS:
        # ("Monday, June 3, 2024 — LAGOS —" opens with the weekday of a date before the city)
        return _spelled(m, _normalize_city(m["city"]), m["agency"] or m["agency2"] or m["agency3"], start)
    m3 = _DATELINE_NUMERIC.match(text, start)
    if m3 is not None and _city_ok(m3["city"]):
        if m3["iy"]:
            y, mo, d = int(m3["iy"]), int(m3["im"]), int(m3["id"])
        else:
            a, b = int(m3["a"]), int(m3["b"])
            d, mo = (a, b) if m3["sep"] == "." else (b, a)
            if cal.safe_date(2000, mo, d) is None:
                d, mo = mo, d
            y = int(m3["year"])
        if cal.safe_date(y, mo, d) is not None:
            agency = m3["agency"] or m3["agency3"]  # "TALLINN, 2025/02/17 /Wire/ --": a release's wire
            return _Dateline(_normalize_city(m3["city"]), _normalize_agency(agency) if agency else None,
                             Span(m3.start("date"), m3.end("date")), Span(start, m3.end()), mo, d, y)
    mf = _DATELINE_FOREIGN.match(text, start)
    if mf is not None and _city_ok(mf["city"]) and mf["city"][:1].isupper():
        y, mo, d = int(mf["year"]), g.FOREIGN_MONTHS[mf["fmon"].lower()], int(mf["day"])
        if cal.safe_date(y, mo, d) is not None:
            return _Dateline(_normalize_city(mf["city"]), _normalize_agency(mf["agency"]) if mf["agency"] else None,
                             Span(mf.start("date"), mf.end("date")), Span(start, mf.end()), mo, d, y)
    m4 = _DATELINE_DATE_FIRST.match(text, start)
    if m4 is not None and _city_ok(m4["city"]) \
            and m4["city"].lower() not in _NO_PLACE:  # "— AFP —" names no city
        return _spelled(m4, _normalize_city(m4["city"]), m4["agency"], start)
    m5 = _DATELINE_DATE_ONLY.match(text, start)
    if m5 is not None and not _chronology(text, s):
        return _spelled(m5, "", m5["agency"], start)
    m8 = _DATELINE_DATE_AGENCY.match(text, start)
    if m8 is not None and m8["agency"].lower() not in _KICKERS:
        return _spelled(m8, "", m8["agency"], start)
    m6 = _DATELINE_AGENCY_DATE.match(text, start)
    if m6 is not None and _city_ok(m6["city"]):
        return _spelled(m6, _normalize_city(m6["city"]), m6["agency"], start)
    m2 = _DATELINE_NODATE.match(text, start) or _DATELINE_NODATE_MIXED.match(text, start)
    if m2 is not None and _city_ok(m2["city"]):
        city = m2["city"]
        if "," in city and city.rsplit(",", 1)[1].strip().lower() in g.WEEKDAYS:
            city = city.rsplit(",", 1)[0]  # "NEW YORK, Tuesday (Wire) -": a day, not a region
        return _Dateline(_normalize_city(city), _normalize_agency(m2["agency"]), None, Span(start, m2.end()))
    m9 = _DATELINE_AGENCY_ONLY.match(text, start)
    if m9 is not None:
        return _Dateline("", _normalize_agency(m9["agency"]), None, Span(start, m9.end()))
    m7 = _DATELINE_PLACE.match(text, start)
    if m7 is not None and re.match(r"[A-Z]{2}", m7["city"]) and _city_ok(m7["city"]) \
            and m7["city"].split(",")[0].lower() not in _NO_PLACE:
        return _Dateline(_normalize_city(m7["city"]), None, None, Span(start, m7.end()))
    return None


def _spelled(m: re.Match[str], city: str, agency: str | None, start: int) -> _Dateline:
    """The dateline of a match with a spelled-out month ("mon"/"day" or "day2"/"mon2", optional "year", "wd")."""
    wd = m["wd"]
    return _Dateline(
        city=city,
        agency=_normalize_agency(agency) if agency else None,
        date=Span(m.start("date"), m.end("date")),
        span=Span(start, m.end()),
        month=g.MONTHS[(m["mon"] or m["mon2"]).rstrip(".").lower()],
        day=int(re.sub(r"\D", "", m["day"] or m["day2"])),
        year=int(m["year"]) if m["year"] else None,
        weekday=g.WEEKDAYS[wd.lower()] if wd else None,
    )


def _chronology(text: str, start: int) -> bool:
    """The line at `start` sits in a list of "date - what happened" lines (a chronology, no dateline)."""
    before = text[:start].rstrip().rsplit("\n", 1)[-1]
    nl = text.find("\n", start)
    after = text[nl:].lstrip().split("\n", 1)[0] if nl >= 0 else ""
    return any(_DATELINE_DATE_ONLY.match(line, _LINE_MARKUP.match(line).end()) for line in (before, after) if line)  # type: ignore[union-attr]


def _absolute_timexes(text: str, blocked: list[Span], day_first: bool) -> list[Timex]:
    """Timexes the text dates by itself (no DCT needed), outside boilerplate; its slash dates read as the
    page writes them (`day_first`), so a day-first page's "05/11/2025" bounds it by 5 November."""
    return [t for t in tag(text, None, skip=blocked, page_day_first=day_first) if t.anchor is None and t.type in ("DATE", "TIME")
            and t.value[:1].isdigit()]


_HEAD_WORD = re.compile(r"\b[a-z]{3,}\b")  # lower-case words: a headline has some, a date stamp hardly any


def _past_timexes(text: str, timexes: list[Timex]) -> list[Timex]:
    """Dates the text plainly reports as past: a past-tense cue near them, no deadline word before.

    "notes due 2017", "by 2050", "fiscal 1990", "maturing in 1992", "payable April 10", "the 9-1/2 pct
    of 2001", "starting in 1988" name dates that may lie after publication.
    """
    tense = regex_tense(text)
    head_start = len(text) - len(text.lstrip())
    head_end = text.find("\n", head_start)
    head = text[head_start:head_end] if head_end > 0 else ""
    if not head or head.rstrip().endswith((".", "!", "?", '"', "”")) or len(_HEAD_WORD.findall(head)) < 2:
        head_end = head_start  # no headline line: a one-line text, a first line that is a sentence, or a bare stamp
    return [
        t for t in timexes
        if tense(t.start, t.end) != "future" and not _DEADLINE_BEFORE.search(text, max(0, t.start - 24), t.start)
        # a headline drops its auxiliaries ("Council to vote on June 18", "Storm warning for Saturday 13 June"):
        # its date marks a past event only beside a past verb ("the night the river rose")
        and not (head_start <= t.start < head_end and tense(t.start, t.end) != "past")
        and cal.granularity(t.value[:10]) not in ("DE", "CE")  # "in the mid-2030s", "the 1990s": too coarse a mark
        and not (cal.granularity(t.value) == "Y" and _ATTRIBUTIVE_YEAR.search(text, max(0, t.start - 12), t.start)
                 and _LOWER_WORD_AFTER.match(text, t.end))
    ]


def _lower_bound(text: str, timexes: list[Timex]) -> str | None:
    """The latest date of a past event the text reports: the article cannot be older."""
    best: str | None = None
    for t in _past_timexes(text, timexes):
        end = cal.end_month(t.value[:10], t.mod)
        if end is not None and (best is None or end > best):
            best = end
    return best


def _date_from_dateline(text: str, dl: _Dateline, timexes: list[Timex], blocked: list[Span]) -> DocDate | None:
    assert dl.month is not None and dl.day is not None and dl.date is not None
    if dl.year is not None:
        day = cal.safe_date(dl.year, dl.month, dl.day)
        return DocDate(cal.fmt_day(day), "dateline", dl.date) if day else None
    lower_value = _lower_bound(text, [t for t in timexes if not (t.start >= dl.date.start and t.end <= dl.date.end)])
    lower = int(lower_value[:4]) if lower_value else None
    # The first weekday the story names ("said on Sunday") is most often the dateline's own day.
    weekdays = {dl.weekday} if dl.weekday is not None else _first_weekday(text, blocked, dl.date.end)
    events = {
        int(m["y"] or m["y2"]) for m in _EVENT_YEAR.finditer(text) if not _overlaps(m.start(), m.end(), blocked)
    }

    def fits(y: int) -> bool:
        d = cal.safe_date(y, dl.month or 1, dl.day or 1)
        return d is not None and d.weekday() in weekdays

    chosen: int | None = None
    plausible = sorted(y for y in events if lower is None or lower <= y <= lower + 3)
    if plausible:
        matching = [y for y in plausible if fits(y)]
        if matching:
            chosen = matching[-1]
        elif lower is not None:
            chosen = plausible[-1]  # a weekday may speak of another day; the event year stands
    elif weekdays and (precise := _lower_bound(text, [t for t in timexes if cal.granularity(t.value[:10]) in ("D", "M")])
                       or _caption_day(text, blocked)):
        # Without an event year, the only evidence we accept is the story's first weekday agreeing
        # with exactly one of the two years from its latest day- or month-precise past date (a photo
        # caption's date when the story itself gives none).
        first = int(precise[:4])
        matching = [y for y in range(first, first + 2) if fits(y)]
        if len(matching) == 1:
            chosen = matching[0]
    if chosen is None:
        # "marks the 20th anniversary of … in 2005": one year from the anniversaries, the weekday agreeing
        found = {y for y in _anniversary_years(text, blocked) if lower is None or y >= lower}
        if len(found) == 1:
            (year,) = found
            if not weekdays or fits(year):
                chosen = year
    if chosen is None:
        return None
    day = cal.safe_date(chosen, dl.month, dl.day)
    return DocDate(cal.fmt_day(day), "dateline", dl.date) if day else None


# A photo caption's line: "Photo: A howitzer fires …, Feb. 4, 2025." (file and archive photos excepted:
# they may be years old)
_CAPTION_LINE = re.compile(r"\(?(?:photo(?:graph)?|image|picture|caption|photo\ caption)s?\b[ \t]*(?::|—|–|-)", re.I)
_OLD_PHOTO = re.compile(r"\b(?:file|archive|archival|undated)\b", re.I)


def _caption_day(text: str, blocked: list[Span]) -> str | None:
    """The latest day-precise date in a photo caption that cleaning set aside as boilerplate."""
    best: str | None = None
    for span in blocked:
        pos = span.start
        while pos < span.end:
            end = text.find("\n", pos, span.end)
            end = span.end if end < 0 else end
            line = text[pos:end].strip(" \t*_>")
            if _CAPTION_LINE.match(line) and not _OLD_PHOTO.search(line):
                for t in tag(text[pos:end], None):
                    if t.anchor is None and t.value[:1].isdigit() and cal.granularity(t.value[:10]) == "D":
                        best = max(best or "", t.value[:10])
            pos = end + 1
    return best


def _date_from_stamp(dl: _Dateline, updated: Updated) -> DocDate | None:
    """A yearless dateline under an "Updated ..." stamp with a full date: the dateline's day on or
    before the stamp's, at most a month earlier ("Updated Fri June 21, 2024" over "ANKARA, June 21 -")."""
    stamp = cal.parse_anchor(updated.value[:10]) if updated.value != UNRESOLVED else None
    if stamp is None or dl.month is None or dl.day is None or dl.date is None:
        return None
    for y in (stamp.day.year, stamp.day.year - 1):
        day = cal.safe_date(y, dl.month, dl.day)
        if day is not None and day <= stamp.day:
            if (stamp.day - day).days <= 31 and (dl.weekday is None or day.weekday() == dl.weekday):
                return DocDate(cal.fmt_day(day), "dateline", dl.date)
            return None
    return None


def _anniversary_years(text: str, blocked: list[Span]) -> set[int]:
    """Years an "Nth anniversary of <something in year Y>" falls in (Y + N)."""
    years: set[int] = set()
    for m in _ANNIVERSARY.finditer(text):
        year = _YEAR_IN.search(m["rest"])
        if year is None or _overlaps(m.start(), m.end(), blocked):
            continue
        n = int(m["n"]) if m["n"] else _ORDINAL_WORDS[m["w"].lower()]
        years.add(int(year["y"]) + n)
    return years


def _first_weekday(text: str, blocked: list[Span], after: int) -> set[int]:
    """The first weekday the story names plainly ("on Sunday", not "next Sunday"), as a set."""
    for m in _WEEKDAY_WORD.finditer(text, after):
        if _overlaps(m.start(), m.end(), blocked):
            continue
        return set() if m["rel"] is not None else {g.WEEKDAYS[m["wd"].lower()]}
    return set()


def _date_from_url(url: str) -> DocDate | None:
    for m in _URL_DATE.finditer(url):
        if m["sep"] == "" and (len(m["m"]) != 2 or len(m["d"]) != 2):
            continue  # "2021610" is not a date
        day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is not None:
            return DocDate(cal.fmt_day(day), "url")
    return None


def _stamp_then_update(line: str) -> bool:
    """"Mar 4, 2025, 10:02 AM EST (Updated: Mar 5, 2025, 9:00 AM EST)": a stamp and its update stamp, as
    long as a paragraph and ending like one; no lower-case word of prose stands before the update."""
    m = _UPDATED.search(line)
    return m is not None and m.start() > 0 and not any(
        w[:1].islower() and w.strip(".,:;|([") not in _BYLINE_WORDS for w in line[: m.start()].split())


# a page's date printed twice with nothing between (a visible stamp and its hidden copy, run together)
_GLUED_REPEAT = re.compile(r"(?P<d>\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})(?P=d)")


def _date_from_byline(text: str, blocked: list[Span], title: Span | None, stop: int) -> DocDate | None:
    """A short line above the story that is mostly a full date: "June 02, 2021", "Published: 2 June 2021".

    The search ends where the story begins (a dateline at `stop`, or the first paragraph of prose).
    """
    for s, e in _head_lines(text, blocked, title):
        if e > stop:
            break
        line = text[s:e]
        upd = _UPDATE_WORD.search(line)
        if _prose(line) and not line.lstrip().startswith("#") and not _stamp_then_update(line):
            break  # the story has begun: a date below this is a statement, not a byline
        if upd is not None:
            # "Jun 5, 2024 Updated Jun 6, 2024", "Updated: June 5 | Published: June 4": blank the update
            # stamp (from its word, or the separator before it, to the next separator); offsets stay.
            seps = list(_STAMP_SEP.finditer(line))
            sep_before = max((m.end() for m in seps if m.end() <= upd.start()), default=-1)
            lo = sep_before if sep_before >= 0 else upd.start()
            bracket = max(line.rfind("(", 0, upd.start()), line.rfind("[", 0, upd.start()))
            if bracket > sep_before and line[bracket + 1 : upd.start()].strip(" *_:").lower() in ("", "last"):
                # "| Jan 14, 2026, 07:48 IST (Updated: ...)": the update in brackets ends the stamp before it
                lo = sep_before = bracket
            last = _LAST_WORD.search(line, 0, lo)
            if last is not None and sep_before < 0:
                lo = last.start()
            # the stamp runs on past a separator when its clock's date follows it ("Updated 6:15 p.m. ET |
            # April 10, 2025"): that date is the update's, not the publication's
            stamp = _find_updated(line, [], None)
            stamp_end = stamp.evidence.end if stamp is not None and stamp.evidence is not None \
                and stamp.evidence.start >= upd.start() else upd.end()
            hi = min((m.start() for m in seps if m.start() >= stamp_end), default=len(line))
            line = line[:lo] + " " * (hi - lo) + line[hi:]
        if len(line) > 120 or not line.strip():
            continue
        for twice in _GLUED_REPEAT.finditer(line):  # "Published On 3 Mar 20253 Mar 2025": read the first copy
            line = line[: twice.end("d")] + " " * (twice.end() - twice.end("d")) + line[twice.end() :]
        tagged = tag(line, None)
        found = [t for t in tagged if t.anchor is None and t.type in ("DATE", "TIME")
                 and cal.granularity(t.value[:10]) == "D"]
        if not found:
            continue
        t = found[0]
        # the stamp's other time words ("4:12 p.m. ET, Thursday, Sept. 11, 2025") are no words of prose
        rest = "".join(" " if any(u.start <= k < u.end for u in tagged) else c for k, c in enumerate(line)).split()
        # a lower-case word after "by" is an account name ("Posted on May 3, 2025 by admin")
        prose = [w for k, w in enumerate(rest) if w[:1].islower() and w.strip(".,:;|") not in _BYLINE_WORDS
                 and not (k and rest[k - 1].lower() == "by")]
        if not prose and (len(rest) <= 8 or _BYLINE_CUE.match(line)):
            return DocDate(t.value, "byline", Span(s + t.start, s + t.end))
    return None


# "Published: 09:12 BST, 16 March 2025 | Updated: ...": a labelled stamp, which some pages print under the story;
# "Dated 20 March 2025", "Dated this 3rd day of May, 2025": a notice's date at its foot, over the signature
_LABELLED = re.compile(r"^[\s*_>#|(\[]*(?:(?:first\s+)?(?:published|posted)(?:\s+(?:on|at))?\s*:?"
                       r"|for\s+(?:immediate|general)\s+release\s*[:,\-–—]|dated(?:\s+(?:on|this))?\s*:?)\s*",
                       re.IGNORECASE | re.MULTILINE)


def _date_from_label(text: str, blocked: list[Span]) -> DocDate | None:
    """A line anywhere that opens with "Published"/"Posted" and a full date (its update stamp after a
    separator set aside): the page's own statement of when it was published."""
    for m in _LABELLED.finditer(text):
        nl = text.find("\n", m.end())
        end = len(text) if nl < 0 else nl
        if end - m.start() > 160 or _overlaps(m.start(), end, blocked):
            continue
        sep = _STAMP_SEP.search(text, m.end(), end)
        window = text[m.end() : sep.start() if sep else end]
        found = tag(window, None, tense_hint=_no_tense)
        day = next((t for t in found if t.anchor is None and t.type == "DATE" and t.value[:1].isdigit()
                    and cal.granularity(t.value[:10]) == "D"), None)
        if day is None or found[0].start > 3 or day.start > 24 or _UPDATE_WORD.search(window, 0, day.start):
            continue  # ("09:12 BST, 16 March 2025": the clock time may come first)
        rest = "".join(" " if any(t.start <= k < t.end for t in found) else c for k, c in enumerate(window)).split()
        if any(w[:1].islower() and w.strip(".,:;|") not in _BYLINE_WORDS for w in rest):
            continue  # "Published on March 3, 2019, the report found ...": a sentence, not a stamp
        return DocDate(day.value, "byline", Span(m.end() + day.start, m.end() + day.end))
    return None


def _no_tense(_start: int, _end: int) -> None:
    """A stamp is a date, not a clause: no tense leans its reading."""
    return None


def _declared_update(declared: Updated | None, published: DocDate | None) -> Updated | None:
    """The update stamp the input declared (a page's `article:modified_time`), when the text shows none:
    kept only if it falls after the publication date found (an "update" before it is a CMS's noise)."""
    if declared is None or declared.value == UNRESOLVED:
        return declared
    if published is not None and published.value != UNRESOLVED \
            and declared.value[: len(published.value)] <= published.value:
        return None
    return declared


def _find_updated(text: str, blocked: list[Span], dct: str | None) -> Updated | None:
    """An "Updated at 9:40 a.m. on May 7" stamp; its missing year comes from the DCT."""
    for m in _UPDATED.finditer(text):
        if _overlaps(m.start(), m.end(), blocked):
            continue
        window_end = min(len(text), m.end() + 80)
        nl = text.find("\n", m.end(), window_end)
        window = text[m.end() : nl if nl >= 0 else window_end]
        found = tag(window, dct, tense_hint=_no_tense)
        lead = _LEAD_WEEKDAY.match(window)  # "Last modified on Wed 5 Jun 2024 08.15 BST"
        slack = 3 + (lead.end() if lead else 0)
        day_end = 0
        if found and found[0].type == "TIME":
            # "Updated 3:40 p.m. ET, Tue June 4, 2024": the clock time is on the full date after it
            day = next((t for t in found[1:4] if t.anchor is None and t.type == "DATE"
                        and cal.granularity(t.value) == "D"
                        and (t.start - found[0].end <= 8 or _CLOCK_DAY_GAP.fullmatch(window, found[0].end, t.start))), None)
            if day is not None and not found[0].value.startswith(day.value):
                # (the stamp's own date beats the publication day a bare clock would be read on)
                found = tag(window, day.value, tense_hint=_no_tense)
            if day is not None and found and found[0].value.startswith(day.value):
                # the stamp's evidence runs to its date (the time alone does not say the day), so that
                # date is not also read as one the story reports
                day_end = day.end
        if not found or found[0].start > slack or found[0].type not in ("DATE", "TIME"):
            continue
        t = found[0]
        t_start = t.start
        if t.type == "DATE" and cal.granularity(t.value) == "D" and len(found) > 1:
            # "Updated 14 March 2024, 17:40 GMT", "June 5, 2024 at 12:40 pm": the clock time after the
            # date says when on that day.
            clock = found[1]
            if clock.type == "TIME" and _DATE_TIME_GAP.fullmatch(window, t.end, clock.start):
                timed = tag(window, t.value, tense_hint=_no_tense)
                again = next((x for x in timed if x.start == clock.start and x.type == "TIME"), None)
                if again is not None and again.value.startswith(t.value):
                    t = again
        evidence = Span(m.end() + t_start, m.end() + max(t.end, day_end))
        value = t.value
        if value != UNRESOLVED and cal.granularity(value[:10]) != "D":
            continue
        return Updated(value, evidence)
    return None

