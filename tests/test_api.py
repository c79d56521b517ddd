"""HTTP API: JSON shapes, filters, pagination, HTML twins, escaping, hostile input, POST /articles."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.api import MAX_BODY, create_app, serve
from storyline.records import (
    Annotation,
    Contradiction,
    Corroboration,
    Deal,
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
    Span,
    Speaker,
    TextSpan,
)
from storyline.store import Store

HOSTILE = "<script>alert('pwned')</script>"
SQLI = "'; DROP TABLE events; --"
TEXT_A = (
    "HARBOUR CITY, March 5 - Norway agreed to buy 12 patrol boats from Chile for $200 million, the ministry "
    f"said. {HOSTILE} “We need them by summer,” Admiral Ines Berg said. Talks will continue in May.\n"
)
TEXT_B = f"Chile denied on Tuesday that any patrol boat contract had been signed with Norway. {SQLI} 100% sure_ok.\n"
DOC_A, DOC_B = "doc-a", "doc-b"


def _at(text: str, needle: str) -> tuple[int, int]:
    s = text.index(needle)
    return s, s + len(needle)


def _sentence(text: str, needle: str) -> Span:
    s, e = _at(text, needle)
    lo = max(text.rfind(". ", 0, s) + 2, 0) if text.rfind(". ", 0, s) >= 0 else 0
    hi = text.find(".", e) + 1
    return Span(lo, hi)


def _mention(doc_id: str, text: str, needle: str, quote_id: str | None = None) -> Mention:
    s, e = _at(text, needle)
    return Mention(doc_id, s, e, needle, quote_id)


def annotations() -> list[Annotation]:
    a = Document(DOC_A, TEXT_A, source="Harbour Times", title=f"Norway buys boats {HOSTILE}",
                 published=DocDate("2024-03-05", "given"), body=(Span(0, len(TEXT_A)),))
    b = Document(DOC_B, TEXT_B, source="Fjord Daily", title="Chile denies boat deal",
                 published=DocDate("2024-03-12", "given"), body=(Span(0, len(TEXT_B)),))
    q = _at(TEXT_A, "We need them by summer,")
    sp = _at(TEXT_A, "Admiral Ines Berg")

    def em(doc: Document, mid: str, needle: str, type_: str, status: str, **kw: object) -> EventMention:
        s, e = _at(doc.text, needle)
        return EventMention(doc.doc_id, mid, s, e, needle, _sentence(doc.text, needle), type_, status,  # type: ignore[arg-type]
                            **kw)  # type: ignore[arg-type]

    ann_a = Annotation(a, quotes=(Quote(DOC_A, "q1", "direct", TextSpan(*q, TEXT_A[q[0]:q[1]]),
                                        Speaker(*sp, TEXT_A[sp[0]:sp[1]], "person:ines-berg", "Ines Berg",
                                                "Admiral")),),
                       events=(em(a, "m1", "agreed", "AGREE", "happened"), em(a, "m2", "Talks", "CONSULT", "planned")))
    ann_b = Annotation(b, events=(em(b, "m1", "denied", "REJECT", "denied"),))
    return [ann_a, ann_b]


def fusion() -> Fusion:
    claim = Event("ev-claim", "AGREE", "happened", (_mention(DOC_A, TEXT_A, "agreed"),), (DOC_A,),
                  arms_stage="contract", source_actors=("country:NOR",), target_actors=("country:CHL",),
                  system="weapon:patrol-boat", quantity=12, unit="boats", value_usd=2e8,
                  date=EventDate("2024-03-05"), confidence=0.9)
    denial = Event("ev-denial", "REJECT", "denied", (_mention(DOC_B, TEXT_B, "denied"),), (DOC_B,),
                   source_actors=("country:CHL",), target_actors=("country:NOR",), date=EventDate("2024-03"))
    talks = Event("ev-talks", "CONSULT", "planned", (_mention(DOC_A, TEXT_A, "Talks"),), (DOC_A,),
                  source_actors=("country:NOR",), target_actors=("country:CHL",), date=EventDate("2024-05"))
    vague = Event("ev-vague", "SUPPORT", "claimed", (_mention(DOC_B, TEXT_B, "signed"),), (DOC_B,),
                  date=EventDate("unresolved"))
    ents = (
        Entity("country:NOR", "country", "Norway", ("Oslo",), country="NOR",
               mentions=(_mention(DOC_A, TEXT_A, "Norway"), _mention(DOC_B, TEXT_B, "Norway"))),
        Entity("country:CHL", "country", "Chile", (), country="CHL", mentions=(_mention(DOC_B, TEXT_B, "Chile"),)),
        Entity("person:ines-berg", "person", f"Ines Berg {HOSTILE}", (), "Admiral", "country:NOR", "NOR",
               (_mention(DOC_A, TEXT_A, "Ines Berg"),)),
        Entity("weapon:patrol-boat", "weapon_system", "patrol boat"),
    )
    return Fusion(
        entities=ents, events=(claim, denial, talks, vague),
        corroborations=(Corroboration("quantity", "12", (DOC_A, DOC_B), (claim.mentions[0],), "ev-claim"),),
        contradictions=(Contradiction("ev-claim", "ev-denial", "AGREE reported, then denied"),),
        deals=(Deal("deal-1", "country:CHL", "country:NOR", "weapon:patrol-boat", "ships", 12, "boats", 2e8,
                    "2024-03", events=("ev-claim",), sources=(DOC_A,),
                    discrepancies=(Discrepancy("quantity", (Figure(12, DOC_A, 0, 6, "twelve"),
                                                            Figure(14, DOC_B, 0, 2, "14"))),)),),
    )


def build_store(path: Path) -> Path:
    with Store(path) as store:
        for ann in annotations():
            store.add(ann)
        store.replace_fusion(fusion())
    return path


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(build_store(tmp_path / "s.duckdb"))
    with TestClient(app) as c:
        yield c


HTML = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
EVENT_KEYS = {"event_id", "type", "mode", "arms_stage", "actors", "system", "quantity", "value_usd", "date",
              "status", "mentions", "sources", "confidence"}


def _ids(resp: object) -> list[str]:
    return [e["event_id"] for e in resp.json()["items"]]  # type: ignore[attr-defined]


def test_events_json_contract_order_and_pagination(client: TestClient) -> None:
    r = client.get("/events")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["total"] == 4 and body["limit"] == 50 and body["offset"] == 0
    assert all(set(e) == EVENT_KEYS for e in body["items"])
    assert _ids(r) == ["ev-denial", "ev-claim", "ev-talks", "ev-vague"]  # by date; unresolved last
    claim = body["items"][1]
    assert claim["actors"] == {"source": ["country:NOR"], "target": ["country:CHL"]}
    assert claim["mentions"] == [{"doc_id": DOC_A, "start": TEXT_A.index("agreed"),
                                  "end": TEXT_A.index("agreed") + 6, "text": "agreed"}]
    page = client.get("/events.json", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 4 and [e["event_id"] for e in page["items"]] == ["ev-claim", "ev-talks"]
    assert client.get("/events", params={"offset": 10}).json() == {"total": 4, "limit": 50, "offset": 10,
                                                                    "items": [], "filters": {}}
    for bad in ({"limit": 0}, {"limit": 501}, {"offset": -1}, {"status": "rumoured"}, {"date_from": "March"}):
        assert client.get("/events", params=bad).status_code == 422, bad


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor": "country:NOR"}, ["ev-denial", "ev-claim", "ev-talks"]),
    ({"actor": "norway"}, ["ev-denial", "ev-claim", "ev-talks"]),  # by name, any case
    ({"actor": "Oslo"}, ["ev-denial", "ev-claim", "ev-talks"]),  # by alias
    ({"type": "consult"}, ["ev-talks"]),
    ({"status": "denied"}, ["ev-denial"]),
    ({"date_from": "2024-03-06"}, ["ev-denial", "ev-talks"]),  # the month 2024-03 overlaps
    ({"date_from": "2024-04", "date_to": "2024"}, ["ev-talks"]),
    ({"date_to": "2024-03-04"}, ["ev-denial"]),
    ({"source": "Fjord Daily"}, ["ev-denial", "ev-vague"]),
    ({"source": DOC_A}, ["ev-claim", "ev-talks"]),
    ({"system": "patrol boat"}, ["ev-claim"]),
    ({"actor": "Chile", "status": "planned", "date_from": "2024-05-01", "date_to": "2024-05-31"}, ["ev-talks"]),
    ({"actor": "nobody"}, []),
])
def test_event_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    r = client.get("/events", params=params)
    assert r.status_code == 200
    assert _ids(r) == expected and r.json()["total"] == len(expected)


def test_event_detail_evidence_and_links(client: TestClient) -> None:
    d = client.get("/events/ev-claim.json").json()
    assert d["event"]["event_id"] == "ev-claim"
    [ev] = d["evidence"]
    assert ev["trigger"]["text"] == "agreed" and ev["doc_id"] == DOC_A
    assert ev["sentence"]["text"] == TEXT_A[ev["sentence"]["start"]:ev["sentence"]["end"]]
    assert "agreed to buy 12 patrol boats" in ev["sentence"]["text"]
    assert d["contradictions"] == [{"claim": "ev-claim", "denial": "ev-denial", "note": "AGREE reported, then denied"}]
    assert d["deals"] == ["deal-1"] and d["corroborations"][0]["value"] == "12"
    page = client.get("/events/ev-claim", headers=HTML).text
    assert '<span class="evidence" title="evidence sentence">' in page
    assert '<a id="m0"></a><span class="evidence trigger"' in page
    assert 'href="/entities/country%3ANOR"' in page and 'href="/documents/doc-a"' in page
    assert 'href="/events/ev-denial"' in page and HOSTILE not in page
    assert client.get("/events/nope.json").status_code == 404
    assert client.get("/events/nope", headers=HTML).status_code == 404


def test_other_endpoints(client: TestClient) -> None:
    ents = client.get("/entities").json()
    assert ents["total"] == 4 and ents["items"][0]["entity_id"] == "country:NOR"  # most mentioned first
    assert client.get("/entities", params={"type": "person"}).json()["items"][0]["role"] == "Admiral"
    ent = client.get("/entities/country:CHL.json").json()
    assert [e["event_id"] for e in ent["events"]["items"]] == ["ev-denial", "ev-claim", "ev-talks"]
    quotes = client.get("/quotes", params={"speaker": "Ines Berg"}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["content"]["text"] == "We need them by summer,"
    assert client.get("/entities/person:ines-berg.json").json()["quotes"]["total"] == 1
    docs = client.get("/documents").json()
    assert [d["doc_id"] for d in docs["items"]] == [DOC_A, DOC_B] and "text" not in docs["items"][0]
    full = client.get(f"/documents/{DOC_B}.json").json()
    assert full["document"]["text"] == TEXT_B and [e["event_id"] for e in full["events"]] == ["ev-denial", "ev-vague"]
    assert full["event_mentions"][0]["sentence"] == {"start": 0, "end": TEXT_B.index(".") + 1}
    deal = client.get("/deals").json()["items"][0]
    assert deal["deal_id"] == "deal-1"
    assert [f["value"] for f in deal["discrepancies"][0]["figures"]] == [12, 14]  # the API keeps the disagreement
    assert client.get("/deals", params={"actor": "Chile"}).json()["total"] == 1
    assert client.get("/contradictions").json()["items"][0]["denial"] == "ev-denial"
    assert client.get("/corroborations").json()["items"][0]["sources"] == [DOC_A, DOC_B]
    assert client.get("/stats").json()["events"] == 4
    hits = client.get("/search", params={"q": "patrol BOAT"}).json()
    assert [d["doc_id"] for d in hits["documents"]] == [DOC_A, DOC_B]
    hit = hits["documents"][1]["hit"]
    assert TEXT_B[hit["start"]:hit["end"]] == "patrol boat"
    assert [e["entity_id"] for e in hits["entities"]] == ["weapon:patrol-boat"]
    assert client.get("/search", params={"q": "summer"}).json()["quotes"][0]["quote_id"] == "q1"


def test_html_twins_escape_and_headers(client: TestClient) -> None:
    for path in ("/events", "/events/ev-claim", "/entities", "/entities/person:ines-berg", "/quotes",
                 "/documents", f"/documents/{DOC_A}", "/deals", "/contradictions", "/corroborations",
                 "/search?q=alert"):
        r = client.get(path, headers=HTML)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), path
        assert HOSTILE not in r.text and "<script>alert" not in r.text, path
        assert "script-src 'self'" in r.headers["content-security-policy"], path
        assert r.headers["x-content-type-options"] == "nosniff"
        twin = client.get(path.replace("?", ".json?") if "?" in path else path + ".json", headers=HTML)
        assert twin.headers["content-type"].startswith("application/json"), path
        assert client.get(path, headers={"accept": "application/json"}).json() == twin.json(), path
    doc = client.get(f"/documents/{DOC_A}", headers=HTML).text
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in doc
    assert '<a id="q1"></a><span class="q"' in doc  # quote anchors for links from the ledger
    assert client.get("/", follow_redirects=False).headers["location"] == "/events"
    assert client.get("/static/app.js").status_code == 200
    assert ".evidence" in client.get("/static/app.css").text
    for bad in ("/static/..%2Fapi.py", "/static/app.py", "/static/%2e%2e/%2e%2e/pyproject.toml"):
        assert client.get(bad).status_code == 404, bad
    assert client.get("/docs").status_code == 200 and "/articles" in client.get("/openapi.json").json()["paths"]
    page = client.get("/docs").text  # Swagger UI is served from the package: the docs work offline
    assert "cdn." not in page and "/swagger/swagger-ui-bundle.js" in page
    assert client.get("/swagger/swagger-ui-bundle.js").content.startswith(b"/*!")
    assert "swagger-ui" in client.get("/swagger/swagger-ui.css").text
    assert client.get("/swagger/..%2Fswagger-ui.css.map").status_code == 404


def test_hostile_strings_are_parameters(client: TestClient) -> None:
    before = client.get("/stats").json()
    for params in ({"actor": SQLI}, {"source": SQLI}, {"type": SQLI}, {"system": SQLI},
                   {"actor": "x' OR '1'='1"}, {"source": "\\"}):
        r = client.get("/events", params=params)
        assert r.status_code == 200 and r.json()["total"] == 0, params
    for path, params in (("/quotes", {"speaker": SQLI, "q": SQLI}), ("/entities", {"q": SQLI}),
                         ("/documents", {"q": SQLI, "source": SQLI}), ("/deals", {"actor": SQLI})):
        assert client.get(path, params=params).json()["total"] == 0, path
    assert client.get(f"/events/{SQLI}").status_code == 404
    assert client.get(f"/documents/{SQLI}.json").status_code == 404
    # the search finds the hostile text literally, and LIKE wildcards are literal too
    assert [d["doc_id"] for d in client.get("/search", params={"q": SQLI}).json()["documents"]] == [DOC_B]
    assert [d["doc_id"] for d in client.get("/search", params={"q": "100%"}).json()["documents"]] == [DOC_B]
    assert client.get("/search", params={"q": "%%"}).json()["documents"] == []
    assert client.get("/search", params={"q": "sur_"}).json()["documents"] == []
    assert client.get("/stats").json() == before


def test_post_articles_limits_and_idempotence_without_model(client: TestClient) -> None:
    big = json.dumps({"text": "x" * (MAX_BODY + 1)})
    r = client.post("/articles", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap is enforced while reading
        yield b'{"text": "'
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"y" * 65536
        yield b'"}'

    assert client.post("/articles", content=chunks()).status_code == 413
    assert client.post("/articles", json={"text": "hi", "path": "/etc/passwd"}).status_code == 422
    assert client.post("/articles", content=b"{not json").status_code == 422
    assert client.post("/articles", json={"title": "no text"}).status_code == 422
    assert client.post("/articles", json={"text": "   "}).status_code == 422
    # an id already stored adds nothing and needs no model
    r = client.post("/articles", json={"id": DOC_A, "text": "anything"})
    assert r.status_code == 200 and r.json() == {"doc_id": DOC_A, "added": False, "reason": "already stored"}
    assert client.get("/stats").json()["documents"] == 2


def test_read_only_store_refuses_posts(tmp_path: Path) -> None:
    db = build_store(tmp_path / "ro.duckdb")
    with TestClient(create_app(db, read_only=True)) as c:
        assert c.get("/events").json()["total"] == 4
        assert c.post("/articles", json={"text": "new"}).status_code == 409


def test_serve_binds_loopback_by_default() -> None:
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


@pytest.mark.slow
def test_examples_store_and_post_articles(tmp_path: Path, nlp: object) -> None:
    from storyline.export import read_jsonl
    from storyline.runner import run

    repo = Path(__file__).resolve().parents[1]
    out, db = tmp_path / "out", tmp_path / "s.duckdb"
    run([repo / "examples"], out, db=db, nlp=nlp)  # type: ignore[arg-type]
    with TestClient(create_app(db, nlp=nlp)) as c:  # type: ignore[arg-type]
        events = list(read_jsonl(out / "events.jsonl"))
        got = c.get("/events", params={"limit": 500}).json()
        assert got["total"] == len(events) > 0
        assert sorted(got["items"], key=lambda e: e["event_id"]) == sorted(events, key=lambda e: e["event_id"])
        actor = next(a for e in events for a in e["actors"]["source"])
        filtered = c.get("/events", params={"actor": actor}).json()["items"]
        assert filtered and all(actor in e["actors"]["source"] + e["actors"]["target"] for e in filtered)
        before = c.get("/stats").json()
        article = {"text": "OSLO, June 3 - Norway signed a contract on Monday to buy 8 coastal radars from Poland "
                           f"for $90 million, the defence ministry said. {HOSTILE}\n", "source": "Test Wire",
                   "published": "2024-06-03", "title": "Radar deal"}
        r = c.post("/articles", json=article)
        assert r.status_code == 201, r.text
        doc_id = r.json()["doc_id"]
        after = c.get("/stats").json()
        assert after["documents"] == before["documents"] + 1 and after["events"] >= before["events"]
        assert c.get(f"/documents/{doc_id}.json").json()["document"]["published"]["value"] == "2024-06-03"
        assert c.get("/events", params={"source": "Test Wire"}).json()["total"] >= 1
        again = c.post("/articles", json=article)
        assert again.status_code == 200 and again.json()["added"] is False and again.json()["doc_id"] == doc_id
        assert c.get("/stats").json() == after
        assert HOSTILE not in c.get(f"/documents/{doc_id}", headers=HTML).text


def test_folded_entity_id_redirects_to_canonical(tmp_path: Path) -> None:
    """An id fusion folded into another entity (an acronym defined elsewhere) still resolves."""
    org, bare = "org:coastal-survey-directorate", "org:csd"
    text = "CSD said the survey ends in May."
    ann = Annotation(Document("doc-csd", text, published=DocDate("2024-05-02", "given")), quotes=(
        Quote("doc-csd", "q1", "indirect", TextSpan(9, 31, text[9:31]), Speaker(0, 3, "CSD", bare, "CSD", None)),
    ))
    ent = Entity(org, "organization", "Coastal Survey Directorate", ("CSD",),
                 mentions=(Mention("doc-csd", 0, 3, "CSD"),), merged_ids=(bare,))
    with Store(tmp_path / "s.duckdb") as store:
        store.add(ann)
        store.replace_fusion(Fusion(entities=(ent,)))
    with TestClient(create_app(tmp_path / "s.duckdb")) as c:
        r = c.get(f"/entities/{bare}.json", follow_redirects=False)
        assert r.status_code == 307 and r.headers["location"] == f"/entities/{org}.json"
        body = c.get(f"/entities/{bare}.json").json()
        assert body["entity"]["entity_id"] == org and body["entity"]["merged_ids"] == [bare]
        assert [q["speaker"]["entity_id"] for q in body["quotes"]["items"]] == [org]
        quotes = c.get("/quotes.json", params={"speaker": org}).json()["items"]
        assert [q["speaker"]["entity_id"] for q in quotes] == [org]
        doc = c.get("/documents/doc-csd.json").json()
        assert doc["quotes"][0]["speaker"]["entity_id"] == org
        assert c.get(f"/entities/{bare}", headers=HTML).status_code == 200


def test_a_filter_form_sent_with_its_empty_fields_means_no_filter(client: TestClient) -> None:
    # without JavaScript a browser sends every field of the form, the empty ones included
    every = client.get("/events").json()["total"]
    r = client.get("/events?actor=&type=&status=&date_from=&date_to=&source=&system=", headers=HTML)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert client.get("/events.json?status=&date_from=").json()["total"] == every
    assert client.get("/quotes?speaker=&kind=&q=").status_code == 200
    empty = client.get("/search?q=", headers=HTML)  # the search box submitted empty
    assert empty.status_code == 200 and empty.headers["content-type"].startswith("text/html")
    assert client.get("/search.json?q=").json()["documents"] == []


def test_impossible_calendar_dates_are_refused(client: TestClient) -> None:
    for bad in ("2025-13", "2025-00", "2025-02-30", "2023-02-29"):
        r = client.get("/events", params={"date_from": bad})
        assert r.status_code == 422, bad
        assert "not a calendar date" in r.text, bad
    for good in ("2024", "2024-02", "2024-02-29"):
        assert client.get("/events", params={"date_to": good}).status_code == 200, good


def test_a_browser_gets_error_pages_not_raw_json(client: TestClient) -> None:
    r = client.get("/events?limit=9999", headers=HTML)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "limit" in r.text and "less than or equal to 500" in r.text and "script-src" in r.headers[
        "content-security-policy"]
    r = client.get("/no/such/page", headers=HTML)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "page not found" in r.text
    # API clients keep FastAPI's machine-readable bodies
    assert client.get("/events?limit=9999").json()["detail"][0]["loc"] == ["query", "limit"]
    assert client.get("/no/such/page").json() == {"detail": "Not Found"}


def test_an_actor_id_no_entity_has_is_text_not_a_link_to_a_404(tmp_path: Path) -> None:
    """Fusion may leave a dangling affiliation (an organization folded away); the page must not link to it."""
    text = "Coach Dara Quill said the team would appeal."
    ann = Annotation(Document("doc-q", text, published=DocDate("2024-05-02", "given")))
    ent = Entity("person:dara-quill", "person", "Dara Quill", (), "coach", "org:vanished-club",
                 mentions=(Mention("doc-q", 6, 16, "Dara Quill"),))
    with Store(tmp_path / "s.duckdb") as store:
        store.add(ann)
        store.replace_fusion(Fusion(entities=(ent,)))
    with TestClient(create_app(tmp_path / "s.duckdb")) as c:
        page = c.get("/entities/person:dara-quill", headers=HTML).text
        assert 'href="/entities/org%3Avanished-club"' not in page and "/entities/org:vanished-club" not in page
        assert '<span class="ent missing" title="not among the stored actors">org:vanished-club</span>' in page
        assert c.get("/entities", headers=HTML).text.count('href="/entities/person%3Adara-quill"') == 1
        assert page.lstrip().startswith("<!DOCTYPE html>")


def test_the_ledger_speaker_box_finds_a_surname_or_a_role(client: TestClient) -> None:
    # an analyst types what they remember: a surname, a title; not the full canonical name
    for words in ("Berg", "berg", "admiral"):
        items = client.get("/quotes", params={"speaker": words}).json()["items"]
        assert [q["quote_id"] for q in items] == ["q1"], words
    assert client.get("/quotes", params={"speaker": "Bergen"}).json()["total"] == 0
    assert client.get("/quotes", params={"speaker": "%"}).json()["total"] == 0  # wildcards are literal
    # an entity page lists only the quotes its own id speaks, not every speaker whose words contain it
    assert client.get("/entities/country:NOR.json").json()["quotes"]["total"] == 0


def test_the_ledger_groups_quotes_by_actor_not_by_the_name_as_written(tmp_path: Path) -> None:
    text = ("Orvane Shipyards said it would hire 300 welders. Orvane said the first hull would be laid in June. "
            "A union official said the plan was welcome.")
    org = "org:orvane-shipyards"

    def quote(qid: str, said: str, who: str, name: str, entity_id: str | None) -> Quote:
        s, w = text.index(said), text.index(who)
        return Quote("doc-o", qid, "indirect", TextSpan(s, s + len(said), said),
                     Speaker(w, w + len(who), who, entity_id, name, None))

    ann = Annotation(Document("doc-o", text, published=DocDate("2024-05-02", "given")), quotes=(
        quote("q1", "it would hire 300 welders", "Orvane Shipyards", "Orvane Shipyards", org),
        quote("q2", "the first hull would be laid in June", "Orvane said", "Orvane", org),
        quote("q3", "the plan was welcome", "A union official", "A union official", None),
    ))
    ent = Entity(org, "organization", "Orvane Shipyards", ("Orvane",), mentions=(Mention("doc-o", 0, 16, "Orvane Shipyards"),))
    with Store(tmp_path / "s.duckdb") as store:
        store.add(ann)
        store.replace_fusion(Fusion(entities=(ent,)))
    with TestClient(create_app(tmp_path / "s.duckdb")) as c:
        page = c.get("/quotes", headers=HTML).text
        heads = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r'<section class="speaker"><h2>(.*?)</h2>', page)]
        assert heads == ["A union official (1)", "Orvane Shipyards (2)"]


def test_pager_links_are_relative_so_they_survive_a_proxy(client: TestClient) -> None:
    page = client.get("/events?limit=1&offset=1", headers={**HTML, "host": "internal:8000"}).text
    links = re.findall(r'<a rel="(?:next|prev)" href="([^"]+)"', page)
    assert set(links) == {"/events?offset=2&amp;limit=1", "/events?offset=0&amp;limit=1"}
    assert "internal:8000" not in page


def test_a_document_without_a_headline_is_labelled_by_its_file(tmp_path: Path) -> None:
    """Event pages cite sources by label; a title-less article reads as its file name, not a hash."""
    import duckdb

    from storyline.records import DocDate, Document
    from storyline.web.queries import Reader

    path = tmp_path / "s.duckdb"
    bare = Document("b" * 16, "Storm closes ferry routes.", path="/feeds/coast/ferry-notice.txt",
                    published=DocDate("2024-01-05", "given"))
    with Store(path) as store:
        store.add(Annotation(bare))
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert Reader(con).doc_labels([bare.doc_id]) == {bare.doc_id: "ferry-notice.txt (2024-01-05)"}
    finally:
        con.close()


def test_web_pages_give_dates_in_words(tmp_path: Path) -> None:
    """The timeline page says "2024-05 (early)" and "date not resolved", as report.html does, not TIMEX3 codes."""
    import dataclasses

    fused = fusion()
    events = tuple(dataclasses.replace(e, date=EventDate("2024-05", "START")) if e.event_id == "ev-talks" else e
                   for e in fused.events)
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        for ann in annotations():
            store.add(ann)
        store.replace_fusion(dataclasses.replace(fused, events=events))
    with TestClient(create_app(path)) as c:
        page = c.get("/events", headers=HTML).text
        assert '<span class="when">2024-05 (early)</span>' in page and "(START)" not in page
        assert '<span class="when">date not resolved</span>' in page
        assert "2024-05 (early)" in c.get("/events/ev-talks", headers=HTML).text
