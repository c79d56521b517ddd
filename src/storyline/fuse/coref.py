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


# ----------------------------------------------------------------------------------------------
# event-coreference mode for benchmark topics (ECB+): no PLOVER frame, just triggers and documents


@dataclass(frozen=True, slots=True)
class TopicMention:
    """A trigger in one document of a topic, with what its document is about."""

    doc: str
    tokens: tuple[int, ...]
    lemma: str
    sense: str
    doc_features: frozenset[str]
    arguments: frozenset[str] = frozenset()
    singleton: bool = False  # reporting acts: never merged across mentions


_DOC_LINK = 0.2  # Jaccard of two documents' name/date features that puts them in one block
_DOC_ATTACH = 0.05  # a document left alone joins its most similar block above this
_ARG_CANDIDATES = 16


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def document_blocks(docs: dict[str, frozenset[str]], threshold: float = _DOC_LINK,
                    attach: float = _DOC_ATTACH) -> list[list[str]]:
    """Group the documents of a topic that talk about the same happening: single link on the
    Jaccard overlap of their names, numbers and dates, then each document left alone joins the
    block it overlaps most. Candidate pairs come from an inverted index over features shared by
    at most half the documents, so common words never produce all-pairs work."""
    names = sorted(docs)
    parent = {d: d for d in names}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    index: dict[str, list[str]] = {}
    for d in names:
        for f in docs[d]:
            index.setdefault(f, []).append(d)
    cap = max(8, len(names) // 2)
    sims: dict[tuple[str, str], float] = {}
    for _f, ds in sorted(index.items()):
        if len(ds) > cap:
            continue
        for i, a in enumerate(ds):
            for b in ds[i + 1 :]:
                if (a, b) not in sims:
                    sims[(a, b)] = _jaccard(docs[a], docs[b])
    for (a, b), sim in sims.items():
        if sim >= threshold:
            parent[find(a)] = find(b)
    sizes: dict[str, int] = {}
    for d in names:
        sizes[find(d)] = sizes.get(find(d), 0) + 1
    best: dict[str, tuple[float, str]] = {}
    for (a, b), sim in sims.items():
        for x, y in ((a, b), (b, a)):
            if sizes[find(x)] == 1 and sizes[find(y)] > 1 and sim >= attach and sim > best.get(x, (0.0, ""))[0]:
                best[x] = (sim, y)
    for x, (_sim, y) in best.items():
        parent[find(x)] = find(y)
    groups: dict[str, list[str]] = {}
    for d in names:
        groups.setdefault(find(d), []).append(d)
    return list(groups.values())


def _args_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two mentions whose sentences both name participants, none shared: different happenings."""
    return bool(a) and bool(b) and not (a & b)


def cluster_topic(mentions: list[TopicMention], threshold: float = _DOC_LINK,
                  use_arguments: bool = False) -> list[list[TopicMention]]:
    """Cross-document event coreference inside one topic (ECB+ mode of the fusion coreference):
    block documents by what they are about, then within a block merge mentions of one sense
    (with `use_arguments`, only those whose sentences' participants agree; each mention tries at
    most `_ARG_CANDIDATES` clusters). On ECB+ dev the argument check costs ~3 CoNLL points — the
    sentence-level names are too sparse and noisy — so it is off by default."""
    feats = {m.doc: m.doc_features for m in mentions}
    block_of: dict[str, int] = {}
    for i, group in enumerate(document_blocks(feats, threshold)):
        for d in group:
            block_of[d] = i
    groups: dict[tuple[int, str], list[tuple[set[str], list[TopicMention]]]] = {}
    out: list[list[TopicMention]] = []
    for m in sorted(mentions, key=lambda m: (m.doc, m.tokens)):
        if m.singleton:
            out.append([m])
            continue
        subs = groups.setdefault((block_of[m.doc], m.sense), [])
        target = None
        for args, members in subs[:_ARG_CANDIDATES]:
            if not use_arguments or not _args_conflict(frozenset(args), m.arguments) or members[-1].doc == m.doc:
                target = (args, members)
                break
        if target is None:
            target = (set(), [])
            subs.append(target)
        target[0].update(m.arguments)
        target[1].append(m)
    for subs in groups.values():
        out.extend(members for _args, members in subs)
    return out
