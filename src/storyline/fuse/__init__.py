"""Fusion: one record per real-world event across documents; corroborations, contradictions, deals.

Everything here is blocked or keyed — no loop over all pairs of mentions — so fusing n mentions
costs O(n log n) (a sort plus bounded work per mention); see `benchmark`.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterable

from storyline.dedup import source_key
from storyline.fuse.aliases import (
    acronym_redirects,
    firm_person_redirects,
    merged_ids,
    rewrite_actors,
    rewrite_events,
    short_name_redirects,
    surname_redirects,
    weapon_redirects,
)
from storyline.fuse.common import CountryMap
from storyline.fuse.coref import cluster_mentions, fused_fields
from storyline.fuse.deals import build_deals, instalment
from storyline.fuse.facts import (
    build_entities,
    cluster_value_conflicts,
    contradictions,
    corroborations,
    value_conflicts,
)
from storyline.records import (
    ActorMention,
    Annotation,
    Document,
    Event,
    EventDate,
    EventMention,
    Fusion,
    Mention,
)

log = logging.getLogger(__name__)

__all__ = ["benchmark", "fuse"]


# a party named in more than this share of the corpus's documents (and more than a handful) says
# nothing about which story an article tells: "the United States" in a year of wire copy
_COMMON_PARTY_SHARE = 0.02
_FEW_DOCS = 3
# two articles that both name the parties of a claim and its denial tell one story when they share any
# party but the corpus's commonest: a small collection is often one story told by every article in it
_STORY_DOCS = 20


def _distinctive(doc_actors: dict[str, set[str]], few: int = _FEW_DOCS) -> dict[str, frozenset[str]]:
    """Each document's parties less those too common in the corpus to tie two articles to one story."""
    df: Counter[str] = Counter(a for v in doc_actors.values() for a in v)
    limit = max(few, _COMMON_PARTY_SHARE * len(doc_actors))
    return {d: frozenset(a for a in v if df[a] <= limit) for d, v in doc_actors.items()}


def fuse(annotations: Iterable[Annotation]) -> Fusion:
    """Fuse per-document annotations into the corpus view."""
    docs: dict[str, Document] = {}
    actors: list[ActorMention] = []
    mentions: list[EventMention] = []
    speakers: dict[tuple[str, str], str] = {}
    for ann in annotations:
        docs[ann.document.doc_id] = ann.document
        actors.extend(ann.actors)
        mentions.extend(ann.events)
        speakers.update(_speakers(ann))
    # acronyms defined in one article name the same entity in all of them (before anything is built)
    # and a bare surname one outlet uses names the one person another outlet names in full
    # and a firm's short name one story resolves ("Daesan" of "Daesan Heavy Industries") names it in all
    # and a maker's name given with a designator ("Bayraktar TB2") is the designated weapon ("TB2s")
    # and a company one story's tagger took for a person is the company another story names
    redirect = acronym_redirects(actors) | short_name_redirects(actors) | surname_redirects(actors) \
        | weapon_redirects(actors) | firm_person_redirects(actors)
    if redirect:
        folded = merged_ids(redirect, (x for a in actors for x in (a.entity_id, a.affiliation or "")))
        actors = rewrite_actors(actors, redirect)
        mentions = rewrite_events(mentions, redirect)
        log.debug("folded %d acronym ids into their defined entities", len(redirect))
    else:
        folded = {}
    outlets = {d: _outlet(doc) for d, doc in docs.items()}
    countries = CountryMap(actors)
    entities = build_entities(actors, folded)
    names = {e.entity_id: e.name for e in entities}
    doc_actors: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if not a.entity_id.startswith(("weapon:", "media:")):
            doc_actors[a.doc_id].add(countries.key(a.entity_id))
    story = _distinctive(doc_actors)
    titles = {d: (doc.title_span.start, doc.title_span.end) for d, doc in docs.items() if doc.title_span}
    clusters = cluster_mentions(mentions, countries, story, titles)
    events: dict[str, Event] = {}
    mention_event: dict[tuple[str, int], str] = {}
    rejects: dict[tuple[str, int, int], list[EventMention]] = defaultdict(list)
    for c in clusters:
        f = fused_fields(c)
        events[c.event_id] = Event(event_id=c.event_id, **f)  # type: ignore[arg-type]
        for m in c.mentions:
            mention_event[(m.doc_id, m.start)] = c.event_id
            if m.type == "REJECT" and m.status != "denied":
                rejects[(m.doc_id, m.sentence.start, m.sentence.end)].append(m)
    system_spans: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for a in actors:
        if a.type == "weapon_system":
            system_spans[a.entity_id].append((a.doc_id, a.end))
    deals = build_deals(clusters, events, countries, docs, system_spans)
    contra = contradictions(clusters, mention_event, rejects, speakers, outlets, names, story, countries.key,
                            _distinctive(doc_actors, _STORY_DOCS), {d: doc.text for d, doc in docs.items()},
                            {d: doc.published.value for d, doc in docs.items()}) \
        + cluster_value_conflicts(clusters)
    # an instalment's sum is not the deal's value ("will pay a first instalment of $300 million")
    contra += value_conflicts(
        (d.deal_id, [events[e] for e in d.events if not instalment(events[e], docs)]) for d in deals
    )
    # copies of one text from one outlet are one source, not several (see storyline.dedup)
    independent = {d: source_key(doc) for d, doc in docs.items()}
    corro = corroborations(clusters, events, countries, independent)
    ordered_events = tuple(sorted(events.values(), key=_event_order))
    log.debug("fused %d mentions into %d events, %d deals", len(mentions), len(events), len(deals))
    return Fusion(
        entities=entities,
        events=ordered_events,
        corroborations=corro,
        contradictions=contra,
        deals=deals,
    )


