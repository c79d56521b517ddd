"""Cross-document event coreference without an all-pairs loop.

Mentions are blocked by (arms stage or PLOVER type, weapon-system family); inside a block a
mention joins the first recent cluster whose status, date and country-level actors are
compatible. Each mention is compared with at most `_MAX_CANDIDATES` clusters, so the whole pass
is O(n · k) plus a sort: linear in the number of mentions for a fixed k.
"""

from __future__ import annotations

import heapq
import math
import re
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
from storyline.truce import names_truce

_MAX_CANDIDATES = 32
_DEAL = frozenset({"contract", "order"})
# words that name a purchase whatever the sentence's context ("ordered", "bought", "arms deal")
_BUYING = re.compile(r"\b(?:buy|bought|purchas|order|acquir|procur|contract|deal)", re.I)


def _of_truce(m: EventMention) -> bool:
    """A fighting mention that names a truce ("truce collapses", "two-week truce"): a truce that fails is
    its own happening, not one of the attacks the same story reports that day ("the truce collapsed on
    Monday" / "rebels attacked X")."""
    return m.type == "ASSAULT" and names_truce(m.text)


@dataclass(slots=True)
class Cluster:
    key: tuple[str, str | None]
    actors: frozenset[str]
    status: str
    date: str | None
    mentions: list[EventMention] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)
    keyed: list[frozenset[str]] = field(default_factory=list)  # each mention's country-level actors
    story: set[str] = field(default_factory=set)  # the actors its mentions' articles name
    event_id: str = ""
    doers: set[str] = field(default_factory=set)  # country-level sources of its directed acts
    receivers: set[str] = field(default_factory=set)  # and their targets
    headlines: set[tuple[str, int]] = field(default_factory=set)  # (doc, start) of headlines joined to their body


def block_key(m: EventMention) -> tuple[str, str | None]:
    stage = "deal" if m.arms_stage in _DEAL else m.arms_stage
    return (stage or m.type, system_family(m.system))


def _actors_fit(a: frozenset[str], b: frozenset[str], has_system: bool, same_date: bool) -> bool:
    if a and b:
        return a <= b or b <= a
    return has_system or same_date


def _same_day(a: str | None, b: str | None) -> bool:
    """Equal dates, reading a part of day as its day ("2025-04-03TNI" is "2025-04-03")."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    a_day, b_day = a.split("T")[0], b.split("T")[0]
    return len(a_day) == 10 and a_day == b_day


def trigger_stem(m: EventMention) -> str:
    """A crude lemma of the trigger's head word ("expelled" → "expe"), enough to compare triggers."""
    words = m.text.lower().split()
    return words[-1][:4] if words else ""


def _other_clock_time(a: EventMention, b: EventMention) -> bool:
    """Both dated to a clock time ("2026-06-17T13:20Z") and the times differ."""
    da, db = resolved(a.date), resolved(b.date)
    if da is None or db is None or "T" not in da or "T" not in db:
        return False
    ta, tb = da.split("T", 1)[1][:5], db.split("T", 1)[1][:5]
    return ":" in ta and ":" in tb and (da.split("T")[0], ta) != (db.split("T")[0], tb)


def _in_story(c: Cluster, m: EventMention, actors: frozenset[str], doc_actors: dict[str, frozenset[str]]) -> bool:
    """A mention or a cluster that names no party belongs to the other's story only when their
    articles share a party ("the army denies" in a Sudan story is no part of a French "rejected"
    the same day)."""
    if c.actors and actors:
        return True
    if any(x.doc_id == m.doc_id for x in c.mentions):
        return True
    own = doc_actors.get(m.doc_id, frozenset()) | actors
    return not own.isdisjoint(c.story) or not own.isdisjoint(c.actors)


# Acts with a direction: "Y accuses X" is not "X accuses Y", though both name X and Y.
_DIRECTED = frozenset({"ACCUSE", "ASSAULT", "THREATEN", "SANCTION", "COERCE", "REQUEST"})


# A denial's own identity is what it denies: "Chile denied any shots were fired" (of Saturday the 8th)
# and a live blog's "Chile denies it" (of the 15th) are two denials, however alike their words and denier.
_DENYING = frozenset({"REJECT"})
Denied = tuple[tuple[str, str | None], ...]  # the (type, date) of each act a denying mention denies
_DISPUTED = frozenset({"denied", "claimed"})


