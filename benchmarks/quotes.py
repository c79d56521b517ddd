"""Words/s per core of storyline's actors + quotes components alone, on top of a finished parse.

The texts are parsed once with the bare spaCy model (not timed); then the two components run
on the parsed Docs in this one process (one core) and only that is timed. Texts: PolNeAR dev
(../shared/data/polnear/dev) when present, else ../shared/data/news, else generated text. Target:
>= 2,000 words/s per core.

    .venv/bin/python benchmarks/quotes.py [--n 84] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from pathlib import Path

from storyline.pipeline import build_nlp
from storyline.records import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
POLNEAR = SHARED / "polnear" / "dev"
NEWS = SHARED / "news" / "reuters21578.jsonl.gz"
WORD = re.compile(r"\w+")


def load_texts(n: int) -> tuple[list[str], str]:
    if POLNEAR.is_dir():
        paths = sorted(POLNEAR.glob("*.txt"))[:n]
        return [p.read_text(encoding="utf-8") for p in paths], f"PolNeAR dev ({len(paths)} articles)"
    if NEWS.is_file():
        texts: list[str] = []
        with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                if len(text) >= 400:
                    texts.append(text)
                if len(texts) >= n:
                    break
        return texts, f"{NEWS.name} ({len(texts)} stories)"
    base = ('The minister said on Tuesday that talks would resume. "We are ready to sign," '
            "a spokeswoman for the agency told reporters, according to Reuters. ")
    return [base * 20] * n, f"generated text ({n} articles)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=84)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts, what = load_texts(args.n)
    nlp = build_nlp(components=("storyline_actors", "storyline_quotes"))
    with nlp.select_pipes(disable=["storyline_actors", "storyline_quotes"]):
        docs = list(nlp.pipe(texts, batch_size=16))
    for i, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        doc._.document = Document(doc_id=f"d{i}", text=text)
    actors, quotes = nlp.get_pipe("storyline_actors"), nlp.get_pipe("storyline_quotes")
    words = sum(len(WORD.findall(t)) for t in texts)
    best = float("inf")
    n_quotes = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_quotes = 0
        for doc in docs:
            quotes(actors(doc))
            n_quotes += len(doc._.quotes)
        best = min(best, time.perf_counter() - t0)
    print(f"texts: {what}, {words} words, {n_quotes} quotes")
    print(f"actors + quotes: {best:.2f} s (best of {args.repeat}) = {words / best:,.0f} words/s per core")


if __name__ == "__main__":
    main()
