"""Exporters: contract field names, timeline order and sections, report escaping and self-containment."""

from __future__ import annotations

import dataclasses
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from storyline.export import CONTRACT_FILES, MemoryCorpus, read_jsonl, to_json, write_all, write_jsonl
from storyline.export.jsonl import (
    contradiction_from_json,
    corroboration_from_json,
    deal_from_json,
    document_from_json,
    entity_from_json,
    event_from_json,
    quote_from_json,
    timex_from_json,
)
from storyline.export.report import _Mark, highlight, ledger_groups, write_report
from storyline.export.timeline import (
    Names,
    by_report_date,
    date_key,
    doc_label,
    doc_sentences,
    event_statement,
    event_summary,
    name_list,
    order_events,
    sentence_keys,
    show_date,
    trim_sentence,
    write_timeline,
)
from storyline.records import (
    ActorMention,
    Annotation,
    Contradiction,
    Corroboration,
    Deal,
    Delivery,
    DocDate,
    Document,
    Entity,
    Event,
    EventDate,
    EventMention,
    Fusion,
    Mention,
    Quote,
    Repair,
    Span,
    Speaker,
    Status,
    TextSpan,
    Timex,
    Updated,
)
from storyline.store import Store

HOSTILE = "<script>alert(1)</script>"

TEXT_A = (
    "Donate today to keep independent news alive!\n"
    "LIMA, May 2 (Andes Post) - Peru’s air force agreed to buy 6 transport planes from Brazil "
    f"for $310 million, officials said. {HOSTILE} “We wanted\n\nthem sooner,” General Rosa Quispe said.\n"
    "[Read more](https://example.org/more)\n"
)
TEXT_B = "QUITO - A ministry spokesman denied on Friday that any deal had been signed. <b>bold</b> & co."


def _span(text: str, needle: str) -> tuple[int, int]:
    s = text.index(needle)
    return s, s + len(needle)


def _ann_a() -> Annotation:
    t = TEXT_A
    doc = Document(
        doc_id="a" * 64, text=t, path="x/a.txt", source="Andes Post", title=f"Peru buys planes {HOSTILE}",
        dateline="LIMA", dateline_span=Span(*_span(t, "LIMA, May 2 (Andes Post) - ")),
        published=DocDate("2023-05-02", "dateline", Span(*_span(t, "May 2"))),
        updated=Updated("2023-05-03", Span(0, 3)), body=(Span(45, len(t)),),
        boilerplate=(Span(*_span(t, "Donate today to keep independent news alive!")),
                     Span(*_span(t, "[Read more](https://example.org/more)"))),
    )
    q = _span(t, "We wanted\n\nthem sooner,")
    gen = _span(t, "General Rosa Quispe")
    buy = _span(t, "buy")
    return Annotation(
        doc,
        timexes=(Timex(doc.doc_id, "t1", *_span(t, "May 2"), "May 2", "DATE", "2023-05-02"),),
        actors=(ActorMention(doc.doc_id, *gen, t[gen[0]:gen[1]], "person:rosa-quispe", "person",
                             f"Rosa {HOSTILE}", role="General"),),
        quotes=(Quote(doc.doc_id, "q1", "direct", TextSpan(*q, t[q[0]:q[1]]),
                      Speaker(*gen, t[gen[0]:gen[1]], "person:rosa-quispe", "Rosa Quispe", "General"),
                      TextSpan(*_span(t, "said"), "said"), "2023-05-02", None),),
        events=(EventMention(doc.doc_id, "m1", *buy, "buy", Span(0, 10), "AGREE", "happened"),),
    )


def _ann_b() -> Annotation:
    doc = Document(doc_id="b1", text=TEXT_B, source="Costa Diario",
                   published=DocDate("unresolved", "none", None, ("2023-05", None)))
    return Annotation(doc)


def _events() -> tuple[Event, ...]:
    def ev(eid: str, value: str | None, mod: str | None = None, status: Status = "happened") -> Event:
        return Event(eid, "AGREE", status, (Mention("a" * 64, 0, 5, f"mention of {eid}"),), ("a" * 64,),
                     date=None if value is None else EventDate(value, mod))

    return (
        ev("e-day", "2019-10-23"), ev("e-month", "2019-07"), ev("e-year-end", "2019", "END"),
        ev("e-week", "2019-W30"), ev("e-2021", "2021"), ev("e-unres", "unresolved"), ev("e-none", None),
        ev("e-present", "PRESENT_REF"), ev("e-quarter", "2019-Q3"),
    )