def denied_acts(mentions: list[EventMention]) -> dict[tuple[str, int], Denied]:
    """For each denying mention, the acts its sentence tells as denied or only claimed ("X denied that Y
    <act>", "reported that <act>, which X denied"), keyed by (document, start)."""
    by_sentence: dict[tuple[str, int, int], list[EventMention]] = {}
    for m in mentions:
        by_sentence.setdefault((m.doc_id, m.sentence.start, m.sentence.end), []).append(m)
    out: dict[tuple[str, int], Denied] = {}
    for m in mentions:
        if m.type in _DENYING and m.status != "denied":
            same = by_sentence[(m.doc_id, m.sentence.start, m.sentence.end)]
            out[(m.doc_id, m.start)] = tuple(sorted(
                (x.type, resolved(x.date)) for x in same if x.status in _DISPUTED and x.type not in _DENYING))
    return out


def _same_denied(c: Cluster, m: EventMention, denied: dict[tuple[str, int], Denied]) -> bool:
    """A denying mention joins a denial told by other articles only when both deny one act: an act of one
    type on compatible dates. One that names its act and one that does not (a live blog's "Chile denies
    it") are not known to deny the same thing; a mention that names none may still join its own
    article's denial (the lead restating its headline's)."""
    own = denied.get((m.doc_id, m.start))
    if own is None:
        return True
    others = [denied.get((x.doc_id, x.start), ()) for x in c.mentions if x.doc_id != m.doc_id]
    if not others:
        return True
    told = [acts for acts in others if acts]
    if not own:
        return not told or any(x.doc_id == m.doc_id for x in c.mentions)
    if len(told) < len(others):
        return False
    return all(any(ta == tb and dates_compatible(da, db) for ta, da in own for tb, db in acts) for acts in told)


def _fits(c: Cluster, m: EventMention, actors: frozenset[str], has_system: bool,
          doc_actors: dict[str, frozenset[str]] | None = None, doers: frozenset[str] = frozenset(),
          denied: dict[tuple[str, int], Denied] | None = None) -> bool:
    if not status_compatible(c.status, m.status):  # type: ignore[arg-type]
        return False
    if denied is not None and not _same_denied(c, m, denied):
        return False
    # (this check admits every mention, so a cluster's first speaks for all of them)
    if _of_truce(m) != _of_truce(c.mentions[0]):
        return False  # a truce's collapse and an attack told beside it are two events
    if doers and m.type in _DIRECTED and c.doers and doers.isdisjoint(c.doers) and doers <= c.receivers:
        return False  # the other side's act: "X accuses Y" / "Y accused X of shelling"
    d = resolved(m.date)
    if not dates_compatible(c.date, d):
        return False
    # an article's headline and lead that count the same number of items report one deal ("X signs deal
    # for 12 jets" / "X signed a contract to buy 12 jets"), whatever their triggers
    same_count = m.quantity is not None and any(
        x.doc_id == m.doc_id and x.quantity == m.quantity for x in c.mentions)
    if (not has_system and not (d is not None and c.date is not None) and trigger_stem(m) not in c.stems
            and not same_count):
        return False  # no system, no dates to agree on: the triggers themselves must agree
    # the same trigger again in one article (a headline and its lead) is the same event unless
    # the actors disagree: "Two drones downed over X" / "Two drones were shot down over X"
    if any(x.doc_id == m.doc_id and _other_clock_time(x, m) for x in c.mentions):
        return False  # one article's acts at 13:20 and at 14:50 (a live blog's entries) are two events
    same_story = any(x.doc_id == m.doc_id and trigger_stem(x) == trigger_stem(m) for x in c.mentions)
    if not _actors_fit(c.actors, actors, has_system, same_story or same_count or _same_day(d, c.date)):
        return False
    if doc_actors is not None and not has_system and not _in_story(c, m, actors, doc_actors):
        return False
    # one article naming two different counterparts reports two events ("ordered tanks from X in
    # 2022 and has since bought tanks from Y"), however well each fits the corpus-wide cluster
    # (compared at country level: "Poland" in the headline and "Poland's armed forces" in the lead agree)
    return not any(
        x.doc_id == m.doc_id and other and actors and not (other <= actors or actors <= other)
        for x, other in zip(c.mentions, c.keyed, strict=True)
    )


