"""TimeML I/O: reading .tml (offsets, DCT, typed errors) and writing it back from our records."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.records import Annotation, DocDate, Document, Timex
from storyline.timex import tag
from storyline.timex.timeml import TimeMLError, read_tml, write_tml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-04-09" temporalFunction="false" functionInDocument="CREATION_TIME">April 9, 2003</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2003-04-08" temporalFunction="true" anchorTimeID="t0">Tuesday</TIMEX3> that the plant &amp; mine <SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="2001">2001</TIMEX3> ran for <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""


def _write(tmp_path: Path, body: str, name: str = "doc1.tml") -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_read_tml_gives_text_dct_and_offsets(tmp_path: Path) -> None:
    doc = read_tml(_write(tmp_path, TML))
    assert doc.doc_id == "doc1" and doc.dct == "2003-04-09"
    assert "<" not in doc.text and "plant & mine" in doc.text
    got = [(t.timex_id, t.text, t.type, t.value, t.anchor) for t in doc.timexes]
    assert got == [("t1", "Tuesday", "DATE", "2003-04-08", "dct"), ("t2", "2001", "DATE", "2001", None),
                   ("t3", "three years", "DURATION", "P3Y", None)]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (TML.replace("</TEXT>", ""), "malformed"),
        (TML.replace('value="2003-04-09"', 'value="XXXX-XX-XX"'), "not a date"),
        (TML.replace('value="2003-04-09"', 'value="2003-02-30"'), "not a date"),
        (TML.replace('functionInDocument="CREATION_TIME"', "").replace("<DCT>", "<X>").replace("</DCT>", "</X>"), "no DCT"),
        (TML.replace('type="DURATION"', 'type="WHEN"'), "bad type"),
    ],
)
def test_bad_tml_raises_a_typed_error_naming_the_file(tmp_path: Path, body: str, needle: str) -> None:
    path = _write(tmp_path, body, "broken.tml")
    with pytest.raises(TimeMLError, match=needle) as info:
        read_tml(path)
    assert "broken.tml" in str(info.value)
    assert isinstance(info.value, InputError)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nothere\.tml"):
        read_tml(tmp_path / "nothere.tml")


def test_write_then_read_round_trips_our_timexes(tmp_path: Path) -> None:
    text = 'Talks <b> & "deals" began on June 2, 2021 and lasted three days; last week they resumed.'
    timexes = tag(text, "2021-06-09", doc_id="x")
    assert len(timexes) == 3
    back = read_tml(_write(tmp_path, write_tml("x", text, "2021-06-09", timexes), "x.tml"))
    assert back.text == text and back.dct == "2021-06-09"
    assert [(t.start, t.end, t.type, t.value, t.anchor) for t in back.timexes] == [
        (t.start, t.end, t.type, t.value, t.anchor) for t in timexes
    ]


def test_write_without_dct_says_unresolved(tmp_path: Path) -> None:
    out = write_tml("y", "Nothing dated here.", None, [])
    assert 'value="unresolved"' in out
    with pytest.raises(TimeMLError, match="not a date"):
        read_tml(_write(tmp_path, out, "y.tml"))


def test_export_timeml_writes_one_file_per_document(tmp_path: Path) -> None:
    from storyline.export.timeml import export_timeml
    from storyline.store import Store

    db = tmp_path / "s.duckdb"
    text = "The deal was signed on March 3, 2020, a year after talks began."
    doc = Document("a/b:1", text, published=DocDate("2020-03-05", "metadata"))
    timexes: tuple[Timex, ...] = tuple(tag(text, "2020-03-05", doc_id=doc.doc_id))
    with Store(db) as store:
        store.add(Annotation(doc, timexes))
    n = export_timeml(db, tmp_path / "out")
    assert n == 1
    files = list((tmp_path / "out").glob("*.tml"))
    assert [f.name for f in files] == ["a_b_1.tml"]
    back = read_tml(files[0])
    assert back.text == text and back.dct == "2020-03-05"
    assert [(t.text, t.value) for t in back.timexes] == [(t.text, t.value) for t in timexes]
