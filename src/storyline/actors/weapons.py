"""Weapon systems: letters-digits designators by pattern, plus a short list of named systems.

A designator family ("K2", "K-2s", "K2 Black Panther") maps to one id, `weapon:k-2`: prefix
letters lower-cased, a dash, the digits; variant suffix letters and plurals are dropped because an
analyst counts "F-16" and "F-16C" as the same system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Letters (1-4, first upper case), optional dash/space-less, digits, optional variant letters, plural s.
DESIGNATOR = re.compile(
    r"(?<![\w/.-])([A-Z][A-Za-z]{0,3})(-?)(\d{1,4})([A-Z]{0,2}\d?)(s?)(?![\w-])"
)

# Prefixes that look like designators but are not weapons (disease names, groups, quarters, ...).
NOT_WEAPON_PREFIX = frozenset({
    "COVID", "Covid", "G", "Q", "H", "FY", "CO", "PM", "No", "Vol", "Art", "Ch", "Pt", "Fig", "Tab",
    "Rs", "Nr", "Sec", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "ISO", "Ed", "Rev", "Ver", "Act", "Page", "Room", "Flt", "Hwy", "Rte", "Exit", "Gate",
    "Top", "Web", "Win", "Mac", "iOS", "USB", "Wi", "A", "I", "Pre", "Post", "Gen", "Y", "Z",
    "Air", "Expo", "Show", "Cup", "Tour", "Euro", "Part", "Apt", "Cap", "Ward", "U", "W", "S&P",
})

# Nouns that, right after a designator or a name, say "this is a weapon".
TYPE_NOUNS = frozenset({
    "system", "systems", "missile", "missiles", "fighter", "fighters", "jet", "jets", "aircraft",
    "tank", "tanks", "helicopter", "helicopters", "drone", "drones", "battery", "batteries",
    "launcher", "launchers", "rocket", "rockets", "howitzer", "howitzers", "submarine", "submarines",
    "frigate", "frigates", "destroyer", "destroyers", "corvette", "corvettes", "bomber", "bombers",
    "interceptor", "interceptors", "warplane", "warplanes", "vehicle", "vehicles", "rifle", "rifles",
    "gun", "guns", "radar", "radars", "complex", "complexes", "platform", "platforms", "warhead",
    "warheads", "munition", "munitions", "shell", "shells", "unit", "units", "division", "divisions",
    "air", "anti", "surface", "fighter-bomber", "fighter-bombers", "carrier", "carriers", "trainer",
    "trainers", "transporter", "transporters", "ship", "ships", "vessel", "vessels", "icbm", "icbms",
    "sam", "sams", "uav", "uavs", "airframe", "airframes", "engine", "engines", "variant", "variants",
    "defense", "defence", "ballistic", "cruise", "hypersonic", "artillery", "stealth", "combat",
    "attack", "assault", "armored", "armoured", "main", "battle", "self-propelled", "multirole",
    "production", "program", "programme", "deal", "contract", "purchase", "sale", "order",
})

MONTHS_DAYS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
})


@dataclass(frozen=True, slots=True)
class Designator:
    start: int
    end: int
    family: str  # "k-9"
    display: str  # "K-9"
    hyphen: bool


def family_key(prefix: str, digits: str) -> str:
    return f"{prefix.lower()}-{digits}"


def find_designators(text: str) -> list[Designator]:
    """Candidate designators in `text` (context checks happen in the component)."""
    found: list[Designator] = []
    for m in DESIGNATOR.finditer(text):
        prefix, dash, digits, _suffix, _plural = m.groups()
        if prefix in NOT_WEAPON_PREFIX:
            continue
        if not dash and len(digits) == 4 and digits[:2] in ("19", "20"):
            continue  # "AD2019", "Airshow2021"-like ids, not designators
        if dash and len(digits) == 4 and digits[:2] in ("19", "20") and len(prefix) > 2:
            continue  # "Expo-2020"-like events
        if len(prefix) > 1 and prefix[1:].islower() and len(prefix) > 3:
            continue  # "Gear4": ordinary word glued to a number
        found.append(Designator(m.start(), m.end(), family_key(prefix, digits), f"{prefix}-{digits}", bool(dash)))
    return found
