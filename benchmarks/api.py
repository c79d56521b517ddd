"""Latency of `GET /events?actor=…` on a store of 10k synthetic articles (target: p95 ≤ 100 ms).

The store is built cheaply, without spaCy: hand-built `Annotation`s go through `Store.add` and a
hand-built `Fusion` (one fused event per mention, ~3 per article) through `Store.replace_fusion`.
It is reused on later runs when the file already holds that many articles. The app then runs under
uvicorn in a background thread bound to 127.0.0.1, and a bounded number of requests go over real
HTTP on loopback (connection kept alive), each for a different actor (by id or by name).

    .venv/bin/python benchmarks/api.py [--articles 10000] [--requests 300] [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from storyline.api import create_app
from storyline.records import (
    Annotation,
    DocDate,
    Document,
    Entity,
    Event,
    EventDate,
    EventMention,
    Fusion,
    Mention,
    Span,
)
from storyline.store import Store

COUNTRIES = [
    ("NOR", "Norway"), ("CHL", "Chile"), ("POL", "Poland"), ("KOR", "South Korea"), ("BRA", "Brazil"),
    ("IND", "India"), ("DEU", "Germany"), ("FRA", "France"), ("JPN", "Japan"), ("EGY", "Egypt"),
    ("IDN", "Indonesia"), ("MEX", "Mexico"), ("NGA", "Nigeria"), ("ESP", "Spain"), ("CAN", "Canada"),
    ("AUS", "Australia"), ("PER", "Peru"), ("VNM", "Vietnam"), ("KEN", "Kenya"), ("ARG", "Argentina"),
]
TYPES = ["AGREE", "CONSULT", "REJECT", "COOPERATE", "REQUEST", "SUPPORT"]
STATUSES = ["happened", "planned", "claimed", "denied", "ongoing"]


def _article(i: int, rnd: random.Random) -> tuple[Annotation, list[Event]]:
    (a_iso, a), (b_iso, b) = rnd.sample(COUNTRIES, 2)
    day = f"20{rnd.randint(15, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    sents = [f"{a} agreed on {day} to buy {rnd.randint(2, 40)} radars from {b}.",
             f"{b} denied that talks with {a} had stalled.",
             f"Officials from {a} and {b} will meet again next month to discuss training."]
    text = " ".join(sents * 3)
    doc_id = f"bench-{i:06d}"
    doc = Document(doc_id, text, source=f"Wire {i % 50}", title=f"Story {i}: {a} and {b}",
                   published=DocDate(day, "given"), body=(Span(0, len(text)),))
    mentions: list[EventMention] = []
    events: list[Event] = []
    offset = 0
    for k, (sent, trig) in enumerate(zip(sents, ["agreed", "denied", "meet"], strict=True)):
        s = offset + sent.index(trig)
        src, tgt = ((f"country:{a_iso}",), (f"country:{b_iso}",)) if k != 1 else ((f"country:{b_iso}",),
                                                                                    (f"country:{a_iso}",))
        type_, status = rnd.choice(TYPES), rnd.choice(STATUSES)
        date = EventDate(day if k == 0 else day[:7])
        mentions.append(EventMention(doc_id, f"m{k}", s, s + len(trig), trig, Span(offset, offset + len(sent)),
                                     type_, status, source=src, target=tgt, date=date))  # type: ignore[arg-type]
        events.append(Event(f"ev-{i:06d}-{k}", type_, status, (Mention(doc_id, s, s + len(trig), trig),),  # type: ignore[arg-type]
                            (doc_id,), source_actors=src, target_actors=tgt, date=date))
        offset += len(sent) + 1
    return Annotation(doc, events=tuple(mentions)), events


def build(db: Path, n: int) -> tuple[int, float]:
    t0 = time.perf_counter()
    if db.exists():
        with Store(db, read_only=True) as store:
            if store.counts()["documents"] >= n:
                return store.counts()["events"], 0.0
        db.unlink()
    rnd = random.Random(7)
    events: list[Event] = []
    with Store(db, batch_size=512) as store:
        for i in range(n):
            ann, evs = _article(i, rnd)
            store.add(ann)
            events += evs
        entities = tuple(Entity(f"country:{iso}", "country", name, country=iso) for iso, name in COUNTRIES)
        store.replace_fusion(Fusion(entities=entities, events=tuple(events)))
    return len(events), time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=300, help="bounded request count")
    ap.add_argument("--db", type=Path, default=Path("/tmp/storyline-bench-api.duckdb"))
    args = ap.parse_args()
    n_events, built = build(args.db, args.articles)
    print(f"store: {args.articles} articles, {n_events} fused events ({args.db}; "
          + (f"built in {built:.1f} s)" if built else "reused)"))

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(create_app(args.db, read_only=True), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    rnd = random.Random(1)
    refs = [f"country:{iso}" for iso, _ in COUNTRIES] + [name for _, name in COUNTRIES]
    lat: list[float] = []
    totals: list[int] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            for _ in range(5):  # warm-up, not counted
                client.get("/events", params={"actor": "Norway"}).raise_for_status()
            for _ in range(args.requests):
                t = time.perf_counter()
                r = client.get("/events", params={"actor": rnd.choice(refs)})
                lat.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
                totals.append(r.json()["total"])
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    lat.sort()
    p50 = statistics.median(lat)
    p95 = lat[max(0, round(0.95 * len(lat)) - 1)]
    print(f"GET /events?actor=… over HTTP on 127.0.0.1 (uvicorn in a thread), {len(lat)} requests, "
          f"page size 50, ~{statistics.mean(totals):.0f} matches each")
    print(f"p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {lat[-1]:.1f} ms  (target p95 ≤ 100 ms: "
          f"{'OK' if p95 <= 100 else 'MISSED'})")


if __name__ == "__main__":
    main()
