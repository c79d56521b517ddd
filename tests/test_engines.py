"""Engines: the local worker pool and Spark give the same output as a plain in-process run."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.engines.local import annotate_batch, prepare_and_annotate
from storyline.records import Annotation, Document, IngestError
from storyline.runner import run
from tests.conftest import EXAMPLES


@Language.component("test_explode")
def _explode(doc: Doc) -> Doc:
    if "EXPLODE" in doc.text:
        raise RuntimeError("component failed")
    return doc


def _blank() -> Language:
    import storyline.pipeline  # noqa: F401  (registers the Doc._ extensions)

    nlp = spacy.blank("en")
    nlp.add_pipe("test_explode")
    return nlp


def test_a_failing_document_is_one_error_and_the_batch_survives() -> None:
    docs = [Document(f"d{i}", text) for i, text in enumerate(["One fine day.", "It will EXPLODE.", "Two."])]
    out = annotate_batch(docs, _blank(), batch_size=8)
    assert [type(r) for r in out] == [Annotation, IngestError, Annotation]
    err = out[1]
    assert isinstance(err, IngestError) and err.kind == "annotate" and err.item == "d1"
    assert [r.document.doc_id for r in out if isinstance(r, Annotation)] == ["d0", "d2"]


def test_workers_prepare_and_sign_documents_in_order() -> None:
    long = " ".join(f"word{i}" for i in range(60)) + "."
    docs = [Document("a", long), Document("b", "Short text."), Document("c", long + " EXPLODE")]
    out = prepare_and_annotate(docs, _blank(), 4, signatures=True)
    kinds = [type(r).__name__ for r, _ in out]
    assert kinds == ["Annotation", "Annotation", "IngestError"]
    (a, sig_a), (_b, sig_b), _ = out
    assert isinstance(a, Annotation) and a.document.body  # cleaned before annotation
    assert sig_a is not None and sig_b is None  # too short to sign


def _files(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.jsonl"))}


@pytest.mark.slow
def test_two_workers_write_the_same_files_as_one(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one = run([EXAMPLES], tmp_path / "one", db=tmp_path / "one.duckdb", nlp=nlp)
    two = run([EXAMPLES], tmp_path / "two", db=tmp_path / "two.duckdb", workers=2, batch_size=2)
    assert two.documents_new == one.documents_new >= 5
    assert dict(two.counts) == dict(one.counts)
    assert _files(tmp_path / "two") == _files(tmp_path / "one")


def _spark_skip() -> str | None:
    from storyline.engines.spark import spark_available

    return spark_available()


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.skipif(_spark_skip() is not None, reason=str(_spark_skip()))
def test_spark_output_equals_local_output(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from storyline.engines.spark import run_spark
    from storyline.export.tabular import KINDS, read_parquet_rows

    local = run([EXAMPLES], tmp_path / "local", db=tmp_path / "l.duckdb", nlp=nlp, formats=["jsonl", "parquet"])
    spark = run_spark([EXAMPLES], tmp_path / "spark", master="local[2]", formats=["jsonl", "parquet"])
    assert spark.documents_new == local.documents_new
    assert not spark.errors
    assert _files(tmp_path / "spark") == _files(tmp_path / "local")
    for kind in KINDS:
        s, lo = tmp_path / "spark" / f"{kind}.parquet", tmp_path / "local" / f"{kind}.parquet"
        assert read_parquet_rows(s) == read_parquet_rows(lo), kind
    assert (tmp_path / "spark" / "timexes.parquet").is_dir()  # written by the executors, part by part


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.skipif(_spark_skip() is not None, reason=str(_spark_skip()))
def test_spark_part_files_name_folded_entities_like_local(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # an acronym defined in one article and used bare in another: fusion folds the bare id, and the
    # per-document part files the executors wrote before fusion must not keep it
    from storyline.engines.spark import run_spark
    from storyline.export.tabular import read_parquet_rows

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Port deal\n\nMay 2, 2024 — The Northern Harbour Authority (NHA) signed a dredging "
                               "contract, its director Lena Holm said on Thursday.\n", encoding="utf-8")
    (src / "b.txt").write_text("Dredging starts\n\nMay 9, 2024 — NHA spokesman Ole Dahl said the first ship "
                               "would arrive in June.\n", encoding="utf-8")
    local = run([src], tmp_path / "local", db=tmp_path / "l.duckdb", nlp=nlp, formats=["parquet"])
    spark = run_spark([src], tmp_path / "spark", master="local[2]", formats=["parquet"])
    assert spark.documents_new == local.documents_new == 2
    for kind in ("actor_mentions", "quotes", "entities"):
        s, lo = tmp_path / "spark" / f"{kind}.parquet", tmp_path / "local" / f"{kind}.parquet"
        assert read_parquet_rows(s) == read_parquet_rows(lo), kind
    ids = {r["entity_id"] for r in read_parquet_rows(tmp_path / "spark" / "actor_mentions.parquet")}
    assert "org:nha" not in ids and "org:northern-harbour-authority" in ids
