"""Security: article HTML/JS is escaped wherever it is shown (report.html, timeline.md, web pages),
JSON stays JSON, request bodies are capped, no endpoint serves a file a client names, and hostile
strings in every filter are bound parameters, not SQL."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from storyline.api import MAX_BODY, create_app
from tests.test_load import Server, server  # noqa: F401  (fixture: `storyline serve` on a free port)

HOSTILE_TITLE = "<script>alert('title')</script> Council approves harbour budget"
HOSTILE_BODY = (
    f"{HOSTILE_TITLE}\n\n"
    "PORTVILLE, May 4 - The harbour council approved the budget on Monday <img src=x onerror=alert(1)>, "
    "officials said.\n\n"
    "“We will finish the pier </textarea><script>alert(\"quote\")</script> by June,” Mayor Dana Quill "
    "told reporters. [click here](javascript:alert(2)) and <svg onload=alert(3)> were in the page.\n"
)
SLASH_ID = "wire/2024/05/story-1"
JSONL_ITEM = {
    "id": SLASH_ID,
    "title": "<svg onload=alert('jsonl')>Ferry service resumes",
    "source": "\"><script>alert('source')</script>",
    "url": "javascript:alert('url')",
    "published": "2024-05-06",
    "text": ("The ferry service between the two islands resumed on Monday after a strike, the operator said. "
             "<iframe src=javascript:alert(4)></iframe> Passengers welcomed the news.\n"),
}
# raw markup that must never reach a page (escaped, `&lt;script&gt;` is fine)
RAW_MARKUP = re.compile(r"<(script|img|svg|iframe|/textarea)\b[^>]*(alert|src=x|onload|onerror)", re.IGNORECASE)
HTML = {"accept": "text/html"}
class _Tags(HTMLParser):
    """Collects real start tags (not escaped text) whose attributes run script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            v = (value or "").strip().lower()
            if (name in {"href", "src", "action", "formaction"} and v.startswith("javascript:")) or (
                    name.startswith("on") and "alert" in v):
                self.bad.append(f"<{tag} {name}={value!r}>"[:200])


def unsafe_tags(html: str) -> list[str]:
    """Real tags that carry a javascript: URL or an article's event handler. Parsed, so an escaped
    article string inside a quoted attribute (a tooltip) is text, as a browser reads it."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.bad


def test_unsafe_tags_tells_script_from_escaped_text() -> None:
    assert unsafe_tags('<a href=" JavaScript:alert(1)">x</a>') and unsafe_tags("<img src=x onerror='alert(2)'>")
    assert unsafe_tags('<span title="&lt;iframe src=javascript:alert(4)&gt;">q</span>') == []
    assert unsafe_tags("&lt;img src=x onerror=alert(1)&gt;") == []


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> tuple[Path, Path]:
    from storyline.runner import run

    base = tmp_path_factory.mktemp("hostile")
    (base / "in").mkdir()
    (base / "in" / "hostile.txt").write_text(HOSTILE_BODY, encoding="utf-8")
    (base / "in" / "wire.jsonl").write_text(json.dumps(JSONL_ITEM) + "\n", encoding="utf-8")
    out, db = base / "out", base / "s.duckdb"
    report = run([base / "in"], out, db=db, nlp=nlp)
    assert report.documents_new == 2 and not report.errors
    return out, db


@pytest.fixture()
def client(hostile: tuple[Path, Path]) -> Iterator[TestClient]:
    with TestClient(create_app(hostile[1], read_only=True)) as c:
        yield c


@pytest.mark.slow
def test_report_html_escapes_article_markup(hostile: tuple[Path, Path]) -> None:
    html = (hostile[0] / "report.html").read_text(encoding="utf-8")
    assert not RAW_MARKUP.search(html), RAW_MARKUP.search(html)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown, as text
    assert "&lt;script&gt;alert(" in html
    assert unsafe_tags(html) == []


@pytest.mark.slow
def test_timeline_md_escapes_article_markup(hostile: tuple[Path, Path]) -> None:
    md = (hostile[0] / "timeline.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<(script|img|svg|iframe)", md, re.IGNORECASE)
    assert not re.search(r"\]\(javascript:", md, re.IGNORECASE)


@pytest.mark.slow
def test_json_outputs_are_json_and_keep_the_text_exactly(hostile: tuple[Path, Path]) -> None:
    out = hostile[0]
    for path in sorted(out.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            json.loads(line)  # every line is one JSON value
    json.loads((out / "run.json").read_text(encoding="utf-8"))
    docs = {d["doc_id"]: d for d in map(json.loads, (out / "documents.jsonl").read_text().splitlines())}
    assert docs[SLASH_ID]["title"] == JSONL_ITEM["title"] and docs[SLASH_ID]["source"] == JSONL_ITEM["source"]
    assert docs[SLASH_ID]["url"] == JSONL_ITEM["url"]  # data is kept as given; only display escapes it


@pytest.mark.slow
def test_web_pages_escape_article_markup(client: TestClient) -> None:
    docs = client.get("/documents.json").json()["items"]
    ids = [d["doc_id"] for d in docs]
    assert SLASH_ID in ids
    pages = ["/events", "/entities", "/quotes", "/documents", "/deals", "/corroborations", "/contradictions",
             "/search?q=script", "/search?q=alert", "/search?q=svg"]
    pages += [f"/documents/{quote(i, safe='/')}" for i in ids]
    pages += [f"/events/{quote(e['event_id'], safe='')}" for e in client.get("/events.json").json()["items"][:10]]
    pages += [f"/entities/{quote(e['entity_id'], safe='')}" for e in client.get("/entities.json").json()["items"][:10]]
    for page in pages:
        r = client.get(page, headers=HTML)
        assert r.status_code == 200, page
        assert r.headers["content-type"].startswith("text/html"), page
        assert not RAW_MARKUP.search(r.text), (page, RAW_MARKUP.search(r.text))
        assert unsafe_tags(r.text) == [], page
        assert "script-src 'self'" in r.headers["content-security-policy"], page
    text = client.get(f"/documents/{SLASH_ID}", headers=HTML).text
    assert "&lt;svg onload=alert(&#39;jsonl&#39;)&gt;" in text or "&lt;svg onload=alert(&#x27;jsonl&#x27;)&gt;" in text


@pytest.mark.slow
def test_doc_ids_with_slashes_are_reachable_and_exact(client: TestClient) -> None:
    for path in (f"/documents/{SLASH_ID}.json", f"/documents/{quote(SLASH_ID, safe='')}.json"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.json()["document"]["doc_id"] == SLASH_ID
    assert client.get("/documents/wire/2024/05.json").status_code == 404
    assert client.get("/documents/wire/2024/05/story-1/../../../../stats.json").status_code == 404


def test_post_body_cap_whatever_the_headers_say(tmp_path: Path) -> None:
    from tests.test_api import build_store

    with TestClient(create_app(build_store(tmp_path / "s.duckdb"))) as c:
        before = c.get("/stats").json()
        big = b'{"text": "' + b"a" * (MAX_BODY + 1) + b'"}'
        assert c.post("/articles", content=big, headers={"content-type": "application/json"}).status_code == 413
        for declared in ("-1", "abc", str(10**12), "1e9"):
            r = c.post("/articles", content=b'{"text": "x"}', headers={"content-length": declared,
                                                                       "content-type": "application/json"})
            assert r.status_code in (400, 413), (declared, r.status_code)
        assert c.post("/articles", json={"text": "x", "id": "y" * 300}).status_code == 422
        assert c.post("/articles", json={"text": "x", "path": "/etc/passwd"}).status_code == 422
        assert c.get("/stats").json() == before


TRAVERSALS = [
    "/static/../../../../etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/static/..%5c..%5c..%5cetc%5cpasswd",
    "/static/....//....//etc/passwd",
    "/static//etc/passwd",
    "/static/app.css%00.py",
    "/static/%2fetc%2fpasswd",
    "/static/..%c0%af..%c0%afetc/passwd",
    "/static/../api.py",
    "/static/../../pyproject.toml",
    "/documents/../../../../etc/passwd",
    "/documents/..%2f..%2f..%2fetc%2fpasswd",
    "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd.json",
    "/entities/..%2f..%2fetc%2fpasswd",
    "/events/..%2f..%2f..%2fetc%2fpasswd",
    "//etc/passwd",
    "/..%2f..%2f..%2fetc/passwd",
    "/templates/base.html",
    "/web/static/app.js",
]


def _raw_get(base: str, target: str) -> tuple[int, bytes]:
    """Send the request target byte for byte (HTTP clients normalize `..` away before sending)."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