def _fusion() -> Fusion:
    m = Mention("a" * 64, 10, 13, "buy", "q1")
    claim = Event("claim", "AGREE", "claimed", (m,), ("a" * 64,), None, "contract", ("country:PER",),
                  ("country:BRA",), "weapon:plane", 6, "aircraft", 3.1e8, EventDate("2023-05-02"), 0.9)
    denial = Event("denial", "REJECT", "denied", (Mention("b1", 20, 26, "denied"),), ("b1",),
                   date=EventDate("2023-W18"))
    return Fusion(
        entities=(Entity("country:PER", "country", "Peru", ("Lima",), country="PER", mentions=(m,)),
                  Entity("person:rosa-quispe", "person", f"Rosa {HOSTILE}", (), "General", "country:PER", "PER"),
                  Entity("weapon:plane", "weapon_system", "transport plane")),
        events=(claim, denial, *_events()),
        corroborations=(Corroboration("value_usd", "310000000", ("a" * 64, "b1"), (m,), "claim"),
                        Corroboration("quantity", "6", ("a" * 64,), ())),
        contradictions=(Contradiction("claim", "denial", f"spokesman denies {HOSTILE}"),),
        deals=(Deal("deal-1", "country:BRA", "country:PER", "weapon:plane", "aircraft", 6, "aircraft", 3.1e8,
                    "2023-05", Delivery("2024", None), None, None, (), ("claim",), ("a" * 64,)),),
    )


@pytest.fixture()
def corpus() -> MemoryCorpus:
    return MemoryCorpus.of([_ann_a(), _ann_b()], _fusion())


# --- JSONL contract ----------------------------------------------------------------------------
CONTRACT = {
    "documents.jsonl": {"doc_id", "path", "url", "source", "title", "dateline", "published", "updated", "body",
                        "boilerplate", "errors"},
    "timexes.jsonl": {"doc_id", "timex_id", "start", "end", "text", "type", "value", "mod", "anchor"},
    "entities.jsonl": {"entity_id", "type", "name", "aliases", "mentions"},  # + role?, affiliation?, country?
    "quotes.jsonl": {"doc_id", "quote_id", "kind", "speaker", "cue", "content", "date", "via"},
    "events.jsonl": {"event_id", "type", "mode", "arms_stage", "actors", "system", "quantity", "value_usd", "date",
                     "status", "mentions", "sources", "confidence"},
    "corroborations.jsonl": {"fact", "value", "sources", "mentions"},  # + event_id?
    "contradictions.jsonl": {"claim", "denial", "note"},
    "deals.jsonl": {"deal_id", "supplier", "recipient", "system", "category", "quantity", "unit", "value_usd",
                    "ordered", "delivered", "paid_by", "tested", "follow_on", "events", "sources"},
}
OPTIONAL = {"documents.jsonl": {"duplicate_of", "dateline_span"}, "entities.jsonl": {"role", "affiliation", "country", "merged_ids"}, "corroborations.jsonl": {"event_id"}}


def _check_keys(out: Path) -> dict[str, list[Any]]:
    assert set(CONTRACT_FILES) == set(CONTRACT)
    files = {name: list(read_jsonl(out / name)) for name in CONTRACT}
    for name, rows in files.items():
        for row in rows:
            keys = set(row)
            assert CONTRACT[name] <= keys <= CONTRACT[name] | OPTIONAL.get(name, set()), (name, keys)
    return files


def test_jsonl_contract_shapes(tmp_path: Path, corpus: MemoryCorpus) -> None:
    counts = write_jsonl(tmp_path, corpus)
    assert counts == {"documents.jsonl": 2, "timexes.jsonl": 1, "entities.jsonl": 3, "quotes.jsonl": 1,
                      "events.jsonl": 11, "corroborations.jsonl": 2, "contradictions.jsonl": 1, "deals.jsonl": 1}
    assert not list(tmp_path.glob("*.tmp"))
    files = _check_keys(tmp_path)
    doc_a, doc_b = files["documents.jsonl"]
    assert doc_a["published"] == {"value": "2023-05-02", "how": "dateline", "evidence": {"start": 51, "end": 56}}
    assert TEXT_A[51:56] == "May 2"
    assert doc_b["published"] == {"value": "unresolved", "how": "none", "evidence": None, "bounds": ["2023-05", None]}
    assert doc_a["updated"] == {"value": "2023-05-03", "evidence": {"start": 0, "end": 3}}
    assert doc_b["updated"] is None
    assert doc_a["dateline_span"] == {"start": TEXT_A.index("LIMA"), "end": TEXT_A.index("Peru’s")}
    assert "dateline_span" not in doc_b  # optional: only where a dateline was found
    assert doc_a["body"] == [[45, len(TEXT_A)]] and len(doc_a["boilerplate"]) == 2
    quote = files["quotes.jsonl"][0]
    assert set(quote["speaker"]) == {"start", "end", "text", "entity_id", "name", "role"}
    assert set(quote["content"]) == {"start", "end", "text"}
    assert quote["content"]["text"] == "We wanted\n\nthem sooner,"
    claim = files["events.jsonl"][0]
    assert claim["actors"] == {"source": ["country:PER"], "target": ["country:BRA"]}
    assert claim["date"] == {"value": "2023-05-02", "mod": None}
    assert claim["mentions"] == [{"doc_id": "a" * 64, "start": 10, "end": 13, "text": "buy", "quote_id": "q1"}]
    assert "quote_id" not in files["events.jsonl"][1]["mentions"][0]
    assert files["deals.jsonl"][0]["delivered"] == {"first": "2024", "completed_by": None}
    people = {e["entity_id"]: e for e in files["entities.jsonl"]}
    assert people["person:rosa-quispe"]["affiliation"] == "country:PER"
    assert "role" not in people["weapon:plane"]


