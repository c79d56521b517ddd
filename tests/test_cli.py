"""The CLI is thin, but its errors and exit codes are part of the interface."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "run" in result.output and "eval" in result.output


def test_help_speaks_to_users_and_every_option_says_what_it_does() -> None:
    """`storyline --help` says what the tool is for and how to start; no option is left unexplained."""
    import re

    top = runner.invoke(app, ["--help"], terminal_width=200)
    text = " ".join(top.output.split())
    assert "thin wrappers" not in text and "storyline run" in text and "report.html" in text
    for command in (["run"], ["reannotate"], ["eval", "polnear"], ["eval", "ecb"], ["eval", "plover"]):
        page = runner.invoke(app, [*command, "--help"], terminal_width=200).output
        line = next(x for x in page.splitlines() if "--verbose" in x)
        assert re.search(r"<bool>\s+\w", line), (command, line)


def test_eval_seeds_with_missing_gold_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "seeds", "--gold", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "gold file not found" in result.output


def test_eval_seeds_with_malformed_gold_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "gold.yaml"
    bad.write_text("documents: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "seeds", "--gold", str(bad)])
    assert result.exit_code == 2
    assert "gold.yaml" in result.output


def test_eval_meantime_with_malformed_xml_names_the_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus_x"
    corpus.mkdir()
    (corpus / "7_broken.xml").write_text("<Document><token t_id='1' sentence='0'>x</token>", encoding="utf-8")
    result = runner.invoke(app, ["eval", "meantime", str(tmp_path)])
    assert result.exit_code == 2
    assert "7_broken.xml" in result.output.replace("\n", "")


def test_reannotate_without_a_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["reannotate", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no store at" in result.output and "none.duckdb" in result.output


def test_run_on_inputs_that_are_all_unreadable_fails_with_one_message_per_item(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "typo"), "--db", str(tmp_path / "s.duckdb"),
                                 "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.count("no such file or directory") == 1
    assert "no article could be read" in result.output
    assert not (tmp_path / "s.duckdb").exists() and not (tmp_path / "out").exists()  # nothing created


def test_run_on_a_folder_without_articles_says_so_and_fails(tmp_path: Path) -> None:
    empty = tmp_path / "articles"
    empty.mkdir()
    (empty / "README.md").write_text("notes about the folder\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(empty), "--db", str(tmp_path / "s.duckdb"),
                                 "--out", str(tmp_path / "out")])
    text = " ".join(result.output.split())
    assert result.exit_code == 1
    assert "no article files found in" in text and ".jsonl" in text
    assert "no article files in the input(s) given" in text


def test_ctrl_c_during_run_says_what_is_kept_and_how_to_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.runner

    def interrupted(*_args: object, **_kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(storyline.runner, "run", interrupted)
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "s.duckdb"),
                                 "--out", str(tmp_path / "out")])
    text = " ".join(result.output.split())
    assert result.exit_code == 130
    assert "interrupted:" in text and "run the same command again to resume" in text
    assert "s.duckdb" in text


def test_serve_warns_when_the_store_does_not_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    import logging

    import uvicorn

    calls: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: calls.append(kw))
    from storyline.api import serve

    with caplog.at_level(logging.WARNING, logger="storyline.api"):
        serve(tmp_path / "typo.duckdb")
    assert calls
    assert "no store at" in caplog.text and "typo.duckdb" in caplog.text


@pytest.mark.parametrize("option", [["--batch-size", "0"], ["--batch-size", "-3"], ["--max-bytes", "0"]])
def test_run_refuses_sizes_below_one_before_touching_anything(tmp_path: Path, option: list[str]) -> None:
    # a batch size of 0 used to read nothing at all and -3 to end in a traceback
    (tmp_path / "a.txt").write_text("ROME - The minister resigned on Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"),
                                 "--out", str(tmp_path / "out"), *option])
    assert result.exit_code == 2
    assert f"{option[0]} must be at least 1" in result.output
    assert not (tmp_path / "s.duckdb").exists()


def test_run_summary_names_the_formats_written_and_counts_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.runner
    from storyline.records import RunReport

    def fake_run(*_args: object, **_kw: object) -> RunReport:
        return RunReport(inputs=("a.txt",), documents_read=1, documents_new=1, documents_skipped=0, errors=(),
                         counts=(("actors", 7), ("documents", 1), ("entities", 3), ("timexes", 2)), timings=(),
                         extra=(("formats", "jsonl,csv"),), warnings=())

    monkeypatch.setattr(storyline.runner, "run", fake_run)
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "s.duckdb"),
                                 "--out", str(tmp_path / "out"), "--format", "jsonl,,CSV"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "run.json, jsonl, csv record files" in text
    # table names read as what they count: "actors" rows are mentions, entities the actors themselves
    assert "the store now holds 1 document, 3 actors, 7 actor mentions, 2 time expressions" in text


def test_an_output_path_that_is_a_file_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("ROME - The minister resigned on Monday.\n", encoding="utf-8")
    (tmp_path / "report").write_text("an analyst's notes\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"),
                                 "--out", str(tmp_path / "report")])
    text = " ".join(result.output.split())
    assert result.exit_code == 2 and "report is a file, not a folder; give another --out" in text
    assert not (tmp_path / "s.duckdb").exists()
    (tmp_path / "s.duckdb").write_bytes(b"")  # reannotate checks --out before it opens (or annotates) anything
    result = runner.invoke(app, ["reannotate", "--db", str(tmp_path / "s.duckdb"), "--out", str(tmp_path / "report")])
    assert result.exit_code == 2 and "is a file, not a folder" in " ".join(result.output.split())


def test_workers_with_the_spark_engine_is_refused_not_silently_ignored(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path), "--engine", "spark", "--workers", "4",
                                 "--out", str(tmp_path / "out")])
    text = " ".join(result.output.split())
    assert result.exit_code == 2 and "--spark-master (e.g. local[4])" in text


def test_verbose_shows_storylines_debug_messages_not_every_librarys() -> None:
    import logging

    from storyline.cli import _setup_logging

    try:
        _setup_logging(True)
        assert logging.getLogger("storyline.runner").isEnabledFor(logging.DEBUG)
        assert not logging.getLogger("trafilatura.core").isEnabledFor(logging.DEBUG)
        assert logging.getLogger("trafilatura.core").isEnabledFor(logging.WARNING)
        _setup_logging(False)
        assert not logging.getLogger("storyline.runner").isEnabledFor(logging.INFO)
        assert logging.getLogger("storyline.runner").isEnabledFor(logging.WARNING)
    finally:
        logging.getLogger("storyline").setLevel(logging.NOTSET)


def test_run_summary_reads_as_english_for_one_of_a_thing() -> None:
    """A one-article run ends with "1 document read", "1 deal", not "1 documents", "1 deals"."""
    from storyline.cli import _summary
    from storyline.records import RunReport

    report = RunReport(("a.txt",), 1, 1, 0, (), (("documents", 1), ("deals", 1), ("quotes", 2), ("events", 0)), ())
    line = _summary(report)
    assert line.startswith("1 document read, 1 new, 0 already stored")
    assert "1 document," in line and "1 deal" in line and "1 deals" not in line
    assert "2 quotes" in line and "0 events" in line
