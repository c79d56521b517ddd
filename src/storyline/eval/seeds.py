"""`storyline eval seeds`: score the pipeline on the seed articles against an analyst's gold YAML.

Gold mentions are located by their `evidence` (or `text`) substring in the article; a predicted
record matches when its span overlaps that location. Each part prints recall (gold found) and
precision (predictions that match some gold item). The gold is an oracle with tolerance, not a
list of answers: nothing here feeds back into extraction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from storyline.errors import GoldError
from storyline.records import Annotation, Event, EventMention, Fusion, Quote

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@dataclass
class Part:
    """Scores for one part of the gold: recall over gold items, precision over predictions."""

    name: str
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct_predicted: int = 0
    misses: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct_predicted / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)


@dataclass
class SeedEval:
    parts: list[Part]
    annotations: list[Annotation]
    fusion: Fusion


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _locate(text: str, evidence: str) -> tuple[int, int] | None:
    i = text.find(evidence)
    if i < 0:
        return None
    return i, i + len(evidence)


def _locate_in(text: str, needle: str, evidence: str | None) -> tuple[int, int] | None:
    """Find `needle` inside the region of `evidence` (or anywhere when there is no evidence)."""
    if evidence:
        region = _locate(text, evidence)
        if region is None:
            return None
        j = text.find(needle, region[0], region[1] + len(needle))
        return (j, j + len(needle)) if j >= 0 else region
    return _locate(text, needle)


class _Entities:
    """Gold entity ids → the surface names that count as that entity."""

    def __init__(self, gold_entities: Sequence[dict[str, Any]]) -> None:
        self.names: dict[str, set[str]] = {}
        self.countries: dict[str, str] = {}
        for e in gold_entities:
            names = {_fold(str(n)) for n in (e.get("forms") or []) + (e.get("names") or [])}
            if e.get("name"):
                names.add(_fold(str(e["name"])))
            eid = str(e.get("id"))
            self.names[eid] = {n for n in names if n}
            if e.get("type") == "country":
                self.countries[eid] = eid

    def accepts(self, gold_id: str, entity_id: str | None, name: str | None) -> bool:
        """The speaker counts only when it was resolved to the gold entity: by the entity's name or
        id, never by the span's own text (an unresolved "Roe" or "he" is not a resolved speaker)."""
        if gold_id in self.countries and entity_id == f"country:{gold_id}":
            return True
        wanted = self.names.get(gold_id, {_fold(gold_id)})
        return any(cand and _fold(cand) in wanted
                   for cand in (name, (entity_id or "").split(":", 1)[-1].replace("-", " ")))


def _doc_for(annotations: Sequence[Annotation], file: str) -> Annotation | None:
    for a in annotations:
        p = Path(a.document.path or "").name
        if p == file or p.startswith(str(file) + "_") or p.split("_")[0] == str(file):
            return a
    return None


def _parse_amount(fact: str) -> float | None:
    m = re.search(r"\$\s*([\d.,]+)\s*(thousand|million|billion|trillion)?", fact, re.I)
    if m:
        return float(m.group(1).replace(",", "")) * _SCALE.get((m.group(2) or "").lower(), 1.0)
    return None


def _parse_count(fact: str) -> int | None:
    # a count stands alone: "four divisions", "12 jets" — not the digits of a designator like "F-35"
    for w in re.findall(r"(?<![\w-])(?:[a-z]+|\d{1,3})(?![\w-])", fact.lower()):
        if w.isdigit():
            return int(w)
        if w in _NUMBER_WORDS:
            return _NUMBER_WORDS[w]
    return None


def _date_ok(gold_value: Any, gold_mod: Any, got: Any) -> bool:
    if gold_value is None:
        return got is None
    if got is None:
        return False
    value, mod = got.value, got.mod
    return bool(str(gold_value) == value and (gold_mod is None or str(gold_mod) == mod))