def test_json_round_trip_of_fused_records() -> None:
    fusion = _fusion()
    for ev in fusion.events:
        back = event_from_json(json.loads(json.dumps(to_json(ev))))
        assert back == dataclasses.replace(ev, unit=None)
    for ent in fusion.entities:
        assert entity_from_json(to_json(ent)) == ent
    for c in fusion.corroborations:
        assert corroboration_from_json(to_json(c)) == c
    assert contradiction_from_json(to_json(fusion.contradictions[0])) == fusion.contradictions[0]
    assert deal_from_json(to_json(fusion.deals[0])) == fusion.deals[0]
    a = _ann_a()
    assert timex_from_json(to_json(a.timexes[0])) == a.timexes[0]
    assert quote_from_json(to_json(a.quotes[0])) == a.quotes[0]
    assert document_from_json(to_json(a.document), a.document.text) == a.document
    with pytest.raises(TypeError):
        to_json(object())


def test_write_all_from_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add(_ann_a())
        store.add(_ann_b())
        store.replace_fusion(_fusion())
        counts = write_all(tmp_path / "out", store)
    assert counts["documents.jsonl"] == 2 and counts["events.jsonl"] == 11
    _check_keys(tmp_path / "out")
    assert (tmp_path / "out" / "timeline.md").stat().st_size > 0
    assert "Rosa" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


# --- timeline ----------------------------------------------------------------------------------
def test_date_key_orders_mixed_granularity() -> None:
    values = ["2019-10-23", "2019-07", "2019", "2019-W30", "2019-Q3", "2021-06-03T14:15", "2021-06-03", "201"]
    keyed = sorted(values, key=lambda v: date_key(v) or (0.0, 0))
    assert keyed == ["201", "2019", "2019-Q3", "2019-07", "2019-W30", "2019-10-23", "2021-06-03",
                     "2021-06-03T14:15"]
    end = date_key("2019", "END")
    assert end is not None and end > (date_key("2019-12-30") or (0.0, 0))
    mid = date_key("2019", "MID")
    assert mid is not None and date_key("2019-06-01") < mid < date_key("2019-08-01")  # type: ignore[operator]
    for bad in ("unresolved", "PRESENT_REF", "XXXX-06-02", "P2D", "2021-02-30", "2021-W60"):
        assert date_key(bad) is None


def test_order_events_sections() -> None:
    ordered = order_events(_events())
    assert [e.event_id for e in ordered.dated] == [
        "e-quarter", "e-month", "e-week", "e-day", "e-year-end", "e-2021"]
    assert [e.event_id for e in ordered.unresolved] == ["e-unres", "e-present"]
    assert [e.event_id for e in ordered.undated] == ["e-none"]


def test_timeline_markdown(tmp_path: Path, corpus: MemoryCorpus) -> None:
    path = tmp_path / "timeline.md"
    write_timeline(path, corpus)
    md = path.read_text(encoding="utf-8")
    sections = re.split(r"^## ", md, flags=re.M)
    names = [s.split("\n", 1)[0] for s in sections[1:]]
    assert names == ["Events", "Events with unresolved dates", "Undated events", "Contradictions",
                     "Deal register", "Documents"]
    events, unresolved, undated = sections[1], sections[2], sections[3]
    order = [m for m in re.findall(r"mention of (e-[\w-]+)", events)]
    assert order == ["e-quarter", "e-month", "e-week", "e-day", "e-year-end", "e-2021"]
    assert "**2019 (late)**" in events
    assert "e-unres" in unresolved and "e-present" in unresolved and "e-none" not in unresolved
    assert "e-none" in undated and "undated" not in undated.split("\n", 1)[1]
    # claim line: date, a statement (doer, trigger, target, system, quantity, value), status, type and stage,
    # the sources counted and named
    claim_line = next(line for line in events.splitlines() if "**buy**" in line)
    for part in ("**2023-05-02** — Peru to **buy** with country:BRA (transport plane, 6 aircraft, $310 million)",
                 "— claimed · AGREE, contract — 1 source: Andes Post: Peru buys planes"):
        assert part in claim_line.replace("\\", ""), part
    assert "<script>" not in md  # hostile titles are escaped for Markdown renderers
    assert "spokesman denies" in sections[4]
    assert "| deal-1 |" in sections[5].replace("\\", "")
    docs = sections[6]
    assert "2023-05-02 (dateline)" in docs and "unresolved (none) within 2023-05–…" in docs
    assert "Costa Diario" in docs and "2023-05-03" in docs


