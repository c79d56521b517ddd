"""`storyline eval timeml DIR`: TempEval-3 Task A (timex extraction and normalization).

Our tagger runs on each .tml document's TEXT (tags stripped) with its DCT; its timexes are
compared with the gold TIMEX3 in TEXT (the DCT TIMEX3 itself is not scored). Definitions follow
the official TempEval-3 toolkit (evaluation-entities/evaluate_entities.py, UzZaman et al. 2013):

- Pairing: a system timex and a gold timex match when their extents overlap; each timex is used
  in at most one pair (largest overlap first), as the toolkit's id alignment does.
- Strict match P/R/F1: pairs with the SAME extent, over system timexes (P) and gold timexes (R).
- Relaxed match P/R/F1: all overlapping pairs, over system (P) and gold (R) timexes.
- Attribute F1 (type, value): the toolkit computes accuracy over relaxed pairs times relaxed F1,
  which (with one-to-one pairs) equals the F1 of P = correct / system timexes and
  R = correct / gold timexes, where "correct" counts relaxed pairs whose attribute is equal.

The breakdown sorts every error into one class: missed, spurious, extent too long / too short /
shifted (relaxed but not strict), wrong type, and wrong value by the kind of gold timex:
absolute, relative to the DCT, anchored to another timex, duration, set, vague reference
(PRESENT_REF/PAST_REF/FUTURE_REF). Nothing here feeds back into tagging.

The tagger runs with its regex tense hint: the spaCy parse-based hint (`spacy_tagger`) was
measured on TBAQ train at +0.002 value F1 for ~15x the time, and after the regex cues learnt
deadlines ("until", "as soon as") and reporting verbs, at -0.001 (0.806 vs 0.807); the eval does
without it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.errors import GoldError
from storyline.eval import scoring
from storyline.records import Timex
from storyline.timex.tagger import TenseHint, tag
from storyline.timex.timeml import TmlDocument, read_tml

__all__ = [
    "ErrorItem",
    "Report",
    "evaluate",
    "evaluate_docs",
    "match",
    "regex_tagger",
    "score_doc",
    "tml_files",
    "value_class",
]

log = logging.getLogger(__name__)

_REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
Tagger = Callable[[TmlDocument], Sequence[Timex]]


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """One scoring error, with enough context to see why."""

    kind: str
    doc_id: str
    gold: str  # 'text' type value, or "" for spurious
    system: str  # 'text' type value, or "" for missed
    context: str


@dataclass
class Report:
    """TempEval-3 Task A scores; `metrics` keys are stable (tests pin floors on them)."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[ErrorItem] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)

    def compute(self) -> None:
        def prf(hits_p: int, hits_r: int) -> tuple[float, float, float]:
            return scoring.prf(hits_p, self.system, hits_r, self.gold)

        m: dict[str, float] = {}
        for name, hits in (("strict", self.strict), ("relaxed", self.relaxed), ("type", self.type_ok),
                           ("value", self.value_ok)):
            p, r, f = prf(hits, hits)
            m[f"{name}_p"], m[f"{name}_r"], m[f"{name}_f1"] = p, r, f
        m["value_accuracy"] = self.value_ok / self.relaxed if self.relaxed else 0.0
        m["type_accuracy"] = self.type_ok / self.relaxed if self.relaxed else 0.0
        self.metrics = m

    def error_counts(self) -> Counter[str]:
        return Counter(e.kind for e in self.errors)

    def format(self, *, verbose: bool = False) -> str:
        m = self.metrics
        lines = [
            f"TempEval-3 Task A on {self.docs} documents: {self.gold} gold timexes, {self.system} system timexes",
            f"{'':16}{'P':>8}{'R':>8}{'F1':>8}",
        ]
        for name, label in (("strict", "strict match"), ("relaxed", "relaxed match"),
                            ("type", "type (attr)"), ("value", "value (attr)")):
            lines.append(f"{label:16}{m[name + '_p']:8.4f}{m[name + '_r']:8.4f}{m[name + '_f1']:8.4f}")
        lines.append(f"value accuracy on relaxed matches: {m['value_accuracy']:.4f} ({self.value_ok}/{self.relaxed})")
        lines.append("errors by class:")
        counts = self.error_counts()
        for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {kind:34}{n:6d}")
        if verbose:
            for kind in sorted(counts, key=lambda k: -counts[k]):
                lines.append(f"\n== {kind} ({counts[kind]})")
                for e in (x for x in self.errors if x.kind == kind):
                    lines.append(f"  [{e.doc_id}] gold={e.gold or '-'} sys={e.system or '-'} | {e.context}")
        return "\n".join(lines)


