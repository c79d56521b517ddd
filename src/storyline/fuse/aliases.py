"""Corpus-wide acronym aliases: "Full Name (ACR)" in one article names ACR in every article.

The actors stage resolves "ACR" to its full name only inside the document that defines it; in
another article a bare unknown acronym gets the id `org:<slug>`. Fusion sees the whole store, so
it can fold that bare id into the defined entity — independent of document order. One pass over
the mentions builds a dict; rewriting is a dict look-up per id (no pairwise work).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import lru_cache

from storyline.actors import gazetteer, persons
from storyline.records import ActorMention, EventMention

log = logging.getLogger(__name__)

# one token, starts with a capital, at least two capitals in all ("FMV", "DoD", "NATO-like")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]{1,11}")
_ALIAS_TYPES = frozenset({"organization", "media"})


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


def bare_id(acronym: str) -> str:
    """The id the actors stage gives an acronym it cannot resolve (an unknown ORG: "org:" + slug)."""
    return "org:" + gazetteer.slug(acronym)


@lru_cache(maxsize=1)
def _gazetteer_ids() -> frozenset[str]:
    return frozenset(e.entity_id for e in gazetteer.FORMS.values())


def acronym_redirects(actors: Iterable[ActorMention]) -> dict[str, str]:
    """bare acronym id → the entity its in-text definition resolved to, for unambiguous acronyms.

    A definition is a mention whose text is a bare acronym but whose id is not the bare id (the
    actors stage mapped it to "Full Name"'s entity). An acronym defined two different ways in the
    corpus is left alone; ids the gazetteer knows are never redirected.
    """
    return _alias_redirects(actors, lambda a: is_acronym(a.text), "acronym")


def _short_name(a: ActorMention) -> bool:
    """"Daesan" resolved by its story to "Daesan Heavy Industries": a firm's first word alone."""
    words = a.name.split()
    return a.type == "organization" and " " not in a.text and len(words) >= 2 and words[0] == a.text \
        and a.text[:1].isupper() and a.text.isalpha()


def short_name_redirects(actors: Iterable[ActorMention]) -> dict[str, str]:
    """bare id of a firm's short name → the firm, when some story resolved that short name to it.

    One outlet writes "Daesan Heavy Industries … Daesan said", another only "Daesan said": the
    second's `org:daesan` is the first's firm, as long as the corpus resolves "Daesan" one way only.
    Same shape as `acronym_redirects`; one pass, dict look-ups."""
    return _alias_redirects(actors, _short_name, "short name")


def _alias_redirects(actors: Iterable[ActorMention], alias: Callable[[ActorMention], bool], what: str) -> dict[str, str]:
    targets: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for a in actors:
        if a.type not in _ALIAS_TYPES or not alias(a):
            continue
        src = bare_id(a.text)
        if a.entity_id == src:
            continue
        targets[src].add(a.entity_id)
        names.setdefault(src, a.text)
    known = _gazetteer_ids()
    out: dict[str, str] = {}
    for src, tgts in targets.items():
        if gazetteer.lookup(names[src]) is not None or src in known:
            continue
        if len(tgts) > 1:
            log.info("%s %r stands for %s in the corpus; not merged", what, names[src], sorted(tgts))
            continue
        out[src] = next(iter(tgts))
    # a target that is itself redirected (chains) or points back: keep only clean one-step maps
    return {s: t for s, t in out.items() if t not in out}


def firm_person_redirects(actors: Iterable[ActorMention]) -> dict[str, str]:
    """person id → organization id of the same name, for a "person" no story gives a role and whose
    name does not open with a given name: one story's tagger took "Xtown del Norte" for a person where
    another names the company ("Xtown del Norte SA"). One pass, dict look-ups."""
    orgs: dict[str, str] = {}
    people: dict[str, str] = {}
    roled: set[str] = set()
    for a in actors:
        kind, _, key = a.entity_id.partition(":")
        if a.type == "organization" and kind == "org":
            orgs.setdefault(key, a.entity_id)
        elif a.type == "person" and kind == "person":
            people.setdefault(a.entity_id, a.name)
            if a.role:
                roled.add(a.entity_id)
    out: dict[str, str] = {}
    for pid, name in people.items():
        words = name.split()
        key = pid.partition(":")[2]
        if key in orgs and pid not in roled and len(words) >= 2 and words[0].lower() not in persons.GIVEN_NAME_SEX:
            out[pid] = orgs[key]
    return out


def redirect_actor(a: ActorMention, r: Mapping[str, str]) -> ActorMention:
    """`a` with its entity id and affiliation mapped through `r` (the same object when unchanged)."""
    eid = r.get(a.entity_id, a.entity_id)
    aff = r.get(a.affiliation, a.affiliation) if a.affiliation else a.affiliation
    return a if (eid, aff) == (a.entity_id, a.affiliation) else replace(a, entity_id=eid, affiliation=aff)


def redirect_event(m: EventMention, r: Mapping[str, str]) -> EventMention:
    """`m` with its source/target/system ids mapped through `r` (the same object when unchanged)."""
    if not any(x in r for x in (*m.source, *m.target, m.system or "")):
        return m

    def ids(xs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.get(x, x) for x in xs))

    return replace(m, source=ids(m.source), target=ids(m.target),
                   system=r.get(m.system, m.system) if m.system else m.system)