def _add(c: Cluster, m: EventMention, actors: frozenset[str]) -> None:
    c.mentions.append(m)
    c.keyed.append(actors)
    c.stems.add(trigger_stem(m))
    c.actors = c.actors | actors
    d = resolved(m.date)
    if d is not None and (c.date is None or len(d) > len(c.date)):
        c.date = d
    if STATUS_RANK[m.status] < STATUS_RANK[c.status]:
        c.status = m.status


def cluster_mentions(mentions: list[EventMention], countries: CountryMap,
                     doc_actors: dict[str, frozenset[str]] | None = None,
                     titles: dict[str, tuple[int, int]] | None = None) -> list[Cluster]:
    """Group event mentions that report the same real-world event.

    `doc_actors` (document → actor keys it names) keeps a partyless mention out of other stories'
    events that merely share its type and day; `titles` (document → its headline's span) lets a
    headline's mention join its article's account of the same event."""
    blocks: dict[tuple[str, str | None], list[Cluster]] = {}
    by_stage: dict[str, list[Cluster]] = {}
    kin: dict[tuple[str, str | None], list[Cluster]] = {}  # (PLOVER type, family) → clusters of no deal stage
    by_type: dict[str, list[Cluster]] = {}  # PLOVER type → clusters of a system and a stage other than a deal's
    clusters: list[Cluster] = []
    # mentions with a system first, so system-less ones can join a system cluster afterwards
    # (and dated ones before undated, so an undated headline joins the cluster its lead joined)
    # (and, among those, ones that name a party before partyless ones, which then join by their article)
    ordered = sorted(mentions, key=lambda m: (m.system is None, resolved(m.date) is None,
                                              not countries.actor_set(m), m.doc_id, m.start))
    denied = denied_acts(mentions)
    for m in ordered:
        key = block_key(m)
        actors = countries.actor_set(m)
        doers = frozenset(countries.key(a) for a in m.source if not a.startswith(("weapon:", "media:")))
        target: Cluster | None = None
        if key[1] is None and actors:
            # "the deal" with no system named: join the one compatible system cluster, if unique
            fits = [c for c in by_stage.get(key[0], [])[-_MAX_CANDIDATES:]
                    if c.key[1] is not None and c.actors and actors & c.actors
                    and _fits(c, m, actors, True, doc_actors, doers, denied)]
            if len(fits) == 1:
                target = fits[0]
            elif not fits:
                target = _other_stage(m, actors, key, by_type, by_stage, doc_actors, doers, denied)
        if target is None:
            # the most recent compatible cluster, but one that shares a party before one that names none
            # (an article's partyless headline "X to appeal" must not keep its lead's "X will appeal" from
            # the other reports of X's appeal)
            fitting = [c for c in reversed(blocks.get(key, [])[-_MAX_CANDIDATES:])
                       if _fits(c, m, actors, key[1] is not None, doc_actors, doers, denied)]
            target = next((c for c in fitting if actors & c.actors), fitting[0] if fitting else None)
        # a stage other than a deal's is read from the sentence's arms context, which one report of an
        # event gives and another leaves out ("Chile will pay 20 percent up front" / "... of the frigates'
        # price"; "the presidents will meet" / "will meet for arms talks"): the event's own type links them
        kin_key = (m.type, key[1]) if m.arms_stage not in _DEAL else None
        if target is None and kin_key is not None:
            for c in reversed(kin.get(kin_key, [])[-_MAX_CANDIDATES:]):
                if c.key != key and _fits(c, m, actors, key[1] is not None, doc_actors, doers, denied):
                    target = c
                    break
        if target is None:
            target = Cluster(key, actors, m.status, resolved(m.date))
            blocks.setdefault(key, []).append(target)
            by_stage.setdefault(key[0], []).append(target)
            if kin_key is not None:
                kin.setdefault(kin_key, []).append(target)
                if key[1] is not None and m.arms_stage is not None:
                    by_type.setdefault(m.type, []).append(target)
            clusters.append(target)
        _add(target, m, actors)
        if m.type in _DIRECTED:
            target.doers |= doers
            target.receivers |= {countries.key(a) for a in m.target if not a.startswith(("weapon:", "media:"))}
        if doc_actors is not None:
            target.story |= doc_actors.get(m.doc_id, frozenset())
    if titles:
        clusters = _join_headlines(clusters, titles, countries, doc_actors, denied)
    for c in clusters:
        c.event_id = stable_id("ev", sorted(f"{m.doc_id}:{m.start}:{m.end}" for m in c.mentions))
    return clusters