def tml_files(path: Path) -> list[Path]:
    """The .tml files under `path` (recursively, sorted), or `path` itself when it is one file."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise GoldError(f"TimeML folder not found: {path}")
    files = sorted(p for p in path.rglob("*.tml") if p.is_file())
    if not files:
        raise GoldError(f"no .tml files under {path}")
    return files


def match(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one (gold, system) pairs of overlapping extents, largest overlap first."""
    cands: list[tuple[int, int, int]] = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                cands.append((-ov, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[Timex, Timex]] = []
    for _, i, j in cands:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        pairs.append((gold[i], system[j]))
    return pairs


def value_class(g: Timex) -> str:
    """The kind of a gold timex, for the error breakdown."""
    if g.type == "SET":
        return "set"
    if g.value in _REFS:
        return "vague ref"
    if g.type == "DURATION":
        return "duration"
    if g.anchor is None:
        return "absolute"
    if g.anchor == "dct":
        return "relative to DCT"
    return "anchored to previous"


def _show(t: Timex) -> str:
    return f"'{t.text}' {t.type} {t.value}" + (f" {t.mod}" if t.mod else "")


def _context(text: str, start: int, end: int) -> str:
    s = max(0, start - 50)
    return " ".join((text[s:start] + "[" + text[start:end] + "]" + text[end : end + 50]).split())


def score_doc(report: Report, doc: TmlDocument, system: Sequence[Timex]) -> None:
    """Add one document's counts and errors to `report`."""
    gold = doc.timexes
    report.docs += 1
    report.gold += len(gold)
    report.system += len(system)
    pairs = match(gold, system)
    paired_g = {id(g) for g, _ in pairs}
    paired_s = {id(s) for _, s in pairs}
    text = doc.text
    for g, s in pairs:
        report.relaxed += 1
        if (g.start, g.end) == (s.start, s.end):
            report.strict += 1
        elif s.start <= g.start and s.end >= g.end:
            report.errors.append(ErrorItem("extent too long", doc.doc_id, _show(g), _show(s), _context(text, g.start, g.end)))
        elif g.start <= s.start and g.end >= s.end:
            report.errors.append(ErrorItem("extent too short", doc.doc_id, _show(g), _show(s), _context(text, g.start, g.end)))
        else:
            report.errors.append(ErrorItem("extent shifted", doc.doc_id, _show(g), _show(s), _context(text, g.start, g.end)))
        if g.type == s.type:
            report.type_ok += 1
        else:
            report.errors.append(ErrorItem(f"wrong type ({g.type} as {s.type})", doc.doc_id, _show(g), _show(s),
                                           _context(text, g.start, g.end)))
        if g.value == s.value:
            report.value_ok += 1
        else:
            report.errors.append(ErrorItem(f"wrong value: {value_class(g)}", doc.doc_id, _show(g), _show(s),
                                           _context(text, g.start, g.end)))
    for g in gold:
        if id(g) not in paired_g:
            report.errors.append(ErrorItem(f"missed: {value_class(g)}", doc.doc_id, _show(g), "", _context(text, g.start, g.end)))
    for s in system:
        if id(s) not in paired_s:
            report.errors.append(ErrorItem("spurious", doc.doc_id, "", _show(s), _context(text, s.start, s.end)))


def regex_tagger(doc: TmlDocument) -> list[Timex]:
    """Our tagger on the bare text with the regex tense hint (no spaCy)."""
    return tag(doc.text, doc.dct, doc_id=doc.doc_id)


def spacy_tagger() -> Tagger:
    """Our tagger with the parse-based tense hint of the pipeline's spaCy model (loaded once)."""
    import spacy

    from storyline.pipeline import DEFAULT_MODEL
    from storyline.timex import spacy_tense

    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner"])

    def run(doc: TmlDocument) -> list[Timex]:
        hint: TenseHint = spacy_tense(nlp(doc.text))
        return tag(doc.text, doc.dct, doc_id=doc.doc_id, tense_hint=hint)

    return run


def evaluate_docs(docs: Sequence[TmlDocument], tagger: Tagger = regex_tagger) -> Report:
    report = Report()
    for doc in docs:
        score_doc(report, doc, tagger(doc))
    report.compute()
    return report


def evaluate(path: Path, *, limit: int | None = None) -> Report:
    """Score our tagger on every .tml under `path` (the first `limit` files when given)."""
    files = tml_files(path)
    if limit is not None:
        files = files[:limit]
    docs = [read_tml(f) for f in files]
    log.info("scoring %d TimeML documents from %s", len(docs), path)
    return evaluate_docs(docs)
