"""MEANTIME (CAT XML) timex eval: text reconstruction, offsets, DCT handling and scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import GoldError
from storyline.eval.meantime import ANNOTATED_SENTENCES, cat_files, evaluate, read_cat

# Our own sentences, pre-tokenized as CAT XML does (PTB quotes, split clitics, "$ 5", "5 %").
SENTENCES = [
    "Acme opens plant in Ohio",
    "May 04 , 2015",
    "Acme Corp. ( Acme ) said `` it 's ready '' yesterday .",
    "The plant , which cost $ 5 million , opened in 2014 .",
    "Sales rose 5 % last week .",
    "Workers did n't strike .",
    "It will reopen in 2016 .",
]
TEXT = (
    "Acme opens plant in Ohio\nMay 04, 2015\nAcme Corp. (Acme) said \"it's ready\" yesterday.\n"
    "The plant, which cost $5 million, opened in 2014.\nSales rose 5% last week.\nWorkers didn't strike.\n"
    "It will reopen in 2016."
)


def _cat(sentences: list[str], timexes: list[tuple[dict[str, str], list[str]]]) -> str:
    """A CAT XML document; timexes are (attributes, anchored token words as 'sentence:index')."""
    toks: list[str] = []
    ids: dict[str, int] = {}
    n = 0
    for si, sent in enumerate(sentences):
        for wi, word in enumerate(sent.split(" ")):
            n += 1
            ids[f"{si}:{wi}"] = n
            esc = word.replace("&", "&amp;").replace("<", "&lt;")
            toks.append(f'<token t_id="{n}" sentence="{si}" number="{n - 1}">{esc}</token>')
    marks = []
    for attrs, anchors in timexes:
        a = " ".join(f'{k}="{v}"' for k, v in attrs.items())
        inner = "".join(f'<token_anchor t_id="{ids[x]}"/>' for x in anchors)
        marks.append(f"<TIMEX3 {a}>{inner}</TIMEX3>")
    return (f'<?xml version="1.0" ?><Document doc_id="42" doc_name="42_test" lang="en">{"".join(toks)}'
            f'<Markables>{"".join(marks)}</Markables><Relations/></Document>')


def _tx(mid: str, ttype: str, value: str, **extra: str) -> dict[str, str]:
    return {"m_id": mid, "type": ttype, "value": value, "functionInDocument": "NONE", "anchorTimeID": "",
            **extra}


GOLD = [
    ({**_tx("10", "DATE", "2015-05-04"), "functionInDocument": "CREATION_TIME"}, ["1:0", "1:1", "1:2", "1:3"]),
    (_tx("11", "DATE", "2015-05-03", anchorTimeID="10"), ["2:11"]),      # yesterday: hit
    (_tx("12", "DATE", "2014"), ["3:11"]),                               # 2014: hit
    (_tx("13", "DATE", "XXXX-XX-XX"), ["5:0"]),                          # "Workers": missed
    (_tx("14", "DURATION", "P1Y", TAG_DESCRIPTOR="Empty_Mark"), []),     # no extent: not a timex
]


def _write(folder: Path, name: str, xml: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(xml, encoding="utf-8")
    return p


def test_text_offsets_and_gold(tmp_path: Path) -> None:
    md = read_cat(_write(tmp_path / "corpus_test", "42_test.xml", _cat(SENTENCES, GOLD)))
    assert md is not None
    doc = md.doc
    assert doc.text == TEXT
    assert doc.dct == "2015-05-04" and md.topic == "test" and doc.doc_id == "test/42"
    assert md.dct_span == (TEXT.index("May"), TEXT.index("2015") + 4)
    assert md.scored_end == TEXT.index("\nIt will")
    assert [(t.text, t.type, t.value, t.anchor) for t in doc.timexes] == [
        ("yesterday", "DATE", "2015-05-03", "dct"), ("2014", "DATE", "2014", None),
        ("Workers", "DATE", "XXXX-XX-XX", None)]
    for t in doc.timexes:
        assert TEXT[t.start : t.end] == t.text


def test_scoring_drops_dateline_and_unannotated_sentences(tmp_path: Path) -> None:
    assert ANNOTATED_SENTENCES == 6
    _write(tmp_path / "meantime" / "intra_cross-doc_annotation" / "corpus_test", "42_test.xml", _cat(SENTENCES, GOLD))
    report = evaluate(tmp_path / "meantime")
    # system: yesterday, 2014 (hits), "last week" (spurious); the dateline and "2016" (sentence 6) not scored
    assert (report.docs, report.gold, report.system) == (1, 3, 3)
    assert (report.strict, report.relaxed, report.value_ok) == (2, 2, 2)
    assert (report.dropped_dateline, report.dropped_unannotated) == (1, 1)
    assert report.metrics["strict_f1"] == pytest.approx(2 / 3)
    assert report.error_counts() == {"spurious": 1, "missed: absolute": 1}
    assert set(report.topics) == {"test"} and report.topics["test"].strict == 2
    out = report.format(verbose=True)
    assert "== spurious (1)" in out and "test" in out and "strict match" in out


def test_dct_fallback_skip_and_errors(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus_x"
    # no CREATION_TIME: the dateline's DATE is the DCT and is not scored
    no_ct = [(_tx("10", "DATE", "2015-05-04"), ["1:0", "1:1", "1:2", "1:3"]), *GOLD[1:]]
    md = read_cat(_write(corpus, "a.xml", _cat(SENTENCES, no_ct)))
    assert md is not None and md.doc.dct == "2015-05-04" and len(md.doc.timexes) == 3
    assert md.doc.timexes[0].anchor == "dct"  # anchored on the fallback DCT's id
    # neither: skipped, counted
    _write(corpus, "b.xml", _cat(SENTENCES, GOLD[1:3]))
    # a DCT value that is not an ISO date: skipped, counted
    bad = [({**GOLD[0][0], "value": "04-05-2015"}, GOLD[0][1]), *GOLD[1:]]
    _write(corpus, "c.xml", _cat(SENTENCES, bad))
    report = evaluate(corpus)
    assert report.docs == 1 and len(report.skipped) == 2 and "b.xml" in report.skipped[0]
    assert "2 skipped" in report.format()
    assert len(cat_files(corpus)) == 3 and len(evaluate(corpus, limit=1).skipped) == 0
    _write(corpus, "d.xml", "<Document><token t_id='1' sentence='0'>x</token>")
    with pytest.raises(GoldError, match=r"d\.xml"):
        evaluate(corpus)
    with pytest.raises(GoldError):
        evaluate(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldError):
        evaluate(tmp_path / "empty")


@pytest.mark.slow
def test_floors_on_meantime(data_dir: Path) -> None:
    folder = data_dir / "meantime"
    if not folder.is_dir():
        pytest.skip("../shared/data/meantime not present")
    report = evaluate(folder)
    assert report.docs == 89 and report.gold == 242 and len(report.skipped) == 1
    assert set(report.topics) == {"airbus", "apple", "gm"}
    m = report.metrics
    # measured: strict 0.847, relaxed 0.903, type 0.860, value 0.804
    assert m["strict_f1"] >= 0.835
    assert m["relaxed_f1"] >= 0.891
    assert m["type_f1"] >= 0.848
    assert m["value_f1"] >= 0.792