def score(gold: dict[str, Any], annotations: Sequence[Annotation], fusion: Fusion) -> list[Part]:
    """Compare predictions with the gold, part by part."""
    ents = _Entities(gold.get("entities") or [])
    docs_part = Part("document dates")
    bp_part = Part("boilerplate")
    tx_part = Part("timex values")
    q_part = Part("quotes + speaker")
    ev_found = Part("events found")
    ev_part = Part("events type+date+status")
    corr_part = Part("corroborations")
    con_part = Part("contradictions")
    deal_part = Part("deal row fields")
    by_file: dict[str, Annotation] = {}
    gold_docs = gold.get("documents") or []

    for gdoc in gold_docs:
        file = str(gdoc["file"])
        ann = _doc_for(annotations, file)
        if ann is None:
            docs_part.gold += 1
            docs_part.misses.append(f"{file}: document not read")
            continue
        key = file.split("_")[0]
        by_file[key] = ann
        doc = ann.document
        text = doc.text
        # --- document dates (published, updated, must-not-extract) ---
        checks: list[tuple[str, bool]] = [("published", str(gdoc.get("published")) == doc.published.value)]
        if "updated" in gdoc:
            got_upd = doc.updated.value if doc.updated else None
            checks.append(("updated", str(gdoc["updated"]) == got_upd))
        for bad in gdoc.get("must_not_extract") or []:
            leaked = [t.value for t in ann.timexes if str(bad) in t.value]
            leaked += [v for v in (doc.published.value, doc.updated.value if doc.updated else "") if str(bad) in v]
            checks.append((f"no {bad}", not leaked))
        for what, ok in checks:
            docs_part.gold += 1
            docs_part.predicted += 1
            if ok:
                docs_part.found += 1
                docs_part.correct_predicted += 1
            else:
                docs_part.misses.append(f"{key}: {what} (got {doc.published.value}"
                                        f"{', updated ' + doc.updated.value if doc.updated else ''})")
        # --- boilerplate ---
        body_evidence: list[tuple[int, int]] = []
        for item in (gdoc.get("timexes") or []):
            loc = _locate_in(text, str(item["text"]), item.get("evidence"))
            if loc:
                body_evidence.append(loc)
        for bp in gdoc.get("boilerplate") or []:
            bp_part.gold += 1
            loc = _locate(text, str(bp))
            if loc and any(s.start <= loc[0] and loc[1] <= s.end for s in doc.boilerplate):
                bp_part.found += 1
            else:
                bp_part.misses.append(f"{key}: {bp!r}")
        for q in gold.get("quotes") or []:
            if str(q.get("file")) == key:
                loc = _locate(text, str(q["evidence"]))
                if loc:
                    body_evidence.append(loc)
        for s in doc.boilerplate:
            bp_part.predicted += 1
            if not any(_overlaps(s.start, s.end, a, b) for a, b in body_evidence):
                bp_part.correct_predicted += 1
            else:
                bp_part.notes.append(f"{key}: boilerplate covers article text at {s.start}-{s.end}")
        # --- timexes ---
        matched_pred: set[str] = set()
        for item in gdoc.get("timexes") or []:
            tx_part.gold += 1
            loc = _locate_in(text, str(item["text"]), item.get("evidence"))
            want_value, want_mod = str(item["value"]), item.get("mod")
            hit = None
            if loc:
                for t in ann.timexes:
                    if _overlaps(t.start, t.end, *loc):
                        hit = t
                        break
            if hit is not None and hit.value == want_value and (want_mod is None or hit.mod == want_mod):
                tx_part.found += 1
                matched_pred.add(hit.timex_id)
            else:
                got = f"{hit.text!r}={hit.value}/{hit.mod}" if hit else "nothing"
                tx_part.misses.append(f"{key}: {item['text']!r} want {want_value}/{want_mod}, got {got}")
        tx_part.predicted += len(ann.timexes)
        tx_part.correct_predicted += len(matched_pred)
        extra = [f"{t.text!r}={t.value}" for t in ann.timexes if t.timex_id not in matched_pred]
        if extra:
            tx_part.notes.append(f"{key}: unmatched predictions {', '.join(extra)}")

    # --- quotes ---
    matched_quotes: set[tuple[str, str]] = set()
    for q in gold.get("quotes") or []:
        q_part.gold += 1
        ann = by_file.get(str(q["file"]))
        loc = _locate(ann.document.text, str(q["evidence"])) if ann else None
        if ann is None or loc is None:
            q_part.misses.append(f"{q['file']}: evidence not located: {q['evidence'][:50]!r}")
            continue
        qcands = [x for x in ann.quotes if _overlaps(x.content.start, x.content.end, *loc)]
        good = [x for x in qcands if _speaker_ok(ents, str(q["speaker"]), x)]
        if good:
            q_part.found += 1
            matched_quotes.update((x.doc_id, x.quote_id) for x in good)
        else:
            who = ", ".join(f"{x.speaker.text if x.speaker else None}->{x.speaker.entity_id if x.speaker else None}"
                            for x in qcands) or "no quote"
            q_part.misses.append(f"{q['file']}: {q['evidence'][:50]!r} want {q['speaker']}, got {who}")
    q_part.predicted = sum(len(a.quotes) for a in by_file.values())
    q_part.correct_predicted = len(matched_quotes)
    for key, ann in by_file.items():
        extra_q = [f"{(x.speaker.text if x.speaker else None)!r} {x.cue.text if x.cue else None!r}: "
                   f"{x.content.text[:60]!r}" for x in ann.quotes if (x.doc_id, x.quote_id) not in matched_quotes]
        if extra_q:
            q_part.notes.append(f"{key}: quotes the gold does not list: " + "; ".join(extra_q))

    # --- events (per-document mentions) ---
    gold_events = gold.get("events") or []
    located: dict[str, list[tuple[Annotation, tuple[int, int]]]] = {}
    matched_mentions: set[tuple[str, str]] = set()
    for e in gold_events:
        ev_found.gold += 1
        ev_part.gold += 1
        locs = []
        for f in e.get("files") or []:
            ann = by_file.get(str(f))
            loc = _locate(ann.document.text, str(e["evidence"])) if ann else None
            if ann and loc:
                locs.append((ann, loc))
        located[str(e["id"])] = locs
        cands: list[EventMention] = []
        for ann, loc in locs:
            cands += _event_candidates(ann.events, loc)
        if not cands:
            ev_found.misses.append(f"{e['id']}: nothing at {str(e['evidence'])[:50]!r}")
            ev_part.misses.append(f"{e['id']}: not found")
            continue
        ev_found.found += 1
        types = {str(e["type"])} | {str(t) for t in (e.get("type_alt") or [])}
        full = [m for m in cands if m.type in types and m.status == e.get("status")
                and _date_ok(e.get("date"), e.get("date_mod"), m.date)]
        if full:
            ev_part.found += 1
        else:
            ev_part.misses.append(
                f"{e['id']}: want {e['type']}/{e.get('date')}/{e.get('status')}, got "
                + "; ".join(f"{c.type}/{c.date.value if c.date else None}/{c.status} {c.text!r}" for c in cands[:3])
            )
        matched_mentions.update((m.doc_id, m.mention_id) for m in cands)
    ev_found.predicted = ev_part.predicted = sum(len(a.events) for a in by_file.values())
    ev_found.correct_predicted = len(matched_mentions)
    ev_part.correct_predicted = len(matched_mentions)

    # --- corroborations ---
    doc_key = {a.document.doc_id: k for k, a in by_file.items()}
    useful: set[int] = set()
    for c in gold.get("corroborated") or []:
        corr_part.gold += 1
        files = {str(f) for f in c.get("files") or []}
        fact = str(c.get("fact", ""))
        amount, count = _parse_amount(fact), _parse_count(fact)
        ok = False
        for i, pc in enumerate(fusion.corroborations):
            srcs = {doc_key.get(s, s) for s in pc.sources}
            if not files <= srcs:
                continue
            try:
                v = float(pc.value)
            except ValueError:
                v = None
            if (amount is not None and v == amount) or (amount is None and count is not None and v == count):
                ok = True
                useful.add(i)
        if amount is None and count is None:
            # a fact with no number (an event several outlets report): a corroborated event
            # record citing every gold file, or at least a fused event that does
            for i, pc in enumerate(fusion.corroborations):
                if pc.fact == "event" and files <= {doc_key.get(s, s) for s in pc.sources}:
                    ok = True
                    useful.add(i)
            ok = ok or any(files <= {doc_key.get(s, s) for s in ev.sources} for ev in fusion.events)
        if ok:
            corr_part.found += 1
        else:
            corr_part.misses.append(f"{fact} in {sorted(files)}")
    corr_part.predicted = len(fusion.corroborations)
    corr_part.correct_predicted = len(useful)

    # --- contradictions ---
    by_id = {ev.event_id: ev for ev in fusion.events}
    for c in gold.get("contradictions") or []:
        con_part.gold += 1
        claim_locs = located.get(str(c["claim"]), [])
        denial_locs = located.get(str(c["denial"]), [])
        ok = any(
            _event_at(by_id.get(pc.claim), claim_locs) and _event_at(by_id.get(pc.denial), denial_locs)
            for pc in fusion.contradictions
        )
        if ok:
            con_part.found += 1
        else:
            con_part.misses.append(f"{c['claim']} vs {c['denial']}")
    con_part.predicted = len(fusion.contradictions)
    con_part.correct_predicted = min(con_part.found, con_part.predicted)

    # --- deal row ---
    gdeal = gold.get("deal") or {}
    if gdeal:
        best: Any = None
        best_score, best_misses = -1, []
        for d in fusion.deals:
            got_score, misses = _deal_score(ents, gdeal, d)
            if got_score > best_score:
                best, best_score, best_misses = d, got_score, misses
        fields_total = len(_deal_fields(gdeal))
        deal_part.gold = fields_total
        deal_part.found = max(best_score, 0)
        deal_part.predicted = len(fusion.deals) * fields_total
        deal_part.correct_predicted = max(best_score, 0)
        deal_part.misses = best_misses if best else ["no deal row"]
    return [docs_part, bp_part, tx_part, q_part, ev_found, ev_part, corr_part, con_part, deal_part]


