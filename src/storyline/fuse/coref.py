"""Cross-document event coreference without an all-pairs loop.

Mentions are blocked by (arms stage or PLOVER type, weapon-system family); inside a block a
mention joins the first recent cluster whose status, date and country-level actors are
compatible. Each mention is compared with at most `_MAX_CANDIDATES` clusters, so the whole pass
is O(n · k) plus a sort: linear in the number of mentions for a fixed k.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from storyline.fuse.common import (
    STATUS_RANK,
    CountryMap,
    dates_compatible,
    most_common,
    resolved,
    stable_id,
    status_compatible,
    system_family,
)
from storyline.records import UNRESOLVED, EventDate, EventMention, Mention

_MAX_CANDIDATES = 32
_DEAL = frozenset({"contract", "order"})


@dataclass(slots=True)
class Cluster:
    key: tuple[str, str | None]
    actors: frozenset[str]
    status: str
    date: str | None
    mentions: list[EventMention] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)
    event_id: str = ""


def block_key(m: EventMention) -> tuple[str, str | None]:
    stage = "deal" if m.arms_stage in _DEAL else m.arms_stage
    return (stage or m.type, system_family(m.system))


def _actors_fit(a: frozenset[str], b: frozenset[str], has_system: bool, same_date: bool) -> bool:
    if a and b:
        return a <= b or b <= a
    return has_system or same_date


def trigger_stem(m: EventMention) -> str:
    """A crude lemma of the trigger's head word ("expelled" → "expe"), enough to compare triggers."""
    words = m.text.lower().split()
    return words[-1][:4] if words else ""


def _fits(c: Cluster, m: EventMention, actors: frozenset[str], has_system: bool) -> bool:
    if not status_compatible(c.status, m.status):  # type: ignore[arg-type]
        return False
    d = resolved(m.date)
    if not dates_compatible(c.date, d):
        return False
    if not has_system and not (d is not None and c.date is not None) and trigger_stem(m) not in c.stems:
        return False  # no system, no dates to agree on: the triggers themselves must agree
    return _actors_fit(c.actors, actors, has_system, d is not None and d == c.date)


def _add(c: Cluster, m: EventMention, actors: frozenset[str]) -> None:
    c.mentions.append(m)
    c.stems.add(trigger_stem(m))
    c.actors = c.actors | actors
    d = resolved(m.date)
    if d is not None and (c.date is None or len(d) > len(c.date)):
        c.date = d
    if STATUS_RANK[m.status] < STATUS_RANK[c.status]:
        c.status = m.status


def cluster_mentions(mentions: list[EventMention], countries: CountryMap) -> list[Cluster]:
    """Group event mentions that report the same real-world event."""
    blocks: dict[tuple[str, str | None], list[Cluster]] = {}
    by_stage: dict[str, list[Cluster]] = {}
    clusters: list[Cluster] = []
    # mentions with a system first, so system-less ones can join a system cluster afterwards
    ordered = sorted(mentions, key=lambda m: (m.system is None, m.doc_id, m.start))
    for m in ordered:
        key = block_key(m)
        actors = countries.actor_set(m)
        target: Cluster | None = None
        if key[1] is None and actors:
            # "the deal" with no system named: join the one compatible system cluster, if unique
            fits = [c for c in by_stage.get(key[0], [])[-_MAX_CANDIDATES:]
                    if c.key[1] is not None and c.actors and actors & c.actors and _fits(c, m, actors, True)]
            if len(fits) == 1:
                target = fits[0]
        if target is None:
            for c in reversed(blocks.get(key, [])[-_MAX_CANDIDATES:]):
                if _fits(c, m, actors, key[1] is not None):
                    target = c
                    break
        if target is None:
            target = Cluster(key, actors, m.status, resolved(m.date))
            blocks.setdefault(key, []).append(target)
            by_stage.setdefault(key[0], []).append(target)
            clusters.append(target)
        _add(target, m, actors)
    for c in clusters:
        c.event_id = stable_id("ev", sorted(f"{m.doc_id}:{m.start}:{m.end}" for m in c.mentions))
    return clusters


def fused_fields(c: Cluster) -> dict[str, object]:
    """The Event fields a cluster implies (the caller builds the record)."""
    ms = sorted(c.mentions, key=lambda m: (m.doc_id, m.start))
    stages = [m.arms_stage for m in ms if m.arms_stage]
    stage = "contract" if "contract" in stages and set(stages) <= _DEAL else most_common(stages)
    src = Counter(a for m in ms for a in m.source)
    tgt = Counter(a for m in ms for a in m.target if a not in src)
    unres = any(m.date is not None and m.date.value == UNRESOLVED for m in ms)
    date: EventDate | None = None
    if c.date is not None:
        mod = next((m.date.mod for m in ms if m.date is not None and m.date.value == c.date), None)
        date = EventDate(c.date, mod)
    elif unres:
        date = EventDate(UNRESOLVED)
    qty = Counter(m.quantity for m in ms if m.quantity is not None)
    unit = most_common(m.unit for m in ms if m.quantity is not None and m.quantity == (
        qty.most_common(1)[0][0] if qty else None))
    vals = Counter(m.value_usd for m in ms if m.value_usd is not None)
    docs = sorted({m.doc_id for m in ms})
    return {
        "type": most_common(m.type for m in ms) or ms[0].type,
        "status": c.status,
        "mentions": tuple(Mention(m.doc_id, m.start, m.end, m.text, m.quote_id) for m in ms),
        "sources": tuple(docs),
        "mode": most_common(m.mode for m in ms),
        "arms_stage": stage,
        "source_actors": tuple(a for a, _ in sorted(src.items(), key=lambda kv: (-kv[1], kv[0]))),
        "target_actors": tuple(a for a, _ in sorted(tgt.items(), key=lambda kv: (-kv[1], kv[0]))),
        "system": most_common(m.system for m in ms),
        "quantity": qty.most_common(1)[0][0] if qty else None,
        "unit": unit,
        "value_usd": vals.most_common(1)[0][0] if vals else None,
        "date": date,
        "confidence": round(min(0.99, max(m.confidence for m in ms) + 0.05 * (len(docs) - 1)), 2),
    }
