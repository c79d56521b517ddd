"""Records ⇄ the JSON shapes of DESIGN.md's output contract (field names are a public interface).

This is the one edge where records become dicts. The contract renames a few things: events carry
`actors: {source, target}` (records: `source_actors`/`target_actors`), `Document.published` becomes
`{value, how, evidence, bounds?}`, spans become `{start, end}` and span lists `[[start, end], ...]`.
Keys marked optional in the contract (`bounds?`, `role?`, `affiliation?`, `country?`, `quote_id?`,
`event_id?`) are written only when they have a value.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from storyline.errors import StorylineError
from storyline.export.canonical import canonical, redirects
from storyline.export.corpus import Corpus
from storyline.records import (
    ActorMention,
    Contradiction,
    Corroboration,
    Deal,
    Delivery,
    Discrepancy,
    DocDate,
    Document,
    Entity,
    Event,
    EventDate,
    EventMention,
    Figure,
    Mention,
    Quote,
    Span,
    Speaker,
    TextSpan,
    Timex,
    Updated,
)

log = logging.getLogger(__name__)

JSON = dict[str, Any]

#: the contract's files, in the order they are written
CONTRACT_FILES: tuple[str, ...] = (
    "documents.jsonl", "timexes.jsonl", "entities.jsonl", "quotes.jsonl", "events.jsonl",
    "corroborations.jsonl", "contradictions.jsonl", "deals.jsonl",
)


# --- records -> JSON ---------------------------------------------------------------------------
def _span(s: Span | None) -> JSON | None:
    return None if s is None else {"start": s.start, "end": s.end}


def _mention(m: Mention) -> JSON:
    out: JSON = {"doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text}
    if m.quote_id is not None:
        out["quote_id"] = m.quote_id
    return out


def _edate(d: EventDate | None) -> JSON | None:
    return None if d is None else {"value": d.value, "mod": d.mod}


def document_json(d: Document) -> JSON:
    p = d.published
    published: JSON = {"value": p.value, "how": p.how, "evidence": _span(p.evidence)}
    if p.bounds is not None:
        published["bounds"] = list(p.bounds)
    updated = None if d.updated is None else {"value": d.updated.value, "evidence": _span(d.updated.evidence)}
    out: JSON = {
        "doc_id": d.doc_id, "path": d.path, "url": d.url, "source": d.source, "title": d.title,
        "dateline": d.dateline, "published": published, "updated": updated,
        "body": [[s.start, s.end] for s in d.body], "boilerplate": [[s.start, s.end] for s in d.boilerplate],
        "errors": list(d.errors),
    }
    if d.duplicate_of is not None:  # an addition to the contract: the canonical copy's doc_id
        out["duplicate_of"] = d.duplicate_of
    if d.dateline_span is not None:  # an addition to the contract: where the dateline sits
        out["dateline_span"] = _span(d.dateline_span)
    return out


def timex_json(t: Timex) -> JSON:
    return {"doc_id": t.doc_id, "timex_id": t.timex_id, "start": t.start, "end": t.end, "text": t.text,
            "type": t.type, "value": t.value, "mod": t.mod, "anchor": t.anchor}


def entity_json(e: Entity) -> JSON:
    out: JSON = {"entity_id": e.entity_id, "type": e.type, "name": e.name, "aliases": list(e.aliases)}
    for key in ("role", "affiliation", "country"):
        value = getattr(e, key)
        if value is not None:
            out[key] = value
    out["mentions"] = [_mention(m) for m in e.mentions]
    if e.merged_ids:  # an addition to the contract: ids folded into this entity by fusion
        out["merged_ids"] = list(e.merged_ids)
    return out


def quote_json(q: Quote) -> JSON:
    sp = q.speaker
    speaker = None if sp is None else {
        "start": sp.start, "end": sp.end, "text": sp.text, "entity_id": sp.entity_id, "name": sp.name,
        "role": sp.role,
    }
    cue = None if q.cue is None else {"start": q.cue.start, "end": q.cue.end, "text": q.cue.text}
    c = q.content
    return {"doc_id": q.doc_id, "quote_id": q.quote_id, "kind": q.kind, "speaker": speaker, "cue": cue,
            "content": {"start": c.start, "end": c.end, "text": c.text}, "date": q.date, "via": q.via}


def event_json(e: Event) -> JSON:
    return {
        "event_id": e.event_id, "type": e.type, "mode": e.mode, "arms_stage": e.arms_stage,
        "actors": {"source": list(e.source_actors), "target": list(e.target_actors)},
        "system": e.system, "quantity": e.quantity, "value_usd": e.value_usd, "date": _edate(e.date),
        "status": e.status, "mentions": [_mention(m) for m in e.mentions], "sources": list(e.sources),
        "confidence": e.confidence,
    }


def corroboration_json(c: Corroboration) -> JSON:
    out: JSON = {"fact": c.fact, "value": c.value}
    if c.event_id is not None:
        out["event_id"] = c.event_id
    out["sources"] = list(c.sources)
    out["mentions"] = [_mention(m) for m in c.mentions]
    return out


def contradiction_json(c: Contradiction) -> JSON:
    return {"claim": c.claim, "denial": c.denial, "note": c.note}


def deal_json(d: Deal) -> JSON:
    row: JSON = {
        "deal_id": d.deal_id, "supplier": d.supplier, "recipient": d.recipient, "system": d.system,
        "category": d.category, "quantity": d.quantity, "unit": d.unit, "value_usd": d.value_usd,
        "ordered": d.ordered, "delivered": {"first": d.delivered.first, "completed_by": d.delivered.completed_by},
        "paid_by": d.paid_by, "tested": d.tested, "follow_on": list(d.follow_on), "events": list(d.events),
        "sources": list(d.sources),
    }
    if d.discrepancies:  # optional: only a deal whose reports disagree on a figure has it
        row["discrepancies"] = [
            {"fact": x.fact, "figures": [{"value": f.value, "doc_id": f.doc_id, "start": f.start, "end": f.end,
                                          "text": f.text} for f in x.figures]}
            for x in d.discrepancies
        ]
    return row


def actor_mention_json(a: ActorMention) -> JSON:
    """Not a contract file; for the HTTP API and debugging."""
    return {"doc_id": a.doc_id, "start": a.start, "end": a.end, "text": a.text, "entity_id": a.entity_id,
            "type": a.type, "name": a.name, "role": a.role, "affiliation": a.affiliation, "country": a.country,
            "aliases": list(a.aliases), "metonymy": a.metonymy}


def event_mention_json(e: EventMention) -> JSON:
    """Not a contract file; for the HTTP API and debugging. Uses the fused events' field names."""
    return {
        "doc_id": e.doc_id, "mention_id": e.mention_id, "start": e.start, "end": e.end, "text": e.text,
        "sentence": _span(e.sentence), "type": e.type, "status": e.status, "mode": e.mode,
        "arms_stage": e.arms_stage, "actors": {"source": list(e.source), "target": list(e.target)},
        "system": e.system, "quantity": e.quantity, "unit": e.unit, "value_usd": e.value_usd,
        "date": _edate(e.date), "quote_id": e.quote_id, "confidence": e.confidence,
    }


