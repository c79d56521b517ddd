"""`storyline run --workers 2` ÷ `--workers 1`: end-to-end run throughput, measured in one run.

Writes N stories from ../shared/data/news/reuters21578.jsonl.gz (read in place) or generated text
into a temporary JSONL file, runs `storyline.runner.run` on it with 1 and then 2 workers (fresh
store each) and prints documents/s for the ingest → annotate → store stage and for the whole run.
Model loading is counted on both sides (in-process for 1 worker; the pool's start-up, which loads
one model per worker, for 2). Target ≥ 1.7× on a 2-core machine.

    .venv/bin/python benchmarks/workers.py [--n 1500]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import load_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from storyline.runner import run

    docs, corpus = load_texts(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d.doc_id, "text": d.text, "published": d.given_published}) + "\n")
        stage: dict[int, float] = {}
        total: dict[int, float] = {}
        for w in (1, args.workers):
            rep = run([src], Path(tmp) / f"out{w}", db=Path(tmp) / f"s{w}.duckdb", workers=w)
            t = dict(rep.timings)
            stage[w] = t["load_model"] + t["ingest_annotate_store"]
            total[w] = t["total"]
            print(f"workers={w}: {rep.documents_new} docs; load+annotate+store {stage[w]:6.1f} s "
                  f"({rep.documents_new / stage[w]:5.1f} docs/s); whole run {total[w]:6.1f} s")
    print(f"corpus: {corpus}; cpus {os.cpu_count()}")
    print(f"speed-up {args.workers} workers vs 1: annotate stage {stage[1] / stage[args.workers]:.2f}x, "
          f"whole run {total[1] / total[args.workers]:.2f}x  (target ≥ 1.7x)")


if __name__ == "__main__":
    main()
