"""Bad-input matrix through the real runner (and the CLI): every broken item gets a clear per-item
error in `run.json` or a correct result, and the run goes on to store the good articles."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from storyline.ingest import MAX_CHARS, ingest
from storyline.records import UNRESOLVED, Document, IngestError
from tests.test_ingest import _write_warc

GOOD = ("PORTVILLE, May 4 - The harbour authority approved a new ferry terminal on Monday, officials said. "
        "“We expect the first ships in June,” the director told reporters.\n")
RUSSIAN = ("Москва. Портовые рабочие объявили забастовку в понедельник, сообщил профсоюз. "
           "Переговоры с администрацией порта продолжатся в среду, заявили представители рабочих.\n")
FRENCH = ("Le maître d'hôtel a déclaré lundi que la grève était terminée à Montréal, selon la société. "
          "Les négociations reprendront mercredi.\n")
ABSURD = ("The committee said it met on February 30, 2023 and again on 31/02/2024. It plans to finish the "
          "work by the year 99999, and a review is due on 2024-13-45. The chairman spoke on April 31.\n")
ONLY_QUOTES = "“We will not give up.”\n\n“Never again.”\n\n\"This is the end,\"\n"
NO_SENTENCES = "---- |||| ==== 12345 .... ;;;; ####\n\n**** 6789 ----\n"
NESTED = "<html><body>" + "<div>" * 5000 + "<p>The council met on Tuesday and approved the budget.</p>" + \
    "</div>" * 5000 + "</body></html>"
NO_BODY = ("<html><head><title>Bridge reopens</title></head>"
           "<p>The old bridge over the river reopened on Friday after two years of repairs, the city said.</p>"
           "<p>Traffic was light in the morning.</p></html>")
EMPTY_PAGE = "<html><head><title>Nothing here</title></head></html>"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("article.txt", GOOD)
    return buf.getvalue()


JSONL_LINES: list[str] = [
    json.dumps({"id": "ok-1", "text": GOOD}),
    '{"id": "broken", "text": "cut off',  # 2: broken JSON
    json.dumps({"id": "no-text", "title": "headline only"}),  # 3
    json.dumps({"id": "int-text", "text": 42}),  # 4
    json.dumps({"id": "list-title", "text": GOOD + "x", "title": ["a", "b"]}),  # 5
    json.dumps([1, 2, 3]),  # 6
    json.dumps({"id": "null-text", "text": None}),  # 7
    json.dumps({"id": "feb-30", "text": GOOD + " Feb.", "published": "2023-02-30"}),  # 8: absurd given date
    json.dumps({"id": "y99999", "text": GOOD + " Year.", "published": "99999-01-01"}),  # 9
    "",  # blank lines are not items
    json.dumps({"id": "blank-text", "text": "   \n  "}),  # 11
    "\x00\x01\x02 binary junk",  # 12
]


@dataclass
class Matrix:
    out: Path
    run_json: dict[str, Any]
    docs: dict[str, dict[str, Any]]  # documents.jsonl by file name (or JSONL id)
    timexes: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    errors: dict[str, list[dict[str, Any]]]  # run.json errors by file name

    def kinds(self, name: str) -> list[str]:
        return [e["kind"] for e in self.errors.get(name, [])]


def _build(folder: Path) -> None:
    folder.mkdir()
    files: dict[str, bytes] = {
        "good.txt": GOOD.encode(),
        "empty.txt": b"",
        "whitespace.txt": b"  \n\t\r\n   \n",
        "png_named_txt.txt": PNG,
        "zip_no_extension": _zip_bytes(),
        "image.png": PNG,
        "archive.zip": _zip_bytes(),
        "cp1251.txt": RUSSIAN.encode("cp1251"),
        "latin1.txt": FRENCH.encode("latin-1"),
        "nested.html": NESTED.encode(),
        "no_body.html": NO_BODY.encode(),
        "empty_page.html": EMPTY_PAGE.encode(),
        "absurd_dates.txt": ABSURD.encode(),
        "only_quotes.txt": ONLY_QUOTES.encode(),
        "no_sentences.txt": NO_SENTENCES.encode(),
        "broken.jsonl": "\n".join(JSONL_LINES).encode() + b"\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    # one article longer than spaCy accepts, well under the byte limit
    (folder / "long.txt").write_text("The council met and approved the plan. " * (MAX_CHARS // 38 + 10))
    # a 50 MB text file: over the default byte limit
    with (folder / "huge.txt").open("wb") as fh:
        line = b"The committee discussed the proposal at length and adjourned. " * 16 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    full = folder / "full.warc.gz.tmp"
    _write_warc(full, gz=True)
    data = full.read_bytes()
    full.unlink()
    (folder / "truncated.warc.gz").write_bytes(data[: len(data) - 200])


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Matrix:
    from storyline.runner import run

    base = tmp_path_factory.mktemp("bad")
    folder = base / "in"
    _build(folder)
    out = base / "out"
    run([folder, base / "does-not-exist"], out, db=base / "s.duckdb", nlp=nlp)
    run_json = json.loads((out / "run.json").read_text(encoding="utf-8"))
    docs: dict[str, dict[str, Any]] = {}
    for d in _read_jsonl(out / "documents.jsonl"):
        name = Path(d["path"]).name
        docs[d["doc_id"] if name == "broken.jsonl" else name] = d
    errors: dict[str, list[dict[str, Any]]] = {}
    for e in run_json["errors"]:
        errors.setdefault(Path(e["path"]).name, []).append(e)
    return Matrix(out, run_json, docs, _read_jsonl(out / "timexes.jsonl"), _read_jsonl(out / "quotes.jsonl"), errors)


@pytest.mark.slow
def test_the_run_goes_on_and_run_json_lists_every_bad_item(matrix: Matrix) -> None:
    rj = matrix.run_json
    assert rj["documents"]["errors"] == len(rj["errors"]) > 0
    assert rj["documents"]["new"] == len(matrix.docs)
    assert "good.txt" in matrix.docs
    for e in rj["errors"]:  # every error names its input, a known kind and a readable reason
        assert e["path"] and e["kind"] in {"empty", "binary", "undecodable", "oversize", "malformed",
                                           "unsupported", "io", "annotate"} and len(e["message"]) > 5, e
    assert matrix.kinds("does-not-exist") == ["io"]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "kinds"), [
    ("empty.txt", ["empty"]),
    ("whitespace.txt", ["empty"]),
    ("png_named_txt.txt", ["binary"]),
    ("zip_no_extension", ["binary"]),
    ("image.png", ["unsupported"]),
    ("archive.zip", ["unsupported"]),
    ("huge.txt", ["oversize"]),
    ("long.txt", ["oversize"]),
    ("empty_page.html", ["empty"]),
])
def test_bad_file_is_one_clear_error(matrix: Matrix, name: str, kinds: list[str]) -> None:
    assert matrix.kinds(name) == kinds
    assert name not in matrix.docs


@pytest.mark.slow
def test_non_utf8_is_decoded_with_detection_and_the_encoding_reported(matrix: Matrix) -> None:
    ru, fr = matrix.docs["cp1251.txt"], matrix.docs["latin1.txt"]
    assert ru["errors"] == ["decoded as cp1251"]
    assert len(fr["errors"]) == 1 and re.fullmatch(r"decoded as (latin[-_]1|iso8859[-_]1|cp1252)", fr["errors"][0])
    assert not matrix.errors.get("cp1251.txt") and not matrix.errors.get("latin1.txt")


@pytest.mark.slow
def test_html_edge_cases(matrix: Matrix) -> None:
    assert not matrix.errors.get("nested.html")  # deeper than lxml parses: read by the flat fallback
    nested = matrix.docs["nested.html"]["doc_id"]
    assert [t["text"] for t in matrix.timexes if t["doc_id"] == nested] == ["Tuesday"]
    assert "no_body.html" in matrix.docs and matrix.docs["no_body.html"]["title"] == "Bridge reopens"


@pytest.mark.slow
def test_truncated_warc_keeps_the_records_before_the_damage(matrix: Matrix) -> None:
    assert matrix.kinds("truncated.warc.gz") == ["malformed"]
    assert "truncated.warc.gz" in matrix.docs
    assert matrix.docs["truncated.warc.gz"]["url"] == "https://courier.example.org/2022/03/dockers-strike"


@pytest.mark.slow
def test_jsonl_broken_lines_are_per_line_errors(matrix: Matrix) -> None:
    by_line = {e["item"]: e for e in matrix.errors["broken.jsonl"]}
    assert sorted(by_line, key=int) == ["2", "3", "4", "5", "6", "7", "11", "12"]
    assert all(by_line[n]["kind"] == "malformed" for n in ("2", "3", "4", "5", "6", "7"))
    assert by_line["11"]["kind"] == "empty" and by_line["12"]["kind"] == "binary"
    assert 'missing "text"' in by_line["3"]["message"] and "int" in by_line["4"]["message"]
    assert {"ok-1", "feb-30", "y99999"} <= set(matrix.docs)


def _valid_iso(value: str) -> bool:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", value)
    if m is None:
        return False
    try:
        dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return False
    return m[4] is None or (int(m[4]) < 24 and int(m[5]) < 60)


@pytest.mark.slow
def test_absurd_dates_are_never_recorded_as_dates(matrix: Matrix) -> None:
    for doc_id in ("feb-30", "y99999"):
        doc = matrix.docs[doc_id]
        value = doc["published"]["value"]
        assert value == UNRESOLVED or (doc["published"]["how"] != "given" and _valid_iso(value)), doc
        assert any("published" in note for note in doc["errors"]), doc["errors"]
    absurd = matrix.docs["absurd_dates.txt"]["doc_id"]
    for t in matrix.timexes:
        if t["doc_id"] != absurd:
            continue
        value = t["value"]
        day = re.match(r"\d{4}-\d{2}-\d{2}", value)
        assert day is None or _valid_iso(day.group()), t
        assert not re.match(r"\d{5}", value), t  # no five-digit years
        month = re.match(r"(\d{4})-(\d{2})(?!\d)", value)
        assert month is None or 1 <= int(month[2]) <= 12, t


@pytest.mark.slow
def test_degenerate_texts_give_a_result_or_a_clear_error(matrix: Matrix) -> None:
    quotes = matrix.docs["only_quotes.txt"]
    got = [q for q in matrix.quotes if q["doc_id"] == quotes["doc_id"]]
    text = (matrix.out.parent / "in" / "only_quotes.txt").read_text()
    assert all(text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"] for q in got)
    assert "no_sentences.txt" in matrix.docs or matrix.kinds("no_sentences.txt") == ["empty"]


# --- oversize inputs: refused quickly, without reading them whole ---------------------------------


def _write_big(path: Path, mb: int) -> None:
    with path.open("wb") as fh:
        fh.truncate(0)
        chunk = b"word " * (1 << 18)  # 1.25 MiB
        for _ in range(mb * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)


def test_50mb_text_is_refused_quickly_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    _write_big(big, 50)
    tracemalloc.start()
    t0 = time.perf_counter()
    default = list(ingest([big]))
    raised = list(ingest([big], max_bytes=64 * 1024 * 1024))  # --max-bytes raised: still refused early
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    for items in (default, raised):
        assert len(items) == 1 and isinstance(items[0], IngestError) and items[0].kind == "oversize", items
    assert isinstance(default[0], IngestError) and "exceeds the limit" in default[0].message
    assert isinstance(raised[0], IngestError) and "characters" in raised[0].message
    assert elapsed < 1.0 and peak < 5 * 1024 * 1024, (elapsed, peak)


def test_long_jsonl_text_is_an_oversize_item_and_the_file_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [{"id": "long", "text": "a b. " * (MAX_CHARS // 5 + 1)}, {"id": "short", "text": GOOD}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    items = list(ingest([path]))
    assert isinstance(items[0], IngestError) and items[0].kind == "oversize" and items[0].item == "long"
    assert isinstance(items[1], Document) and items[1].doc_id == "short"
    small = list(ingest([path], max_chars=100))
    assert [type(x).__name__ for x in small] == ["IngestError", "IngestError"]


def _cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("storyline")
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([str(exe), *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=180, check=False)


@pytest.mark.slow
def test_cli_reports_skipped_items_and_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "pic.txt").write_bytes(PNG)
    (folder / "bad.jsonl").write_text('{"text": 1}\nnot json\n' + json.dumps({"id": "j1", "text": GOOD + "J"}) + "\n")
    (folder / "gz.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": NESTED}).encode())[:40])
    _write_big(folder / "huge.txt", 12)
    res = _cli("run", folder, "--out", tmp_path / "out", "--db", tmp_path / "s.duckdb", "--max-bytes",
               str(20 * 1024 * 1024), cwd=tmp_path)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "Traceback" not in res.stderr
    rj = json.loads((tmp_path / "out" / "run.json").read_text())
    got = sorted((Path(e["path"]).name, e["item"], e["kind"]) for e in rj["errors"])
    assert got == [("bad.jsonl", "1", "malformed"), ("bad.jsonl", "2", "malformed"), ("empty.txt", None, "empty"),
                   ("gz.jsonl.gz", "1", "malformed"), ("huge.txt", None, "oversize"), ("pic.txt", None, "binary")]
    assert rj["documents"]["new"] == 2
    for name in ("empty.txt", "pic.txt", "huge.txt", "bad.jsonl"):
        assert name in res.stderr, name
    assert "2 documents read, 2 new" in res.stdout


# --- a bug in one document's analysis must not end the run ----------------------------------------


def _raising_nlp() -> Any:
    """A blank English pipeline whose only component fails on documents that contain "KABOOM"."""
    import spacy
    from spacy.language import Language

    if "test_kaboom" not in Language.factories:
        @Language.component("test_kaboom")
        def kaboom(doc: Any) -> Any:
            if "KABOOM" in doc.text:
                raise RuntimeError("component bug")
            return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("test_kaboom")
    return nlp


def test_a_component_crash_on_one_document_is_a_per_item_error(tmp_path: Path) -> None:
    from storyline.runner import run

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD)
    (folder / "b_bad.txt").write_text("The council met on Monday. KABOOM, officials said.\n")
    (folder / "c_good.txt").write_text(GOOD.replace("ferry", "cargo"))
    report = run([folder], tmp_path / "out", db=tmp_path / "s.duckdb", nlp=_raising_nlp(), dedup=False)
    assert report.documents_new == 2
    assert [(Path(e.path).name, e.kind) for e in report.errors] == [("b_bad.txt", "annotate")]
    rj = json.loads((tmp_path / "out" / "run.json").read_text())
    assert [e["kind"] for e in rj["errors"]] == ["annotate"] and "component bug" in rj["errors"][0]["message"]
    # not stored, so a re-run (after the fix) tries it again
    again = run([folder], tmp_path / "out", db=tmp_path / "s.duckdb", nlp=_raising_nlp(), dedup=False)
    assert again.documents_skipped == 2 and len(again.errors) == 1
