"""Peak memory streaming 100k synthetic articles through ingest → clean → date → dedup → store.

No spaCy (the model's own footprint is constant, not corpus-bound): this measures what grows with
the corpus — the dedup index (one MinHash signature and its LSH band keys per document), the
store's id set and DuckDB's buffers. Target: peak RSS < 2 GB at 100k articles.

    .venv/bin/python benchmarks/memory.py [--n 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import peak_rss_mb, stream, synthetic, write_jsonl


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        n = write_jsonl(src, synthetic(args.n))
        size = src.stat().st_size / 1e6
        start = peak_rss_mb()
        docs, dups, dt = stream(src, Path(tmp) / "s.duckdb", progress_every=max(1, args.n // 10))
        db_size = (Path(tmp) / "s.duckdb").stat().st_size / 1e6
    print(f"corpus: {n} synthetic articles, {size:.0f} MB JSONL; store {db_size:.0f} MB")
    print(f"streamed {docs} docs in {dt:.0f} s ({docs / dt:.0f} docs/s), {dups} near-duplicates linked")
    print(f"peak RSS {peak_rss_mb():.0f} MB (before imports {start:.0f} MB)  (target < 2048 MB)")


if __name__ == "__main__":
    main()