# --- report.html -------------------------------------------------------------------------------
def test_report_escapes_and_is_self_contained(tmp_path: Path, corpus: MemoryCorpus) -> None:
    path = tmp_path / "report.html"
    write_report(path, corpus)
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    # scripts: plotly.js inlined exactly once, then inline figure calls; none loads anything
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S | re.I)
    assert all(attrs == "" for attrs, _ in scripts)
    assert sum("plotly.js v" in body for _, body in scripts) == 1
    assert len(page) < 8_000_000
    figures = [body for _, body in scripts if body.startswith("Plotly.newPlot(")]
    assert {f.split(",", 1)[0] for f in figures} == {
        'Plotly.newPlot("plot-timeline"', 'Plotly.newPlot("plot-undated"', 'Plotly.newPlot("plot-network"'}
    assert HOSTILE not in page and "alert(1)" in page  # the name is there, escaped, never as markup
    assert html.escape(HOSTILE) in page
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt; &amp; co." in page
    markup = re.sub(r"<script>.*?</script>", "", page, flags=re.S)
    for bad in ('src="http', "src='http", 'href="http', "href='http", "<link", "@import", "url(", "<iframe"):
        assert bad not in markup.lower(), bad
    # timeline figure: planned/claimed/denied are separate traces with different symbols
    timeline = next(f for f in figures if "plot-timeline" in f)
    data = json.loads(timeline[len('Plotly.newPlot("plot-timeline",'):].split(',{"template"', 1)[0])
    styles = {t["name"]: t["marker"]["symbol"] for t in data}
    assert {"claimed", "denied", "happened"} <= set(styles) and len(set(styles.values())) == len(styles)
    undated = next(f for f in figures if "plot-undated" in f)
    assert "unresolved date" in undated and "undated" in undated
    network = next(f for f in figures if "plot-network" in f)
    assert "Peru" in network and "country:BRA" in network  # the claim's source → target edge
    for section in ("Actor network", "Source × fact matrix"):
        assert f">{section}</h2>" in page
    matrix = page.split('<table class="matrix">', 1)[1].split("</table>", 1)[0]
    assert 'class="hit corr"' in matrix and 'class="hit contra"' in matrix and "✕" in matrix
    # quote ledger grouped by speaker
    assert '<tr class="group"><th colspan="8">Rosa' in page
    for section in ("Timeline", "Quote ledger", "Actors", "Corroborations", "Contradictions", "Deal register",
                    "Documents"):
        assert f">{section}</h2>" in page
    assert "<svg" in page and "<rect" in page  # events-per-month plot
    # quote ledger row: speaker, role, cue, kind, content, date
    row = next(r for r in page.split("<tr>") if "We wanted them sooner" in r)
    assert all(x in row for x in ("Rosa", "General", "<td>said</td>", "direct", "2023-05-02"))
    # boilerplate greyed, mentions highlighted in the article text
    text_only = re.sub(r'<a id="[^"]+"></a>', "", page)  # passage anchors sit inside highlighted spans
    assert '<span class="bp" title="boilerplate">Donate today to keep independent news alive!</span>' in text_only
    assert 'class="e" title="AGREE · happened">buy</span>' in text_only
    assert "[Read more](https://example.org/more)" in page  # shown as inert text, not as a link


def test_report_rows_link_to_the_passage_they_were_read_from(tmp_path: Path, corpus: MemoryCorpus) -> None:
    """A fact's evidence opens the sentence in the article, not the article's top; no link is dead."""
    path = tmp_path / "report.html"
    write_report(path, corpus)
    page = re.sub(r"<script>.*?</script>", "", path.read_text(encoding="utf-8"), flags=re.S)
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # each anchor once, even where a quote and an event start together
    targets = re.findall(r'href="#([^"]+)"', page)
    assert all(t in ids for t in targets), [t for t in targets if t not in ids]
    passages = [t for t in targets if re.fullmatch(r"doc-.+-\d+", t)]
    assert passages  # timeline evidence, quote contents and corroboration evidence
    row = next(r for r in page.split("<tr>") if "We wanted them sooner" in r)
    assert re.search(r'<a href="#doc-[\w-]+-\d+">We wanted them sooner', row)
    # the anchor sits right before the linked text in the article
    for t in passages:
        after = page.split(f'<a id="{t}"></a>', 1)[1]
        assert not after.startswith("</"), t


def test_highlight_puts_one_anchor_per_offset() -> None:
    out = highlight("abc def", [_Mark(4, 7, "e", "ev", "p-4")], anchors={4: "p-4", 99: "gone"})
    assert out.count('id="p-4"') == 1 and "gone" not in out
    assert out.startswith('abc <a id="p-4"></a><span class="e"')


def test_highlight_flattens_overlaps_and_keeps_text() -> None:
    text = "A <said> “quoted Ana words” & more"
    marks = [_Mark(0, len(text), "bp", "all"), _Mark(9, 27, "q", "quote"), _Mark(17, 20, "a", "Ana"),
             _Mark(17, 20, "t", "x"), _Mark(30, 99, "e", "past end")]
    out = highlight(text, marks)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert '<span class="a bp q t" title="all | quote | Ana | x">Ana</span>' in out
    assert "&lt;said&gt;" in out
    cut = highlight("x" * 50, [], limit=10)
    assert cut.startswith("x" * 10 + "\n") and "40 more characters" in cut


