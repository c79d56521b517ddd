"""Crash safety: `kill -9` the CLI while it ingests 500 articles, run it again, and the store holds
every article exactly once, each with all of its records (writes are one transaction per batch),
and the second run resumes instead of starting over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

CITIES = ["Northport", "Eastvale", "Lakeside", "Riverton", "Hillcrest", "Stonebridge", "Westmoor"]
THINGS = ["buses", "bridges", "schools", "clinics", "ferries", "parks", "libraries"]
N_ARTICLES = 500


def write_articles(path: Path, n: int = N_ARTICLES) -> list[str]:
    """`n` short JSONL articles, each with a dateline, a dated event and a direct quote; returns the ids."""
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            city, thing = CITIES[i % len(CITIES)], THINGS[(i // len(CITIES)) % len(THINGS)]
            text = (f"{city.upper()}, March {i % 27 + 1} - The council of {city} approved {i + 3} new {thing} "
                    f"on Tuesday, officials said. “Item {i} is a good plan for {city},” Mayor Dana Quill told "
                    f"reporters. Work on the {thing} begins in June 2024.\n")
            doc_id = f"art-{i:04d}"
            ids.append(doc_id)
            fh.write(json.dumps({"id": doc_id, "text": text, "published": "2024-03-05"}) + "\n")
    return ids


def cli(*args: str | Path) -> list[str]:
    return [str(Path(sys.executable).with_name("storyline")), *map(str, args)]


CHILD_TABLES = ("timexes", "actors", "quotes", "event_mentions", "signatures")


def check_store(db: Path, *, every_doc_has: tuple[str, ...] = ("timexes", "quotes", "event_mentions")) -> list[str]:
    """Open the store after the fact and check it is whole; return the stored doc_ids.

    No orphan child rows, every child row carries its document's `doc_ord`, no doc_id twice, and
    every document has rows in `every_doc_has` (the generated articles all yield them), so a
    document written without its records would show.
    """
    con = duckdb.connect(str(db), read_only=True)
    try:
        ids = [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY doc_ord").fetchall()]
        assert len(ids) == len(set(ids)), "a document is stored twice"
        for table in CHILD_TABLES:
            orphans = con.execute(
                f"SELECT count(*) FROM {table} c LEFT JOIN documents d USING (doc_id) "
                "WHERE d.doc_id IS NULL OR d.doc_ord <> c.doc_ord").fetchone()
            assert orphans == (0,), f"{table} has rows without their document"
        for table in every_doc_has:
            missing = con.execute(
                f"SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM {table} c "
                "WHERE c.doc_id = d.doc_id)").fetchone()
            assert missing == (0,), f"documents without {table}: a partial record"
        dup_seq = con.execute("SELECT count(*) FROM (SELECT doc_id, seq FROM timexes GROUP BY ALL "
                              "HAVING count(*) > 1)").fetchone()
        assert dup_seq == (0,)
    finally:
        con.close()
    return ids


def wait_for_writes(proc: subprocess.Popen[Any], db: Path, *, min_wal: int = 50_000, limit: float = 90) -> None:
    """Block until the running CLI has committed at least one batch: its WAL has grown past the schema
    and then stood still for a moment (a batch's records are written in one burst, then the next batch
    is annotated for seconds; a kill inside the burst would lose that whole transaction, as it should)."""
    wal = Path(f"{db}.wal")
    t0 = time.monotonic()
    size, since = -1, time.monotonic()
    while time.monotonic() - t0 < limit:
        if proc.poll() is not None:
            pytest.fail(f"storyline run ended (rc={proc.returncode}) before it could be interrupted")
        now = wal.stat().st_size if wal.exists() else -1
        if now != size:
            size, since = now, time.monotonic()
        elif size > min_wal and time.monotonic() - since >= 0.3:
            return
        time.sleep(0.02)
    pytest.fail("storyline run stored nothing in time")


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_stores_everything_once(tmp_path: Path) -> None:
    articles, db = tmp_path / "articles.jsonl", tmp_path / "s.duckdb"
    ids = write_articles(articles)
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(cli("run", articles, "--out", tmp_path / "out1", "--db", db), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_writes(proc, db)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert not (tmp_path / "out1" / "run.json").exists(), "the run was killed before it finished"

    stored = check_store(db)
    assert 0 < len(stored) < N_ARTICLES, len(stored)
    assert set(stored) <= set(ids)

    res = subprocess.run(cli("run", articles, "--out", tmp_path / "out2", "--db", db), env=env,
                         capture_output=True, text=True, timeout=240, check=False)
    assert res.returncode == 0, res.stderr[-3000:]
    rj = json.loads((tmp_path / "out2" / "run.json").read_text())
    docs = rj["documents"]
    assert docs["skipped_already_stored"] == len(stored) > 0
    assert docs["new"] == N_ARTICLES - len(stored) and docs["errors"] == 0
    final = check_store(db)
    assert sorted(final) == sorted(ids)  # every article exactly once
    assert final[: len(stored)] == stored  # what survived the crash was kept, not rewritten
    assert rj["counts"]["documents"] == N_ARTICLES
    exported = [json.loads(line)["doc_id"] for line in (tmp_path / "out2" / "documents.jsonl").open()]
    assert sorted(exported) == sorted(ids)
