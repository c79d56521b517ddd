"""World gazetteer: countries, capitals, demonyms, organizations, media, places, named weapons.

Loaded once at import from the TSV files in `storyline/data` (their headers name the sources) plus
pycountry's ISO 3166 names, into plain dicts keyed by surface form. The actors component turns
the surface forms into a spaCy `PhraseMatcher`; everything else here is dictionary lookups.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import pycountry

log = logging.getLogger(__name__)

Kind = Literal["country", "capital", "demonym", "organization", "media", "location", "weapon"]

_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "’": "'"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def ascii_fold(text: str) -> str:
    """Strip accents so "Gülşen" and "Gulsen" give the same id."""
    norm = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return norm.encode("ascii", "ignore").decode("ascii")


def slug(text: str) -> str:
    """Run-stable id fragment: ASCII-folded, lower case, dashes between alphanumeric runs."""
    return _NON_ALNUM.sub("-", ascii_fold(text).lower()).strip("-")


@dataclass(frozen=True, slots=True)
class Entry:
    """What one surface form in the gazetteer refers to."""

    entity_id: str
    type: Literal["country", "organization", "media", "location", "weapon_system"]
    name: str
    kind: Kind
    country: str | None = None  # ISO-3166 alpha-3
    metonym: bool = False  # an institution that stands for a government ("the Kremlin said")
    ambiguous: bool = False  # also an ordinary word: needs context (named weapons)


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("storyline.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "ss", "sh", "ch", "s", "x", "i")) or " " in demonym:
        return None if not demonym.endswith("i") else demonym + "s"
    return demonym + "s"


COUNTRY_NAMES: dict[str, str] = {}  # ISO3 -> canonical short name
CAPITAL_OF: dict[str, str] = {}  # capital city form -> ISO3, also where the form names an institution
FORMS: dict[str, Entry] = {}  # surface form -> entry (case-sensitive)
DEMONYM_COUNTRIES: dict[str, list[str]] = {}  # demonym -> ISO3 of each country it names, first the default


def _add(form: str, entry: Entry, *, override: bool = False) -> None:
    if not form:
        return
    if override or form not in FORMS:
        FORMS[form] = entry
    if form.startswith("the ") and form[4:] and (override or form[4:] not in FORMS):
        FORMS[form[4:]] = entry


def _load() -> None:
    # Order matters: earlier forms win, so countries go last with override for their own names.
    for row in _rows("organizations.tsv"):
        typ, iso3, meto, name, aliases = (row + [""] * 5)[:5]
        country = None if iso3 == "-" else iso3
        is_media = typ == "media"
        entry = Entry(
            entity_id=("media:" if is_media else "org:") + slug(name),
            type="media" if is_media else "organization",
            name=name,
            kind="media" if is_media else "organization",
            country=country,
            metonym=meto == "1",
        )
        for form in [name, *_split(aliases)]:
            _add(form, entry)
    for row in _rows("locations.tsv"):
        name, aliases = ([*row, ""])[:2]
        loc = Entry("location:" + slug(name), "location", name, "location")
        for form in [name, *_split(aliases)]:
            _add(form, loc)
    for row in _rows("weapons.tsv"):
        name, amb, _category, aliases = (row + [""] * 4)[:4]
        wpn = Entry("weapon:" + slug(name), "weapon_system", name, "weapon", ambiguous=amb == "1")
        for form in [name, *_split(aliases)]:
            _add(form, wpn)
    for row in _rows("countries.tsv"):
        iso3, capitals, demonyms, names = (row + [""] * 4)[:4]
        extra = _split(names)
        pyc = pycountry.countries.get(alpha_3=iso3)
        official = [getattr(pyc, a) for a in ("common_name", "name", "official_name") if pyc and hasattr(pyc, a)]
        canonical = extra[0] if extra else (official[0] if official else iso3)
        COUNTRY_NAMES[iso3] = canonical
        entry = Entry(f"country:{iso3}", "country", canonical, "country", country=iso3)
        for form in [*extra, *official]:
            if "," not in form:  # "Korea, Republic of" is a sort key, not a name anyone writes
                _add(form, entry, override=True)
        cap_entry = Entry(f"country:{iso3}", "country", canonical, "capital", country=iso3, metonym=True)
        for cap in _split(capitals):
            CAPITAL_OF.setdefault(cap, iso3)
            if cap not in FORMS or FORMS[cap].kind not in ("country", "media", "organization"):
                _add(cap, cap_entry)
        dem_entry = Entry(f"country:{iso3}", "country", canonical, "demonym", country=iso3)
        for dem in _split(demonyms):
            DEMONYM_COUNTRIES.setdefault(dem, []).append(iso3)
            if dem not in FORMS or FORMS[dem].kind == "demonym":
                _add(dem, dem_entry)
            plural = _plural(dem)
            if plural and plural not in FORMS:
                _add(plural, dem_entry)
    log.debug("gazetteer: %d surface forms, %d countries", len(FORMS), len(COUNTRY_NAMES))


_load()

# folded city name ("Jamalpur" for "Jamālpur") -> ISO3 of its country: read to place a city an article
# names (a dateline's "GOMA", "traders in Lahore"), never matched in running text on its own (many
# city names are also people's names or words)
CITY_COUNTRY: dict[str, str] = {
    ascii_fold(name).lower(): iso3 for name, iso3, *_ in _rows("cities.tsv") if ascii_fold(name).lower()
}


def lookup(form: str) -> Entry | None:
    """Entry for an exact surface form, trying a plain `'` for a typographic apostrophe."""
    hit = FORMS.get(form)
    if hit is None and "’" in form:
        hit = FORMS.get(form.replace("’", "'"))
    return hit


def country_of_form(form: str) -> str | None:
    """ISO3 of a country name, capital or demonym (e.g. "Turkish" -> "TUR"), else None."""
    hit = lookup(form)
    return hit.country if hit is not None and hit.type == "country" else None


def city_country(name: str) -> str | None:
    """ISO3 of the country of a listed city ("Karachi", "KARACHI", "Odesa"), else None."""
    return CITY_COUNTRY.get(ascii_fold(name).lower())