_BARE_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


# a demonstrative before a common noun points back to someone unnamed ("This official", "these sources")
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _nameless(text: str) -> bool:
    """A speaker left as a bare pronoun or a demonstrative and a lower-case noun names no one."""
    words = text.split()
    if len(words) == 1:
        return words[0].lower() in _BARE_PRONOUNS
    return words[0].lower() in _DEMONSTRATIVES and all(w.islower() for w in words[1:])


def _speakers(ann: Annotation) -> dict[tuple[str, str], str]:
    """(doc, quote_id) → "Speaker via Outlet". An outlet reporting what a person told it is
    named with that person ("X via Bloomberg") when another quote relays X through it."""
    relayed: dict[str, str] = {}
    for q in ann.quotes:
        if q.via and q.speaker is not None and q.speaker.name:
            relayed.setdefault(q.via, q.speaker.name)
    out: dict[tuple[str, str], str] = {}
    named = {a.entity_id: a.name or a.text for a in ann.actors}
    for q in ann.quotes:
        if q.speaker is None or (not q.speaker.name and _nameless(q.speaker.text)):
            continue  # "They said …", "This official said …": no one a reader could look up
        who = q.speaker.name or q.speaker.text
        if q.via:  # the outlet by name, not its id ("X via Horn Wire")
            who = f"{who} via {named.get(q.via, q.via)}"
        elif q.speaker.entity_id in relayed:
            who = f"{relayed[q.speaker.entity_id]} via {who}"
        out[(q.doc_id, q.quote_id)] = who
    return out


def _event_order(e: Event) -> tuple[str, str, str]:
    first = e.mentions[0] if e.mentions else Mention("", 0, 0, "")
    return (e.date.value if e.date is not None else "~", first.doc_id, f"{first.start:09d}")


def benchmark(n_mentions: int, *, seed: int = 7) -> float:
    """Seconds to fuse `n_mentions` synthetic event mentions (for the scaling test)."""
    import random

    from storyline.records import Span

    rng = random.Random(seed)
    codes = [f"C{i:02d}" for i in range(40)]
    types = ["CONSULT", "AGREE", "SANCTION", "ASSAULT", "AID", "REJECT", "REQUEST"]
    per_doc = 20
    anns: list[Annotation] = []
    for d in range(max(1, n_mentions // per_doc)):
        doc_id = f"d{d}"
        evs: list[EventMention] = []
        acts: list[ActorMention] = []
        for k in range(per_doc):
            a, b = rng.sample(codes, 2)
            acts.append(ActorMention(doc_id, k * 10, k * 10 + 3, a, f"country:{a}", "country", a))
            year = 2000 + rng.randrange(20)
            evs.append(
                EventMention(
                    doc_id=doc_id, mention_id=f"e{k + 1}", start=k * 10, end=k * 10 + 5, text="event",
                    sentence=Span(k * 10, k * 10 + 9), type=rng.choice(types),
                    status=rng.choice(["happened", "happened", "planned", "denied"]),
                    source=(f"country:{a}",), target=(f"country:{b}",),
                    date=EventDate(f"{year}-{1 + rng.randrange(12):02d}") if rng.random() < 0.7 else None,
                )
            )
        # the first event sits in a headline, so the pass that joins headlines to their body is timed too
        doc = Document(doc_id, "x" * (per_doc * 10), title_span=Span(0, 9))
        anns.append(Annotation(doc, actors=tuple(acts), events=tuple(evs)))
    t0 = time.perf_counter()
    fuse(anns)
    return time.perf_counter() - t0


def _outlet(doc: Document) -> str:
    """How a contradiction note names an article: its outlet, else its quoted headline (a reader
    cannot place a bare document id), else the id."""
    if doc.source:
        return doc.source
    if doc.title:
        title = " ".join(doc.title.split())
        return f"“{title if len(title) <= 60 else title[:59].rstrip() + '…'}”"
    return doc.doc_id