@pytest.mark.slow
def test_no_path_traversal_in_any_endpoint(server: Server) -> None:  # noqa: F811
    repo = Path(__file__).resolve().parents[1]
    secrets = [b"root:x:0:0", (repo / "pyproject.toml").read_bytes()[:60], b"def create_app",
               b"{%- macro"]
    for target in TRAVERSALS:
        status, data = _raw_get(server.base, target)
        assert status in (400, 404, 405, 307), (target, status)
        for secret in secrets:
            assert secret not in data, (target, secret)


HOSTILE_PARAMS = ["'; DROP TABLE documents; --", "' OR '1'='1", "\" OR \"\"=\"", "%", "_", "\\", "%' --",
                  "')) UNION SELECT doc_id, text FROM documents --", "1; DELETE FROM events", "*", "NULL",
                  "\u202e\u0000", "😀' OR 1=1 --", "$1", "?", "%%_%%"]
FILTERS: dict[str, list[str]] = {
    "/events": ["actor", "type", "source", "system", "status", "date_from", "date_to", "limit", "offset"],
    "/entities": ["type", "q", "limit"],
    "/quotes": ["speaker", "doc_id", "q", "kind", "offset"],
    "/documents": ["source", "q"],
    "/deals": ["actor"],
    "/contradictions": ["limit"],
    "/corroborations": ["offset"],
    "/search": ["q", "limit"],
}


def test_hostile_strings_in_every_filter_are_parameters(tmp_path: Path) -> None:
    from tests.test_api import build_store

    with TestClient(create_app(build_store(tmp_path / "s.duckdb"))) as c:
        before = c.get("/stats").json()
        seen: set[int] = set()
        for path, params in FILTERS.items():
            for param in params:
                for value in HOSTILE_PARAMS:
                    r = c.get(path, params={param: value})
                    seen.add(r.status_code)
                    assert r.status_code in (200, 422), (path, param, value, r.status_code, r.text[:300])
                    if r.status_code == 200 and path != "/search":
                        assert r.json()["total"] == 0, (path, param, value)
                    if r.status_code == 200 and path == "/search":
                        body = r.json()
                        assert all("'" in value or x for x in body["documents"])
        for value in HOSTILE_PARAMS:
            for path in ("/events/", "/entities/", "/documents/"):
                r = c.get(path + quote(value, safe="") + ".json")
                assert r.status_code in (404, 422), (path, value, r.status_code)
        assert seen == {200, 422}
        assert c.get("/stats").json() == before
        assert c.get("/events.json").json()["total"] == 4  # the tables are all still there
