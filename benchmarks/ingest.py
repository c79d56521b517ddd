"""Ingest-to-store throughput without spaCy: read → clean → date → dedup → DuckDB store.

Writes N articles (default 10,000) to a temporary JSONL file — stories from
../shared/data/news/reuters21578.jsonl.gz (read in place, cycled with new ids when N is larger),
or synthetic ones with `--synthetic` — then streams them through the per-document stages a run
performs before and after spaCy, storing each document (with no annotations) as `run` does.
Prints documents/s per cumulative stage and the peak RSS of the process.

    .venv/bin/python benchmarks/ingest.py [--n 10000] [--synthetic]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "reuters21578.jsonl.gz"

_VOCAB = ["government", "minister", "said", "talks", "agreement", "trade", "deal", "army", "navy", "contract", "company", "shares", "market", "prices", "oil", "gas", "exports", "imports", "council", "vote", "court", "ruling", "election", "party", "leader", "police", "city", "storm", "flood", "drought", "harvest", "bank", "rates", "inflation", "budget", "tax", "reform", "union", "strike", "hospital", "school", "bridge", "port", "rail", "airport", "weapons", "missiles", "tanks", "delivery", "order", "payment", "officials", "spokesman"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def synthetic(n: int, seed: int = 5) -> Iterator[dict[str, str]]:
    """Varied articles (~180 words, dateline, dates); every 20th is an edited copy of an earlier one."""
    rnd = random.Random(seed)
    recent: list[str] = []
    for i in range(n):
        if i % 20 == 19 and recent:
            paras = rnd.choice(recent).split("\n\n")
            text = "\n\n".join(paras[:-1]) + "\n\n(Reporting by the wire desk)"
        else:
            paras = []
            for _ in range(6):
                words = [rnd.choice(_VOCAB) for _ in range(rnd.randint(22, 36))]
                words.insert(rnd.randint(3, 10), f"on {rnd.choice(_MONTHS)} {rnd.randint(1, 28)}")
                paras.append(" ".join(words).capitalize() + ".")
            text = f"CITY{i % 97}, {rnd.choice(_MONTHS)} {rnd.randint(1, 28)} (Wire) - " + "\n\n".join(paras)
            recent = ([*recent, text])[-50:]
        yield {"id": f"syn-{i}", "text": text, "published": f"20{10 + i % 14}-{1 + i % 12:02d}-{1 + i % 28:02d}"}


def reuters(n: int) -> Iterator[dict[str, str]]:
    rows: list[dict[str, str]] = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("text"):
                rows.append({k: rec[k] for k in ("id", "text", "published", "title") if rec.get(k)})
    for i in range(n):
        rec = dict(rows[i % len(rows)])
        if i >= len(rows):
            rec["id"] = f"{rec['id']}#{i // len(rows)}"
            rec["text"] += f"\n\n(copy {i // len(rows)})"
        yield rec


def write_jsonl(path: Path, rows: Iterator[dict[str, str]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def stream(src: Path, db: Path, *, stages: str = "store", progress_every: int = 0) -> tuple[int, int, float]:
    """Stream `src` through ingest→clean→date→dedup→store (or stop after `stages`); (docs, dups, seconds)."""
    from storyline.dedup import NearDuplicates
    from storyline.ingest import ingest
    from storyline.records import Annotation, Document
    from storyline.runner import prepare
    from storyline.store import Store

    t0 = time.perf_counter()
    n = dups = 0
    index = NearDuplicates()
    with Store(db) as store:
        for item in ingest([src]):
            if not isinstance(item, Document):
                continue
            n += 1
            if progress_every and n % progress_every == 0:
                print(f"  {n} docs, {time.perf_counter() - t0:.0f} s, peak RSS {peak_rss_mb():.0f} MB", file=sys.stderr)
            if stages == "ingest":
                continue
            doc = prepare(item)
            if stages == "clean+date":
                continue
            doc, sig = index.assign(doc)
            dups += doc.duplicate_of is not None
            if stages == "dedup":
                continue
            store.add(Annotation(doc), signature=sig)
    return n, dups, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--synthetic", action="store_true")
    args = ap.parse_args()
    use_news = NEWS.is_file() and not args.synthetic
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        n = write_jsonl(src, reuters(args.n) if use_news else synthetic(args.n))
        corpus = f"{NEWS.name} (cycled)" if use_news else "synthetic articles"
        print(f"corpus: {n} articles from {corpus}, {src.stat().st_size / 1e6:.1f} MB JSONL")
        base = None
        for stages in ("ingest", "clean+date", "dedup", "store"):
            docs, dups, dt = stream(src, Path(tmp) / f"{stages}.duckdb", stages=stages)
            base = base or dt
            extra = f", {dups} near-duplicates linked" if stages in ("dedup", "store") else ""
            print(f"up to {stages:10s}: {dt:7.2f} s  {docs / dt:8.0f} docs/s{extra}")
        print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