def rewrite_actors(actors: list[ActorMention], redirect: Mapping[str, str]) -> list[ActorMention]:
    """Mentions with folded ids replaced by their canonical entity, named as it (and persons' affiliations)."""
    if not redirect:
        return actors
    canonical_name: dict[str, str] = {}
    for a in actors:
        if a.entity_id in redirect.values() and a.name and not is_acronym(a.name):
            canonical_name.setdefault(a.entity_id, a.name)
    out: list[ActorMention] = []
    for a in actors:
        new = redirect_actor(a, redirect)
        if new.entity_id != a.entity_id:
            new = replace(new, name=canonical_name.get(new.entity_id, a.name))
        out.append(new)
    return out


def rewrite_events(mentions: list[EventMention], redirect: Mapping[str, str]) -> list[EventMention]:
    """Event mentions whose source/target/system ids point at canonical entities."""
    return [redirect_event(m, redirect) for m in mentions] if redirect else mentions


def merged_ids(redirect: Mapping[str, str], seen: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """canonical id → the folded ids that actually occurred in the corpus (sorted)."""
    out: dict[str, set[str]] = defaultdict(set)
    for x in seen:
        t = redirect.get(x)
        if t is not None:
            out[t].add(x)
    return {t: tuple(sorted(v)) for t, v in out.items()}


def surname_redirects(actors: Iterable[ActorMention]) -> dict[str, str]:
    """Bare-surname person id -> the one full-name person id with that surname in the corpus.

    Within a story the actors stage resolves "Ruiz" to "Gen. Ana Ruiz"; a second outlet that only
    writes "Ruiz" gives `person:ruiz`. Fusion can fold that id into `person:ana-ruiz` (as it folds
    acronyms) when exactly one full name in the corpus ends in that surname (two namesakes stay
    apart), that person is called by the surname alone in some story, and the stories share some
    other entity (a place, country or body: the same story, not a different Ruiz). Same shape as `fuse.aliases.acronym_redirects`; one pass, dict look-ups.
    """
    fulls: dict[str, set[str]] = {}
    short_used: set[str] = set()  # full-name ids some story calls by the surname alone, or gives a role
    bare: set[str] = set()
    docs_of: dict[str, set[str]] = {}
    ids_in: dict[str, set[str]] = {}
    for a in actors:
        docs_of.setdefault(a.entity_id, set()).add(a.doc_id)
        if not a.entity_id.startswith(("media:", "weapon:")):
            ids_in.setdefault(a.doc_id, set()).add(a.entity_id)
        if a.type != "person" or not a.entity_id.startswith("person:"):
            continue
        key = a.entity_id.split(":", 1)[1]
        if "-" in key and len(a.name.split()) >= 2:
            fulls.setdefault(key.rsplit("-", 1)[1], set()).add(a.entity_id)
            if a.text.split()[-1].lower() == a.name.split()[-1].lower() and len(a.text.split()) == 1:
                short_used.add(a.entity_id)
            if a.role:  # "Judge Patricia Okonjo": a full name with a role is how a story introduces her
                short_used.add(a.entity_id)
        elif "-" not in key:
            bare.add(a.entity_id)
    out: dict[str, str] = {}
    for b in bare:
        targets = fulls.get(b.split(":", 1)[1], set())
        if len(targets) != 1:
            continue
        full = next(iter(targets))
        if full not in short_used:
            continue  # ("Crazy Bernie" is never "Bernie" alone: a nickname, not a surname)
        near_b = {x for d in docs_of[b] for x in ids_in.get(d, ())} - {b, full}
        near_f = {x for d in docs_of[full] for x in ids_in.get(d, ())} - {b, full}
        if near_b & near_f:
            out[b] = full
    return out


def _designator_key(word: str) -> str:
    """"TB2", "TB-2", "TB2s" → "tb2": a designator as the weapon ids spell it, less hyphens and a plural."""
    return re.sub(r"(?<=\d)s$", "", word.lower().replace("-", ""))


def weapon_redirects(actors: Iterable[ActorMention]) -> dict[str, str]:
    """Maker or family id → the designated weapon it was named with ("Bayraktar TB2" made
    `weapon:bayraktar`, "TB2s" in the same story `weapon:tb-2`: one system, two register rows).

    A name without a digit folds into the one designated weapon that follows it in its multi-word
    forms, when every such form names that weapon ("Bayraktar Akinci" beside "Bayraktar TB2" keeps
    the maker apart) and some article names both (a designator alone can be another maker's:
    "F4" of one plane, "F-4" of another). Same shape as `acronym_redirects`; one pass, dict look-ups.
    """
    forms: dict[str, set[str]] = defaultdict(set)
    docs_of: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if a.type == "weapon_system" and a.entity_id.startswith("weapon:"):
            forms[a.entity_id].add(a.text)
            docs_of[a.entity_id].add(a.doc_id)
    keyed: dict[str, str] = {}
    for eid in forms:
        key = _designator_key(eid.split(":", 1)[1])
        if any(ch.isdigit() for ch in key):
            keyed[key] = eid
    out: dict[str, str] = {}
    for eid, texts in forms.items():
        if any(ch.isdigit() for ch in eid):
            continue  # already a designated weapon
        named: set[str | None] = set()
        for text in texts:
            words = text.split()
            if len(words) >= 2:
                named.add(next((keyed[k] for w in words[1:] if (k := _designator_key(w)) in keyed), None))
        if len(named) == 1 and (target := next(iter(named))) is not None and docs_of[eid] & docs_of[target]:
            out[eid] = target
    return out
