"""Ingest: every input format, folder walking, stable ids, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest import content_id, ingest
from storyline.records import Document, IngestError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

ARTICLE = (
    "Harbour workers in the northern port walked off the job on Monday, the union said.\r\n"
    "\r\n"
    "“We will stay out until the cranes are fixed,” a shop steward told reporters.\r\n"
)
PAGE = """<!DOCTYPE html><html><head>
<title>Dockers Strike Over Crane Safety | The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier">
<meta property="article:published_time" content="2022-03-14T09:45:00+02:00">
<link rel="canonical" href="https://courier.example.org/2022/03/dockers-strike">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Dockers Strike Over Crane Safety</h1>
<p>Harbour workers in the northern port walked off the job on Monday, demanding that two cranes
involved in last month's accident be inspected before loading resumes.</p>
<p>“We will stay out until the cranes are fixed,” a shop steward told reporters outside the gate.</p>
<p>The port authority said talks with the union would resume on Wednesday.</p>
</article><footer>© 2022 The Coastal Courier. Subscribe to our newsletter.</footer></body></html>
"""


def read(*inputs: str | Path, **kw: int) -> list[Document | IngestError]:
    return list(ingest(list(inputs), **kw))


def docs_of(items: list[Document | IngestError]) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def errors_of(items: list[Document | IngestError]) -> list[IngestError]:
    return [x for x in items if isinstance(x, IngestError)]


def one_error(items: list[Document | IngestError]) -> IngestError:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, IngestError), item
    return item


# --- plain text and markdown -------------------------------------------------------------------


def test_txt_keeps_newlines_strips_bom_and_hashes_content(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (doc,) = docs_of(read(path))
    assert doc.text == ARTICLE  # CRLF untranslated, BOM gone
    assert doc.doc_id == content_id(ARTICLE) and len(doc.doc_id) == 16
    assert doc.path == str(path)
    assert doc.errors == () and doc.given_published is None


def test_markdown_file_is_read_verbatim() -> None:
    (doc,) = docs_of(read(FIXTURES / "flood.md"))
    assert doc.text.startswith("# River Bursts Its Banks")
    assert "\\$4 million" in doc.text  # escapes are cleaning's business, not ingest's


def test_same_text_same_id_across_runs_and_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8", newline="")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8", newline="")
    first = [d.doc_id for d in docs_of(read(tmp_path))]
    second = [d.doc_id for d in docs_of(read(tmp_path))]
    assert first == second and first[0] == first[1]
    (tmp_path / "c.txt").write_text(ARTICLE + "More.", encoding="utf-8")
    assert len({d.doc_id for d in docs_of(read(tmp_path))}) == 2


def test_file_without_extension_is_sniffed_as_text(tmp_path: Path) -> None:
    (tmp_path / "README").write_text("A plain note about the harbour strike.", encoding="utf-8")
    (doc,) = docs_of(read(tmp_path / "README"))
    assert doc.text == "A plain note about the harbour strike."


def test_unknown_extension_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "table.ods"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    err = one_error(read(path))
    assert err.kind == "unsupported" and err.path == str(path)


# --- folders -----------------------------------------------------------------------------------


def test_folder_is_walked_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story text.", encoding="utf-8")
    (tmp_path / "b" / "1.md").write_text("Third story text.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("internal", encoding="utf-8")
    items = read(tmp_path)
    assert [Path(d.path or "").relative_to(tmp_path).as_posix() for d in docs_of(items)] == [
        "a.txt",
        "b/1.md",
        "b/2.txt",
    ]
    assert errors_of(items) == []


def test_missing_path_is_an_io_error(tmp_path: Path) -> None:
    err = one_error(read(tmp_path / "nope"))
    assert err.kind == "io"


def test_bad_file_does_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("   \n\t\n", encoding="utf-8")
    (tmp_path / "2.txt").write_text("The strike ended on Friday.", encoding="utf-8")
    items = read(tmp_path)
    assert [type(x).__name__ for x in items] == ["IngestError", "Document"]


# --- bad inputs --------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  \n"])
def test_empty_and_whitespace_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert one_error(read(path)).kind == "empty"


def test_png_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)))
    err = one_error(read(path))
    assert err.kind == "binary" and "PNG" in err.message


def test_zip_is_binary(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("story.txt", "The strike ended on Friday.")
    path = tmp_path / "archive.md"
    path.write_bytes(buf.getvalue())
    err = one_error(read(path))
    assert err.kind == "binary" and "ZIP" in err.message


def test_nul_bytes_and_control_characters_are_binary(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"text\x00with\x00nuls " * 10)
    (tmp_path / "b.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 20 + b"some words")
    assert [e.kind for e in errors_of(read(tmp_path))] == ["binary", "binary"]


def test_cp1251_text_is_detected_and_noted(tmp_path: Path) -> None:
    text = "Москва. Портовые рабочие объявили забастовку в понедельник, сообщил профсоюз.\n"
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    (doc,) = docs_of(read(path))
    assert doc.text == text
    assert doc.errors == ("decoded as cp1251",)


def test_latin1_text_is_detected_and_noted(tmp_path: Path) -> None:
    text = "Le maître d'hôtel a déclaré que la grève était terminée à Montréal, selon la société.\n"
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("latin-1"))
    (doc,) = docs_of(read(path))
    assert doc.text == text
    assert len(doc.errors) == 1 and doc.errors[0].startswith("decoded as ")


def test_utf16_with_bom_is_text(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("\ufeffThe strike ended on Friday.".encode("utf-16-le"))
    (doc,) = docs_of(read(path))
    assert doc.text == "The strike ended on Friday."
    assert doc.errors == ("decoded as utf-16-le",)


def test_oversize_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    err = one_error(read(path, max_bytes=100))
    assert err.kind == "oversize"
    assert docs_of(read(path, max_bytes=1000))


# --- HTML --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "site"), [
    ("Port workers walk out over safety | Harbour &amp; Coast Daily", "Harbour & Coast Daily"),
    ("Port workers walk out over safety - The Ledger", "The Ledger"),
    ("Port workers walk out over safety", None),  # nothing appended
    ("Breaking - Port workers walk out over safety", None),  # the "suffix" is the headline itself
])
def test_a_site_name_appended_to_the_title_is_the_source(tmp_path: Path, title: str, site: str | None) -> None:
    body = "<p>Dock workers walked off the job on Monday after a crane collapsed at the port, officials said.</p>" * 3
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body><article><h1>Port workers walk out over "
                    f"safety</h1>{body}</article></body></html>", encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.source == site


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.title == "Dockers Strike Over Crane Safety"
    assert doc.given_published == "2022-03-14T09:45"
    assert doc.url == "https://courier.example.org/2022/03/dockers-strike"
    assert doc.source == "The Coastal Courier"
    assert "walked off the job on Monday" in doc.text
    assert "\n\n“We will stay out" in doc.text  # paragraphs separated by blank lines
    assert "Home" not in doc.text and "newsletter" not in doc.text


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Grève</title></head><body><article>'
        "<p>Les dockers du port ont cessé le travail lundi, a déclaré le syndicat, en exigeant "
        "l'inspection des grues après l'accident du mois dernier.</p></article></body></html>"
    )
    path = tmp_path / "fr.htm"
    path.write_bytes(page.encode("cp1252"))
    (doc,) = docs_of(read(path))
    assert "cessé le travail lundi" in doc.text
    assert doc.errors == ("decoded as windows-1252",)


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title></title></head><body>  </body></html>", encoding="utf-8")
    assert one_error(read(path)).kind == "empty"


# --- JSON Lines --------------------------------------------------------------------------------


GOOD_LINES = [
    {"id": "wire-1", "text": "Dockers struck on Monday.", "published": "2022-03-14", "source": "Wire"},
    {"text": "Talks resume Wednesday.", "title": "Talks", "url": "https://x.example/2"},
    {"id": "wire-3", "text": "Port reopened.", "published": "2022-03-18T16:05:31Z", "extra": [1, 2]},
]


def _jsonl_bytes(lines: list[object]) -> bytes:
    return b"".join(
        (x if isinstance(x, bytes) else json.dumps(x, ensure_ascii=False).encode("utf-8")) + b"\n"
        for x in lines
    )


def test_jsonl_fields(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_bytes(_jsonl_bytes(list(GOOD_LINES)))
    docs = docs_of(read(path))
    assert [d.doc_id for d in docs] == ["wire-1", content_id("Talks resume Wednesday."), "wire-3"]
    assert docs[0].given_published == "2022-03-14" and docs[0].source == "Wire"
    assert docs[1].title == "Talks" and docs[1].url == "https://x.example/2"
    assert docs[1].given_published is None
    assert docs[2].given_published == "2022-03-18T16:05"
    assert all(d.path == str(path) for d in docs)


def test_jsonl_bad_lines_are_per_line_errors(tmp_path: Path) -> None:
    lines: list[object] = [
        GOOD_LINES[0],
        b'{"id": "x", "text": "unterminated',
        b"",
        {"id": "y"},
        {"id": "z", "text": 42},
        {"id": 7.5, "text": "Fractional id."},
        {"text": "Fine.", "published": ["2022"]},
        {"text": "   \n"},
        b"[1, 2, 3]",
        {"text": "Odd date.", "published": "last Tuesday"},
        GOOD_LINES[1],
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(_jsonl_bytes(lines))
    items = read(path)
    errs = errors_of(items)
    assert [(e.item, e.kind) for e in errs] == [
        ("2", "malformed"),
        ("4", "malformed"),
        ("5", "malformed"),
        ("6", "malformed"),
        ("7", "malformed"),
        ("8", "empty"),
        ("9", "malformed"),
    ]
    assert "text" in errs[1].message and "string" in errs[2].message
    docs = docs_of(items)
    assert [d.text for d in docs] == ["Dockers struck on Monday.", "Odd date.", "Talks resume Wednesday."]
    assert docs[1].given_published is None and "last Tuesday" in docs[1].errors[0]


def test_jsonl_oversize_line(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes(_jsonl_bytes([{"text": "x" * 500}, GOOD_LINES[0]]))
    items = read(path, max_bytes=200)
    assert [(type(x).__name__, getattr(x, "kind", None)) for x in items] == [
        ("IngestError", "oversize"),
        ("Document", None),
    ]


def test_jsonl_gz_and_truncated_gz(tmp_path: Path) -> None:
    data = gzip.compress(_jsonl_bytes([*GOOD_LINES] * 50))
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(data)
    assert len(docs_of(read(path))) == 150
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = read(cut)
    assert isinstance(items[-1], IngestError) and items[-1].kind == "malformed"
    assert len(docs_of(items)) >= 1 and len(errors_of(items)) == 1


# --- WARC --------------------------------------------------------------------------------------


def _write_warc(path: Path, *, gz: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://courier.example.org/2022/03/dockers-strike",
                "response",
                payload=io.BytesIO(PAGE.encode("utf-8")),
                http_headers=http,
            )
        )
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://courier.example.org/crane.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                http_headers=png,
            )
        )
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://courier.example.org/gone",
                "response",
                payload=io.BytesIO(b"<html><body><p>Page not found</p></body></html>"),
                http_headers=missing,
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "https://wire.example.net/item/77",
                "resource",
                payload=io.BytesIO(
                    ("Customs officers seized a shipment at the border on Tuesday. " * 8).encode()
                ),
                warc_content_type="text/plain",
            )
        )


@pytest.mark.parametrize("gz", [False, True])
def test_warc_records(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _write_warc(path, gz=gz)
    items = read(path)
    assert errors_of(items) == []
    page, note = docs_of(items)
    assert page.url == "https://courier.example.org/2022/03/dockers-strike"
    assert page.title == "Dockers Strike Over Crane Safety" and page.given_published == "2022-03-14T09:45"
    assert "shop steward" in page.text
    assert note.url == "https://wire.example.net/item/77" and note.text.startswith("Customs officers")
    assert note.doc_id == content_id(note.text)


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_what_was_read(tmp_path: Path, gz: bool) -> None:
    full = tmp_path / ("full.warc.gz" if gz else "full.warc")
    _write_warc(full, gz=gz)
    data = full.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: len(data) - 200])  # the last record loses its tail
    items = read(cut)
    assert isinstance(items[0], Document) and "shop steward" in items[0].text
    errs = errors_of(items)
    assert len(errs) == 1 and errs[0].kind == "malformed" and items[-1] is errs[0]


def test_warc_oversize_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _write_warc(path, gz=False)
    items = read(path, max_bytes=300)
    assert [e.kind for e in errors_of(items)] == ["oversize", "oversize"]
    assert docs_of(items) == []


def test_folder_walk_skips_the_folders_own_readme_and_licence(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About these articles\n\nThey are examples.\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Permission is granted to copy.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Officials met on Monday to discuss the budget.\n", encoding="utf-8")
    docs = [d for d in ingest([tmp_path]) if isinstance(d, Document)]
    assert [Path(d.path or "").name for d in docs] == ["story.txt"]
    named = [d for d in ingest([tmp_path / "README.md"]) if isinstance(d, Document)]
    assert len(named) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The café owner said “we’re done” — the mayor’s office declined to comment.\n",
        "Le maire a parlé à la presse, déjà très tard. « C’est fini », a-t-il dit à Lyon.\n",
        "Zürich’s mayor said the Größe of the “deal” was not yet clear.\n",
    ],
)
def test_short_cp1252_text_is_not_read_as_a_sibling_code_page(tmp_path: Path, text: str) -> None:
    # The detector guessed cp1250/cp1257/mac_iceland for such lines ("à" became "ą", "ü" "¸").
    path = tmp_path / "w.txt"
    path.write_bytes(text.encode("cp1252"))
    (doc,) = docs_of(read(path))
    assert doc.text == text and doc.errors == ("decoded as cp1252",)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Przewodniczący Łukasz Żółć powiedział, że rząd zgodził się na ugodę wczoraj.\n", "cp1250"),
        ("Ο πρωθυπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν την Δευτέρα.\n", "cp1253"),
        ("Москва. Портовые рабочие объявили забастовку в понедельник.\n", "cp1251"),
        ("Bakan “görüşmeler sürüyor” dedi; ağır kış şartları sürüyor.\n", "cp1254"),
    ],
)
def test_other_code_pages_are_not_forced_to_cp1252(text: str, codec: str) -> None:
    from storyline.ingest.decode import _as_cp1252

    assert _as_cp1252(text.encode(codec)) is None  # left to the detector


def test_html_declaring_latin1_is_read_as_windows_1252(tmp_path: Path) -> None:
    # Browsers read a latin-1 label as windows-1252; latin-1 made its curly quotes control codes.
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Pilots</title></head><body><article>'
        "<p>\x93We had no choice,\x94 the union\x92s spokesman said on Tuesday after talks on pay "
        "broke down \x96 the second time this year.</p></article></body></html>"
    )
    path = tmp_path / "p.html"
    path.write_bytes(page.encode("latin-1"))
    (doc,) = docs_of(read(path))
    assert "“We had no choice,” the union’s spokesman" in doc.text and "– the second" in doc.text


def test_html_host_name_gives_way_to_the_site_name_in_the_title(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Minister denies drone talks - Eastern Courier</title>"
        '<link rel="canonical" href="https://news.courier.example.com/2024/11/05/drone-talks"></head><body>'
        "<main><h1>Minister denies drone talks</h1><p>The defence minister on Tuesday denied that the "
        "government had held talks to buy armed drones, telling reporters none were planned.</p></main>"
        "</body></html>"
    )
    path = tmp_path / "amp.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.source == "Eastern Courier"


def test_rss_and_email_dates_are_read() -> None:
    from storyline.ingest.common import normalize_published

    assert normalize_published("Fri, 13 Jun 2025 08:00:00 GMT") == "2025-06-13T08:00"
    assert normalize_published("Mon, 3 Feb 2025 23:59 +0200") == "2025-02-03T23:59"
    assert normalize_published("13 Jun 2025") == "2025-06-13"
    assert normalize_published("Fri, 31 Feb 2025 10:00 GMT") is None
    assert normalize_published("last Tuesday") is None


def test_jsonl_numbered_ids_epoch_dates_and_common_field_names(tmp_path: Path) -> None:
    lines: list[object] = [
        {"id": 101, "text": "Two people died when a bus overturned on Sunday.", "published": 1750000000},
        {"id": "b", "content": "Negotiators resumed talks on Monday.", "date": "2025-06-09", "headline": "Talks"},
        {"id": "c", "text": "The coalition agreed a budget.", "published": "Fri, 13 Jun 2025 08:00:00 GMT"},
        {"id": "d", "text": "Heat records fell.", "published": 1750000000000},
        {"id": True, "text": "A flag is no id."},
    ]
    path = tmp_path / "odd.jsonl"
    path.write_bytes(_jsonl_bytes(lines))
    items = read(path)
    docs = docs_of(items)
    assert [d.doc_id for d in docs] == ["101", "b", "c", "d"]
    assert docs[0].given_published == "2025-06-15T15:06" == docs[3].given_published
    assert docs[1].text == "Negotiators resumed talks on Monday." and docs[1].title == "Talks"
    assert docs[1].given_published == "2025-06-09"
    assert docs[2].given_published == "2025-06-13T08:00" and not docs[2].errors
    assert [(e.item, e.kind) for e in errors_of(items)] == [("5", "malformed")]


@pytest.mark.parametrize(
    "stamp",
    [
        # WordPress: the entry's publication <time> by class, its "updated" sibling after it
        '<time class="updated" datetime="2025-02-12T09:00:00+00:00">Feb 12</time>'
        '<time class="entry-date published" datetime="2025-02-11T16:20:00+00:00">February 11, 2025</time>',
        # schema.org microdata on the visible date
        '<span itemprop="author">Jo Roe</span> <time itemprop="datePublished" datetime="2025-02-11T16:20">11 Feb</time>',
    ],
)
def test_html_publication_time_marked_in_the_body(tmp_path: Path, stamp: str) -> None:
    page = (
        "<html><head><title>Council approves tram line</title></head><body><article>"
        f"<h1>Council approves tram line</h1><div class='entry-meta'>{stamp}</div>"
        "<p>The city council voted 31 to 12 on Tuesday evening to approve a tram line linking the east bank "
        "to the central station, ending a decade of debate.</p></article></body></html>"
    )
    path = tmp_path / "wp.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.given_published == "2025-02-11T16:20"


def test_html_byline_time_between_headline_and_story_is_the_publication_date(tmp_path: Path) -> None:
    story = ("<p>The city council voted 31 to 12 on Tuesday evening to approve a tram line linking the east bank "
             "to the central station, ending a decade of debate.</p>")
    related = '<aside><h2>Related</h2><a href="/b"><time datetime="2024-11-02">Nov 2, 2024</time> Tram plan</a></aside>'

    def published(header: str) -> str | None:
        page = (f"<html><head><title>Council approves tram line</title></head><body><article>"
                f"<h1>Council approves tram line</h1>{header}{story}{related}</article></body></html>")
        path = tmp_path / "t.html"
        path.write_text(page, encoding="utf-8")
        (doc,) = docs_of(read(path))
        return doc.given_published

    # an unmarked <time> in the byline, the way many CMSs print it
    assert published('<p class="byline">By Jo Roe · <time datetime="2025-02-11T16:20:00Z">Feb 11</time></p>') == (
        "2025-02-11T16:20"
    )
    # an "updated" stamp is not the publication; a <time> after the story's first paragraph is a related link's
    assert published('<p>By Jo Roe · <time class="modified" datetime="2025-02-12">Feb 12</time></p>') is None
    assert published("<p>By Jo Roe</p>") is None


@pytest.mark.parametrize(
    "ld",
    [
        # "@graph" with the publisher as a reference to its node
        '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Union calls off walkout",'
        ' "publisher": {"@id": "#org"}}, {"@type": "NewsMediaOrganization", "@id": "#org", "name": "The North Post"}]}',
        # a list of publishers
        '{"@type": "NewsArticle", "headline": "Union calls off walkout", "publisher": [{"name": "The North Post"}]}',
    ],
)
def test_html_jsonld_publisher_names_the_source(tmp_path: Path, ld: str) -> None:
    page = (
        '<html><head><title>Union calls off walkout</title><link rel="canonical" href="https://www.np.example/a">'
        f'<script type="application/ld+json">{ld}</script></head><body><article><h1>Union calls off walkout</h1>'
        "<p>The rail workers' union called off a planned weekend strike on Friday after managers agreed to "
        "review rosters, the union said in a statement.</p></article></body></html>"
    )
    path = tmp_path / "ld.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.source == "The North Post"  # not the host name "np.example"


def test_utf8_with_stray_cp1252_bytes_keeps_its_utf8(tmp_path: Path) -> None:
    # one pasted Windows quote made the whole file cp1252: every "é" became "Ã©"
    path = tmp_path / "mixed.txt"
    path.write_bytes("The café owner said “we’re done”".encode() + b" \x96 and the mayor\x92s office declined.")
    (doc,) = docs_of(read(path))
    assert doc.text == "The café owner said “we’re done” – and the mayor’s office declined."
    assert doc.errors == ("decoded as utf-8 (2 stray cp1252 bytes)",)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text_not_binary(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Le maire a parlé à la presse, déjà très tard.".encode(codec))
    (doc,) = docs_of(read(path))
    assert doc.text == "Le maire a parlé à la presse, déjà très tard." and doc.errors == (f"decoded as {codec}",)


def test_html_byline_date_the_extraction_drops_is_kept_for_dating(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Drone strike hits fuel depot - Frontline Daily</title></head><body>"
        "<div class='top'>News | Live TV | Sign in</div><div class='article'><h1>Drone strike hits fuel depot</h1>"
        "<div class='meta'>Kira Vance &bull; 14 May 2025, 08:12 UTC</div><div class='content'>"
        "<div class='para'>KHARKIV, Ukraine — A drone struck a fuel depot on the city's outskirts overnight, starting "
        "a fire that burned for hours, regional officials said on Wednesday.</div>"
        "<div class='para'>\"Firefighters contained the blaze by morning,\" the regional governor wrote on a "
        "messaging channel, adding that nobody had been hurt.</div>"
        "<div class='para'>The defence ministry in Moscow said its forces had shot down 12 drones over border "
        "regions overnight but did not comment on the depot.</div>"
        "<div class='para'>Russia has denied targeting civilian infrastructure in the region.</div></div></div>"
        "<aside><h3>Related</h3><ul><li><span class='date'>2 February 2019</span> Old story</li></ul></aside>"
        "</body></html>"
    )
    path = tmp_path / "k.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.text.startswith("Drone strike hits fuel depot\n\nKira Vance • 14 May 2025, 08:12 UTC\n\nKHARKIV")
    assert doc.given_published is None  # dating reads it, and says so
    from storyline.clean import clean
    from storyline.dating import date_document

    dated = date_document(clean(doc))
    assert (dated.published.value, dated.published.how) == ("2025-05-14", "byline")
    assert not any(s.start < 20 for s in dated.body)  # the stamp row is no part of the story


def test_written_out_dates_are_read() -> None:
    from storyline.ingest.common import normalize_published

    assert normalize_published("June 9, 2025") == "2025-06-09"
    assert normalize_published("9 June 2025, 14:05") == "2025-06-09T14:05"
    assert normalize_published("Mon, June 9, 2025 at 2:05 PM") == "2025-06-09T14:05"
    assert normalize_published("Sept. 3, 2025 12:30 a.m. EDT") == "2025-09-03T00:30"
    assert normalize_published("June 31, 2025") is None


def test_jsonl_field_names_in_any_case_and_schema_org_or_feed_names(tmp_path: Path) -> None:
    lines: list[object] = [
        {"Title": "Mill closes", "Text": "The paper mill closed on Friday.", "Date": "2025-03-07"},
        {"headline": "Pay deal", "articleBody": "Nurses accepted a pay deal.", "datePublished": "2025-03-08T10:00:00Z"},
        {"guid": "g-9", "content_text": "Rain flooded the lower town.", "pub_date": "Sun, 09 Mar 2025 07:00:00 GMT"},
        {"ID": 41, "Body": "The ferry ran late."},
    ]
    path = tmp_path / "export.jsonl"
    path.write_bytes(_jsonl_bytes(lines))
    docs = docs_of(read(path))
    assert [d.text for d in docs] == ["The paper mill closed on Friday.", "Nurses accepted a pay deal.",
                                      "Rain flooded the lower town.", "The ferry ran late."]
    assert [d.given_published for d in docs] == ["2025-03-07", "2025-03-08T10:00", "2025-03-09T07:00", None]
    assert docs[3].doc_id == "41"  # a numbered row's id, whatever the case of its name
    assert [d.title for d in docs[:2]] == ["Mill closes", "Pay deal"] and docs[2].doc_id == "g-9"


def test_saved_rss_atom_and_json_feeds_give_one_document_per_item(tmp_path: Path) -> None:
    rss = tmp_path / "feed.xml"
    rss.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Dale Post</title><item><title>Mine reopens</title><link>https://dale.example/mine</link>"
        "<guid>dale-1</guid><pubDate>Tue, 04 Mar 2025 09:15:00 GMT</pubDate><description>Teaser</description>"
        "<content:encoded><![CDATA[<p>The old mine reopened on Monday.</p><p>Forty people were hired.</p>]]>"
        "</content:encoded></item><item><title>No body</title></item></channel></rss>",
        encoding="utf-8",
    )
    atom = tmp_path / "feed.atom"
    atom.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Fen News</title><entry><title>Dyke breached</title>'
        '<link rel="alternate" href="https://fen.example/dyke"/><id>fen-7</id><updated>2025-03-06T08:00:00Z</updated>'
        "<published>2025-03-05T18:00:00Z</published><summary>A dyke gave way on Wednesday.</summary></entry></feed>",
        encoding="utf-8",
    )
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Moor Times", "items": [
        {"id": "m1", "content_html": "<p>Sheep prices fell.</p>", "date_published": "2025-03-07T07:00:00Z"}]}))
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"headline": "Port strike", "articleBody": "Dockers walked out on Monday."}))
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel><item>'
                    "<description>&a;</description></item></channel></rss>")
    # the same declaration in UTF-16, where a search of the raw bytes does not see it
    bomb16 = tmp_path / "bomb16.xml"
    bomb16.write_bytes(('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel>'
                        "<item><description>&a;</description></item></channel></rss>").encode("utf-16"))
    items = read(rss, atom, feed, one, bomb, bomb16)
    docs = docs_of(items)
    assert [(d.doc_id, d.title, d.source, d.url, d.given_published) for d in docs[:2]] == [
        ("dale-1", "Mine reopens", "Dale Post", "https://dale.example/mine", "2025-03-04T09:15"),
        ("fen-7", "Dyke breached", "Fen News", "https://fen.example/dyke", "2025-03-05T18:00"),
    ]
    assert docs[0].text == "The old mine reopened on Monday.\n\nForty people were hired."
    assert docs[1].text == "A dyke gave way on Wednesday."
    assert (docs[2].text, docs[2].source, docs[2].given_published) == ("Sheep prices fell.", "Moor Times",
                                                                       "2025-03-07T07:00")
    assert (docs[3].title, docs[3].text) == ("Port strike", "Dockers walked out on Monday.")
    assert [(e.path, e.item, e.kind) for e in errors_of(items)] == [
        (str(rss), "2", "empty"), (str(bomb), None, "malformed"), (str(bomb16), None, "malformed")]


def test_a_saved_email_gives_its_body_subject_sender_and_date(tmp_path: Path) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Fen Evening Brief <brief@fen.example>"
    msg["Subject"] = "Fwd: Dyke repairs finished"
    msg["Date"] = "Wed, 02 Apr 2025 18:30:00 +0100"
    msg.set_content("Engineers finished repairs to the dyke on Wednesday, the council said.\n")
    msg.add_alternative("<html><body><p>HTML copy</p></body></html>", subtype="html")
    path = tmp_path / "brief.eml"
    path.write_bytes(bytes(msg))
    (doc,) = docs_of(read(path))
    assert doc.text == "Engineers finished repairs to the dyke on Wednesday, the council said."
    assert (doc.title, doc.source, doc.given_published) == ("Dyke repairs finished", "Fen Evening Brief",
                                                            "2025-04-02T18:30")
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"From: a@b.example\r\nSubject: Hi\r\n\r\n\r\n")
    assert one_error(read(empty)).kind == "empty"


def test_a_feed_in_cp1252_that_does_not_say_so_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "old.rss"
    path.write_bytes(b"<rss><channel><title>Caf\xe9 Post</title><item><title>Mayor \x93quits\x94</title>"
                     b"<description>The mayor quit on Monday \x96 aides said.</description></item></channel></rss>")
    (doc,) = docs_of(read(path))
    assert (doc.title, doc.source, doc.text) == ("Mayor “quits”", "Café Post", "The mayor quit on Monday – aides said.")


def test_jsonl_html_bodies_become_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "cms.jsonl"
    path.write_bytes(_jsonl_bytes([
        {"id": "h", "content": "<p>The mill closed on Friday.</p>\n<p>Workers were told by letter &amp; e-mail.</p>"},
        {"id": "t", "text": "A rule: x <p> y is no paragraph."},
    ]))
    docs = docs_of(read(path))
    assert docs[0].text == "The mill closed on Friday.\n\nWorkers were told by letter & e-mail."
    assert docs[1].text == "A rule: x <p> y is no paragraph."


def test_atom_xhtml_content_keeps_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "x.atom"
    path.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Weir rebuilt</title>'
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The weir was rebuilt.</p>'
        "<p>Anglers <em>welcomed</em> it.</p></div></content></entry></feed>",
        encoding="utf-8",
    )
    (doc,) = docs_of(read(path))
    assert doc.text == "The weir was rebuilt.\n\nAnglers welcomed it."


def _two_columns(left: list[str], right: list[str], gutter: int = 46) -> str:
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((a.ljust(gutter) + b).rstrip() if b else a)
    return "\n".join(rows)


def test_a_two_column_pdf_copy_is_read_left_column_then_right(tmp_path: Path) -> None:
    left = ["The regional water authority said on", "Thursday it would raise tariffs by nine",
            "per cent from July to pay for new pipes", "and pumps in the three largest towns of",
            "the province, where leaks lose about a", "third of the treated water before it",
            "ever reaches homes and businesses, the", "authority's annual report found. Most of"]
    right = ["the old mains were laid in the sixties.", "",
             "Farmers' groups said the increase was", "unfair because rural users had waited",
             "years for their own supply to be mended.", "An authority spokesman, Pavel Orsk, said",
             "the money would be spent within four", "years. \"Every month we wait costs more.\""]
    head = "Water tariffs to rise as authority plans pipe repairs\n\n"
    path = tmp_path / "page.txt"
    path.write_text(head + _two_columns(left, right) + "\n", encoding="utf-8")
    (doc,) = ingest([path])
    assert isinstance(doc, Document)
    assert doc.text.startswith(head)
    assert "report found. Most of\nthe old mains" in doc.text  # the left column's sentence goes on at the right's top
    assert "largest towns of\nthe province" in doc.text and "sixties.\n\nFarmers'" in doc.text
    assert "  " not in doc.text


def test_a_table_with_aligned_figures_is_not_read_as_columns(tmp_path: Path) -> None:
    rows = [f"{name:<30}{figure}" for name, figure in (
        ("Net profit", "4.2 mln vs 3.9 mln"), ("Revenue", "81.0 mln vs 77.5 mln"), ("Shares out", "12.1 mln vs 12.0 mln"),
        ("Dividend", "0.12 vs 0.10"), ("Orders", "310 vs 295"), ("Staff", "1,204 vs 1,180"), ("Plants", "6 vs 6"))]
    text = "Quarterly results of a pump maker\n\n" + "\n".join(rows) + "\n"
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = ingest([path])
    assert isinstance(doc, Document) and doc.text == text


def test_each_page_of_a_two_column_copy_is_read_on_its_own(tmp_path: Path) -> None:
    one_left = ["The  port  authority  said  on  Monday  that", "container traffic rose by a tenth in the",
                "first quarter, helped by new routes to the", "south. Its director, Lena Oste, said the"]
    one_right = ["growth would continue if the second crane", "arrives in time. Dock workers have asked",
                 "for more staff before the summer peak and", "the union will meet managers on Friday."]
    two_left = ["Shipping lines have been moving calls to", "the port since the northern terminal shut",
                "for repairs, the authority's report said,", "adding that waiting times remained short."]
    two_right = ["A new rail link to the inland depot is", "planned for next year and will carry up to",
                 "forty trains a week, according to figures", "published with the quarterly accounts."]
    text = ("Harbour Weekly                                             Page 1\n\n"
            + _two_columns(one_left, one_right) + "\n\f" + "Harbour Weekly                                             Page 2\n\n"
            + _two_columns(two_left, two_right) + "\n")
    path = tmp_path / "pages.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = ingest([path])
    assert isinstance(doc, Document)
    page_one, page_two = doc.text.split("\f")
    assert "said the\ngrowth would continue" in page_one and "Page 1" in page_one
    assert "remained short.\n\nA new rail link" in page_two
    assert "The port authority said on Monday that" in page_one  # a justified line's stretched spaces go


def test_a_short_page_keeps_its_blocks_apart(tmp_path: Path) -> None:
    """On a short page the extractor's fallback runs headline, byline and paragraphs into one line; the
    page's own blocks come back, so the title, the byline's date and the paragraphs are found."""
    page = tmp_path / "brief.html"
    page.write_text(
        "<html><head><title>Council approves new bus lanes | Riverside Post</title></head><body>"
        "<header><nav>Home | News | Sport</nav></header><article><h1>Council approves new bus lanes</h1>"
        '<p class="byline">By Jane Smith · Published 14 May 2025</p>'
        "<p>The city council on Tuesday approved plans for three new bus lanes in the centre, a spokesman said.</p>"
        "<p>Work is due to start in January and finish by the summer, the council said in a statement.</p>"
        "</article><footer>© 2025 Riverside Post</footer></body></html>", encoding="utf-8")
    (doc,) = [d for d in ingest([page]) if isinstance(d, Document)]
    assert doc.text.split("\n\n") == [
        "Council approves new bus lanes", "By Jane Smith · Published 14 May 2025",
        "The city council on Tuesday approved plans for three new bus lanes in the centre, a spokesman said.",
        "Work is due to start in January and finish by the summer, the council said in a statement."]


def test_a_wayback_copy_loses_the_archives_toolbar_and_keeps_the_pages_own_address(tmp_path: Path) -> None:
    page = tmp_path / "kept.html"
    page.write_text(
        "<html><head><title>Library reopens after flood repairs</title></head><body>"
        "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp'><table><tr><td>The Wayback Machine - "
        "https://web.archive.org/web/20240611093000/https://town.example/library-reopens</td></tr>"
        "<tr><td>9 captures</td><td>02 Jun 2024 - 20 Jun 2024</td></tr></table></div>"
        "<!-- END WAYBACK TOOLBAR INSERT -->"
        "<article><h1>Library reopens after flood repairs</h1>"
        "<p>The town library reopened on Monday after six months of repairs to its flooded basement, the "
        "council said.</p><p>Its archive of local newspapers was saved, a librarian said.</p></article></body></html>",
        encoding="utf-8",
    )
    [doc] = ingest([page])
    assert isinstance(doc, Document)
    assert "captures" not in doc.text and "Wayback" not in doc.text
    assert doc.url == "https://town.example/library-reopens"


def test_a_feed_items_figure_caption_is_not_its_text(tmp_path: Path) -> None:
    rss = tmp_path / "feed.xml"
    rss.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Valley Post</title><item><title>Orchard growers count frost damage</title>"
        "<content:encoded><![CDATA[<p>Fruit growers in the valley said a late frost had killed most of the "
        "apricot blossom.</p><figure><img src='a.jpg'/><figcaption>Frost on blossom near the river on "
        "Sunday. (Valley Post)</figcaption></figure><p>Insurers will assess the losses next week.</p>]]>"
        "</content:encoded></item></channel></rss>",
        encoding="utf-8",
    )
    [doc] = ingest([rss])
    assert isinstance(doc, Document)
    assert "Frost on blossom" not in doc.text
    assert "apricot blossom." in doc.text and "Insurers will assess" in doc.text


def test_an_html_newsletter_laid_out_in_a_table_keeps_its_stories_apart(tmp_path: Path) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Dale Weekly <news@dale.example>"
    msg["Subject"] = "This week in the Dale"
    msg["Date"] = "Fri, 20 Jun 2025 18:00:00 +0000"
    msg.set_content("<html><body><table><tr><td><div><h2>Bridge reopens to lorries</h2></div>"
                    "<p>The Dale bridge reopened to lorries on Friday after weight limits were lifted.</p>"
                    "<h2>Library hours extended</h2><p>The town library will open on Sundays from July.</p>"
                    "</td></tr></table></body></html>", subtype="html")
    path = tmp_path / "weekly.eml"
    path.write_bytes(bytes(msg))
    (doc,) = docs_of(read(path))
    paragraphs = doc.text.split("\n\n")
    assert "Bridge reopens to lorries" in paragraphs and "Library hours extended" in paragraphs
    assert "The town library will open on Sundays from July." in paragraphs
    assert "|" not in doc.text


def test_a_cached_or_archived_copys_address_gives_the_pages_own() -> None:
    from storyline.ingest.html import original_url

    assert original_url("https://web.archive.org/web/20250101000000id_/http://town.example/x") == "http://town.example/x"
    assert original_url("https://www-town-example.cdn.ampproject.org/c/s/www.town.example/2025/fair") == \
        "https://www.town.example/2025/fair"
    assert original_url("https://webcache.googleusercontent.com/search?q=cache:Ab12:https://town.example/fair&hl=en") \
        == "https://town.example/fair"
    assert original_url("https://town.example/fair") == "https://town.example/fair"


@pytest.mark.parametrize(
    ("head", "body_stamp", "updated"),
    [
        ('<meta property="article:published_time" content="2025-04-02T08:10:00Z">'
         '<meta property="article:modified_time" content="2025-04-03T17:45:00Z">', "", "2025-04-03T17:45"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-04-02T08:10:00Z",'
         ' "dateModified": "2025-04-04T06:00:00Z"}</script>', "", "2025-04-04T06:00"),
        ('<meta property="article:published_time" content="2025-04-02T08:10:00Z">',
         '<time class="updated" datetime="2025-04-05T12:30:00Z">Apr 5</time>', "2025-04-05T12:30"),
        # a CMS that repeats the publication time as the modification time declares no update
        ('<meta property="article:published_time" content="2025-04-02T08:10:00Z">'
         '<meta property="article:modified_time" content="2025-04-02T08:10:00Z">', "", None),
    ],
)
def test_html_declared_modification_time_is_the_update_stamp(
        tmp_path: Path, head: str, body_stamp: str, updated: str | None) -> None:
    from storyline.dating import date_document

    page = (
        f"<html><head><title>Ferry service resumes</title>{head}</head><body><article>"
        f"<h1>Ferry service resumes</h1><div class='meta'>{body_stamp}</div>"
        "<p>Ferries between the two islands sailed again on Wednesday after a week of gales kept the fleet "
        "in harbour, the operator said, adding that extra crossings would run at the weekend.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "ferry.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.given_published == "2025-04-02T08:10"
    dated = date_document(doc)
    assert dated.published.value == "2025-04-02T08:10"  # the update never stands in for the publication
    assert (dated.updated.value if dated.updated else None) == updated


@pytest.mark.parametrize("stamp", ["2025/05/14 08:12", "14-May-2025 08:12"])
def test_html_byline_date_written_year_first_or_with_dashes_is_kept_for_dating(tmp_path: Path, stamp: str) -> None:
    from storyline.clean import clean
    from storyline.dating import date_document

    page = (
        "<html><head><title>Flood barrier finished - River Herald</title></head><body>"
        "<div class='top'>News | Sport | Sign in</div><div class='article'><h1>Flood barrier finished</h1>"
        f"<div class='meta'>Ines Moll &bull; {stamp}</div><div class='content'>"
        "<div class='para'>DRESDEN, Germany — Engineers completed the river's new flood barrier on Tuesday, two "
        "years after the worst floods in a century swept through the old town, the city said.</div>"
        "<div class='para'>\"We can raise it in under an hour,\" the chief engineer told reporters at the quay, "
        "adding that the first test had gone smoothly.</div>"
        "<div class='para'>The state paid most of the cost, and the city council approved the rest last spring "
        "after a long debate.</div>"
        "<div class='para'>Residents of the old town had campaigned for the barrier for years.</div></div></div>"
        "</body></html>"
    )
    path = tmp_path / "f.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.text.startswith(f"Flood barrier finished\n\nInes Moll • {stamp}\n\nDRESDEN")
    dated = date_document(clean(doc))
    assert (dated.published.value, dated.published.how) == ("2025-05-14", "byline")


def test_a_last_modified_field_is_the_documents_update_stamp_never_its_date(tmp_path: Path) -> None:
    lines: list[object] = [
        {"id": "u1", "text": "The weir was rebuilt.", "published": "2025-03-04T10:00", "dateModified": "2025-03-05T09:30Z"},
        {"id": "u2", "text": "The weir was rebuilt.", "pub_date": "2025-03-04", "Last-Modified": 1741168200},
        {"id": "u3", "text": "The weir was rebuilt.", "published": "2025-03-04T10:00", "updated_at": "2025-03-04T10:00"},
        {"id": "u4", "text": "The weir was rebuilt.", "updated": "March 5, 2025, 9:00 AM"},
        {"id": "u5", "text": "The weir was rebuilt.", "updated": {"when": "soon"}},
    ]
    path = tmp_path / "cms.jsonl"
    path.write_bytes(_jsonl_bytes(lines))
    docs = docs_of(read(path))
    assert [d.given_published for d in docs] == ["2025-03-04T10:00", "2025-03-04", "2025-03-04T10:00", None, None]
    # (an "update" at the publication time says nothing changed)
    assert [d.updated.value if d.updated else None for d in docs] == [
        "2025-03-05T09:30", "2025-03-05T09:50", None, "2025-03-05T09:00", None]
    assert docs[4].errors and "not a date" in docs[4].errors[0]
    atom = tmp_path / "feed.atom"
    atom.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Fen News</title>'
        "<entry><id>a</id><updated>2025-03-06T08:00:00Z</updated><published>2025-03-05T18:00:00Z</published>"
        "<summary>A dyke gave way.</summary></entry>"
        "<entry><id>b</id><updated>2025-03-06T08:00:00Z</updated><summary>A dyke gave way.</summary></entry>"
        "<entry><id>c</id><updated>2025-03-05T18:00:00Z</updated><published>2025-03-05T18:00:00Z</published>"
        "<summary>A dyke gave way again.</summary></entry></feed>",
        encoding="utf-8",
    )
    entries = docs_of(read(atom))
    # Atom needs no <published>: its <updated> is then the only date there is
    assert [(d.given_published, d.updated.value if d.updated else None) for d in entries] == [
        ("2025-03-05T18:00", "2025-03-06T08:00"), ("2025-03-06T08:00", None), ("2025-03-05T18:00", None)]


def test_jsonl_fields_wrapped_by_wordpress_or_mongodb_exports_are_read(tmp_path: Path) -> None:
    lines: list[object] = [
        {"id": 88, "date": "2025-03-04T10:02:00", "modified": "2025-03-05T08:10:00", "link": "https://x.example/p/88",
         "title": {"rendered": "Ferry fares rise"}, "excerpt": {"rendered": "<p>Teaser</p>"},
         "content": {"rendered": "<p>The ferry company raised its fares.</p>\n<p>Fuel costs doubled, it said.</p>",
                     "protected": False}},
        {"_id": {"$oid": "65e5"}, "story_id": "s-2", "headline_text": "Vote delayed", "story_body": "The vote was put off.",
         "publish_time": {"$date": "2025-03-04T18:30:00Z"}, "lastUpdated": {"$date": {"$numberLong": "1741165200000"}}},
    ]
    path = tmp_path / "cms.jsonl"
    path.write_bytes(_jsonl_bytes(lines))
    docs = docs_of(read(path))
    assert [(d.doc_id, d.title, d.given_published) for d in docs] == [
        ("88", "Ferry fares rise", "2025-03-04T10:02"), ("s-2", "Vote delayed", "2025-03-04T18:30")]
    assert docs[0].text == "The ferry company raised its fares.\n\nFuel costs doubled, it said."
    assert docs[0].url == "https://x.example/p/88"
    assert [d.updated.value if d.updated else None for d in docs] == ["2025-03-05T08:10", "2025-03-05T09:00"]


def test_html_headline_shown_as_h1_leads_the_text_like_a_plain_headline(tmp_path: Path) -> None:
    """The extraction keeps the <h1> only as `title`; the text must show it too, so the headline's own
    claims ("X blames Y for ...") are read as they are in a plain-text article."""
    page = ("<html><head><title>Harbour board blames contractor for crane collapse</title></head><body>"
            "<h1>Harbour board blames contractor for crane collapse</h1>"
            "<p>The harbour board said on Monday that a contractor had skipped two safety checks before a crane "
            "fell onto the quay last week.</p><p>The contractor has not commented.</p></body></html>")
    path = tmp_path / "h.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.title == "Harbour board blames contractor for crane collapse"
    assert doc.text.startswith("Harbour board blames contractor for crane collapse\n\nThe harbour board said")
    from storyline.clean import clean

    cleaned = clean(doc)
    assert cleaned.title_span is not None
    assert cleaned.text[cleaned.title_span.start : cleaned.title_span.end] == doc.title
    assert cleaned.body and cleaned.body[0].start > cleaned.title_span.end


@pytest.mark.parametrize("wrap", ["<article>{}</article>", "<main>{}</main>", "<div class='story'>{}</div>"])
def test_html_byline_above_the_headline_is_kept_for_dating(tmp_path: Path, wrap: str) -> None:
    """A byline with an update stamp printed over the <h1> (which the extraction drops) dates the page:
    the update, and the publication on or before that day."""
    from storyline.clean import clean
    from storyline.dating import date_document

    inner = ("<p class='byline'>By Lena Ort | Updated 7:40 a.m. ET, Tue March 4, 2025</p>"
             "<h1>Ferry service halted after engine fire</h1>"
             "<p>A ferry's engine caught fire shortly after leaving the harbour on Monday evening, and the "
             "operator suspended all crossings while inspectors examined the rest of its fleet.</p>"
             "<p>Nobody was hurt, the coast guard said.</p>")
    path = tmp_path / "b.html"
    path.write_text("<html><head><title>Ferry service halted after engine fire</title></head><body>"
                    + wrap.format(inner) + "</body></html>", encoding="utf-8")
    (doc,) = docs_of(read(path))
    dated = date_document(clean(doc))
    assert dated.updated is not None and dated.updated.value == "2025-03-04T07:40"
    assert dated.published.value == "unresolved" and dated.published.bounds == (None, "2025-03-04")


def test_jsonl_of_news_api_search_index_and_content_api_shapes(tmp_path: Path) -> None:
    """Exports that nest the fields: a news API's `"source": {"name": ...}`, a search index's `_source`,
    a content API's `fields`, a `meta`/`content` pair with a Unix time; and more field names."""
    rows = [
        {"source": {"id": None, "name": "Fjord Courier"}, "title": "Ferry fares rise", "publishedAt": "2025-02-14T09:30:00Z",
         "content": "Ferry fares will rise 6% in March, the operator said."},
        {"_id": "k9", "_source": {"title": "Dock cranes idle", "body": "Cranes stood idle on Tuesday.",
                                   "published": "2025-03-11T10:00:00Z", "site": "Harbour Journal"}},
        {"webTitle": "Canal reopens", "webUrl": "https://p.example/canal", "webPublicationDate": "2025-05-02T06:00:00Z",
         "fields": {"bodyText": "The canal reopened on Friday."}},
        {"meta": {"title": "Salt exports hit record", "published": 1735804800},
         "content": {"text": "Salt exports reached a record last year."}},
        {"article_title": "Tolls cut", "article_text": "Road tolls were cut.", "datetime": "2025-04-09 11:20",
         "source_name": "Valley Post"},
    ]
    path = tmp_path / "api.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs = docs_of(read(path))
    assert [(d.title, d.source, d.given_published) for d in docs] == [
        ("Ferry fares rise", "Fjord Courier", "2025-02-14T09:30"),
        ("Dock cranes idle", "Harbour Journal", "2025-03-11T10:00"),
        ("Canal reopens", None, "2025-05-02T06:00"),
        ("Salt exports hit record", None, "2025-01-02T08:00"),
        ("Tolls cut", "Valley Post", "2025-04-09T11:20"),
    ]
    assert docs[1].doc_id == "k9" and docs[2].url == "https://p.example/canal"
    assert docs[3].text == "Salt exports reached a record last year."


