"""Two `storyline run` processes on one DuckDB file: the second gets a clear lock error (exit 2),
the first finishes, and the store is whole afterwards. In one process, concurrent API writers
and readers share the store safely."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.test_crash import check_store, cli, wait_for_writes, write_articles


@pytest.mark.slow
def test_second_writer_gets_a_lock_error_and_nothing_is_corrupted(tmp_path: Path) -> None:
    articles, db = tmp_path / "articles.jsonl", tmp_path / "s.duckdb"
    ids = write_articles(articles, 150)
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "intruder", "text": "The council met on Monday, officials said."}) + "\n")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    first = subprocess.Popen(cli("run", articles, "--out", tmp_path / "out1", "--db", db, "--no-dedup"),
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_writes(first, db, min_wal=1)  # the first run holds the store ...
        os.kill(first.pid, signal.SIGSTOP)  # ... and keeps holding it, however fast this machine is
        try:
            second = subprocess.run(cli("run", other, "--out", tmp_path / "out2", "--db", db), env=env,
                                    capture_output=True, text=True, timeout=120, check=False)
            still_running = first.poll() is None
        finally:
            os.kill(first.pid, signal.SIGCONT)
        _out1, err1 = first.communicate(timeout=240)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert still_running, "the first run ended before the second tried the store: the test proved nothing"
    assert second.returncode == 2, (second.returncode, second.stderr[-2000:])
    message = " ".join(second.stderr.split())
    assert "locked by another process" in message and str(db.name) in message
    assert "Traceback" not in second.stderr
    assert not (tmp_path / "out2" / "run.json").exists()

    assert first.returncode == 0, err1[-3000:]
    assert sorted(check_store(db, every_doc_has=("timexes", "quotes"))) == sorted(ids)
    assert "intruder" not in ids
    rj = json.loads((tmp_path / "out1" / "run.json").read_text())
    assert rj["documents"]["new"] == len(ids)


def test_read_only_readers_may_share_a_store_but_not_with_a_writer(tmp_path: Path) -> None:
    from storyline.errors import StoreError
    from storyline.store import Store

    db = tmp_path / "s.duckdb"
    Store(db).close()
    code = ("import sys; from storyline.store import Store\n"
            "try:\n    Store(sys.argv[1]{ro}).close()\nexcept Exception as e:\n"
            "    print(type(e).__name__, e); sys.exit(2)\n")
    with Store(db, read_only=True):
        ro = subprocess.run([_python(), "-c", code.format(ro=", read_only=True"), str(db)],
                            capture_output=True, text=True, timeout=60, check=False)
        rw = subprocess.run([_python(), "-c", code.format(ro=""), str(db)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert ro.returncode == 0, ro.stdout + ro.stderr
    assert rw.returncode == 2 and "StoreError" in rw.stdout and "locked" in rw.stdout, rw.stdout + rw.stderr
    with Store(db):  # the writer holds it: even a reader in another process is refused, clearly
        ro2 = subprocess.run([_python(), "-c", code.format(ro=", read_only=True"), str(db)],
                             capture_output=True, text=True, timeout=60, check=False)
    assert ro2.returncode == 2 and "StoreError" in ro2.stdout, ro2.stdout + ro2.stderr
    assert isinstance(StoreError("x"), Exception)


def _python() -> str:
    import sys

    return sys.executable


def test_concurrent_api_posts_of_stored_ids_and_reads_are_consistent(tmp_path: Path) -> None:
    """Writers serialize on the service lock; readers never see a half-written state or a 5xx."""
    from fastapi.testclient import TestClient

    from storyline.api import create_app
    from tests.test_api import DOC_A, DOC_B, build_store

    app = create_app(build_store(tmp_path / "s.duckdb"))
    with TestClient(app) as c:
        before = c.get("/stats").json()

        def hit(i: int) -> tuple[int, Any]:
            if i % 3 == 0:
                r = c.post("/articles", json={"id": DOC_A if i % 2 else DOC_B, "text": "again"})
            elif i % 3 == 1:
                r = c.get("/events", params={"limit": 2, "offset": i % 4})
            else:
                r = c.get("/search", params={"q": "boat"})
            return r.status_code, r.json()

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(hit, range(120)))
        assert all(status in (200,) for status, _ in results), {s for s, _ in results}
        assert all(body["added"] is False for i, (_, body) in enumerate(results) if i % 3 == 0)
        assert c.get("/stats").json() == before