# --- ids fusion folded into another entity ------------------------------------------------------
def _acronym_corpus() -> MemoryCorpus:
    """Article a defines "Coastal Survey Directorate (CSD)"; article b quotes a CSD spokeswoman."""
    from storyline.fuse import fuse

    org, bare = "org:coastal-survey-directorate", "org:csd"
    ta = "The Coastal Survey Directorate (CSD) will map the bay."
    tb = "CSD said the survey ends in May. CSD spokeswoman Ola Dahl said so."
    a = Annotation(Document("a", ta), actors=(
        ActorMention("a", 4, 30, "Coastal Survey Directorate", org, "organization", "Coastal Survey Directorate"),
        ActorMention("a", 32, 35, "CSD", org, "organization", "Coastal Survey Directorate"),
    ))
    b = Annotation(Document("b", tb), actors=(
        ActorMention("b", 0, 3, "CSD", bare, "organization", "CSD"),
        ActorMention("b", 33, 36, "CSD", bare, "organization", "CSD"),
        ActorMention("b", 49, 57, "Ola Dahl", "person:ola-dahl", "person", "Ola Dahl", affiliation=bare),
    ), quotes=(
        Quote("b", "q1", "indirect", TextSpan(9, 31, tb[9:31]), Speaker(0, 3, "CSD", bare, "CSD", None),
              TextSpan(4, 8, "said")),
    ))
    return MemoryCorpus.of([a, b], fuse([a, b]))


def test_exported_ids_exist_in_entities(tmp_path: Path) -> None:
    from storyline.export import write_tabular
    from storyline.export.tabular import read_parquet_rows

    corpus = _acronym_corpus()
    write_jsonl(tmp_path, corpus)
    _check_keys(tmp_path)
    ents = {e["entity_id"]: e for e in read_jsonl(tmp_path / "entities.jsonl")}
    assert "org:csd" not in ents
    assert ents["org:coastal-survey-directorate"]["merged_ids"] == ["org:csd"]
    assert entity_from_json(ents["org:coastal-survey-directorate"]).merged_ids == ("org:csd",)
    (q,) = read_jsonl(tmp_path / "quotes.jsonl")
    assert q["speaker"]["entity_id"] == "org:coastal-survey-directorate"
    assert q["speaker"]["entity_id"] in ents
    write_tabular(tmp_path, corpus, ("parquet",))
    rows = read_parquet_rows(tmp_path / "entities.parquet")
    assert {r["entity_id"]: r["merged_ids"] for r in rows}["org:coastal-survey-directorate"] == ["org:csd"]
    actor_ids = {r["entity_id"] for r in read_parquet_rows(tmp_path / "actor_mentions.parquet")}
    affiliations = {r["affiliation"] for r in read_parquet_rows(tmp_path / "actor_mentions.parquet")} - {None}
    assert actor_ids | affiliations <= set(ents)
    (pq_quote,) = read_parquet_rows(tmp_path / "quotes.parquet")
    assert pq_quote["speaker"]["entity_id"] == "org:coastal-survey-directorate"
    write_report(tmp_path / "report.html", corpus)
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "org:csd" not in report


def test_quote_ledger_shows_one_row_per_attribution_split_around_its_cue(tmp_path: Path) -> None:
    t = "The new runway, the mayor said on Monday, will open in June. Residents are expected to protest."
    doc = Document(doc_id="c1", text=t, source="Harbor Times", published=DocDate("2024-03-04", "dateline", None))
    said = TextSpan(*_span(t, "said"), "said")
    mayor = Speaker(*_span(t, "the mayor"), "the mayor", None, None, "mayor")
    expected = TextSpan(*_span(t, "are expected"), "are expected")
    quotes = (
        Quote("c1", "q1", "indirect", TextSpan(*_span(t, "The new runway"), "The new runway"), mayor, said),
        Quote("c1", "q2", "indirect", TextSpan(*_span(t, "will open in June"), "will open in June"), mayor, said),
        Quote("c1", "q3", "indirect", TextSpan(*_span(t, "Residents"), "Residents"), None, expected),
        Quote("c1", "q4", "indirect", TextSpan(*_span(t, "to protest"), "to protest"), None, expected),
        Quote("c1", "q5", "direct", TextSpan(0, 3, "The"), None, None),
        Quote("c1", "q6", "direct", TextSpan(4, 7, "new"), None, None),
    )
    groups = ledger_groups(quotes)
    assert [[q.quote_id for q in g] for g in groups] == [["q1", "q2"], ["q3", "q4"], ["q5"], ["q6"]]
    path = tmp_path / "report.html"
    write_report(path, MemoryCorpus.of([Annotation(doc, quotes=quotes)], Fusion()))
    page = path.read_text(encoding="utf-8")
    said_rows = [r for r in page.split("<tr>") if "<td>said</td>" in r]
    assert len(said_rows) == 1  # one row for both pieces, not two
    assert "The new runway … will open in June" in said_rows[0] and "mayor" in said_rows[0]
    assert any("Residents … to protest" in r for r in page.split("<tr>"))