def _other_stage(m: EventMention, actors: frozenset[str], key: tuple[str, str | None],
                 by_type: dict[str, list[Cluster]], by_stage: dict[str, list[Cluster]],
                 doc_actors: dict[str, frozenset[str]] | None, doers: frozenset[str],
                 denied: dict[tuple[str, int], Denied]) -> Cluster | None:
    """The one cluster of another stage that a system-less mention naming a party reports, if unique.

    A report that leaves out the arms context reads "talks" where another reads "negotiations on the
    howitzers": the event's own type, its parties and its date link them. A deal is an agreement of a
    special kind, so a plain agreement joins one only when its own word is one of buying ("the guns the
    country ordered on March 4" / "signed a contract on Tuesday, March 4"; "agreed" may be any pact of
    the two) and on the deal's very day. Two candidates (two deals of one buyer that day) leave it where
    it is."""
    d = resolved(m.date)
    if m.arms_stage is None and d is not None and len(d.split("T")[0]) == 10 and m.date is not None \
            and m.date.mod is None and _BUYING.search(m.text) is not None:
        pool = [c for c in by_stage.get("deal", [])[-_MAX_CANDIDATES:]
                if c.mentions[0].type == m.type and _same_day(d, c.date)]
    else:
        pool = []
    if m.arms_stage not in _DEAL:
        pool += [c for c in by_type.get(m.type, [])[-_MAX_CANDIDATES:] if c.key[0] != key[0]]
    # both dated: a "meeting" of the same parties with no date is as likely another one
    fits = [c for c in pool if actors & c.actors and d is not None and c.date is not None
            and _fits(c, m, actors, True, doc_actors, doers, denied)]
    return fits[0] if len(fits) == 1 else None


def _not_after(value: str, bound: str) -> bool:
    """`value` (a year, month or day) falls on or before the day `bound`."""
    v, b = value.split("T")[0], bound.split("T")[0]
    return "W" not in v and len(b) == 10 and v <= b[: len(v)]


def _headline_fits(h: EventMention, b: EventMention, c: Cluster, countries: CountryMap,
                   denied: dict[tuple[str, int], Denied]) -> bool:
    """Whether the headline's mention `h` tells the body mention `b`'s event (held in cluster `c`)."""
    h_actors, b_actors = countries.actor_set(h), countries.actor_set(b)
    h_doers, b_doers = ({countries.key(a) for a in x.source if not a.startswith(("weapon:", "media:"))}
                        for x in (h, b))
    if h.type != b.type or not status_compatible(c.status, h.status):  # type: ignore[arg-type]
        return False
    if not (h.arms_stage == b.arms_stage or None in (h.arms_stage, b.arms_stage)
            or {h.arms_stage, b.arms_stage} <= _DEAL):
        return False
    fh, fb = system_family(h.system), system_family(b.system)
    if fh is not None and fb is not None and fh != fb:
        return False
    if _of_truce(h) != _of_truce(c.mentions[0]) or not _same_denied(c, h, denied):
        return False
    if h_actors and b_actors and not (h_actors <= b_actors or b_actors <= h_actors):
        return False
    if h.type in _DIRECTED and h_doers and b_doers and h_doers.isdisjoint(b_doers):
        return False  # "X accuses Y" over "Y accused X"
    dh, dc = resolved(h.date), c.date
    # a headline dated only by its publication ("on or before" that day) fits any earlier date
    bound = dh is not None and h.date is not None and h.date.mod == "ON_OR_BEFORE"
    return dates_compatible(dc, dh) or (bound and dc is not None and _not_after(dc, dh or ""))


