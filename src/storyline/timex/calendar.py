"""Calendar arithmetic over TIMEX3 values.

TIMEX3 values carry their own granularity ("2021" is a year, "2021-06" a month, "2021-W22" a
week, "2021-Q2" a quarter, "202" a decade), so shifting "two days later" or "a year earlier"
must keep track of it instead of converting everything to dates. Everything here is pure and
total: impossible dates give None, never an exception, so a malformed article cannot crash a run.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Literal

Tense = Literal["past", "future"]
Unit = Literal["MI", "H", "D", "W", "M", "Q", "Y", "DE", "CE"]

MIN_YEAR = 1000
MAX_YEAR = 2199

SEASONS = ("SP", "SU", "FA", "WI")
# Season -> the months it covers (northern hemisphere, as English-language news means it).
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_ISO_DATETIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?)?(?:Z|[+-]\d\d:?\d\d)?")
_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?(?P<rest>T.*|-WE)?"
)


@dataclass(frozen=True, slots=True)
class Anchor:
    """A resolved reference time: a calendar day, with the clock time when one is known."""

    day: dt.date
    time: str | None = None  # "HH:MM"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """`date(year, month, day)` or None for impossible dates ("February 30", year 99999)."""
    if not (MIN_YEAR <= year <= MAX_YEAR):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_anchor(value: str | None) -> Anchor | None:
    """Read a DCT/update value ("2021-06-02", "2021-06-02T14:15"); None when unresolved or bad."""
    if not value:
        return None
    m = _ISO_DATETIME.fullmatch(value.strip())
    if m is None:
        return None
    day = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if day is None:
        return None
    time = None
    if m.group(4) is not None:
        hh, mm = int(m.group(4)), int(m.group(5))
        if hh > 23 or mm > 59:
            return None
        time = f"{hh:02d}:{mm:02d}"
    return Anchor(day, time)


def fmt_day(d: dt.date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: dt.date) -> str:
    """ISO week of a day: 2021-06-02 -> "2021-W22"."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def month_add(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


def weekday_on_or_before(d: dt.date, weekday: int) -> dt.date:
    """The latest day with ISO-0-based `weekday` (Monday=0) that is not after `d`."""
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def weekday_on_or_after(d: dt.date, weekday: int) -> dt.date:
    return d + dt.timedelta(days=(weekday - d.weekday()) % 7)


_UNMARKED_AHEAD = 122  # days: a yearless date this far ahead, with no tense, is read as last year's


def nearest_year(month: int, day: int, ref: dt.date, tense: Tense | None = None) -> int | None:
    """Year for a "Month Day" with no year: the occurrence nearest to `ref`.

    A clear tense breaks the choice when the nearest occurrence is on the wrong side of `ref`:
    a past tense when it lies over three months ahead (news says "on August 25" of the last August),
    a future one when it lies over a week back ("will meet in the runoff on May 5" said in June; within
    a week the hint is the likelier error, as benchmark data shows).
    """
    best: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        cand = safe_date(year, month, day)
        if cand is None:
            continue
        dist = abs((cand - ref).days)
        if best is None or dist < best[0]:
            best = (dist, year)
    if best is None:
        return None
    year = best[1]
    cand = safe_date(year, month, day)
    assert cand is not None
    if tense is None and (cand - ref).days > _UNMARKED_AHEAD:
        # No future cue and months ahead: news reports the past, so it is last year's day.
        alt = safe_date(year - 1, month, day)
        return alt.year if alt else year
    if tense == "past" and (cand - ref).days > 92:
        alt = safe_date(year - 1, month, day)
        return alt.year if alt else year
    if tense == "future" and (ref - cand).days > 7:
        alt = safe_date(year + 1, month, day)
        return alt.year if alt else year
    return year


def month_year(month: int, ref: dt.date, tense: Tense | None) -> int:
    """Year for a bare month name: the nearest such month, unless tense clearly says otherwise.

    "December" in a February article is last December; "March" is next month; a past-tense
    "October" written in February is last year's even though next October is as near. A month
    already past this year stays in this year unless the text looks ahead (news reports the past);
    a future tense never points back ("will open in December" written in January is eleven months on).
    """
    diff = month - ref.month  # months ahead within this year
    if tense == "future":
        return ref.year if diff >= 0 else ref.year + 1
    if diff > 6 or (diff > 2 and tense == "past"):
        return ref.year - 1
    return ref.year


_GRAN_ORDER = {"MI": 0, "H": 1, "D": 2, "W": 3, "M": 4, "S": 4, "Q": 5, "HY": 6, "Y": 7, "DE": 8, "CE": 9}