_CONVERTERS: dict[type, Callable[[Any], JSON]] = {
    Document: document_json, Timex: timex_json, Entity: entity_json, Quote: quote_json, Event: event_json,
    Corroboration: corroboration_json, Contradiction: contradiction_json, Deal: deal_json,
    ActorMention: actor_mention_json, EventMention: event_mention_json,
}


def to_json(record: object) -> JSON:
    """The contract's JSON object for any record kind (raises TypeError for other objects)."""
    convert = _CONVERTERS.get(type(record))
    if convert is None:
        raise TypeError(f"no JSON shape for {type(record).__name__}")
    return convert(record)


# --- JSON -> records (for the API and for reading an output folder back) -----------------------
def _to_span(v: JSON | None) -> Span | None:
    return None if v is None else Span(int(v["start"]), int(v["end"]))


def _to_mention(v: JSON) -> Mention:
    return Mention(v["doc_id"], int(v["start"]), int(v["end"]), v["text"], v.get("quote_id"))


def _to_edate(v: JSON | None) -> EventDate | None:
    return None if v is None else EventDate(v["value"], v.get("mod"))


def document_from_json(v: JSON, text: str) -> Document:
    """The contract has no article text; the caller supplies it (offsets index it)."""
    p = v["published"]
    bounds = p.get("bounds")
    published = DocDate(p["value"], p["how"], _to_span(p.get("evidence")),
                        None if bounds is None else cast(tuple[str | None, str | None], tuple(bounds)))
    u = v.get("updated")
    return Document(
        doc_id=v["doc_id"], text=text, path=v.get("path"), url=v.get("url"), source=v.get("source"),
        title=v.get("title"), dateline=v.get("dateline"), published=published,
        updated=None if u is None else Updated(u["value"], _to_span(u.get("evidence"))),
        body=tuple(Span(a, b) for a, b in v.get("body", ())),
        boilerplate=tuple(Span(a, b) for a, b in v.get("boilerplate", ())), errors=tuple(v.get("errors", ())),
        duplicate_of=v.get("duplicate_of"), dateline_span=_to_span(v.get("dateline_span")),
    )


def timex_from_json(v: JSON) -> Timex:
    return Timex(v["doc_id"], v["timex_id"], int(v["start"]), int(v["end"]), v["text"], v["type"], v["value"],
                 v.get("mod"), v.get("anchor"))


def entity_from_json(v: JSON) -> Entity:
    return Entity(v["entity_id"], v["type"], v["name"], tuple(v.get("aliases", ())), v.get("role"),
                  v.get("affiliation"), v.get("country"), tuple(_to_mention(m) for m in v.get("mentions", ())),
                  tuple(v.get("merged_ids") or ()))