def _headline_evidence(h: EventMention, b: EventMention, h_actors: frozenset[str], b_actors: frozenset[str],
                       lead: tuple[int, int]) -> bool:
    """Something beyond the type ties a headline's event to this body mention: both dated, a shared
    party, a shared word of the triggers, the same count, or the lead sentence itself."""
    if resolved(h.date) is not None and resolved(b.date) is not None:
        return True
    if h_actors & b_actors or (h.quantity is not None and h.quantity == b.quantity):
        return True
    words = {w[:4] for w in h.text.lower().split() if len(w) > 2}
    return bool(words & {w[:4] for w in b.text.lower().split() if len(w) > 2}) or \
        (b.sentence.start, b.sentence.end) == lead


def _join_headlines(clusters: list[Cluster], titles: dict[str, tuple[int, int]], countries: CountryMap,
                    doc_actors: dict[str, frozenset[str]] | None,
                    denied: dict[tuple[str, int], Denied]) -> list[Cluster]:
    """Move each headline mention that no body mention of its article joined into the event of the
    first body mention that tells the same thing. A headline tells its story's news in other words
    ("Portugal orders 24 howitzers" / "signed a contract"), often with no party or with only the
    publication day as its date, so the blocks keep it apart. The work is bounded per article and
    each cluster a headline leaves is rebuilt once, so the pass stays linear."""
    home: dict[tuple[str, int], Cluster] = {}
    by_doc: dict[str, list[EventMention]] = {}
    told: set[tuple[int, str]] = set()  # (cluster, article) where the cluster holds a body mention of it
    for c in clusters:
        for m in c.mentions:
            home[(m.doc_id, m.start)] = c
            by_doc.setdefault(m.doc_id, []).append(m)
            span = titles.get(m.doc_id)
            if span is not None and m.start >= span[1]:
                told.add((id(c), m.doc_id))
    left: dict[int, tuple[Cluster, set[tuple[str, int]]]] = {}  # clusters some headline left
    for doc, ms in by_doc.items():
        span = titles.get(doc)
        if span is None:
            continue
        ms.sort(key=lambda m: m.start)
        body = [m for m in ms if m.start >= span[1]]
        if not body:
            continue
        lead = (body[0].sentence.start, body[0].sentence.end)
        for h in (m for m in ms if span[0] <= m.start < span[1]):
            own = home[(doc, h.start)]
            if (id(own), doc) in told:
                continue  # already told with its article's body
            h_actors = countries.actor_set(h)
            for b in body:
                c = home[(doc, b.start)]
                b_actors = countries.actor_set(b)
                if c is not own and _headline_fits(h, b, c, countries, denied) \
                        and _headline_evidence(h, b, h_actors, b_actors, lead):
                    date = c.date  # a headline's date is a bound or the body's own: the body's stands
                    _enter(c, h, countries, doc_actors)
                    c.date = date if date is not None else c.date
                    c.headlines.add((h.doc_id, h.start))
                    home[(doc, h.start)] = c
                    left.setdefault(id(own), (own, set()))[1].add((h.doc_id, h.start))
                    break
    if not left:
        return clusters
    for own, gone in left.values():
        _rebuild(own, [m for m in own.mentions if (m.doc_id, m.start) not in gone], countries, doc_actors)
    return [c for c in clusters if c.mentions]


def _rebuild(c: Cluster, mentions: list[EventMention], countries: CountryMap,
             doc_actors: dict[str, frozenset[str]] | None) -> None:
    """Refill `c` with `mentions` (those its departed headlines left)."""
    c.mentions, c.keyed, c.stems, c.actors = [], [], set(), frozenset()
    c.doers, c.receivers, c.story = set(), set(), set()
    c.date, c.status = None, "denied"
    c.headlines &= {(m.doc_id, m.start) for m in mentions}
    for m in mentions:
        _enter(c, m, countries, doc_actors)


def _enter(c: Cluster, m: EventMention, countries: CountryMap, doc_actors: dict[str, frozenset[str]] | None) -> None:
    """Add `m` to `c` with everything the main pass records beside `_add`."""
    _add(c, m, countries.actor_set(m))
    if m.type in _DIRECTED:
        c.doers |= {countries.key(a) for a in m.source if not a.startswith(("weapon:", "media:"))}
        c.receivers |= {countries.key(a) for a in m.target if not a.startswith(("weapon:", "media:"))}
    if doc_actors is not None:
        c.story |= doc_actors.get(m.doc_id, frozenset())