def granularity(value: str) -> str | None:
    """The granularity of a TIMEX3 date value: "D", "W", "M", "Q", "HY", "S", "Y", "DE", "CE"."""
    if re.fullmatch(r"\d{2}", value):
        return "CE"
    if re.fullmatch(r"\d{3}", value):
        return "DE"
    m = _VALUE.fullmatch(value)
    if m is None:
        return None
    if m.group("d"):
        return "D"
    if m.group("m"):
        return "M"
    if m.group("w"):
        return "W"
    if m.group("q"):
        return "Q"
    if m.group("h"):
        return "HY"
    if m.group("s"):
        return "S"
    return "Y"


def start_of(value: str) -> dt.date | None:
    """First day a TIMEX3 date value covers (used to compare and to shift values)."""
    if re.fullmatch(r"\d{2}", value):
        return safe_date(int(value) * 100, 1, 1)
    if re.fullmatch(r"\d{3}", value):
        return safe_date(int(value) * 10, 1, 1)
    m = _VALUE.fullmatch(value)
    if m is None:
        return None
    y = int(m.group("y"))
    if m.group("d"):
        return safe_date(y, int(m.group("m")), int(m.group("d")))
    if m.group("m"):
        return safe_date(y, int(m.group("m")), 1)
    if m.group("w"):
        try:
            return dt.date.fromisocalendar(y, int(m.group("w")), 1)
        except ValueError:
            return None
    if m.group("q"):
        return safe_date(y, 3 * int(m.group("q")) - 2, 1)
    if m.group("h"):
        return safe_date(y, 6 * int(m.group("h")) - 5, 1)
    if m.group("s"):
        return safe_date(y, SEASON_MONTHS[m.group("s")][0], 1)
    return safe_date(y, 1, 1)


def end_month(value: str, mod: str | None = None) -> str | None:
    """The latest month a value (with its mod) can mean: "late 2015" -> "2015-12".

    Used for DCT lower bounds: an article reporting an event of "late 2015" is from 2015-12 or later.
    """
    gran = granularity(value)
    first = start_of(value)
    if gran is None or first is None:
        return None
    if gran == "D":
        return value[:10]
    if gran in ("M", "W"):
        return fmt_month(first.year, first.month)
    span = {"Q": 3, "HY": 6, "S": 3, "Y": 12, "DE": 120, "CE": 1200}[gran]
    if mod == "START":
        span = max(1, span // 3)
    elif mod == "MID":
        span = max(1, (span * 2) // 3)
    y, m = month_add(first.year, first.month, span - 1)
    return fmt_month(y, m)


def shift(value: str, n: int, unit: str) -> str | None:
    """Move a TIMEX3 date value by `n` units, at the coarser of the two granularities.

    "2021-06-14" + 2 D -> "2021-06-16"; "2019-06" + 1 Y -> "2020"; "2021-W21" + 1 W -> "2021-W22".
    Returns None when the value cannot be read or the result leaves the calendar.
    """
    gran = granularity(value)
    first = start_of(value)
    if gran is None or first is None:
        return None
    try:
        if unit in ("D", "W") and gran == "D":
            return fmt_day(first + dt.timedelta(days=n * (7 if unit == "W" else 1)))
        if unit == "W" and gran == "W":
            return fmt_week(first + dt.timedelta(days=7 * n))
        if unit in ("D", "W"):
            moved = first + dt.timedelta(days=n * (7 if unit == "W" else 1))
            return _at_granularity(moved, gran)
        if unit == "M":
            y, m = month_add(first.year, first.month, n)
            moved_m = safe_date(y, m, 1)
            return None if moved_m is None else _at_granularity(moved_m, gran if _GRAN_ORDER[gran] > 4 else "M")
        if unit == "Q":
            if gran == "Q":
                y, m = month_add(first.year, first.month, 3 * n)
                return f"{y:04d}-Q{(m - 1) // 3 + 1}"
            y, m = month_add(first.year, first.month, 3 * n)
            moved_q = safe_date(y, m, 1)
            return None if moved_q is None else _at_granularity(moved_q, gran if _GRAN_ORDER[gran] > 5 else "Q")
        if unit == "Y":
            if gran in ("Q", "HY"):  # "a year earlier" than a quarter is that quarter a year back
                return f"{first.year + n:04d}{value[4:]}" if MIN_YEAR <= first.year + n <= MAX_YEAR else None
            return _year_str(first.year + n)
        if unit == "DE":
            return None if not MIN_YEAR <= first.year + 10 * n <= MAX_YEAR else f"{(first.year + 10 * n) // 10:03d}"
    except (OverflowError, ValueError):
        return None
    return None


def _year_str(year: int) -> str | None:
    return f"{year:04d}" if MIN_YEAR <= year <= MAX_YEAR else None


def _at_granularity(d: dt.date, gran: str) -> str | None:
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        return None
    if gran == "D":
        return fmt_day(d)
    if gran == "W":
        return fmt_week(d)
    if gran in ("M", "S"):
        return fmt_month(d.year, d.month)
    if gran == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "HY":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "DE":
        return f"{d.year // 10:03d}"
    if gran == "CE":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def season_of(month: int) -> str:
    for name, (lo, hi) in SEASON_MONTHS.items():
        if (lo <= month <= hi) if lo <= hi else (month >= lo or month <= hi):
            return name
    return "WI"  # unreachable: the seasons cover every month


def coarsen(d: dt.date, gran: str) -> str | None:
    """The value of granularity `gran` ("D", "W", "M", "Q", "Y", ...) that contains day `d`."""
    return _at_granularity(d, gran)


def coarser_or_equal(a: str, b: str) -> bool:
    """Is granularity `a` at least as coarse as `b`?"""
    return _GRAN_ORDER.get(a, 0) >= _GRAN_ORDER.get(b, 0)


# --------------------------------------------------------------------------- lunar holidays

_SYNODIC = 29.530588861  # mean days from one new moon to the next
_DELTA_T = 69 / 86400  # terrestrial minus universal time (days), near enough for this century


def _new_moon_jd(k: int) -> float:
    """Julian day (UT) of new moon number `k` after that of 2000-01-06 (Meeus, Astronomical Algorithms ch. 49,
    the larger periodic terms: a few minutes off, which moves a date only when the moon is new near midnight)."""
    t = k / 1236.85
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    m, mp = math.radians(2.5534 + 29.10535670 * k), math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t)
    f, om = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t), math.radians(124.7746 - 1.56375588 * k)
    jde = 2451550.09766 + _SYNODIC * k + 0.00015437 * t * t
    jde += (-0.40720 * math.sin(mp) + 0.17241 * e * math.sin(m) + 0.01608 * math.sin(2 * mp) + 0.01039 * math.sin(2 * f)
            + 0.00739 * e * math.sin(mp - m) - 0.00514 * e * math.sin(mp + m) + 0.00208 * e * e * math.sin(2 * m)
            - 0.00111 * math.sin(mp - 2 * f) - 0.00057 * math.sin(mp + 2 * f) + 0.00056 * e * math.sin(2 * mp + m)
            - 0.00042 * math.sin(3 * mp) + 0.00042 * e * math.sin(m + 2 * f) + 0.00038 * e * math.sin(m - 2 * f)
            - 0.00024 * e * math.sin(2 * mp - m) - 0.00017 * math.sin(om))
    return jde - _DELTA_T