def _speaker_ok(ents: _Entities, gold_speaker: str, q: Quote) -> bool:
    sp = q.speaker
    if sp is None:
        return False
    return ents.accepts(gold_speaker, sp.entity_id, sp.name)


def _event_candidates(events: Iterable[EventMention], loc: tuple[int, int]) -> list[EventMention]:
    evs = list(events)
    trig = [m for m in evs if _overlaps(m.start, m.end, *loc)]
    return trig or [m for m in evs if _overlaps(m.sentence.start, m.sentence.end, *loc)]


def _event_at(ev: Event | None, locs: list[tuple[Annotation, tuple[int, int]]]) -> bool:
    if ev is None:
        return False
    for ann, (lo, hi) in locs:
        for m in ev.mentions:
            if m.doc_id == ann.document.doc_id and _overlaps(m.start, m.end, lo, hi):
                return True
        # a mention whose sentence holds the evidence counts too
        for em in ann.events:
            if any(m.doc_id == em.doc_id and m.start == em.start for m in ev.mentions) and _overlaps(
                em.sentence.start, em.sentence.end, lo, hi
            ):
                return True
    return False


def _deal_fields(g: dict[str, Any]) -> list[str]:
    names = ["supplier", "recipient", "system", "quantity", "value_usd", "ordered", "first", "completed_by",
             "paid_by", "tested"]
    return [n for n in names if n in g or n in (g.get("delivered") or {})]


