"""Per-document records as the fusion names their actors.

The store keeps each document's records as annotated; fusion may fold an id into another entity
(an acronym defined in another article, see `storyline.fuse.aliases`) and lists it in
`Entity.merged_ids`. Exporters map every id through that redirect so no exported record points
at an id that entities.jsonl lacks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from storyline.fuse.aliases import redirect_actor, redirect_event
from storyline.records import Annotation, Fusion, Quote


def redirects(fusion: Fusion) -> dict[str, str]:
    """folded id → canonical entity_id."""
    return {old: e.entity_id for e in fusion.entities for old in e.merged_ids}


def quote(q: Quote, r: Mapping[str, str]) -> Quote:
    sp = q.speaker
    if sp is not None and sp.entity_id is not None and sp.entity_id in r:
        q = replace(q, speaker=replace(sp, entity_id=r[sp.entity_id]))
    if q.via is not None and q.via in r:
        q = replace(q, via=r[q.via])
    return q


def canonical(ann: Annotation, redirect: Mapping[str, str]) -> Annotation:
    """`ann` with every entity id mapped through `redirect` (the same object when nothing changes)."""
    if not redirect:
        return ann
    return replace(
        ann,
        actors=tuple(redirect_actor(a, redirect) for a in ann.actors),
        quotes=tuple(quote(q, redirect) for q in ann.quotes),
        events=tuple(redirect_event(e, redirect) for e in ann.events),
    )