def test_csv_and_tsv_exports_are_read_one_article_a_row(tmp_path: Path) -> None:
    """A spreadsheet/database export: its header names the fields as JSON keys would; a quoted field keeps
    its paragraphs and doubled quotes; a row with more fields than the header is that row's error only."""
    path = tmp_path / "export.csv"
    path.write_text('\ufeffID;Headline;Published_At;Body\n'
                    '7;Dock strike ends;2025-06-12;"OSLO - Dockers went back to work.\n\n""It is over,"" a union leader said."\n'
                    '8;Bad row;2025-06-13;text;extra\n\n'
                    '9;Tolls cut;2025-06-14;Road tolls were cut on Friday.\n', encoding="utf-8")
    items = read(path)
    docs = docs_of(items)
    assert [(d.doc_id, d.title, d.given_published) for d in docs] == [("7", "Dock strike ends", "2025-06-12"),
                                                                      ("9", "Tolls cut", "2025-06-14")]
    assert docs[0].text == 'OSLO - Dockers went back to work.\n\n"It is over," a union leader said.'
    assert [(e.kind, e.item) for e in errors_of(items)] == [("malformed", "2")]
    tsv = tmp_path / "export.tsv"
    tsv.write_text("title\ttext\nFerry fares rise\tFares rise 6% in March, the operator said.\n", encoding="utf-8")
    (doc,) = docs_of(read(tsv))
    assert doc.title == "Ferry fares rise" and doc.text.startswith("Fares rise 6%")


