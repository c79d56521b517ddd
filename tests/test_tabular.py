"""Parquet and CSV export of every record kind (`storyline.export.tabular`)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from storyline.export import MemoryCorpus, to_json
from storyline.export.tabular import KINDS, read_parquet_rows, write_tabular
from storyline.records import Annotation
from tests.test_store import make_annotation, make_fusion


def _corpus() -> MemoryCorpus:
    a = make_annotation("doc-1")
    b = make_annotation("doc-2")
    from dataclasses import replace

    b = Annotation(replace(b.document, duplicate_of="doc-1"), b.timexes, b.actors, b.quotes, b.events)
    return MemoryCorpus.of([a, b], make_fusion())


def test_every_kind_written_in_both_formats_with_contract_rows(tmp_path: Path) -> None:
    corpus = _corpus()
    counts = write_tabular(tmp_path, corpus, ["parquet", "csv"])
    assert set(counts) == set(KINDS)
    for kind in KINDS:
        assert (tmp_path / f"{kind}.parquet").is_file() and (tmp_path / f"{kind}.csv").is_file()
    events = read_parquet_rows(tmp_path / "events.parquet")
    fused = corpus.fusion().events
    assert len(events) == len(fused) > 0
    assert events[0] == {k: to_json(fused[0]).get(k) for k in events[0]}
    docs = read_parquet_rows(tmp_path / "documents.parquet")
    assert [d["duplicate_of"] for d in docs] == [None, "doc-1"]
    with (tmp_path / "quotes.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == counts["quotes"] == 2 * len(make_annotation().quotes)
    assert json.loads(rows[0]["content"])["text"] == make_annotation().quotes[0].content.text


def test_duckdb_queries_the_parquet_directly(tmp_path: Path) -> None:
    write_tabular(tmp_path, _corpus(), ["parquet"])
    con = duckdb.connect()
    path = str(tmp_path / "events.parquet")
    n, first_source = con.execute(f"SELECT count(*), min(sources[1]) FROM '{path}'").fetchone()  # type: ignore[misc]
    assert n == len(make_fusion().events)
    assert first_source in {m.doc_id for e in make_fusion().events for m in e.mentions}
    quotes = str(tmp_path / "quotes.parquet")
    texts = [r[0] for r in con.execute(f"SELECT content.text FROM '{quotes}' WHERE doc_id = 'doc-2'").fetchall()]
    assert texts == [q.content.text for q in make_annotation().quotes]


def test_unknown_format_is_rejected_and_nothing_half_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="xlsx"):
        write_tabular(tmp_path, _corpus(), ["parquet", "xlsx"])
    assert not list(tmp_path.iterdir())
