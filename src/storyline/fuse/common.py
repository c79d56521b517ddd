"""Helpers shared by the fusion modules: country mapping, date compatibility, stable ids."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from storyline.records import UNRESOLVED, ActorMention, EventDate, EventMention, Status

REALIS: frozenset[str] = frozenset({"happened", "ongoing", "claimed"})
# The most authoritative status wins when a cluster holds several (denied is never merged).
STATUS_RANK: dict[str, int] = {
    "happened": 0, "ongoing": 1, "claimed": 2, "planned": 3, "intended": 4, "possible": 5, "denied": 6,
}
_FAMILY = re.compile(r"^(weapon:[a-z]+-?\d+)[a-z]{1,2}$")


def stable_id(prefix: str, parts: Iterable[str]) -> str:
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}_{h}"


def system_family(system: str | None) -> str | None:
    """"weapon:f-35a" and "weapon:f-35" are one programme for blocking purposes."""
    if system is None:
        return None
    low = system.lower()
    m = _FAMILY.match(low)
    return m.group(1) if m else low


class CountryMap:
    """entity_id → ISO alpha-3 country, from the actors' own country or their affiliation's."""

    def __init__(self, actors: Iterable[ActorMention]) -> None:
        direct: dict[str, str] = {}
        affil: dict[str, str] = {}
        self.country_entity: dict[str, str] = {}
        for a in actors:
            if a.entity_id.lower().startswith("country:"):
                code = a.entity_id.split(":", 1)[1].upper()
                direct[a.entity_id] = code
                self.country_entity.setdefault(code, a.entity_id)
            elif a.country:
                direct.setdefault(a.entity_id, a.country.upper())
            if a.affiliation:
                affil.setdefault(a.entity_id, a.affiliation)
        self._direct = direct
        self._affil = affil

    def country(self, entity_id: str) -> str | None:
        cur = entity_id
        for _ in range(3):
            if cur in self._direct:
                return self._direct[cur]
            if cur.lower().startswith("country:"):
                return cur.split(":", 1)[1].upper()
            nxt = self._affil.get(cur)
            if nxt is None:
                return None
            cur = nxt
        return None

    def key(self, entity_id: str) -> str:
        """Country code when known, else the entity itself (an actor with no known country).

        An unknown place or body keeps only its name: outlets' recognizers type one name
        differently ("org:kestovia" in one story, "location:kestovia" in the next).
        """
        code = self.country(entity_id)
        if code is not None:
            return code
        kind, _, name = entity_id.partition(":")
        return f"place-or-org:{name}" if kind in ("org", "location") and name else entity_id

    def entity_for(self, code: str) -> str:
        return self.country_entity.get(code, f"country:{code}")

    def actor_set(self, m: EventMention) -> frozenset[str]:
        return frozenset(self.key(a) for a in (*m.source, *m.target) if not a.startswith(("weapon:", "media:")))


def resolved(d: EventDate | None) -> str | None:
    if d is None or d.value == UNRESOLVED or not d.value:
        return None
    return d.value


def _week_of(value: str) -> tuple[int, int] | None:
    try:
        y, w = value.split("-W")
        return int(y), int(w[:2])
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Same value or one contains the other ("2019" ⊇ "2019-07" ⊇ "2019-07-12"); null fits all."""
    if a is None or b is None:
        return True
    a, b = a.split("T")[0], b.split("T")[0]
    if a.startswith(b) or b.startswith(a):
        return True
    if "-W" in a or "-W" in b:
        week, day = (a, b) if "-W" in a else (b, a)
        wk = _week_of(week)
        if wk is None or len(day) != 10:
            return False
        try:
            iso = date.fromisoformat(day).isocalendar()
        except ValueError:
            return False
        return (iso[0], iso[1]) == wk
    return False


def status_compatible(a: Status, b: Status) -> bool:
    if a == b:
        return True
    return a in REALIS and b in REALIS


def most_common(items: Iterable[str | None]) -> str | None:
    c = Counter(x for x in items if x is not None)
    if not c:
        return None
    best = max(c.values())
    return min(k for k, v in c.items() if v == best)