def test_parts_of_day_read_as_words_and_sources_name_the_outlet() -> None:
    night = Event("ev", "ASSAULT", "happened", (), ("a",), date=EventDate("2025-04-03TNI"))
    assert show_date(night) == "2025-04-03 night"
    assert show_date(dataclasses.replace(night, date=EventDate("2025-04-03", "END"))) == "2025-04-03 (late)"
    doc = Document("a" * 16, "", source="Harbour Daily", title="Port strike ends")
    assert doc_label(doc) == "Harbour Daily: Port strike ends"
    assert doc_label(dataclasses.replace(doc, source=None)) == "Port strike ends"


def test_a_document_with_no_headline_is_named_by_its_file_and_counts_read_as_english(tmp_path: Path) -> None:
    bare = Document("f" * 16, "", path="/data/feeds/harbour-2024-05-01.txt")
    assert doc_label(bare) == "harbour-2024-05-01.txt (ffffffffffff)"
    assert doc_label(dataclasses.replace(bare, path=None, url="https://news.example/a/1")).startswith(
        "https://news.example/a/1 (")
    assert doc_label(dataclasses.replace(bare, path=None)) == "f" * 16
    path = tmp_path / "timeline.md"
    write_timeline(path, MemoryCorpus.of([Annotation(bare)], Fusion()))
    text = path.read_text(encoding="utf-8")
    assert "0 events from 1 document;" in text


def test_dates_read_as_words_with_their_precision_kept() -> None:
    """TIMEX3 codes ("ON_OR_BEFORE", "PRESENT_REF", "W22", "SU") are for machines; a reader gets words."""
    def shown(value: str, mod: str | None = None) -> str:
        return show_date(Event("ev", "PROTEST", "happened", (), ("a",), date=EventDate(value, mod)))

    assert shown("2024-03-09", "ON_OR_BEFORE") == "2024-03-09 (on or before)"
    assert shown("2011", "START") == "2011 (early)" and shown("2011-05", "APPROX") == "2011-05 (about)"
    assert shown("PRESENT_REF") == "now, report date unknown"
    assert shown("unresolved") == "date not resolved"
    assert shown("2017-W09") == "2017 week 9" and shown("2017-WI") == "2017 winter" and shown("198") == "1980s"
    assert shown("XXXX-11") == "November, year unknown"
    assert shown("2017-02-01T06:15Z") == "2017-02-01 06:15 UTC"
    assert shown("2017-02-01") == "2017-02-01" and shown("2017-Q2") == "2017-Q2"  # ISO dates stay as they are
    assert shown("2017-02-01", "SOMETHING_NEW") == "2017-02-01 (SOMETHING_NEW)"


def test_a_figure_conflict_within_one_event_is_not_shown_as_a_claim_and_a_denial(tmp_path: Path) -> None:
    ev = Event("e-deal", "AGREE", "happened", (Mention("a" * 64, 0, 5, "signed a contract"),), ("a" * 64, "b1"))
    fusion = Fusion(events=(ev,), contradictions=(Contradiction("e-deal", "e-deal", "value_usd 4.3e8 vs 4.6e8"),))
    corpus = MemoryCorpus.of([_ann_a(), _ann_b()], fusion)
    write_timeline(tmp_path / "timeline.md", corpus)
    section = (tmp_path / "timeline.md").read_text(encoding="utf-8").split("## Contradictions", 1)[1]
    assert "- sources disagree: AGREE" in section and "denial:" not in section.split("##", 1)[0]
    write_report(tmp_path / "report.html", corpus)
    assert "(sources disagree)" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_a_value_dispute_inside_one_event_names_the_outlets_not_a_claim_and_denial() -> None:
    from storyline.export.timeline import Names, _contradiction_line

    docs = [Document("d1", "x", source="Wire One", title="Deal signed"), Document("d2", "y", title="Jets bought")]
    ev = Event("ev1", "AGREE", "happened", (Mention("d1", 0, 4, "deal"),), ("d1", "d2"))
    line = _contradiction_line(Contradiction("ev1", "ev1", "value_usd 10 (d1) vs 20 (d2)"), {"ev1": ev},
                               Names((), docs))
    assert "denial" not in line and "sources disagree" in line
    assert "(Wire One: Deal signed) vs 20 (Jets bought)" in line


def test_one_ledger_row_names_every_co_speaker_once_with_the_content_once(tmp_path: Path) -> None:
    t = "Seoul and Manila said the drills would go ahead."
    doc = Document(doc_id="c2", text=t, source="Harbor Times", published=DocDate("2024-03-04", "dateline", None))
    said = TextSpan(*_span(t, "said"), "said")
    content = TextSpan(*_span(t, "the drills would go ahead"), "the drills would go ahead")
    quotes = (
        Quote("c2", "q1", "indirect", content, Speaker(0, 16, "Seoul and Manila", "country:KOR", "South Korea", None), said),
        Quote("c2", "q2", "indirect", content, Speaker(10, 16, "Manila", "country:PHL", "Philippines", None), said),
    )
    write_report(tmp_path / "report.html", MemoryCorpus.of([Annotation(doc, quotes=quotes)], Fusion()))
    (row,) = [r for r in (tmp_path / "report.html").read_text(encoding="utf-8").split("<tr>") if "<td>said</td>" in r]
    assert "<td>South Korea, Philippines</td>" in row and row.count("the drills would go ahead") == 1


