"""Timex tagging speed (timexes/second, no spaCy parse) and TempEval-3 F1 on the TimeML training data.

Our tagger runs with the regex tense hint over every TEXT of ../shared/data/timeml/train (read in
place; research use only), repeated `--rounds` times; the reference is dateparser's
`search.search_dates` over the same texts in the same process, and the speed ratio is printed.
Times are for context only (noisy machines); the ratio is the stable number.

    .venv/bin/python benchmarks/timex.py [--rounds 3] [--ref-docs 60]
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

from storyline.eval.timeml import evaluate_docs, tml_files
from storyline.timex import tag
from storyline.timex.timeml import TmlDocument, read_tml

TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "timeml" / "train"


def _ours(docs: list[TmlDocument], rounds: int) -> tuple[float, int]:
    found = 0
    t0 = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            found += len(tag(d.text, d.dct, doc_id=d.doc_id))
    return time.perf_counter() - t0, found


def _dateparser(docs: list[TmlDocument]) -> tuple[float, int] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    import datetime as dt

    found = 0
    t0 = time.perf_counter()
    for d in docs:
        base = dt.datetime.fromisoformat(d.dct[:10])
        hits = search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base})
        found += len(hits or [])
    return time.perf_counter() - t0, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=TRAIN)
    ap.add_argument("--rounds", type=int, default=3, help="passes of our tagger over the corpus")
    ap.add_argument("--ref-docs", type=int, default=60, help="documents for the (slow) dateparser reference")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    if not args.data.is_dir():
        raise SystemExit(f"no TimeML data at {args.data}")
    docs = [read_tml(f) for f in tml_files(args.data)]
    chars = sum(len(d.text) for d in docs)
    print(f"corpus: {len(docs)} TimeML documents, {chars:,} characters, {sum(len(d.timexes) for d in docs)} gold timexes")

    tag(docs[0].text, docs[0].dct)  # warm the scanner caches
    secs, found = _ours(docs, args.rounds)
    ours_rate = found / secs
    print(f"storyline tagger: {found // args.rounds} timexes/pass, {secs / args.rounds:.3f} s/pass, "
          f"{ours_rate:,.0f} timexes/s, {chars * args.rounds / secs / 1e6:.2f} M chars/s (no spaCy parse)")

    sub = docs[: args.ref_docs]
    sub_chars = sum(len(d.text) for d in sub)
    ref = _dateparser(sub)
    if ref is None:
        print("dateparser not installed: no reference ratio (pip install dateparser)")
    else:
        rsecs, rfound = ref
        o_secs, _ = _ours(sub, 1)
        print(f"dateparser search_dates on {len(sub)} docs: {rfound} dates, {rsecs:.2f} s, "
              f"{sub_chars / rsecs / 1e3:,.1f} K chars/s")
        print(f"speed ratio (same {len(sub)} docs, chars/s): storyline / dateparser = {rsecs / o_secs:,.0f}x")

    report = evaluate_docs(docs)
    m = report.metrics
    print(f"TempEval-3 on {args.data.name}: strict F1 {m['strict_f1']:.4f}, relaxed F1 {m['relaxed_f1']:.4f}, "
          f"type F1 {m['type_f1']:.4f}, value F1 {m['value_f1']:.4f}")


if __name__ == "__main__":
    main()
