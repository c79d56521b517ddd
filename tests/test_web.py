"""Browser tests: headless Chromium (Debian's package) drives the web app served by uvicorn on loopback.

Install once with `apt-get install -y chromium`; without it these tests skip with that hint.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.api import create_app
from tests.test_api import DOC_A, HOSTILE, TEXT_B, build_store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Chromium not installed: run `apt-get install -y chromium` to enable browser tests",
                allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (PyPI) not installed")
uvicorn = pytest.importorskip("uvicorn")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("web") / "s.duckdb")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def test_filter_open_event_and_see_highlighted_evidence(base_url: str, browser: object, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    dialogs: list[str] = []
    errors: list[str] = []
    outside: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith(base_url) else outside.append(r.url))

    page.goto(f"{base_url}/")
    assert page.url.endswith("/events")
    assert page.locator("li.event").count() == 4
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)

    # filter: choosing a status submits the form (app.js); empty fields stay out of the URL
    with page.expect_navigation():
        page.select_option("select[name=status]", "denied")
    assert page.url == f"{base_url}/events?status=denied"
    assert page.locator("li.event").count() == 1
    assert page.locator("li.event").get_attribute("data-status") == "denied"
    # the actor filter and the search box narrow further / find things
    page.goto(f"{base_url}/events")
    page.select_option("select[name=actor]", "country:NOR")
    page.wait_for_url("**actor=country%3ANOR**")
    assert page.locator("li.event").count() == 3

    page.goto(f"{base_url}/events?status=denied")
    page.click("li.event a.event-link")
    page.wait_for_url("**/events/ev-denial")
    evidence = page.locator(".doc-text span.evidence")
    assert evidence.count() >= 1
    sentence = TEXT_B[: TEXT_B.index(".") + 1]
    assert "".join(evidence.all_inner_texts()) == sentence
    assert page.locator(".doc-text span.trigger").inner_text() == "denied"
    assert page.locator("blockquote.sentence").inner_text() == sentence
    assert page.locator(".doc-text .evidence").first.is_visible()
    page.screenshot(path=str(tmp_path / "event.png"), full_page=True)

    # links: event → actor → its quotes; document page shows the hostile text as text
    page.click("dl.facts a.ent >> nth=0")
    page.wait_for_url("**/entities/country%3ACHL")
    assert page.locator("h1").inner_text() == "Chile"
    page.goto(f"{base_url}/documents/{DOC_A}")
    assert HOSTILE in page.locator(".doc-text").inner_text()
    page.goto(f"{base_url}/quotes")
    page.click("ul.quotes a >> nth=0")
    page.wait_for_url(f"**/documents/{DOC_A}#q1")
    page.goto(f"{base_url}/search?q=patrol+boat")
    assert page.locator("ul.hits li").count() == 2 and page.locator("ul.hits mark").count() == 2
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)

    assert dialogs == [] and errors == [] and outside == []
    assert (tmp_path / "event.png").stat().st_size > 10_000
    page.close()
