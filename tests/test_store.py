"""Store: exact round-trips, idempotent adds, one transaction per document, clear errors on lock/garbage."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storyline.store as store_mod
from storyline.errors import StoreError
from storyline.records import (
    ActorMention,
    Annotation,
    Contradiction,
    Corroboration,
    Deal,
    Delivery,
    Discrepancy,
    DocDate,
    Document,
    Entity,
    Event,
    EventDate,
    EventMention,
    Figure,
    Fusion,
    Mention,
    Quote,
    Repair,
    Span,
    Speaker,
    TextSpan,
    Timex,
    Updated,
)
from storyline.store import Store

TEXT = (
    "Subscribe now — first month free!\n\n"
    "OSLO, 4 March (Nordlys Wire) – Norway’s army will buy 18 tracked howitzers\r\n"
    "from a Finnish maker, “pending a final price”, Defence Minister Kari Lund said on Tuesday.\n\n"
    "The deal, worth about NOK 2.1 billion ($200 million), follows talks that began last spring.\n"
    "Photo: a howitzer at a range 🎯\n"
)


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def make_annotation(doc_id: str = "doc-1", text: str = TEXT) -> Annotation:
    def ts(needle: str) -> TextSpan:
        s, e = _at(text, needle)
        return TextSpan(s, e, text[s:e])

    banner = _at(text, "Subscribe now — first month free!")
    doc = Document(
        doc_id=doc_id, text=text, path="in/oslo.txt", url="https://example.org/a?b=1", source="Nordlys Wire",
        title=None, given_published=None, dateline="OSLO",
        published=DocDate("unresolved", "dateline", Span(*_at(text, "4 March")), ("2020-03-04", None)),
        updated=Updated("2021-03-05T10:00", None), title_span=None,
        body=(Span(banner[1] + 2, len(text)),), boilerplate=(Span(*banner), Span(*_at(text, "Photo: a howitzer"))),
        repairs=(Repair(text.index("\r\n"), text.index("\r\n") + 2, "join"),), errors=("odd byte at 3",),
    )
    tue = ts("on Tuesday")
    timexes = (
        Timex(doc_id, "t1", *_at(text, "4 March"), "4 March", "DATE", "XXXX-03-04", None, "dct"),
        Timex(doc_id, "t2", tue.start, tue.end, tue.text, "DATE", "unresolved", None, None),
        Timex(doc_id, "t3", *_at(text, "last spring"), "last spring", "DATE", "2020-SP", "START", "t1"),
    )
    lund = ts("Kari Lund")
    actors = (
        ActorMention(doc_id, *_at(text, "Norway"), "Norway", "country:NOR", "country", "Norway", country="NOR",
                     metonymy=True),
        ActorMention(doc_id, lund.start, lund.end, lund.text, "person:kari-lund", "person", "Kari Lund",
                     role="Defence Minister", affiliation="country:NOR", country="NOR",
                     aliases=("Lund", "K. Lund")),
    )
    content = ts("pending a final price")
    quotes = (
        Quote(doc_id, "q1", "mixed", content,
              Speaker(lund.start, lund.end, lund.text, "person:kari-lund", "Kari Lund", "Defence Minister"),
              ts("said"), "unresolved", None),
        Quote(doc_id, "q2", "indirect", ts("follows talks that began last spring"), None, None, None,
              "media:nordlys-wire"),
    )
    buy = ts("buy")
    events = (
        EventMention(doc_id, "m1", buy.start, buy.end, buy.text, Span(buy.start - 20, buy.end + 40), "AGREE",
                     "planned", mode="will", arms_stage="order", source=("country:NOR",),
                     target=("country:FIN", "org:maker"), system="weapon:howitzer", quantity=18, unit="howitzers",
                     value_usd=200_000_000.0, date=EventDate("2020-SP", "START"), quote_id="q1", confidence=0.8125),
        EventMention(doc_id, "m2", *_at(text, "talks"), "talks", Span(0, 5), "CONSULT", "happened"),
    )
    return Annotation(doc, timexes, actors, quotes, events)


def make_fusion() -> Fusion:
    m1 = Mention("doc-1", 10, 13, "buy", "q1")
    m2 = Mention("doc-2", 3, 9, "signed")
    return Fusion(
        entities=(
            Entity("country:NOR", "country", "Norway", ("Oslo",), None, None, "NOR", (m1,)),
            Entity("person:kari-lund", "person", "Kari Lund", (), "Defence Minister", "country:NOR", "NOR", (m1, m2)),
            Entity("weapon:howitzer", "weapon_system", "howitzer"),
        ),
        events=(
            Event("e1", "AGREE", "claimed", (m1,), ("doc-1",), "will", "contract", ("country:NOR",),
                  ("country:FIN",), "weapon:howitzer", 18, "howitzers", 2.5e8, EventDate("2021-03", "END"), 0.75),
            Event("e2", "REJECT", "denied", (m2,), ("doc-2",)),
        ),
        corroborations=(Corroboration("quantity", "18", ("doc-1", "doc-2"), (m1, m2), "e1"),
                        Corroboration("date", "2021-03", ("doc-1",), ())),
        contradictions=(Contradiction("e1", "e2", "ministry denies the contract was signed"),),
        deals=(
            Deal("d1", "country:FIN", "country:NOR", "weapon:howitzer", "artillery", 18, "howitzers", 2.5e8,
                 "2021-03", Delivery("2022", "2023-12"), "2022-Q1", None, ("e3",), ("e1", "e2"), ("doc-1", "doc-2")),
            Deal("d2", None, None, None),
        ),
    )


def test_annotation_fixture_is_consistent() -> None:
    ann = make_annotation()
    recs: list[Timex | ActorMention | EventMention] = [*ann.timexes, *ann.actors, *ann.events]
    for rec in recs:
        assert ann.document.text[rec.start:rec.end] == rec.text
    for q in ann.quotes:
        assert ann.document.text[q.content.start:q.content.end] == q.content.text


def test_round_trip_annotation_and_fusion(tmp_path: Path) -> None:
    ann = make_annotation()
    bare = Annotation(Document(doc_id="bare", text=""))  # every default, no records
    fusion = make_fusion()
    with Store(tmp_path / "s.duckdb") as store:
        assert not store.has("doc-1")
        assert store.add(ann) is True
        assert store.add(bare) is True
        assert store.has("doc-1")
        store.replace_fusion(fusion)
        assert list(store.annotations()) == [ann, bare]
        assert store.annotation("doc-1") == ann
        assert store.annotation("nope") is None
        assert store.fusion() == fusion
        assert list(store.documents()) == [ann.document, bare.document]
        listing = next(store.documents(with_text=False))
        assert listing.text == "" and listing.title == ann.document.title and listing.body == ann.document.body
    # and again from disk, in a new connection
    with Store(tmp_path / "s.duckdb") as store:
        assert list(store.annotations()) == [ann, bare]
        assert store.fusion() == fusion
        assert store.counts() == {
            "documents": 2, "timexes": 3, "actors": 2, "quotes": 2, "event_mentions": 2, "entities": 3,
            "events": 2, "corroborations": 2, "contradictions": 1, "deals": 2,
        }


def test_idempotent_re_add_and_provenance_columns(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    ann = make_annotation()
    with Store(path, run_id="run-a") as store:
        assert store.add(ann)
        before = store.counts()
    with Store(path, run_id="run-b") as store:
        assert store.add(ann) is False
        # same id, different content: still skipped (doc_id is the identity)
        assert store.add(make_annotation(text=TEXT + "extra")) is False
        assert store.counts() == before
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute('SELECT DISTINCT run_id, added_at IS NOT NULL FROM timexes').fetchall()
        spans = con.execute('SELECT doc_id, "start", "end", "text" FROM actors ORDER BY seq').fetchall()
    finally:
        con.close()
    assert rows == [("run-a", True)]
    assert spans[1] == ("doc-1", *_at(TEXT, "Kari Lund"), "Kari Lund")


def test_streaming_pages_keep_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "_PAGE", 2)
    anns = [make_annotation(f"d{i}", TEXT.replace("18", str(10 + i))) for i in range(5)]
    with Store(tmp_path / "s.duckdb") as store:
        for a in reversed(anns):  # insertion order, not id order, is what comes back
            store.add(a)
        got = list(store.annotations())
    assert got == list(reversed(anns))
    assert [len(a.timexes) for a in got] == [3] * 5


def test_replace_fusion_is_whole(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.replace_fusion(make_fusion())
        smaller = Fusion(entities=(Entity("country:FIN", "country", "Finland"),))
        store.replace_fusion(smaller)
        assert store.fusion() == smaller
        assert store.counts()["events"] == 0
        store.replace_fusion(Fusion())
        assert store.fusion() == Fusion()


def test_failed_add_leaves_nothing(tmp_path: Path) -> None:
    """A failure half-way through a document rolls the whole document back."""
    ann = make_annotation()
    bad_event = EventMention("doc-1", "m9", 0, 1, "S", Span(0, 1), "AGREE", "happened", quantity=2**70)
    broken = Annotation(ann.document, ann.timexes, ann.actors, ann.quotes, (bad_event,))
    with Store(tmp_path / "s.duckdb", batch_size=1) as store:
        with pytest.raises(StoreError, match="doc-1"):
            store.add(broken)
        assert not store.has("doc-1")
        assert store.counts()["timexes"] == 0
        assert store.add(ann)  # and the store is still usable
        assert store.annotation("doc-1") == ann
    # batched: the bad document is named, the rest of its batch is stored whole
    with Store(tmp_path / "b.duckdb", batch_size=3) as store:
        assert store.add(make_annotation("good-1"))
        assert store.add(broken)
        assert store.has("doc-1")  # queued
        with pytest.raises(StoreError, match=r"document\(s\) doc-1 "):
            store.add(make_annotation("good-2"))  # fills the batch: flush
        assert [a.document.doc_id for a in store.annotations()] == ["good-1", "good-2"]
        assert store.counts()["event_mentions"] == 4


def test_queued_documents_are_read_and_kept_on_close(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    store = Store(path, batch_size=100)
    assert store.add(make_annotation("q-1")) and store.add(make_annotation("q-2"))
    assert store.add(make_annotation("q-1")) is False  # queued counts as stored
    assert store.counts()["documents"] == 2  # reads flush first
    assert store.add(make_annotation("q-3"))
    with pytest.raises(RuntimeError), store:  # an error inside `with` still keeps finished documents
        raise RuntimeError("crash in a later stage")
    with Store(path) as again:
        assert [d.doc_id for d in again.documents(with_text=False)] == ["q-1", "q-2", "q-3"]


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n", encoding="utf-8")
    with pytest.raises(StoreError, match="not a DuckDB database file"):
        Store(path)
    assert path.read_text(encoding="utf-8") == "these are my notes, not a database\n"
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)


def test_foreign_duckdb_file_read_only_and_closed(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '999')")
    con.close()
    with pytest.raises(StoreError, match="schema version"):
        Store(other)
    foreign = tmp_path / "foreign.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a storyline store"):
        Store(foreign)
    con = duckdb.connect(str(foreign), read_only=True)
    try:  # and it was left alone
        assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["sales"]
    finally:
        con.close()
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    store = Store(tmp_path / "s.duckdb")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.has("x")


_CHILD = textwrap.dedent(
    """
    import sys
    from storyline.errors import StoreError
    from storyline.records import Annotation, Document
    from storyline.store import Store
    try:
        with Store(sys.argv[1]) as s:
            print("ADDED", s.add(Annotation(Document(doc_id=sys.argv[2], text="child text"))))
    except StoreError as exc:
        print("STOREERROR", exc)
    """
)


def _child(path: Path, doc_id: str) -> str:
    res = subprocess.run([sys.executable, "-c", _CHILD, str(path), doc_id], capture_output=True, text=True,
                         timeout=60, check=False)
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_second_process_gets_clear_error_and_no_corruption(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    ann = make_annotation()
    with Store(path) as store:
        store.add(ann)
        out = _child(path, "from-child")
        assert out.startswith("STOREERROR")
        assert "locked by another process" in out
        assert store.add(make_annotation("doc-2"))  # the holder carries on
    assert _child(path, "from-child").strip() == "ADDED True"  # free once closed
    with Store(path) as store:
        ids = [d.doc_id for d in store.documents(with_text=False)]
        assert ids == ["doc-1", "doc-2", "from-child"]
        assert store.annotation("doc-1") == ann


def test_two_stores_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    ann = make_annotation()
    with Store(path, batch_size=1) as a, Store(path, batch_size=1) as b:
        assert a.add(ann) is True
        assert b.has("doc-1")
        assert b.add(ann) is False
        assert b.add(make_annotation("doc-2")) is True
        assert [x.document.doc_id for x in a.annotations()] == ["doc-1", "doc-2"]
        with pytest.raises(StoreError, match="read-only"):
            Store(path, read_only=True)
    with Store(path, read_only=True) as ro:
        assert ro.counts()["documents"] == 2
        with pytest.raises(StoreError):
            ro.add(make_annotation("doc-3"))
            ro.flush()
    # queued in two Stores at once: the second flush finds it stored and adds nothing
    with Store(path) as a, Store(path) as b:
        assert a.add(make_annotation("doc-4")) and b.add(make_annotation("doc-4"))
        a.flush()
        b.flush()
        assert a.counts()["documents"] == 3 and a.counts()["timexes"] == 9


def test_round_trip_is_exact_for_any_text_and_number(tmp_path: Path) -> None:
    with Store(tmp_path / "h.duckdb", batch_size=1) as store:

        @settings(max_examples=40, deadline=None)
        @given(
            text=st.text(st.characters(codec="utf-8"), max_size=60),
            value=st.floats(allow_nan=False, allow_infinity=False) | st.none(),
            confidence=st.floats(min_value=0, max_value=1),
            quantity=st.integers(min_value=-(2**63), max_value=2**63 - 1) | st.none(),
        )
        def check(text: str, value: float | None, confidence: float, quantity: int | None) -> None:
            doc_id = f"h-{uuid.uuid4().hex}"
            doc = Document(doc_id=doc_id, text=text, title=text or None, errors=(text,))
            ev = EventMention(doc_id, "m1", 0, len(text), text, Span(0, len(text)), "AGREE", "happened",
                              source=(text,), quantity=quantity, value_usd=value, confidence=confidence)
            ann = Annotation(doc, events=(ev,))
            fusion = Fusion(deals=(Deal("d", text, None, None, value_usd=value, quantity=quantity),))
            assert store.add(ann)
            assert store.annotation(doc_id) == ann
            store.replace_fusion(fusion)
            assert store.fusion() == fusion

        check()
        check_nul = Annotation(Document(doc_id="nul", text="a\x00b\u2028c\r\n"))
        assert store.add(check_nul) and store.annotation("nul") == check_nul


def _merged_fusion() -> Fusion:
    base = make_fusion()
    org = Entity("org:coastal-survey-directorate", "organization", "Coastal Survey Directorate", ("CSD",),
                 mentions=(Mention("doc-1", 0, 3, "CSD"),), merged_ids=("org:csd",))
    return Fusion((*base.entities, org), base.events, base.corroborations, base.contradictions, base.deals)


def test_merged_ids_round_trip(tmp_path: Path) -> None:
    fusion = _merged_fusion()
    with Store(tmp_path / "s.duckdb") as store:
        store.replace_fusion(fusion)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store.fusion() == fusion
        assert store.fusion().entities[-1].merged_ids == ("org:csd",)


def test_a_deals_disputed_figures_round_trip(tmp_path: Path) -> None:
    base = make_fusion()
    figs = (Figure(1.2e9, "doc-1", 40, 52, "$1.2 billion"), Figure(1.5e9, "doc-2", 7, 13, "$1.5bn"))
    deal = dataclasses.replace(base.deals[0], discrepancies=(Discrepancy("value_usd", figs),))
    fusion = dataclasses.replace(base, deals=(deal, *base.deals[1:]))
    with Store(tmp_path / "s.duckdb") as store:
        store.replace_fusion(fusion)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        assert store.fusion() == fusion


def _downgrade(path: Path, version: str) -> None:
    """Make a current store look like one written by an older storyline (same data, older schema)."""
    con = duckdb.connect(str(path))
    con.execute('ALTER TABLE deals DROP COLUMN "discrepancies"')
    if version == "4":
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [version])
        con.close()
        return
    con.execute('ALTER TABLE documents DROP COLUMN "dateline_span"')
    if version in ("1", "2"):
        con.execute('ALTER TABLE entities DROP COLUMN "merged_ids"')
    if version == "1":
        con.execute('ALTER TABLE documents DROP COLUMN "duplicate_of"')
        con.execute("DROP TABLE signatures")
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [version])
    con.close()


@pytest.mark.parametrize("version", ["1", "2", "3", "4"])
def test_older_store_is_upgraded_in_place_and_keeps_data(tmp_path: Path, version: str) -> None:
    path = tmp_path / "s.duckdb"
    ann, fusion = make_annotation(), make_fusion()
    with Store(path) as store:
        store.add(ann)
        store.replace_fusion(fusion)
    _downgrade(path, version)
    with Store(path) as store:
        assert list(store.annotations()) == [ann]
        assert store.fusion() == fusion  # old entity rows read back with no merged ids
        merged = _merged_fusion()
        store.replace_fusion(merged)
        assert store.fusion() == merged
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (store_mod.SCHEMA_VERSION,)
    con.close()


def test_older_store_opened_read_only_says_how_to_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add(make_annotation())
    _downgrade(path, "2")
    with pytest.raises(StoreError, match="upgrade it in place"):
        Store(path, read_only=True)
    with Store(path) as store:  # a read-write open upgrades it, then read-only works
        assert len(list(store.annotations())) == 1
    with Store(path, read_only=True) as ro:
        assert len(list(ro.annotations())) == 1


def test_a_new_store_may_name_a_folder_that_does_not_exist_yet(tmp_path: Path) -> None:
    path = tmp_path / "stores" / "2025" / "s.duckdb"
    with Store(path) as store:
        assert store.counts()["documents"] == 0
    assert path.is_file()
    (tmp_path / "flat").write_text("a file where a folder should be\n", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot create the folder of store"):
        Store(tmp_path / "flat" / "s.duckdb")
    with pytest.raises(StoreError, match="does not exist"):  # reading never creates anything
        Store(tmp_path / "nowhere" / "s.duckdb", read_only=True)
    assert not (tmp_path / "nowhere").exists()
