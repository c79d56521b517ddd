"""Near-duplicate detection: precision and recall on a generated set of edited copies.

Takes N stories from ../shared/data/news/reuters21578.jsonl.gz (read in place; research use only)
or generated text, and makes one edited copy of each: sentences dropped, sentences reordered,
page boilerplate added, wire bylines/credits added, or all of these. Originals go in first, then
the copies in shuffled order, through the same clean → date → `NearDuplicates.assign` path a
run uses. A copy is found when it is linked to its original; any other link is a false positive.

    .venv/bin/python benchmarks/dedup.py [--n 1000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "reuters21578.jsonl.gz"

EDITS = ("drop", "reorder", "boilerplate", "byline", "all")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_BOILER = [
    "Subscribe to our newsletter for the latest headlines.",
    "Advertisement",
    "Share this article: Facebook Twitter Email",
    "© 2024 The Daily Courier. All rights reserved.",
    "Read more: Markets wrap up a volatile week",
]
_BYLINES = ["By Staff Writer", "By Maria Olsen and Tom Reed", "From our wire service"]
_CREDITS = ["(Reporting by Anna Lee; Editing by Mark Cole)", "(Additional reporting by the newsroom)"]


@dataclass(frozen=True)
class Item:
    doc_id: str
    text: str
    original: str | None  # doc_id of the story this is a copy of
    edit: str | None


def originals(n: int, min_words: int = 120) -> tuple[list[Item], str]:
    out: list[Item] = []
    if NEWS.is_file():
        seen: set[str] = set()
        with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec.get("text") or ""
                key = " ".join(text.split()[:40])
                if len(text.split()) < min_words or key in seen:
                    continue
                seen.add(key)
                out.append(Item(rec["id"], text, None, None))
                if len(out) >= n:
                    break
        return out, f"{NEWS.name} ({len(out)} stories ≥ {min_words} words)"
    rnd = random.Random(3)
    words = ["ministry", "agreed", "talks", "budget", "contract", "minister", "press", "report", "week", "city", "council", "plan", "bank", "rate", "growth", "export", "trade", "court", "ruling", "vote", "party", "election", "tax", "oil", "price", "company", "share", "market"]
    for i in range(n):
        sents = [" ".join(rnd.choice(words) for _ in range(rnd.randint(8, 20))).capitalize() + "."
                 for _ in range(12)]
        out.append(Item(f"gen-{i}", " ".join(sents), None, None))
    return out, f"generated text ({n} stories)"


def edit(item: Item, kind: str, rnd: random.Random) -> Item:
    sents = _SENT.split(item.text.strip())
    if kind in ("drop", "all") and len(sents) > 4:
        drop = set(rnd.sample(range(len(sents)), max(1, len(sents) // 5)))
        sents = [s for i, s in enumerate(sents) if i not in drop]
    if kind in ("reorder", "all") and len(sents) > 3:
        i, j = sorted(rnd.sample(range(len(sents)), 2))
        sents[i], sents[j] = sents[j], sents[i]
        tail = sents[len(sents) // 2 :]
        rnd.shuffle(tail)
        sents[len(sents) // 2 :] = tail
    body = "\n\n".join(sents)
    if kind in ("byline", "all"):
        body = f"{rnd.choice(_BYLINES)}\n\nLONDON (Wire) - {body}\n\n{rnd.choice(_CREDITS)}"
    if kind in ("boilerplate", "all"):
        body = f"{_BOILER[0]}\n\n{body}\n\n{_BOILER[1]}\n\n" + "\n".join(rnd.sample(_BOILER[2:], 2))
    return Item(f"{item.doc_id}~{kind}", body, item.doc_id, kind)


def make_set(n: int, seed: int = 11) -> tuple[list[Item], str]:
    """N originals followed by one edited copy of each (edit kinds round-robin), copies shuffled."""
    rnd = random.Random(seed)
    base, corpus = originals(n)
    copies = [edit(it, EDITS[i % len(EDITS)], rnd) for i, it in enumerate(base)]
    rnd.shuffle(copies)
    return base + copies, corpus


@dataclass
class Score:
    tp: int
    fp: int
    fn: int
    by_edit: Counter[str]
    total_by_edit: Counter[str]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(items: list[Item]) -> Score:
    from storyline.dedup import NearDuplicates
    from storyline.records import Document
    from storyline.runner import prepare

    index = NearDuplicates()
    tp = fp = fn = 0
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for it in items:
        doc, _sig = index.assign(prepare(Document(doc_id=it.doc_id, text=it.text)))
        link = doc.duplicate_of
        if it.original is None:
            fp += link is not None
            continue
        total[it.edit or ""] += 1
        if link == it.original:
            tp += 1
            found[it.edit or ""] += 1
        else:
            fn += 1
            fp += link is not None
    return Score(tp, fp, fn, found, total)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=1000, help="originals (the set has 2N documents)")
    args = ap.parse_args()
    items, corpus = make_set(args.n)
    t0 = time.perf_counter()
    score = evaluate(items)
    dt = time.perf_counter() - t0
    print(f"corpus: {corpus}; {len(items)} documents ({args.n} originals + {args.n} edited copies)")
    print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  (tp {score.tp}, fp {score.fp}, fn {score.fn})")
    print("recall by edit: " + ", ".join(
        f"{k} {score.by_edit[k] / score.total_by_edit[k]:.2f}" for k in EDITS if score.total_by_edit[k]))
    print(f"time: {dt:.2f} s for clean+date+dedup ({len(items) / dt:.0f} docs/s)")


if __name__ == "__main__":
    main()
