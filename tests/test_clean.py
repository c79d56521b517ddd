"""Cleaning: boilerplate, body, title, repairs and the analysis text, on ugly text and the seeds."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import analysis_text, clean
from storyline.ingest import ingest
from storyline.records import Document, Span

FERRY = """✕
Love our reporting? Subscribe for unlimited access.
We rely on readers like you to keep our newsroom running.
Subscribe

# Ferry Operator Suspends Island Service After Engine Fire

March 14, 2023

*Updated at 4:40 p.m. on March 14.*

The passenger ferry caught fire off the northern cape. **Jan Novak / Harbour Press**

Crew members put out an engine-room fire aboard the ferry on Tuesday and all 212 passengers were brought ashore safely, the operator said in a statement.

“We are grateful to the crew, who acted

quickly and calmly,” the company’s chief executive, Maria Lindqvist, told reporters.

Repairs are expected to cost about \\$1.2 million, according to a filing seen by [the regional paper](https://paper.example.com/story?id=5).

Rescued passengers waiting at the pier (AP Photo/Ola Berg)

Read more: [Island residents demand backup vessel](https://example.com/x)

Related:

Sign up for our morning newsletter and get the day’s top stories in your inbox.

We use cookies to improve your experience. Accept all cookies

Share this article

Original url:

<https://news.example.com/2023/03/14/ferry-fire>"""

STORM = """Storm Cuts Power to Thousands

Heavy winds brought down power lines across the county overnight, leaving some 40,000 homes without electricity, the utility said.

"We know you are frustrated and we are working around the clock," the utility's spokesman said.

We asked residents how they were coping. Most said they had been without heat for a day.
Read more

A note from our editor:

Dear friend,

Local news is in crisis. For the price of a coffee you can keep our reporters on the beat.

Every contribution, however small, helps us hold the powerful to account.

Give once
Give monthly
$5
Other amount
Maybe later"""

WRAPPED = """Officials in the eastern province said on Friday that the new bridge would
open to traffic next month, two years behind schedule, after engineers found
cracks in several of its concrete supports during a final inspection.
The contractor has denied responsibility for the delay and says the design
was changed three times at the request of the provincial government.

A spokesman for the ministry declined to comment."""


def cleaned(text: str, **kw: str) -> Document:
    return clean(Document(doc_id="t", text=text, **kw))  # type: ignore[arg-type]


def texts(doc: Document, spans: tuple[Span, ...]) -> list[str]:
    return [doc.text[s.start : s.end] for s in spans]


def in_spans(doc: Document, needle: str, spans: tuple[Span, ...]) -> bool:
    start = doc.text.index(needle)
    end = start + len(needle)
    return any(s.start <= start and end <= s.end for s in spans)


def overlaps(doc: Document, needle: str, spans: tuple[Span, ...]) -> bool:
    start = doc.text.index(needle)
    end = start + len(needle)
    return any(s.start < end and start < s.end for s in spans)


# --- boilerplate -------------------------------------------------------------------------------


def test_banner_credits_captions_ctas_and_trailer_are_boilerplate() -> None:
    doc = cleaned(FERRY)
    for needle in (
        "✕",
        "Love our reporting? Subscribe for unlimited access.",
        "We rely on readers like you to keep our newsroom running.",
        "**Jan Novak / Harbour Press**",
        "Rescued passengers waiting at the pier (AP Photo/Ola Berg)",
        "Read more: [Island residents",
        "Related:",
        "Sign up for our morning newsletter",
        "We use cookies",
        "Share this article",
        "Original url:",
        "<https://news.example.com/2023/03/14/ferry-fire>",
    ):
        assert in_spans(doc, needle, doc.boilerplate), needle
    assert doc.url == "https://news.example.com/2023/03/14/ferry-fire"
    for needle in ("Crew members put out", "“We are grateful", "quickly and calmly", "Repairs are expected"):
        assert not overlaps(doc, needle, doc.boilerplate), needle
        assert in_spans(doc, needle, doc.body), needle
    # the caption sentence before the bold credit stays; only the credit goes
    assert in_spans(doc, "The passenger ferry caught fire off the northern cape.", doc.body)


def test_given_url_is_not_overwritten_by_trailer() -> None:
    doc = cleaned(FERRY, url="https://canonical.example.org/ferry")
    assert doc.url == "https://canonical.example.org/ferry"


def test_appeal_block_is_swallowed_whole_but_not_the_article_before_it() -> None:
    doc = cleaned(STORM)
    start = STORM.index("Read more")
    assert any(s.start == start and s.end == len(STORM) for s in doc.boilerplate)
    # first-person article text with attribution, next to "Read more", survives
    assert in_spans(doc, "We asked residents how they were coping.", doc.body)
    assert in_spans(doc, '"We know you are frustrated', doc.body)
    assert len(doc.body) == 3


def test_trailing_agency_credit_after_a_sentence() -> None:
    text = "The minister resigned on Monday after a week of protests. (Reuters)\n\nHis deputy takes over."
    doc = cleaned(text)
    assert texts(doc, doc.boilerplate) == ["(Reuters)"]
    assert texts(doc, doc.body) == [
        "The minister resigned on Monday after a week of protests.",
        "His deputy takes over.",
    ]


def test_wiki_image_caption_residue() -> None:
    text = "thumb|right|The two ministers in the capital. (J. Doe/Agency)\n\nThe ministers met on Monday."
    doc = cleaned(text)
    assert texts(doc, doc.body) == ["The ministers met on Monday."]
    assert doc.boilerplate[0].start == 0


def test_plain_news_has_no_boilerplate() -> None:
    doc = cleaned(WRAPPED)
    assert doc.boilerplate == ()
    assert texts(doc, doc.body)[1] == "A spokesman for the ministry declined to comment."


def test_photo_prefix_and_link_only_lines() -> None:
    text = (
        "Photo: Harbour workers at the gate on Monday\n\nhttps://example.org/gallery/12\n\n"
        "[Watch the video](https://example.org/v/3)\n\nDock workers struck on Monday, the union said."
    )
    doc = cleaned(text)
    assert texts(doc, doc.body) == ["Dock workers struck on Monday, the union said."]
    assert len(doc.boilerplate) == 1 and doc.boilerplate[0].start == 0


# --- title, date and update lines --------------------------------------------------------------


def test_markdown_title_date_and_update_lines() -> None:
    doc = cleaned(FERRY)
    assert doc.title == "Ferry Operator Suspends Island Service After Engine Fire"
    assert doc.title_span is not None
    assert FERRY[doc.title_span.start : doc.title_span.end] == doc.title
    for needle in ("March 14, 2023", "*Updated at 4:40 p.m. on March 14.*"):
        assert not overlaps(doc, needle, doc.body), needle
        assert not overlaps(doc, needle, doc.boilerplate), needle
    assert not overlaps(doc, doc.title, doc.body)


def test_title_case_first_line_is_title_but_a_lead_paragraph_is_not() -> None:
    assert cleaned(STORM).title == "Storm Cuts Power to Thousands"
    assert cleaned(WRAPPED).title is None and cleaned(WRAPPED).title_span is None
    lead = "MADRID, May 3 - Spain's government approved the budget on Tuesday.\nIt now goes to parliament."
    assert cleaned(lead).title is None


def test_given_title_is_located_in_text() -> None:
    text = (
        "Storm cuts power to thousands\n\nHeavy winds brought down power lines overnight, the utility said."
    )
    doc = cleaned(text, title="Storm cuts power to thousands")
    assert doc.title_span == Span(0, 29)
    assert texts(doc, doc.body) == ["Heavy winds brought down power lines overnight, the utility said."]


# --- repairs -----------------------------------------------------------------------------------


def test_split_quote_is_joined() -> None:
    doc = cleaned(FERRY)
    joins = [r for r in doc.repairs if r.kind == "join"]
    assert [FERRY[r.start : r.end] for r in joins] == ["\n\n"]
    assert FERRY[joins[0].start - 5 : joins[0].start] == "acted"
    analysis = analysis_text(doc)
    assert "who acted  quickly and calmly" in analysis


def test_no_join_between_finished_paragraphs_or_across_boilerplate() -> None:
    text = (
        "The mayor said the talks would continue\n\nAdvertisement\n\nnext week in the capital.\n\n"
        "The union agreed.\n\nthe strike is over."
    )
    doc = cleaned(text)
    assert [r for r in doc.repairs if r.kind == "join"] == []
    assert in_spans(doc, "Advertisement", doc.boilerplate)


def test_escape_and_link_markup_repairs() -> None:
    doc = cleaned(FERRY)
    dollar = FERRY.index("\\$1.2")
    kinds = {(r.start, r.end): r.kind for r in doc.repairs}
    assert kinds[(dollar, dollar + 1)] == "unescape"
    link = FERRY.index("[the regional paper]")
    assert kinds[(link, link + 1)] == "markup"
    close = FERRY.index("](https://paper")
    assert kinds[(close, FERRY.index(").", close) + 1)] == "markup"
    heading = FERRY.index("# Ferry")
    assert kinds[(heading, heading + 2)] == "markup"
    analysis = analysis_text(doc)
    assert "about  $1.2 million" in analysis
    assert "seen by  the regional paper " in analysis and "https://paper" not in analysis


def test_emphasis_markers_are_markup() -> None:
    text = "The ship *Northern Light* was **not** insured, the_owner_id said; 2 * 3 is six."
    doc = cleaned(text)
    marks = [text[r.start : r.end] for r in doc.repairs if r.kind == "markup"]
    assert marks == ["*", "*", "**", "**"]
    assert (
        analysis_text(doc)
        == "The ship  Northern Light  was   not   insured, the_owner_id said; 2 * 3 is six."
    )


def test_hard_wrapped_lines_become_one_paragraph() -> None:
    doc = cleaned(WRAPPED)
    assert len(doc.body) == 2
    assert texts(doc, doc.body)[0].endswith("provincial government.")
    joins = [r for r in doc.repairs if r.kind == "join"]
    assert len(joins) == 4 and all(WRAPPED[r.start : r.end] == "\n" for r in joins)


# --- analysis text -----------------------------------------------------------------------------


def test_analysis_text_blanks_boilerplate_keeping_newlines() -> None:
    doc = cleaned(STORM)
    analysis = analysis_text(doc)
    assert len(analysis) == len(STORM)
    tail = analysis[STORM.index("Read more") :]
    assert tail.strip() == "" and tail.count("\n") == STORM[STORM.index("Read more") :].count("\n")
    assert analysis.startswith("Storm Cuts Power to Thousands\n\nHeavy winds")


def test_analysis_text_of_uncleaned_doc_is_the_text() -> None:
    doc = Document(doc_id="x", text="Plain words.\n")
    assert analysis_text(doc) == doc.text


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "# Head Line Here",
                "Read more",
                "“Open quote and",
                "lower case tail.”",
                "\\$5",
                "**A / B**",
                "[x](y)",
                "Dear readers,",
                "We need your help.",
                "June 2, 2021",
                "",
                "  ",
                "\r",
                "×",
                "Plain sentence, officials said.",
                "<https://a.b/c>",
                "Original url:",
                "*",
                "_",
            ]
        ),
        max_size=25,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n", " \n \n"]),
)
def test_clean_invariants_on_random_documents(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    doc = clean(Document(doc_id="h", text=text))
    analysis = analysis_text(doc)
    assert len(analysis) == len(text)
    assert [i for i, c in enumerate(text) if c == "\n"] == [
        i for i, c in enumerate(analysis) if c == "\n"
    ] or any(r.kind == "join" for r in doc.repairs)
    for span in (*doc.body, *doc.boilerplate):
        assert 0 <= span.start < span.end <= len(text)
    for body in doc.body:
        assert not any(b.start < body.end and body.start < b.end for b in doc.boilerplate)


def test_clean_is_fast_on_a_long_document() -> None:
    para = (
        "Officials said on Tuesday that the “new” bridge would open next month, after \\$2 million of "
        "[repairs](https://x.example/r) and *two* inspections.\n\n"
    )
    text = para * 4000  # ~600 kB
    started = time.perf_counter()
    doc = clean(Document(doc_id="big", text=text))
    analysis = analysis_text(doc)
    assert time.perf_counter() - started < 2.0
    assert len(analysis) == len(text) and len(doc.body) == 4000


# --- the seeds ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Document]:
    out: dict[str, Document] = {}
    for item in ingest([seeds_dir]):
        assert isinstance(item, Document)
        out[Path(item.path or "").name[:3]] = clean(item)
    return out


@pytest.fixture(scope="module")
def gold(seeds_dir: Path) -> dict[str, dict[str, object]]:
    data = yaml.safe_load((seeds_dir.parent / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
    return {d["file"][:3]: d for d in data["documents"]}


def test_seed_gold_boilerplate_is_covered(
    seeds: dict[str, Document], gold: dict[str, dict[str, object]]
) -> None:
    checked = 0
    for key, entry in gold.items():
        doc = seeds[key]
        for needle in entry.get("boilerplate") or []:  # type: ignore[attr-defined]
            assert in_spans(doc, needle, doc.boilerplate), (key, needle)
            checked += 1
    assert checked >= 10


def test_seed_000_has_no_boilerplate_and_all_lines_are_body(seeds: dict[str, Document]) -> None:
    doc = seeds["000"]
    assert doc.boilerplate == () and doc.title is None
    assert len(doc.body) == doc.text.count("\n") + 1


def test_seed_sentences_with_said_are_body(seeds: dict[str, Document]) -> None:
    for key, doc in seeds.items():
        for paragraph in doc.text.split("\n"):
            if " said" in paragraph and len(paragraph) > 60:
                assert in_spans(doc, paragraph.strip(), doc.body), (key, paragraph[:60])
                assert not overlaps(doc, paragraph.strip(), doc.boilerplate), (key, paragraph[:60])


def test_seed_titles(seeds: dict[str, Document], gold: dict[str, dict[str, object]]) -> None:
    for key in ("003", "004"):
        doc = seeds[key]
        assert doc.title == gold[key]["title"]
        assert doc.title_span is not None
        assert doc.text[doc.title_span.start : doc.title_span.end] == doc.title
        assert not overlaps(doc, doc.title or "", doc.body)


def test_seed_repairs_from_gold(seeds: dict[str, Document], gold: dict[str, dict[str, object]]) -> None:
    checked = 0
    for key, entry in gold.items():
        doc = seeds[key]
        for damaged in entry.get("repairs") or []:  # type: ignore[attr-defined]
            at = doc.text.index(damaged)
            if "\n\n" in damaged:  # a split sentence: the break must be joined
                brk = at + damaged.index("\n\n")
                assert any(r.kind == "join" and r.start == brk and r.end == brk + 2 for r in doc.repairs)
            else:  # a markdown escape: its backslash must be ignored
                slash = at + damaged.index("\\")
                assert any(r.kind == "unescape" and r.start == slash for r in doc.repairs)
            checked += 1
    assert checked >= 2


def test_seed_analysis_text_hides_boilerplate(
    seeds: dict[str, Document], gold: dict[str, dict[str, object]]
) -> None:
    for key, entry in gold.items():
        doc = seeds[key]
        analysis = analysis_text(doc)
        assert len(analysis) == len(doc.text)
        for needle in entry.get("boilerplate") or []:  # type: ignore[attr-defined]
            assert needle not in analysis, (key, needle)
        for damaged in entry.get("repairs") or []:  # type: ignore[attr-defined]
            if "\n\n" in damaged:
                assert damaged.replace("\n\n", "  ") in analysis
        if entry.get("url"):
            assert doc.url == entry["url"]


def test_seed_banner_dates_are_boilerplate(
    seeds: dict[str, Document], gold: dict[str, dict[str, object]]
) -> None:
    checked = 0
    for key, entry in gold.items():
        doc = seeds[key]
        for value in entry.get("must_not_extract") or []:  # type: ignore[attr-defined]
            line = next(ln for ln in doc.text.split("\n") if str(value) in ln)
            assert in_spans(doc, line, doc.boilerplate)
            assert str(value) not in analysis_text(doc)
            checked += 1
    assert checked >= 1


# --- scraped page furniture (second dogfooding round) -------------------------------------------

SCRAPED = """Share this article
Facebook Twitter Email

Menu
Search
Home | World | Business | Sport

Harbour workers end strike after pay deal

By Ines Marlow, Labour Correspondent

Dock workers returned to work on Monday after their union accepted a new offer. Advertisement The port
expects normal traffic by Friday.

Cranes stand idle at the container terminal on Sunday. (Photo: Harbour Press)

Trucks queue outside the main gate, May 4. AFP/Tom Reyes

"We held out and it paid off," said the union's regional secretary
Paula Brandt outside the gate.

Most read
Ferry fares to rise in summer
New bridge opens to traffic

Ines Marlow is our labour correspondent. She has covered the docks since 2015.
"""


def test_share_row_menus_related_links_captions_and_author_box_are_furniture() -> None:
    doc = cleaned(SCRAPED)
    assert doc.title == "Harbour workers end strike after pay deal"  # not "Facebook Twitter Email"
    for needle in ("Facebook Twitter Email", "Search", "Home | World", "Ferry fares to rise", "New bridge opens",
                   "Cranes stand idle", "AFP/Tom Reyes", "Ines Marlow is our labour", "Advertisement"):
        assert in_spans(doc, needle, doc.boilerplate), needle
    body = texts(doc, doc.body)
    assert body[0].startswith("Dock workers returned") and "expects normal traffic" in body[0]
    # a line broken inside a sentence before a name is one paragraph
    assert any(b.startswith('"We held out') and b.endswith("outside the gate.") for b in body)
    assert "Advertisement" not in analysis_text(doc)


def test_headline_over_an_outlet_line_or_a_date_stamp_is_the_title() -> None:
    text = "Port strike ends after pay deal\nHarbour Daily\n\nDock workers returned to work on Monday, the union said."
    doc = cleaned(text)
    assert doc.title == "Port strike ends after pay deal"
    assert texts(doc, doc.body) == ["Dock workers returned to work on Monday, the union said."]
    dated = "Port strike ends after pay deal\nMay 13, 2025\n\nDock workers returned to work on Monday."
    assert cleaned(dated).title == "Port strike ends after pay deal"


def test_account_rows_read_times_tag_lists_and_section_labels_are_not_the_story() -> None:
    text = ("Subscribe | Sign in\n\nBUSINESS\n\nFerry operator cuts routes after fuel rise\n\n"
            "Listen to this article · 4 min\n\n"
            "The island ferry operator will cut three of its winter routes from June because fuel costs have doubled, "
            "its chief executive said on Friday.\n\n"
            "Passengers' groups said the cuts would isolate smaller harbours for much of the winter season.\n\n"
            "Tags: Ferries, Transport, Fuel prices\n")
    doc = cleaned(text)
    assert doc.title == "Ferry operator cuts routes after fuel rise"
    for needle in ("Subscribe | Sign in", "Listen to this article", "Tags: Ferries"):
        assert in_spans(doc, needle, doc.boilerplate), needle
    assert texts(doc, doc.body)[-1].startswith("Passengers' groups said")
