"""The CLI is thin, but its errors and exit codes are part of the interface."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "run" in result.output and "eval" in result.output


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