def fused_fields(c: Cluster) -> dict[str, object]:
    """The Event fields a cluster implies (the caller builds the record)."""
    ms = sorted(c.mentions, key=lambda m: (m.doc_id, m.start))
    stages = [m.arms_stage for m in ms if m.arms_stage]
    stage = "contract" if "contract" in stages and set(stages) <= _DEAL else most_common(stages)
    # a contract is told from the supplier's side, an order from the buyer's ("Baykar signed a contract
    # with Kenya" / "Kenya orders drones from Baykar"): each mention is read in the fused stage's direction
    flip = {"contract": "order", "order": "contract"}.get(stage or "") if set(stages) <= _DEAL else None
    # a headline that `_join_headlines` gave its body's event compresses its story ("Korean maker",
    # "€420m deal"): its roles, count and sum count only where the rest of the event names none
    body = [m for m in ms if (m.doc_id, m.start) not in c.headlines]
    told = body if any(m.source or m.target for m in body) else ms
    # the first mention names the event with the roles: the body's account before its headline's (unless
    # the headline's roles are the event's), one of the event's stage before one of none ("signed a
    # contract" before "Portugal orders")
    shown = sorted(ms, key=lambda m: (told is body and (m.doc_id, m.start) in c.headlines,
                                      stage is not None and m.arms_stage is None))
    sides = [(m.target, m.source) if flip is not None and m.arms_stage == flip else (m.source, m.target)
             for m in told]
    src = Counter(a for s, _ in sides for a in s)
    tgt = Counter(a for _, t in sides for a in t if a not in src)
    unres = any(m.date is not None and m.date.value == UNRESOLVED for m in ms)
    date: EventDate | None = None
    if c.date is not None:
        # a headline's "on or before" its publication day says less than a body's date of that day
        mods = [m.date.mod for m in ms if m.date is not None and m.date.value == c.date]
        if None in mods:
            mods = [x for x in mods if x != "ON_OR_BEFORE"]
        mod = mods[0] if mods else None
        date = EventDate(c.date, mod)
    elif unres:
        date = EventDate(UNRESOLVED)
    counted = body if any(m.quantity is not None for m in body) else ms
    qty = Counter(m.quantity for m in counted if m.quantity is not None)
    unit = most_common(m.unit for m in counted if m.quantity is not None and m.quantity == (
        qty.most_common(1)[0][0] if qty else None))
    vals = Counter(m.value_usd for m in (body if any(m.value_usd is not None for m in body) else ms)
                   if m.value_usd is not None)
    docs = sorted({m.doc_id for m in ms})
    return {
        "type": most_common(m.type for m in ms) or ms[0].type,
        "status": c.status,
        "mentions": tuple(Mention(m.doc_id, m.start, m.end, m.text, m.quote_id) for m in shown),
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


# Tuned on the ECB+ train topics (CoNLL F1 of the clustering of gold mentions), not on dev:
_DOC_LINK = 0.0425  # mean idf cosine that merges two document groups (centre of the train optimum 0.040-0.045)
_DOC_ATTACH = 0.01  # a small group joins the larger group it is most similar to above this
_DOC_SMALL = 4  # groups of fewer documents than this are attached to a larger one
_DOC_POSTING_CAP = 50  # a feature shared by more documents than this proposes no candidate pairs
_ARG_CANDIDATES = 16


def _idf_vectors(docs: dict[str, frozenset[str]]) -> dict[str, dict[str, float]]:
    """Unit-length idf vectors (binary term weights): a word every document of the topic uses
    ("earthquake" in an earthquake topic) weighs nothing, one half of them use weighs most."""
    n = len(docs)
    df: dict[str, int] = {}
    for feats in docs.values():
        for f in feats:
            df[f] = df.get(f, 0) + 1
    out: dict[str, dict[str, float]] = {}
    for d, feats in docs.items():
        vec = {f: math.log(n / df[f]) for f in feats if df[f] < n}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        out[d] = {f: w / norm for f, w in vec.items()}
    return out


def document_blocks(docs: dict[str, frozenset[str]], threshold: float = _DOC_LINK) -> list[list[str]]:
    """Group the documents of a topic that report the same happening (ECB+'s sub-topics: two
    earthquakes, two arrests of one kind): average-link agglomerative clustering on the idf-weighted
    cosine of their content words (names included), stopping when the best pair of groups falls
    below `threshold`; then groups too small to be a story of their own join their nearest group. Average link, unlike single link, does not chain two happenings through one
    article that mentions both. Candidate pairs come from an inverted index over features shared by
    at most `_DOC_POSTING_CAP` documents (pairs sharing none count as 0), and merges pop from a heap,
    so the cost follows the number of similar pairs, not the square of the topic size."""
    names = sorted(docs)
    vecs = _idf_vectors(docs)
    n = len(names)
    index: dict[str, list[int]] = {}
    for i, d in enumerate(names):
        for f in vecs[d]:
            index.setdefault(f, []).append(i)
    cap = max(8, min(n // 2, _DOC_POSTING_CAP))
    pairs: set[int] = set()  # i * n + j for documents i < j: plain ints, no tuples to allocate
    for ds in index.values():
        if len(ds) <= cap:
            pairs.update(a * n + b for k, a in enumerate(ds) for b in ds[k + 1 :])
    # the similarity graph: nbr[a][b] = cosine of documents a and b (pairs in name order)
    nbr: dict[str, dict[str, float]] = {d: {} for d in names}
    for p in sorted(pairs):
        a, b = names[p // n], names[p % n]
        va, vb = vecs[a], vecs[b]
        if len(va) > len(vb):
            va, vb = vb, va
        sim = sum(w * vb.get(f, 0.0) for f, w in va.items())
        if sim > 0:
            nbr[a][b] = nbr[b][a] = sim
    del pairs, index
    members = _average_link(names, nbr, threshold)  # reads nbr, does not change it
    return _attach_loners(members, nbr)


class _Groups:
    """The groups of an average-link clustering, with each group's best partner found without a
    rescan: group `g` keeps a lazy max-heap of its neighbours keyed by `total(g, x) / |x|`, which
    does not depend on `g`'s own size, so it stays ordered when `g` grows and only the entries of a
    merged neighbour go stale (dropped or re-pushed when they reach the top). A merge moves the
    smaller neighbour dict into the larger one, so every link moves O(log n) times: rescanning a
    merged group's neighbours on every pop made the cost O(n · degree), and the degree of a merged
    group grows with the corpus."""

    def __init__(self, names: list[str], nbr: dict[str, dict[str, float]]) -> None:
        ids = {d: i for i, d in enumerate(names)}
        self.label = list(names)  # smallest document name of the group: its name
        self.by_label = dict(ids)
        self.parent = list(range(len(names)))
        self.size = [1] * len(names)
        self.members: list[list[str]] = [[d] for d in names]
        self.ver = [0] * len(names)
        self.nbr: list[dict[int, float]] = [{ids[c]: t for c, t in nbr[d].items()} for d in names]
        self.heap: list[list[tuple[float, str, int, int]]] = []
        self.pushed: list[dict[int, int]] = []
        for ns in self.nbr:
            h = [(-t / self.size[x], self.label[x], x, 0) for x, t in ns.items()]
            heapq.heapify(h)
            self.heap.append(h)
            self.pushed.append(dict.fromkeys(ns, 0))

    def find(self, g: int) -> int:
        root = g
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[g] != root:
            self.parent[g], g = root, self.parent[g]
        return root

    def _push(self, g: int, x: int) -> None:
        heapq.heappush(self.heap[g], (-self.nbr[g][x] / self.size[x], self.label[x], x, self.ver[x]))
        self.pushed[g][x] = self.ver[x]

    def best(self, g: int) -> tuple[float, int]:
        """The neighbour with the highest average link to `g` (ties: smallest name), or (0, -1)."""
        h = self.heap[g]
        while h:
            key, _label, x, ver = h[0]
            if self.parent[x] == x and ver == self.ver[x] and x in self.nbr[g]:
                t = self.nbr[g][x]
                if key == -t / self.size[x]:
                    return t / (self.size[g] * self.size[x]), x
            heapq.heappop(h)
            y = self.find(x)
            if y != g and y in self.nbr[g] and self.pushed[g].get(y) != self.ver[y]:
                self._push(g, y)
        return 0.0, -1

    def merge(self, a: int, b: int) -> int:
        """Merge groups `a` and `b`; the one with more neighbours keeps its id (and heap)."""
        if len(self.nbr[a]) < len(self.nbr[b]):
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        first, second = (a, b) if self.label[a] < self.label[b] else (b, a)
        self.members[a] = self.members[first] + self.members[second]  # the name's own first
        old = self.label[a]
        self.label[a] = min(old, self.label[b])
        del self.by_label[max(old, self.label[b])]
        self.by_label[self.label[a]] = a
        self.ver[a] += 1
        na = self.nbr[a]
        na.pop(b, None)
        for c, total in self.nbr[b].items():
            if c != a:
                nc = self.nbr[c]
                del nc[b]
                na[c] = nc[a] = na.get(c, 0.0) + total
                self._push(a, c)
        self.nbr[b], self.heap[b], self.pushed[b], self.members[b] = {}, [], {}, []
        return a


def _average_link(names: list[str], nbr: dict[str, dict[str, float]], threshold: float) -> dict[str, list[str]]:
    """Average-link agglomeration of the documents `names` over the similarity graph `nbr`,
    merging the best pair of groups until it falls below `threshold`; groups by name."""
    gs = _Groups(names, nbr)
    # one heap entry per group: its best average link, an upper bound once neighbours merge (the
    # average to a merged group never exceeds the larger of the two averages), checked when popped
    heap: list[tuple[float, str]] = []
    for g, a in enumerate(names):
        top, partner = gs.best(g)
        if partner >= 0 and top >= threshold:
            heapq.heappush(heap, (-top, a))
    while heap:
        neg, a = heapq.heappop(heap)
        if a not in gs.by_label:
            continue  # merged away since this entry was pushed
        g = gs.by_label[a]
        top, b = gs.best(g)
        if b < 0 or top < threshold:
            continue
        if top < -neg - 1e-12:  # stale upper bound: queue again at its real value
            heapq.heappush(heap, (-top, a))
            continue
        g = gs.merge(g, b)
        top, partner = gs.best(g)
        if partner >= 0 and top >= threshold:
            heapq.heappush(heap, (-top, gs.label[g]))
    return {gs.label[g]: gs.members[g] for g in gs.by_label.values()}


def _attach_loners(members: dict[str, list[str]], sims: dict[str, dict[str, float]]) -> list[list[str]]:
    """A group smaller than `_DOC_SMALL` (a short article, a round-up) joins the larger group it is
    most similar to on average, when there is one above `_DOC_ATTACH`: an event is seldom reported
    by one or two articles only."""
    group_of = {d: g for g, ms in members.items() for d in ms}
    moves: list[tuple[str, str]] = []
    for g, ms in sorted(members.items()):
        if len(ms) >= _DOC_SMALL:
            continue
        totals: dict[str, float] = {}
        for d in ms:
            for other, sim in sims[d].items():
                h = group_of[other]
                if len(members[h]) >= _DOC_SMALL:
                    totals[h] = totals.get(h, 0.0) + sim
        best = max(((t / (len(ms) * len(members[h])), h) for h, t in totals.items()), default=(0.0, ""))
        if best[0] > _DOC_ATTACH:
            moves.append((g, best[1]))
    for g, h in moves:
        members[h].extend(members.pop(g))
    return [sorted(ms) for _d, ms in sorted(members.items())]


def _args_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two mentions whose sentences both name participants, none shared: different happenings."""
    return bool(a) and bool(b) and not (a & b)


def cluster_topic(mentions: list[TopicMention], threshold: float = _DOC_LINK,
                  use_arguments: bool = False) -> list[list[TopicMention]]:
    """Cross-document event coreference inside one topic (ECB+ mode of the fusion coreference):
    block documents by what they are about, then within a block merge mentions of one sense
    (with `use_arguments`, only those whose sentences' participants agree; each mention tries at
    most `_ARG_CANDIDATES` clusters). The argument check costs ~4 CoNLL points on ECB+ train (gold
    mentions) and ~3 on dev — sentence-level names are sparse and noisy, and the document grouping
    already separates happenings by their participants — so it is off by default."""
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
