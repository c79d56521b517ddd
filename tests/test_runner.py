"""End to end: `storyline.runner.run` on the example articles and on bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import InputError
from storyline.pipeline import annotator_id
from storyline.runner import reannotate, run
from storyline.store import Store
from tests.conftest import EXAMPLES

CONTRACT_FILES = [
    "documents.jsonl", "timexes.jsonl", "entities.jsonl", "quotes.jsonl", "events.jsonl",
    "corroborations.jsonl", "contradictions.jsonl", "deals.jsonl", "timeline.md", "report.html", "run.json",
]

pytestmark = pytest.mark.slow


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_run_examples_writes_every_contract_file_and_is_idempotent(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    first = run([EXAMPLES], out, db=db, nlp=nlp)
    for name in CONTRACT_FILES:
        assert (out / name).is_file(), name
    assert first.documents_new >= 5
    assert not first.errors
    docs = _lines(out / "documents.jsonl")
    assert len(docs) == first.documents_new
    # the story as an analyst reads it: every report dated (a byline <time>, a caption's date under a
    # yearless dateline), names whole, the deal one row
    assert [d["published"]["value"] for d in docs if d["published"]["value"] == "unresolved"] == []  # type: ignore[index]
    speakers = {q["speaker"]["text"]: q["speaker"]["entity_id"] for q in _lines(out / "quotes.jsonl") if q["speaker"]}  # type: ignore[index]
    assert speakers["Daesan chief executive Yoon Sang-chul"] == "person:yoon-sang-chul"
    assert speakers["Han Do-yoon, an analyst at Mirae Street Securities"] == "person:han-do-yoon"
    (deal,) = _lines(out / "deals.jsonl")
    assert (deal["supplier"], deal["recipient"], deal["quantity"]) == ("country:KOR", "country:PRT", 24)
    # the story's dispute: unnamed sources said the contract was signed, the ministry denied it two days on
    notes = [str(c["note"]) for c in _lines(out / "contradictions.jsonl")]
    assert any("two people familiar with the matter" in n and "denied by Portugal" in n for n in notes), notes
    counts = dict(first.counts)
    assert counts["timexes"] > 0 and counts["quotes"] > 0 and counts["events"] > 0
    run_json = json.loads((out / "run.json").read_text())
    assert run_json["documents"]["new"] == first.documents_new

    again = run([EXAMPLES], out, db=db, nlp=nlp)
    assert again.documents_new == 0
    assert again.documents_skipped == first.documents_new
    assert dict(again.counts) == counts
    assert first.warnings == again.warnings == ()


def test_a_store_annotated_by_other_code_is_reported_not_silently_reused(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    first = run([EXAMPLES], out, db=db, nlp=nlp)
    with Store(db) as store:
        assert store.annotators() == [annotator_id()]
        # as if an older storyline had filled it
        store._conn.execute("UPDATE meta SET value = '[\"0.0.9+000000000000\"]' WHERE key = 'annotators'")
    again = run([EXAMPLES], out, db=db, nlp=nlp)
    assert again.documents_new == 0
    (warning,) = again.warnings
    assert f"{first.documents_new} documents" in warning and "0.0.9+000000000000" in warning
    assert annotator_id() in warning and "storyline reannotate --db" in warning
    assert json.loads((out / "run.json").read_text())["warnings"] == [warning]
    with Store(db) as store:  # nothing new was annotated, so the store still credits the old code only
        assert store.annotators() == ["0.0.9+000000000000"]


def _per_doc_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db, read_only=True) as store:
        return {t: store._conn.execute(f"SELECT * EXCLUDE (run_id, added_at) FROM {t} ORDER BY doc_ord, seq").fetchall()
                for t in ("timexes", "actors", "quotes", "event_mentions")}


def test_reannotate_replaces_stale_records_in_place_and_refuses(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    first = run([EXAMPLES], out, db=db, nlp=nlp)
    want = _per_doc_rows(db)
    with Store(db) as store:
        docs_before = store._conn.execute("SELECT doc_id, doc_ord, duplicate_of FROM documents ORDER BY doc_ord").fetchall()
        # as if an older storyline had filled it: it found no quotes, and one timex too many in each document
        store._conn.execute("UPDATE meta SET value = '[\"0.0.9+000000000000\"]' WHERE key = 'annotators'")
        store._conn.execute("DELETE FROM quotes")
        store._conn.execute("INSERT INTO timexes SELECT doc_id, doc_ord, 999, 'stale', start, \"end\", text, type, "
                            "value, mod, anchor, run_id, added_at FROM timexes WHERE seq = 0")
    assert _per_doc_rows(db) != want

    report = reannotate(db, tmp_path / "again", nlp=nlp)
    assert not report.errors and report.warnings == ()
    assert dict(report.extra)["reannotated"] == str(first.documents_new)
    assert _per_doc_rows(db) == want  # exactly what a fresh run stores
    with Store(db, read_only=True) as store:
        assert store.annotators() == [annotator_id()]
        assert store._conn.execute("SELECT doc_id, doc_ord, duplicate_of FROM documents ORDER BY doc_ord").fetchall() == docs_before
    assert dict(report.counts) == dict(first.counts)  # fusion rebuilt from the restored quotes
    assert _lines(tmp_path / "again" / "quotes.jsonl") == _lines(out / "quotes.jsonl")
    assert json.loads((tmp_path / "again" / "run.json").read_text())["reannotated"] == str(first.documents_new)
    assert run([EXAMPLES], out, db=db, nlp=nlp).warnings == ()  # the store is level again


def test_reannotate_leaves_an_up_to_date_store_alone_unless_forced(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.duckdb"
    first = run([EXAMPLES], tmp_path / "out", db=db, nlp=nlp)
    idle = reannotate(db, nlp=nlp)
    assert (idle.documents_read, idle.documents_skipped) == (0, first.documents_new)
    assert dict(idle.extra)["reannotated"] == "0"
    forced = reannotate(db, nlp=nlp, force=True)
    assert dict(forced.extra)["reannotated"] == str(first.documents_new)
    assert dict(forced.counts) == dict(first.counts)
    with pytest.raises(InputError, match="no store"):
        reannotate(tmp_path / "missing.duckdb", nlp=nlp)


@Language.component("test_fails_on_marker")
def _fails_on_marker(doc: Doc) -> Doc:
    if "Zebulon" in doc.text:
        raise RuntimeError("component broke")
    return doc


def test_reannotate_keeps_old_records_of_documents_a_component_fails_on(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Mayor Zebulon Hart said on Monday that the bridge would reopen in May.\n", encoding="utf-8")
    (src / "b.txt").write_text("The council said on Tuesday that taxes would rise next year.\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    run([src], tmp_path / "out", db=db, nlp=nlp)
    want = _per_doc_rows(db)
    with Store(db) as store:
        store._conn.execute("UPDATE meta SET value = '[\"0.0.9+000000000000\"]' WHERE key = 'annotators'")
        store._conn.execute("DELETE FROM quotes")  # the older code found no quotes
    nlp.add_pipe("test_fails_on_marker", last=True)
    try:
        report = reannotate(db, nlp=nlp)
    finally:
        nlp.remove_pipe("test_fails_on_marker")
    (error,) = report.errors
    assert error.kind == "annotate" and "component broke" in error.message
    assert dict(report.extra)["reannotated"] == "1"
    got = _per_doc_rows(db)
    assert {t: got[t] for t in ("timexes", "actors", "event_mentions")} == {t: want[t] for t in ("timexes", "actors", "event_mentions")}
    # the failed document kept its old records (no quotes); the other one has its quote back
    assert [r[2:] for r in got["quotes"]] == [r[2:] for r in want["quotes"] if "Zebulon" not in str(r)]
    assert len(want["quotes"]) == 2 and len(got["quotes"]) == 1
    (warning,) = report.warnings  # the store still holds one document annotated by the older code
    assert "0.0.9+000000000000" in warning
    with Store(db, read_only=True) as store:
        assert store.annotators() == ["0.0.9+000000000000", annotator_id()]


def test_run_adds_new_inputs_incrementally_and_reports_bad_items(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    first_example = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".md"})[0]
    shutil.copy(first_example, src / first_example.name)
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    r1 = run([src], out, db=db, nlp=nlp)
    assert r1.documents_new == 1

    (src / "empty.txt").write_bytes(b"")
    (src / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (src / "later.txt").write_text(
        "BERLIN, May 4 (Wire) - The defence ministry said on Thursday it had signed a contract "
        "to buy 12 helicopters from Italy for $900 million.\n\n"
        "\u201cDeliveries start next year,\u201d ministry spokeswoman Eva Lang said.\n",
        encoding="utf-8",
    )
    r2 = run([src], out, db=db, nlp=nlp)
    assert r2.documents_new == 1
    assert r2.documents_skipped == 1
    kinds = sorted(e.kind for e in r2.errors)
    assert kinds == ["binary", "empty"]
    run_json = json.loads((out / "run.json").read_text())
    assert {Path(e["path"]).name for e in run_json["errors"]} == {"empty.txt", "picture.txt"}
    assert len(_lines(out / "documents.jsonl")) == 2


def _wire_story() -> str:
    paras = [
        "The port authority said on Monday it had approved a plan to deepen the northern channel so that "
        "larger container ships can dock without waiting for the tide.",
        "Work is expected to begin in the spring and to take about eighteen months, the authority said in "
        "a statement, adding that dredging would pause during the fish spawning season.",
        "Shipping companies have long complained that delays at the channel add days to their schedules "
        "and raise the cost of moving goods through the region.",
        "Local fishermen, who opposed an earlier version of the plan, said they would study the details "
        "before deciding whether to challenge the decision in court.",
    ]
    return "\n\n".join(paras)


def test_near_duplicates_are_linked_across_runs_and_exported(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import duckdb

    story = _wire_story()
    src1, src2 = tmp_path / "a", tmp_path / "b"
    src1.mkdir()
    src2.mkdir()
    (src1 / "wire.jsonl").write_text(json.dumps({"id": "wire-1", "text": story, "source": "Wire Service"}) + "\n")
    copy = "By Staff Reporter\n\n" + story.rsplit("\n\n", 1)[0] + "\n\nShare this article"
    (src2 / "paper.jsonl").write_text(json.dumps({"id": "paper-7", "text": copy, "source": "Daily Paper"}) + "\n")
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    r1 = run([src1], out, db=db, nlp=nlp)
    assert dict(r1.counts)["near_duplicates"] == 0
    r2 = run([src2], out, db=db, nlp=nlp, formats=["jsonl", "parquet", "csv"])  # a later, incremental run
    assert r2.documents_new == 1
    assert dict(r2.counts)["near_duplicates"] == 1
    rows = duckdb.sql(f"SELECT doc_id, duplicate_of FROM '{out / 'documents.parquet'}' ORDER BY doc_id").fetchall()
    assert rows == [("paper-7", "wire-1"), ("wire-1", None)]
    assert (out / "events.csv").is_file() and (out / "quotes.parquet").is_file()
    assert json.loads((out / "run.json").read_text())["counts"]["near_duplicates"] == 1


def test_add_documents_stores_new_documents_once_and_refreshes_fusion(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from storyline.ingest.common import make_document
    from storyline.runner import add_documents
    from storyline.store import Store

    text = ("OSLO, March 3 (Wire) - Norway's defence ministry said on Tuesday it had ordered "
            "six patrol boats from a Dutch shipyard for $300 million.\n\n"
            "\u201cThe first boat arrives next spring,\u201d ministry spokesman Lars Dahl said.\n")
    doc = make_document(text, path="api", doc_id="wire-1", given_published="2026-03-03")
    with Store(tmp_path / "s.duckdb") as store:
        anns, errors, fusion = add_documents([doc], store, nlp)
        assert not errors
        assert [a.document.doc_id for a in anns] == ["wire-1"]
        assert anns[0].quotes and anns[0].events
        assert fusion.events and store.has("wire-1")
        again, errors, _ = add_documents([doc], store, nlp)  # already stored: nothing added
        assert again == [] and not errors
        assert store.counts()["documents"] == 1


def test_lone_surrogates_and_undecodable_file_names_do_not_end_the_run(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    # a JSON `\ud83d` escape (half of an emoji pair, cut by a scraper) in the text, the title and the id
    line = ('{"id": "wire-\\udc01", "title": "Port \\ud83d strike", "text": "OSLO (Wire) - Dock workers '
            'said on Monday they would strike \\ud83d from Friday. \\"We have waited long enough,\\" '
            'union leader Kari Dahl said."}')
    (src / "feed.jsonl").write_text(line + "\n", encoding="utf-8")
    # a Latin-1 file name: the OS hands Python a lone surrogate for the byte 0xE9
    raw = bytes(src) + b"/caf\xe9.txt"
    with open(raw, "w", encoding="utf-8") as fh:
        fh.write("MADRID (Wire) - The cafe owners' association said on Tuesday it would appeal the ruling.\n")
    with open(bytes(src) + b"/caf\xe9.pdf", "wb") as fh:
        fh.write(b"%PDF-1.4 not an article")
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    report = run([src], out, db=db, nlp=nlp)
    assert report.documents_new == 2 and [e.kind for e in report.errors] == ["unsupported"]
    docs = {d["doc_id"]: d for d in _lines(out / "documents.jsonl")}
    assert "wire-\ufffd" in docs and docs["wire-\ufffd"]["title"] == "Port \ufffd strike"
    assert any(str(d["path"]).endswith("caf\\xe9.txt") for d in docs.values())
    quotes = _lines(out / "quotes.jsonl")
    assert any("waited long enough" in str(q["content"]) for q in quotes)
    run_json = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run_json["errors"][0]["path"].endswith("caf\\xe9.pdf")


def test_an_output_folder_inside_the_input_folder_is_not_read_back(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    first_example = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".md"})[0]
    shutil.copy(first_example, src / first_example.name)
    out, db = src / "out", src / "store.duckdb"
    run([src], out, db=db, nlp=nlp)
    again = run([src], out, db=db, nlp=nlp)
    assert again.documents_read == 1 and again.documents_skipped == 1
    assert again.errors == ()  # neither the store nor timexes.jsonl & co. count as input
    assert len(_lines(out / "documents.jsonl")) == 1


def test_a_denial_its_own_article_ties_to_the_claim_in_a_run_that_is_one_story(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """In a run of one story every article names both countries, so no party ties two articles; the
    article that reports the firing and Chile's denial still ties the two sides."""
    from storyline.ingest.common import make_document
    from storyline.runner import add_documents

    firing = ("Chile's navy fired warning shots at a Peruvian fishing boat on Saturday, the Peruvian coast guard "
              "said, but Chile denied any shots were fired.\n")
    texts = [
        "SANTIAGO, March 3 (Wire) - Chile and Peru agreed on Monday to set up a naval hotline.\n",
        "LIMA, March 4 (Wire) - Peru said on Tuesday it would send a delegation to Santiago for talks with Chile.\n",
        "SANTIAGO, March 5 (Wire) - Chile's foreign minister said talks with Peru would start in April.\n",
        "LIMA, March 6 (Wire) - Peru and Chile named envoys for the border talks on Thursday.\n",
        "LIMA, March 10 (Wire) - " + firing,
    ]
    docs = [make_document(t, path="api", doc_id=f"w{n}", given_published=f"2025-03-{3 + n:02d}")
            for n, t in enumerate(texts)]
    with Store(tmp_path / "s.duckdb") as store:
        _, errors, fusion = add_documents(docs, store, nlp)
    assert not errors
    assert len(fusion.contradictions) == 1
