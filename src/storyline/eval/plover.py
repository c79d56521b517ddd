"""`storyline eval plover`: PLOVER event-type accuracy on single gold sentences.

Gold: the PLOVER gold-standard records (`plover_gsr_*.jsonl`, one sentence each, coded in PLOVER
v0.5b1). The old taxonomy is mapped to the current 16 types with the 2021 CAMEO→PLOVER table:

- DEMAND → REQUEST (renamed), DISAPPROVE → ACCUSE (renamed), FIGHT → ASSAULT (merged),
- INVESTIGATE → ACCUSE (the 2021 table codes CAMEO 09x "Investigate" as ACCUSE, mode investigate).

Prediction: the sentence goes through the full pipeline; the *best* event is the one whose trigger
sits highest in the dependency tree (the main clause's event, not one it embeds), ties broken by
confidence. PLOVER codes an expressed intent or a promise as AGREE ("will visit", "pledged to
aid"), so an event whose own actor announces it as planned/intended counts as AGREE — the same
reading the fusion report gives "planned" events. No event → "NONE" (wrong).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import GoldError
from storyline.records import EventMention

log = logging.getLogger(__name__)

OLD_TO_NEW: dict[str, str] = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
                              "INVESTIGATE": "ACCUSE"}
# Types that, announced as a plan or intention, PLOVER codes as AGREE (an expressed intent).
_INTENT_AS_AGREE = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT"})
NONE = "NONE"


@dataclass
class Report:
    total: int
    correct: int
    confusion: Counter[tuple[str, str]]
    metrics: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def format(self, *, verbose: bool = False) -> str:
        acc = self.correct / self.total if self.total else 0.0
        lines = [f"PLOVER event type accuracy: {acc:.3f} ({self.correct}/{self.total})",
                 f"{'gold type':<10} {'n':>4} {'acc':>6}  most frequent errors"]
        gold_types = sorted({g for g, _ in self.confusion})
        for g in gold_types:
            row = {p: n for (gg, p), n in self.confusion.items() if gg == g}
            n = sum(row.values())
            wrong = sorted(((c, p) for p, c in row.items() if p != g), reverse=True)[:3]
            lines.append(f"{g:<10} {n:>4} {row.get(g, 0) / n:>6.2f}  "
                         + ", ".join(f"{p}×{c}" for c, p in wrong))
        if verbose and self.errors:
            lines.append("errors:")
            lines.extend(f"  {e}" for e in self.errors)
        return "\n".join(lines)


def read_gold(path: Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    files = sorted(path.glob("plover_gsr_*.jsonl")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise GoldError(f"{path}: no plover_gsr_*.jsonl file")
    out: list[dict[str, Any]] = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{f}:{n}: not JSON: {exc}") from exc
            if "text" in rec and "event" in rec:
                out.append(rec)
    return out[:limit] if limit is not None else out


def gold_type(old: str) -> str:
    return OLD_TO_NEW.get(old, old)


def coded_type(ev: EventMention) -> str:
    """The PLOVER type a coder gives the event (an announced plan or intention is AGREE)."""
    if ev.status in ("planned", "intended") and ev.type in _INTENT_AS_AGREE:
        return "AGREE"
    return ev.type


def best_event(events: Sequence[EventMention], depth_of: dict[int, int]) -> EventMention | None:
    """The main clause's event: the shallowest trigger, then the most confident."""
    if not events:
        return None
    return min(events, key=lambda e: (depth_of.get(e.start, 99), -e.confidence, e.start))


def evaluate(path: str | Path, *, limit: int | None = None) -> Report:
    from storyline.pipeline import build_nlp, make_doc
    from storyline.records import Document

    gold = read_gold(Path(path), limit=limit)
    nlp = build_nlp()
    docs = [Document(doc_id=str(rec.get("id", i)), text=str(rec["text"])) for i, rec in enumerate(gold)]
    confusion: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    correct = 0
    for rec, sdoc in zip(gold, nlp.pipe(make_doc(nlp, d) for d in docs), strict=True):
        depth_of: dict[int, int] = {}
        for ev in sdoc._.events:
            span = sdoc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is not None:
                tok, depth = span.root, 0
                while tok.head.i != tok.i:
                    tok, depth = tok.head, depth + 1
                depth_of[ev.start] = depth
        best = best_event(sdoc._.events, depth_of)
        want = gold_type(str(rec["event"]))
        got = coded_type(best) if best is not None else NONE
        confusion[(want, got)] += 1
        if got == want:
            correct += 1
        else:
            errors.append(f"{rec.get('id')}: want {want} got {got}"
                          f"{' ' + repr(best.text) if best is not None else ''} | {str(rec['text'])[:110]}")
    total = len(gold)
    return Report(total, correct, confusion, {"accuracy": correct / total if total else 0.0}, errors)
