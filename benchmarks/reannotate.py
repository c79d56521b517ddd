"""`storyline reannotate` ÷ `storyline run`: re-annotating a store in place vs filling it, in one run.

Writes N stories from ../shared/data/news/reuters21578.jsonl.gz (read in place) or generated text
into a temporary JSONL file, runs `storyline.runner.run` on it (1 worker), then
`storyline.runner.reannotate(force=True)` on the same store, with the same loaded pipeline, and prints
documents/s for both annotate+store stages and their ratio. Re-annotation skips ingest, cleaning,
dating and near-duplicate linking but deletes and rewrites every record, so it should run at about
the speed of the first run's annotate stage (target: ratio ≥ 0.8). It also checks that the store's
record counts are the same afterwards.

    .venv/bin/python benchmarks/reannotate.py [--n 500]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import load_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=500)
    args = ap.parse_args()
    from storyline.pipeline import build_nlp
    from storyline.runner import reannotate, run

    docs, corpus = load_texts(args.n)
    nlp = build_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d.doc_id, "text": d.text, "published": d.given_published}) + "\n")
        db = Path(tmp) / "s.duckdb"
        first = run([src], Path(tmp) / "out", db=db, nlp=nlp)
        t_run = dict(first.timings)["ingest_annotate_store"]
        again = reannotate(db, nlp=nlp, force=True)
        t_re = dict(again.timings)["annotate_store"]
        n = first.documents_new
        print(f"corpus: {corpus}; {n} documents")
        print(f"run        ingest+annotate+store {t_run:6.1f} s ({n / t_run:5.1f} docs/s)")
        print(f"reannotate annotate+store        {t_re:6.1f} s ({n / t_re:5.1f} docs/s)")
        print(f"reannotate ÷ run throughput: {t_run / t_re:.2f}x  (target ≥ 0.8x)")
        same = dict(first.counts) == dict(again.counts)
        print(f"record counts unchanged after re-annotation: {same}")
        if not same:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