def quote_from_json(v: JSON) -> Quote:
    sp, cue, c = v.get("speaker"), v.get("cue"), v["content"]
    return Quote(
        v["doc_id"], v["quote_id"], v["kind"], TextSpan(int(c["start"]), int(c["end"]), c["text"]),
        None if sp is None else Speaker(int(sp["start"]), int(sp["end"]), sp["text"], sp.get("entity_id"),
                                        sp.get("name"), sp.get("role")),
        None if cue is None else TextSpan(int(cue["start"]), int(cue["end"]), cue["text"]),
        v.get("date"), v.get("via"),
    )


def event_from_json(v: JSON) -> Event:
    """`unit` is not in the contract's events, so it comes back as None."""
    actors = v.get("actors") or {}
    return Event(
        event_id=v["event_id"], type=v["type"], status=v["status"],
        mentions=tuple(_to_mention(m) for m in v.get("mentions", ())), sources=tuple(v.get("sources", ())),
        mode=v.get("mode"), arms_stage=v.get("arms_stage"), source_actors=tuple(actors.get("source", ())),
        target_actors=tuple(actors.get("target", ())), system=v.get("system"), quantity=v.get("quantity"),
        value_usd=v.get("value_usd"), date=_to_edate(v.get("date")), confidence=v.get("confidence", 0.5),
    )


def corroboration_from_json(v: JSON) -> Corroboration:
    return Corroboration(v["fact"], v["value"], tuple(v.get("sources", ())),
                         tuple(_to_mention(m) for m in v.get("mentions", ())), v.get("event_id"))


def contradiction_from_json(v: JSON) -> Contradiction:
    return Contradiction(v["claim"], v["denial"], v["note"])


def deal_from_json(v: JSON) -> Deal:
    dl = v.get("delivered") or {}
    return Deal(
        v["deal_id"], v.get("supplier"), v.get("recipient"), v.get("system"), v.get("category"),
        v.get("quantity"), v.get("unit"), v.get("value_usd"), v.get("ordered"),
        Delivery(dl.get("first"), dl.get("completed_by")), v.get("paid_by"), v.get("tested"),
        tuple(v.get("follow_on", ())), tuple(v.get("events", ())), tuple(v.get("sources", ())),
        tuple(Discrepancy(x["fact"], tuple(Figure(f["value"], f["doc_id"], f["start"], f["end"], f["text"])
                                           for f in x.get("figures", ())))
              for x in v.get("discrepancies") or ()),
    )


# --- writing -----------------------------------------------------------------------------------
class _AtomicLines:
    """Write JSON lines to `<name>.tmp` and move into place on success, so readers never see half a file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.fh: IO[str] = self.tmp.open("w", encoding="utf-8", newline="\n")
        self.count = 0

    def write(self, obj: JSON) -> None:
        self.fh.write(json.dumps(obj, ensure_ascii=False, allow_nan=False))
        self.fh.write("\n")
        self.count += 1

    def commit(self) -> None:
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


def write_jsonl(out_dir: str | Path, corpus: Corpus) -> dict[str, int]:
    """Write every contract JSONL file into `out_dir`; returns lines written per file.

    Per-document files stream from `corpus.annotations()` in one pass, so memory stays bounded by
    one page of documents plus the fusion.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    writers = {name: _AtomicLines(out / name) for name in CONTRACT_FILES}
    try:
        fusion = corpus.fusion()
        redirect = redirects(fusion)  # per-document ids name the fused entities
        for ann in corpus.annotations():
            ann = canonical(ann, redirect)
            writers["documents.jsonl"].write(document_json(ann.document))
            for t in ann.timexes:
                writers["timexes.jsonl"].write(timex_json(t))
            for q in ann.quotes:
                writers["quotes.jsonl"].write(quote_json(q))
        _write_all(writers["entities.jsonl"], fusion.entities, entity_json)
        _write_all(writers["events.jsonl"], fusion.events, event_json)
        _write_all(writers["corroborations.jsonl"], fusion.corroborations, corroboration_json)
        _write_all(writers["contradictions.jsonl"], fusion.contradictions, contradiction_json)
        _write_all(writers["deals.jsonl"], fusion.deals, deal_json)
    except (OSError, ValueError) as exc:
        for w in writers.values():
            w.abort()
        raise StorylineError(f"cannot write JSONL into {out}: {exc}") from exc
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    for w in writers.values():
        w.commit()
    log.debug("wrote %s", {name: w.count for name, w in writers.items()})
    return {name: w.count for name, w in writers.items()}


def _write_all(w: _AtomicLines, records: Iterable[Any], convert: Callable[[Any], JSON]) -> None:
    for r in records:
        w.write(convert(r))


def read_jsonl(path: str | Path) -> Iterator[JSON]:
    """Read one output file back (blank lines skipped)."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield cast(JSON, json.loads(line))