def test_character_references_left_in_exported_text_and_titles_are_read(tmp_path: Path) -> None:
    """A CMS export's "Chile&#8217;s", a feed's `type="html"` title ("Oil &amp;amp; gas"), inline tags in a
    title; a ticker in angle brackets and a bare "R&D" stay as written."""
    path = tmp_path / "wp.jsonl"
    path.write_text(json.dumps({"title": "<em>Live</em>: Peru&#8217;s R&D push", "text": "LIMA &#8211; Peru&#8217;s "
                                "R&D budget rose, the ministry said.&nbsp;&#8220;It helps,&#8221; a minister said."})
                    + "\n" + json.dumps({"title": "ACME <ACM> TO BUY MILL", "text": "Acme said it would buy a mill."}),
                    encoding="utf-8")
    first, second = docs_of(read(path))
    assert first.title == "Live: Peru’s R&D push"
    assert first.text == "LIMA – Peru’s R&D budget rose, the ministry said. “It helps,” a minister said."
    assert second.title == "ACME <ACM> TO BUY MILL"
    feed = tmp_path / "f.atom"
    feed.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry>'
                    '<title type="html">Oil &amp;amp; gas output rises</title><id>x1</id>'
                    '<content type="html">&lt;p&gt;Output rose 3%, the ministry said.&lt;/p&gt;</content></entry></feed>',
                    encoding="utf-8")
    (doc,) = docs_of(read(feed))
    assert doc.title == "Oil & gas output rises"