def test_two_events_of_one_deal_priced_differently_are_no_claim_and_denial(tmp_path: Path) -> None:
    a = Event("e-buy", "AGREE", "happened", (Mention("a" * 64, 0, 5, "signed a contract"),), ("a" * 64,))
    b = Event("e-sell", "AGREE", "happened", (Mention("b1", 0, 5, "won an order"),), ("b1",))
    fusion = Fusion(events=(a, b), contradictions=(Contradiction("e-buy", "e-sell", "deal_x: value_usd 12 vs 11"),))
    corpus = MemoryCorpus.of([_ann_a(), _ann_b()], fusion)
    write_timeline(tmp_path / "timeline.md", corpus)
    section = (tmp_path / "timeline.md").read_text(encoding="utf-8").split("## Contradictions", 1)[1].split("##")[0]
    assert "- sources disagree: AGREE" in section and "versus: AGREE" in section and "denial" not in section
    write_report(tmp_path / "report.html", corpus)
    assert "(sources disagree) <span" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_clock_times_with_seconds_or_a_zone_are_on_the_calendar() -> None:
    # a live blog's "14:50 GMT" entry resolves to "…T14:50Z": a dated event, not an unresolved one
    events = [Event(f"e{i}", "ASSAULT", "happened", (), ("a",), date=EventDate(v))
              for i, v in enumerate(["2026-06-17T14:50Z", "2026-06-17T13:20", "2026-06-17T16:00:30+02:00"])]
    ordered = order_events(events)
    assert not ordered.unresolved and [e.event_id for e in ordered.dated] == ["e1", "e2", "e0"]


def test_an_event_summary_names_its_plover_mode() -> None:
    ev = Event("ev", "ACCUSE", "happened", (), ("a",), mode="disapprove")
    assert event_summary(ev, Names((), ())) == "ACCUSE (disapprove) · happened"
    assert event_summary(dataclasses.replace(ev, mode=None), Names((), ())) == "ACCUSE · happened"


# --- event lines read as statements ------------------------------------------------------------
HARBOUR = ("# Ferry firm wins order\n\n"
           "*By staff*\n\n"
           "Officials in the northern port said on Monday that, after months of quiet work behind closed doors "
           "and several false starts that had worried local traders, the harbour board finally approved the new "
           "ferry timetable for the coming summer season, which starts in June and runs well into September.\n\n"
           "Photo: a ferry leaves the port at dawn.\n")


def _harbour_corpus() -> tuple[MemoryCorpus, Event, Event]:
    doc = Document("h1", HARBOUR, source="Port Gazette", published=DocDate("2024-05-02T09:30", "byline"),
                   repairs=(Repair(0, 2, "markup"), Repair(25, 26, "markup"), Repair(34, 35, "markup")))
    approved = _span(HARBOUR, "approved")
    wins = _span(HARBOUR, "wins")
    para = _span(HARBOUR, "Officials in the northern port")[0]
    mentions = (
        EventMention("h1", "m1", *approved, "approved", Span(para, len(HARBOUR)), "AGREE", "happened"),
        EventMention("h1", "m2", *wins, "wins", Span(0, 40), "AGREE", "happened"),
    )
    ev1 = Event("ev-approve", "AGREE", "happened", (Mention("h1", *approved, "approved"),), ("h1",))
    ev2 = Event("ev-win", "AGREE", "happened", (Mention("h1", *wins, "wins"),), ("h1",))
    return MemoryCorpus.of([Annotation(doc, events=mentions)], Fusion(events=(ev1, ev2))), ev1, ev2