def _jd_local(jd: float, utc_hours: float) -> tuple[dt.date, float]:
    """Civil date and fraction of the day (0 at midnight) of a Julian day at a UTC offset."""
    x = jd + 0.5 + utc_hours / 24
    return dt.date.fromordinal(math.floor(x) - 1721425), x % 1


def lunar_new_year(year: int) -> dt.date | None:
    """Lunar (Chinese) New Year: the day, in China's time, of the new moon between Jan 21 and Feb 20."""
    k0 = math.floor((year - 2000) * 12.3685)
    for k in range(k0 - 2, k0 + 4):
        got, _ = _jd_local(_new_moon_jd(k), 8)
        if dt.date(year, 1, 21) <= got <= dt.date(year, 2, 20):
            return got
    return None


def hijri_month_start(hyear: int, month: int) -> dt.date:
    """First day of an Islamic month as Mecca's calendar mostly has it: the day after the new moon, or the
    day after that when the moon is new late in the day (the tabular calendar only picks the lunation)."""
    tab = (month - 1) * 59 // 2 + (month - 1) % 2 + (hyear - 1) * 354 + (3 + 11 * hyear) // 30 + 1948439 - 1721425
    approx = dt.date.fromordinal(tab + 1)
    k = round((approx - dt.date(2000, 1, 6)).days / _SYNODIC)
    best: dt.date | None = None
    for kk in (k - 1, k, k + 1):
        day, frac = _jd_local(_new_moon_jd(kk), 3)
        start = day + dt.timedelta(days=1 if frac < 0.75 else 2)
        if best is None or abs((start - approx).days) < abs((best - approx).days):
            best = start
    assert best is not None
    return best


def hijri_in_year(year: int, month: int, day: int = 1) -> dt.date | None:
    """The first day `day` of Islamic month `month` that falls in Gregorian `year`."""
    h0 = math.floor((year - 622) * 1.0307) + 1
    for h in range(h0 - 2, h0 + 3):
        got = hijri_month_start(h, month) + dt.timedelta(days=day - 1)
        if got.year == year:
            return got
    return None