def test_a_newsletter_subject_led_by_its_own_name_gives_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "n.eml"
    path.write_bytes(b"From: Harbour Weekly <news@harbour.example>\nSubject: Harbour Weekly: Port expands its grain terminal\n"
                     b"Date: Fri, 14 Nov 2025 07:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
                     b"The port opened a larger grain terminal on Thursday, the port authority said.\n")
    (doc,) = docs_of(read(path))
    assert (doc.title, doc.source) == ("Port expands its grain terminal", "Harbour Weekly")


def test_utf8_read_as_windows_1252_upstream_is_mended_and_noted(tmp_path: Path) -> None:
    story = "Lisbon’s ports reopen\n\nLISBON – The ports reopened on Monday, said union leader José Lima: “It is over.”\n"
    path = tmp_path / "m.txt"
    path.write_text(story.encode("utf-8").decode("cp1252", errors="replace"), encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.text == story
    assert any("Windows-1252" in note for note in doc.errors)
    # words that only look like it stay as written
    plain = tmp_path / "p.txt"
    plain.write_text("Âge d'or: Ã la carte menus cost £5 in São Paulo, the café said.\n", encoding="utf-8")
    (doc,) = docs_of(read(plain))
    assert doc.text.startswith("Âge d'or: Ã la carte") and not doc.errors


@pytest.mark.parametrize(("given", "value"), [
    ("13/02/2025", "2025-02-13"), ("2/13/2025 10:00:00 AM", "2025-02-13T10:00"), ("13.02.2025 14:20", "2025-02-13T14:20"),
    ("20250213", "2025-02-13"), ("1739440800", "2025-02-13T10:00"), ("13-Feb-2025", "2025-02-13"),
    ("13 February 2025 - 14:20", "2025-02-13T14:20"), ("03/02/2025", None), ("31/31/2025", None),
])
def test_numeric_dates_exports_write_are_read_when_their_order_is_plain(given: str, value: str | None) -> None:
    from storyline.ingest.common import normalize_published

    assert normalize_published(given) == value


def test_export_column_names_with_spaces_are_the_fields_they_name(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Headline,Publish Date,Article Text,Source Name,Article URL\n"
                    '"Tolls cut",2025-06-14,"Road tolls were cut on Friday.",Valley Post,https://vp.example/t\n',
                    encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert (doc.title, doc.given_published, doc.source, doc.url, doc.text) == (
        "Tolls cut", "2025-06-14", "Valley Post", "https://vp.example/t", "Road tolls were cut on Friday.")


def test_an_image_object_lends_the_article_no_url_or_title(tmp_path: Path) -> None:
    path = tmp_path / "img.jsonl"
    path.write_text(json.dumps({"text": "Cranes stood idle on Tuesday.", "image": {"url": "https://i.example/c.jpg",
                                                                                  "title": "Cranes at dusk"}}), encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert doc.url is None and doc.title is None


def test_a_forwarded_mail_names_the_first_sender_as_its_source(tmp_path: Path) -> None:
    path = tmp_path / "fwd.eml"
    path.write_bytes(b"From: Ana Roe <ana@example.org>\nSubject: Fwd: Port opens grain terminal\n"
                     b"Date: Wed, 11 Feb 2026 16:20:05 +0100\nContent-Type: text/plain; charset=utf-8\n\nFYI\n\n"
                     b"---------- Forwarded message ---------\nFrom: Kessel Port Authority <press@port.example>\n"
                     b"Subject: Port opens grain terminal\n\nThe port opened a new grain terminal on Wednesday.\n")
    (doc,) = docs_of(read(path))
    assert (doc.title, doc.source) == ("Port opens grain terminal", "Kessel Port Authority")


@pytest.mark.parametrize(("page_title", "source"), [
    ("Farmers block border crossings | World | The Danube Herald", "The Danube Herald"),
    ("Farmers block border crossings :: Danube Herald", "Danube Herald"),
    ("World | Farmers block border crossings", None),
])
def test_a_page_title_stringing_headline_section_and_site_gives_the_headline(tmp_path: Path, page_title: str,
                                                                             source: str | None) -> None:
    path = tmp_path / "p.html"
    path.write_text(f"<html><head><title>{page_title}</title></head><body><div><p>Farmers blocked three border "
                    "crossings on Thursday in protest at cheap grain imports, police said.</p><p>Traffic backed up for "
                    "ten kilometres, the police added.</p></div></body></html>", encoding="utf-8")
    (doc,) = docs_of(read(path))
    assert (doc.title, doc.source) == ("Farmers block border crossings", source)


def test_a_csv_of_figures_is_one_error_not_one_a_row(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("date,rate\n" + "".join(f"2025-01-{d:02d},4.{d}\n" for d in range(1, 29)), encoding="utf-8")
    err = one_error(read(path))
    assert err.kind == "malformed" and err.item is None


def test_a_body_exported_as_a_list_of_paragraphs_is_one_text(tmp_path: Path) -> None:
    path = tmp_path / "paras.jsonl"
    path.write_text(json.dumps({"title": "Tolls cut", "paragraphs": ["Road tolls were cut on Friday.", " ", "Drivers cheered."]})
                    + "\n" + json.dumps({"text": ["Ferry fares rose.", "Crews struck."], "tags": ["Ferries", "Strikes"]}),
                    encoding="utf-8")
    first, second = docs_of(read(path))
    assert first.text == "Road tolls were cut on Friday.\n\nDrivers cheered." and second.text == "Ferry fares rose.\n\nCrews struck."
