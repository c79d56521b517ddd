"""`storyline run --workers 2` ÷ `--workers 1`: end-to-end run throughput, measured in one run.

Writes N stories from ../shared/data/news/reuters21578.jsonl.gz (read in place) or generated text
into a temporary JSONL file, runs `storyline.runner.run` on it with 1 and then 2 workers (fresh
store each) and prints documents/s for the ingest → annotate → store stage and for the whole run.
Model loading is counted on both sides (in-process for 1 worker; the pool's start-up, which loads
one model per worker, for 2). Target ≥ 1.7× on a 2-core machine.

Workers run with one BLAS thread each (`engines.local`), while a 1-worker run lets numpy's BLAS use
every core, so the 1-worker baseline already takes some of the second core. The benchmark also
runs 1 worker limited to one BLAS thread ("1 core") and prints the speed-up against both.

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
from threadpoolctl import threadpool_limits


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
        for key, w in ((1, 1), (0, 1), (args.workers, args.workers)):
            with threadpool_limits(1 if key == 0 else None):
                rep = run([src], Path(tmp) / f"out{key}", db=Path(tmp) / f"s{key}.duckdb", workers=w)
            t = dict(rep.timings)
            stage[key] = t["load_model"] + t["ingest_annotate_store"]
            total[key] = t["total"]
            label = "workers=1, 1 BLAS thread" if key == 0 else f"workers={w}"
            print(f"{label:26s}: {rep.documents_new} docs; load+annotate+store {stage[key]:6.1f} s "
                  f"({rep.documents_new / stage[key]:5.1f} docs/s); whole run {total[key]:6.1f} s")
    print(f"corpus: {corpus}; cpus {os.cpu_count()}")
    w = args.workers
    print(f"speed-up {w} workers vs 1 (default BLAS threads): annotate stage {stage[1] / stage[w]:.2f}x, "
          f"whole run {total[1] / total[w]:.2f}x  (target ≥ 1.7x)")
    print(f"speed-up {w} workers vs 1 (1 BLAS thread, one core): annotate stage {stage[0] / stage[w]:.2f}x, "
          f"whole run {total[0] / total[w]:.2f}x")


if __name__ == "__main__":
    main()