def _deal_score(ents: _Entities, g: dict[str, Any], d: Any) -> tuple[int, list[str]]:
    got: dict[str, Any] = {
        "supplier": d.supplier, "recipient": d.recipient, "system": d.system, "quantity": d.quantity,
        "value_usd": d.value_usd, "ordered": d.ordered, "first": d.delivered.first,
        "completed_by": d.delivered.completed_by, "paid_by": d.paid_by, "tested": d.tested,
    }
    want: dict[str, Any] = {k: g.get(k) for k in g}
    want.update(g.get("delivered") or {})
    score_, misses = 0, []
    for f in _deal_fields(g):
        w, v = want.get(f), got.get(f)
        if f in ("supplier", "recipient"):
            ok = ents.accepts(str(w), v, None)
        elif f == "system":
            ok = bool(v) and _fold(str(w)).split()[0] in _fold(str(v))
        elif f in ("quantity", "value_usd"):
            ok = v is not None and w is not None and float(v) == float(w)
        else:
            ok = str(w) == str(v)
        if ok:
            score_ += 1
        else:
            misses.append(f"{f}: want {w}, got {v}")
    return score_, misses


def eval_seeds(gold_path: str | Path, seeds_dir: str | Path | None = None) -> SeedEval:
    """Run the pipeline on the seed articles (no store) and score it against the gold YAML."""
    from storyline.fuse import fuse
    from storyline.ingest import ingest
    from storyline.pipeline import build_nlp
    from storyline.records import Document
    from storyline.runner import prepare

    gold_path = Path(gold_path)
    if not gold_path.is_file():
        raise GoldError(f"gold file not found: {gold_path}")
    try:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GoldError(f"{gold_path}: not valid YAML: {exc}") from exc
    if not isinstance(gold, dict) or "documents" not in gold:
        raise GoldError(f"{gold_path}: expected a mapping with a 'documents' list")
    seeds = Path(seeds_dir) if seeds_dir else gold_path.parent.parent / "seeds"
    if not seeds.is_dir():
        raise GoldError(f"seed folder not found: {seeds}")
    nlp = build_nlp()
    from storyline.pipeline import annotate_docs

    docs = [prepare(d) for d in ingest([seeds]) if isinstance(d, Document)]
    annotations = list(annotate_docs(docs, nlp))
    fusion = fuse(annotations)
    return SeedEval(score(gold, annotations, fusion), annotations, fusion)


def format_report(result: SeedEval, *, verbose: bool = False) -> str:
    lines = [f"{'part':28} {'recall':>14} {'precision':>14}"]
    for p in result.parts:
        lines.append(
            f"{p.name:28} {p.recall:6.2f} ({p.found:>2}/{p.gold:<2})  {p.precision:6.2f} "
            f"({p.correct_predicted:>2}/{p.predicted:<2})"
        )
    weakest = min(result.parts, key=lambda p: (p.recall + p.precision) / 2)
    lines.append(f"weakest part: {weakest.name}")
    if verbose:
        for p in result.parts:
            for m in p.misses:
                lines.append(f"  miss [{p.name}] {m}")
            for n in p.notes:
                lines.append(f"  note [{p.name}] {n}")
    return "\n".join(lines)