def test_an_event_line_names_who_did_what_to_whom() -> None:
    """Not "AGREE · happened — “signed a contract”": the doer, the trigger, the other side, the object."""
    ents = (Entity("country:CHL", "country", "Chile", country="CHL"),
            Entity("org:chl-navy", "organization", "navy", country="CHL"),
            Entity("org:norvik", "organization", "Norvik Yards"), Entity("weapon:t31", "weapon_system", "Type 31"))
    names = Names(ents, ())
    m = (Mention("d", 0, 17, "signed a contract"),)
    deal = Event("e1", "AGREE", "happened", m, ("d",), None, "contract", ("org:chl-navy", "country:CHL"),
                 ("org:norvik",), "weapon:t31", 4, "frigates", 1.2e9)
    assert event_statement(deal, names) == \
        "Chile's navy signed a contract with Norvik Yards (Type 31, 4 frigates, $1.2 billion)"
    fired = Event("e2", "ASSAULT", "happened", (Mention("d", 0, 5, "fired"),), ("d",),
                  source_actors=("org:chl-navy",), target_actors=("org:norvik",))
    assert event_statement(fired, names) == "Chile's navy fired on Norvik Yards"
    accused = dataclasses.replace(fired, type="ACCUSE", mentions=(Mention("d", 0, 7, "accused"),))
    assert event_statement(accused, names) == "Chile's navy accused Norvik Yards"
    talks = dataclasses.replace(fired, type="CONSULT", mentions=(Mention("d", 0, 5, "talks"),))
    assert event_statement(talks, names) == "Chile's navy: talks with Norvik Yards"
    pay = Event("e3", "COOPERATE", "planned", (Mention("d", 0, 3, "pay"),), ("d",), source_actors=("country:CHL",),
                target_actors=("org:norvik",), value_usd=75_000.0)
    assert event_statement(pay, names) == "Chile to pay Norvik Yards ($75,000)"
    # an order's other side sold it; a bare verb after one doer reads as a headline, after two as it stands
    order = dataclasses.replace(pay, type="AGREE", status="happened", arms_stage="order", value_usd=None,
                                mentions=(Mention("d", 0, 3, "buy"),))
    assert event_statement(order, names) == "Chile to buy from Norvik Yards"
    signed = dataclasses.replace(order, mentions=(Mention("d", 0, 17, "signed a contract"),))
    assert event_statement(signed, names) == "Chile signed a contract with Norvik Yards"
    both = dataclasses.replace(order, arms_stage=None, mentions=(Mention("d", 0, 5, "agree"),),
                               source_actors=("country:CHL", "org:norvik"), target_actors=())
    assert event_statement(both, names) == "Chile and Norvik Yards agree"
    # only a body named by a common noun takes its country's name
    named = Names((*ents, Entity("org:sea-wolves", "organization", "al-Bahr Group", country="CHL")), ())
    assert name_list(["org:sea-wolves", "country:CHL"], named) == "al-Bahr Group and Chile"
    many = [Entity(f"org:x{i}", "organization", f"Firm {i}" + " and Partners" * (8 if i == 0 else 0))
            for i in range(5)]
    crowd = name_list([e.entity_id for e in many], Names(many, ()))
    assert crowd.startswith("Firm 0 and Partners") and "…, Firm 1, Firm 2 and 2 others" in crowd


def test_an_event_without_its_roles_reads_as_its_sentence_with_the_trigger_marked(tmp_path: Path) -> None:
    corpus, _, _ = _harbour_corpus()
    write_timeline(tmp_path / "timeline.md", corpus)
    text = (tmp_path / "timeline.md").read_text(encoding="utf-8")
    undated = text.split("## Undated events", 1)[1].split("##", 1)[0]
    line = next(x for x in undated.splitlines() if "approved" in x)
    # trimmed at word boundaries around the trigger, the caption after the paragraph left out
    assert "the harbour board finally **approved** the new ferry timetable" in line
    assert line.startswith("- reported 2024-05-02 — “…") and "…” — happened · AGREE — 1 source: Port Gazette" in line
    assert "Photo" not in line and len(line.split("“", 1)[1].split("”", 1)[0]) <= 210
    # a headline's markup ("# ") and the byline after the blank line are not part of its sentence
    assert "- reported 2024-05-02 — “Ferry firm **wins** order” — happened" in undated


def test_the_report_lists_events_as_statements_linked_to_their_passage(tmp_path: Path) -> None:
    corpus, ev, _ = _harbour_corpus()
    write_report(tmp_path / "report.html", corpus)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    row = next(r for r in page.split("<tr>") if "<b>approved</b>" in r)
    start = ev.mentions[0].start
    assert f'<a href="#doc-h1-{start}">“…' in row and "board finally <b>approved</b> the new ferry" in row
    assert "reported 2024-05-02" in row and "1 source: " in row and f'<a id="doc-h1-{start}"></a>' in page


def test_undated_events_follow_the_day_they_were_reported() -> None:
    docs = [Document("late", "", published=DocDate("2024-06-01", "byline")),
            Document("early", "", published=DocDate("2024-03-01", "byline")), Document("none", "")]
    evs = [Event(f"e-{d}", "PROTEST", "happened", (), (d,)) for d in ("none", "late", "early")]
    assert [e.event_id for e in by_report_date(evs, Names((), docs))] == ["e-early", "e-late", "e-none"]


def test_a_trimmed_sentence_drops_a_quotation_mark_left_alone() -> None:
    text = "“No contract has been signed."
    s = text.index("contract")
    assert trim_sentence(text, s, s + 8) == ("No ", "contract", " has been signed.")
    glued = "Talks with Oslo’s envoy, officials said."
    s = glued.index("Oslo")
    assert trim_sentence(glued, s, s + 4, limit=20) == ("…with ", "Oslo", "’s envoy,…")


def test_a_sentence_shown_for_an_event_leaves_its_dateline_out() -> None:
    text = "PORTVILLE, May 2 (Gazette) - The harbour board approved the plan on Friday."
    line = _span(text, "PORTVILLE, May 2 (Gazette) - ")
    doc = Document("p1", text, dateline_span=Span(*line))
    approved = _span(text, "approved")
    ann = Annotation(doc, events=(EventMention("p1", "m1", *approved, "approved", Span(0, len(text)), "AGREE",
                                               "happened"),))
    ev = Event("e1", "AGREE", "happened", (Mention("p1", *approved, "approved"),), ("p1",))
    assert doc_sentences(ann, sentence_keys([ev])) == {"e1": ("The harbour board ", "approved", " the plan on Friday.")}
