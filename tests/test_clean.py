"""Cleaning: boilerplate, body, title, repairs and the analysis text, on ugly text and the seeds."""

from __future__ import annotations

import time
from dataclasses import replace
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


def test_pdf_page_numbers_and_running_heads_are_furniture_and_a_sentence_runs_across_them() -> None:
    text = ("Mill closure hits town\n\n"
            "The owners said on Monday that the paper mill, which employs 400 people, would\n"
            "close by the end of the year because demand had fallen and energy costs had\n"
            "risen sharply over the past two years, and that talks with buyers had\n\n"
            "Northern Gazette, 12 March 2025        Page 1 of 2\n\n"
            "failed. The union called the decision a betrayal of the workforce.\n\n"
            "-- Page 2 --\n\n"
            "Workers will be offered retraining, the regional council said.\n\n- 3 -\n")
    doc = cleaned(text)
    for needle in ("Page 1 of 2", "-- Page 2 --", "- 3 -"):
        assert in_spans(doc, needle, doc.boilerplate), needle
        assert not in_spans(doc, needle, doc.body), needle
    assert "talks with buyers had" + " " * 10 in analysis_text(doc)
    assert "Gazette" not in analysis_text(doc)
    # a table row or a sentence that only mentions a page is the story
    kept = cleaned("Budget vote delayed\n\nThe report, on page 4 of the filing, lists 12 projects.\n\n"
                   "Exports            1,234\n")
    assert not kept.boilerplate


def test_forwarded_email_headers_and_newsletter_footer_are_not_the_story() -> None:
    text = ("From: desk@news.example\nSent: Tuesday, April 8, 2025 10:14 AM\nTo: readers@news.example\n"
            "Subject: Morning briefing\n\nREFINERY FIRE CONTAINED\n\n"
            "Firefighters contained a blaze at a coastal refinery late on Monday, the owner said, after a pipe "
            "ruptured during maintenance.\n\n--\nYou are receiving this email because you signed up.\n"
            "Unsubscribe | Manage preferences\n")
    doc = cleaned(text)
    for needle in ("From: desk", "To: readers", "Subject: Morning", "Unsubscribe | Manage preferences"):
        assert in_spans(doc, needle, doc.boilerplate), needle
    assert texts(doc, doc.body) == [
        "Firefighters contained a blaze at a coastal refinery late on Monday, the owner said, after a pipe "
        "ruptured during maintenance."
    ]
    assert doc.title == "REFINERY FIRE CONTAINED"
    assert not in_spans(doc, "Sent:", doc.boilerplate)  # dating reads the send date
    # one "To:" line in a story is prose
    assert not cleaned("Memo\n\nTo: all staff, the chief executive wrote, the plant will close.\n").boilerplate


def test_live_blog_posted_at_stamp_is_a_date_line() -> None:
    text = ("Flood latest\n\nPosted at 09:10\n\nGood morning and welcome to our coverage of the floods "
            "in the river valley, where hundreds of homes were evacuated overnight.\n")
    doc = cleaned(text)
    assert not in_spans(doc, "Posted at 09:10", doc.body)


def test_wire_credits_copyright_disclaimers_and_new_tab_links_are_furniture() -> None:
    text = ("Miner agrees takeover of rival\n\nMarch 18, 2025 9:02 AM GMT Updated 2 hours ago\n\n"
            "JOHANNESBURG, March 18 (Wire) - A platinum miner agreed on Tuesday to buy a smaller rival for about "
            "$2 billion, the companies said.\n\n"
            "Reporting by Ana Osei; Additional reporting by Piet Botha in Cape Town; Editing by Jan Harvey\n\n"
            "Our Standards: The Wire Trust Principles., opens new tab\n\n"
            "Suggested Topics:\nMergers & Acquisitions\n\n"
            "Wire writer Lin Cho in Durban contributed to this report.\n\n"
            "Copyright 2025 The Wire. All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed without permission.\n\n"
            "The views expressed here are the author's own.\n")
    doc = cleaned(text)
    for needle in ("Reporting by Ana Osei", "opens new tab", "Suggested Topics", "Mergers & Acquisitions",
                   "contributed to this report", "Copyright 2025", "views expressed"):
        assert in_spans(doc, needle, doc.boilerplate), needle
    assert texts(doc, doc.body) == [text.split("\n\n")[2]]  # the stamp line is no part of the story
    # prose that mentions reporting or copyright is the story
    prose = cleaned("Paper row\n\nReporting by the local paper showed that the minister misled parliament.\n\n"
                    "Copyright lawyers said on Monday that the ruling would change how songs are licensed.\n")
    assert not prose.boilerplate


def test_caption_labels_relative_stamps_and_a_bio_under_the_byline() -> None:
    text = ("Storm cuts power to 80,000 homes\n\nPublished\n2 hours ago\n\nShare\nSave\n\n"
            "Image source, Getty Images\nImage caption, Engineers worked through the night\n\n"
            "More than 80,000 homes were left without power after a storm brought gusts of up to 90mph overnight.\n\n"
            "Media caption, Watch: Waves crash over the harbour wall\n\n"
            "Forecasters said the winds would ease by Saturday.\n")
    doc = cleaned(text)
    assert doc.title == "Storm cuts power to 80,000 homes"
    assert texts(doc, doc.body) == [
        "More than 80,000 homes were left without power after a storm brought gusts of up to 90mph overnight.",
        "Forecasters said the winds would ease by Saturday.",
    ]
    assert in_spans(doc, "Image caption", doc.boilerplate) and in_spans(doc, "Media caption", doc.boilerplate)
    op = cleaned("The tram line is a gamble worth taking\n\nBy Rosa Kline\n"
                 "Rosa Kline is a former city planner and a columnist for the paper.\n\nJan. 14, 2025\n\n"
                 "Every generation gets one chance to reshape how a city moves, and the council should seize it.\n")
    assert in_spans(op, "Rosa Kline is a former", op.boilerplate)


@pytest.mark.parametrize("stamp", [
    "By Jo Roe, Staff Writer | June 4, 2024",
    "4 June 2024 • 3 min read",
    "Source: Demo Wire | Date: June 4, 2024",
    "Jo Roe\nJune 4, 2024",
])
def test_byline_and_date_rows_are_not_the_story(stamp: str) -> None:
    doc = cleaned(f"Bill passes House\n\n{stamp}\n\nThe House voted on Tuesday to pass the bill, sending it to the Senate.\n")
    assert doc.title == "Bill passes House"
    assert texts(doc, doc.body) == ["The House voted on Tuesday to pass the bill, sending it to the Senate."]
    # a sentence with a pipe is prose
    kept = cleaned("Vote\n\nThe House voted | the Senate waited | and the bill passed on June 4, 2024.\n")
    assert any("the Senate waited" in b for b in texts(kept, kept.body))


def test_press_release_standing_copy_and_editor_notes_are_furniture() -> None:
    text = ("FOR IMMEDIATE RELEASE\n\nShipyard Wins Order for Four Patrol Vessels\n\n"
            "HELSINKI, Sept. 9, 2025 /PRNewswire/ -- A shipyard today announced that it has signed a contract with "
            "the border guard to build four patrol vessels.\n\n"
            "\"This order confirms our position,\" said Aino Virtanen, the yard's chief executive.\n\n"
            "About the Shipyard\nThe Shipyard is a leading builder of specialised vessels.\n\n"
            "Media contact:\nLea Saari, press@yard.example\n\nSOURCE The Shipyard\n")
    doc = cleaned(text)
    for needle in ("FOR IMMEDIATE RELEASE", "About the Shipyard", "leading builder", "Media contact", "SOURCE The"):
        assert in_spans(doc, needle, doc.boilerplate), needle
    assert len(doc.body) == 2
    # in a news story an "About" subheading is the story's own
    news = cleaned("Tram plan\n\nThe council approved the tram on Tuesday.\n\nAbout the plan\n"
                   "The line will run nine kilometres.\n")
    assert not news.boilerplate
    for note in ("This interview has been edited for length and clarity.",
                 "This story was originally published by the Harbour Times.", "Show more updates"):
        doc = cleaned(f"Tram plan\n\nThe council approved the tram on Tuesday, ending years of debate.\n\n{note}\n")
        assert in_spans(doc, note, doc.boilerplate), note


def test_an_editor_note_inside_a_paragraph_is_the_story() -> None:
    # the intro of a Q&A names a book "We Love" (an appeal pronoun) and ends with the editing note
    text = ("Actress on the immigration debate\n\nThe actress has written a memoir, In the Land We Love, published on "
            "Tuesday, about the day her parents were deported. Questions and answers have been edited for length "
            "and clarity.\n\nQ: What did you find when you came home?\n")
    assert not cleaned(text).boilerplate


def test_a_section_label_over_the_headline_is_not_the_story() -> None:
    doc = cleaned("OPINION\n\nThe tram line is a gamble worth taking\n\nBy Rosa Kline\n\n"
                  "Every generation gets one chance to reshape how a city moves, and the council should seize it.\n")
    assert doc.title == "The tram line is a gamble worth taking"
    assert in_spans(doc, "OPINION", doc.boilerplate)


def test_markdown_front_matter_is_metadata_and_its_date_is_read() -> None:
    from storyline.dating import date_document

    text = ('---\ntitle: "Port strike ends"\ndate: 2025-03-14T09:20:00+01:00\nauthor: Jo Roe\ntags: [ports]\n---\n\n'
            "# Port strike ends\n\nDock workers voted on Thursday to end a nine-day strike, union leaders said.\n")
    doc = cleaned(text)
    assert doc.title == "Port strike ends"
    assert texts(doc, doc.body) == ["Dock workers voted on Thursday to end a nine-day strike, union leaders said."]
    assert in_spans(doc, "author: Jo Roe", doc.boilerplate)
    assert date_document(doc).published.value == "2025-03-14T09:20"
    # a rule under an opening line of prose is no front matter
    prose = cleaned("---\nThe strike ended on Thursday, the union said.\n---\n")
    assert texts(prose, prose.body) == ["The strike ended on Thursday, the union said."]


def test_ad_breaks_full_story_links_follow_appeals_and_contact_lines_are_furniture() -> None:
    text = ("Refinery blast injures 12\n\nStory continues below advertisement\n\nBy Nora Quill\n"
            "Published 7:05 a.m. CT March 2, 2025\n\n"
            "BATON ROUGE, La. — An explosion at a refinery injured 12 workers on Saturday, the company said.\n\n"
            "Story continues below advertisement\n\nState regulators said they would open an investigation.\n\n"
            "Read the full story at observer.example.\n\nWant more news like this? Follow us on Facebook.\n\n"
            "Contact Nora Quill at nquill@observer.example or follow her on X @noraquill.\n")
    doc = cleaned(text)
    assert doc.title == "Refinery blast injures 12"
    assert texts(doc, doc.body) == [
        "BATON ROUGE, La. — An explosion at a refinery injured 12 workers on Saturday, the company said.",
        "State regulators said they would open an investigation.",
    ]
    # a sentence that tells where to reach someone is the story's
    kept = cleaned("Hotline opens\n\nResidents can contact the council at its offices, the mayor said on Monday.\n")
    assert not kept.boilerplate


def test_press_release_labels_end_mark_and_media_contacts_are_boilerplate_and_the_headline_is_the_title() -> None:
    text = (
        "PRESS RELEASE\nFor immediate release\n\nCity opens bids for harbour ferry service\n\n"
        "PORTSMOUTH, 3 March 2025 – The city council today opened bids for a new ferry service\n"
        "between the harbour and the island, the first tender since the route was\nprivatised in 1999.\n\n"
        "Council leader Amy Hale said the service would start in spring 2026.\n\n"
        "-- ENDS --\n\nNotes to editors:\n1. The route carried 1.2 million passengers in 2024.\n"
        "2. Media enquiries: press@council.example / 023 9200 0000\n"
    )
    doc = cleaned(text)
    assert doc.title == "City opens bids for harbour ferry service"  # over a hard-wrapped lead
    for needle in ("PRESS RELEASE", "For immediate release", "-- ENDS --", "Notes to editors:", "2. Media enquiries"):
        assert in_spans(doc, needle, doc.boilerplate), needle
    for needle in ("Council leader Amy Hale", "1. The route carried"):
        assert in_spans(doc, needle, doc.body), needle
    # in a sentence the words are the story's
    doc = cleaned("The ministry issued a press release on Monday. It said the ends justify the means.\n")
    assert not doc.boilerplate


def test_a_newsletter_subject_is_its_title_and_its_footer_is_furniture() -> None:
    text = (
        "From: Valley Morning Brief <brief@valley.example>\nSent: Monday, May 5, 2025 6:30 AM\nTo: Readers\n"
        "Subject: Water board raises rates for the first time in a decade\n\n"
        "Valley Morning Brief\n\n"
        "The county water board on Friday voted to raise household rates by 6 percent, citing pipe repairs.\n\n"
        "You are receiving this email because you signed up at valley.example.\n"
    )
    doc = cleaned(text)
    assert doc.title == "Water board raises rates for the first time in a decade"
    assert doc.title_span is not None and doc.text[doc.title_span.start : doc.title_span.end] == doc.title
    assert in_spans(doc, "You are receiving this email", doc.boilerplate)
    # a forwarded mail's own headline names the story; its "Fwd:" subject only when there is none
    fwd = text.replace("Subject: ", "Subject: Fwd: ").replace("Valley Morning Brief\n\n", "Rates Go Up Again\n\n")
    assert cleaned(fwd).title == "Rates Go Up Again"


def test_correction_boxes_wire_notes_and_translation_credits_are_furniture() -> None:
    text = (
        "UPDATE 1-Grain exporters halt shipments after port fire\n\n"
        "(Adds minister's comment in paragraph 4)\n\n"
        "Translated from Portuguese by Rui Matos\n\n"
        "Correction: An earlier version of this story gave the wrong name for the port.\n\n"
        "SANTOS, Brazil, July 2 (Wire) - Grain exporters halted shipments from the port on Wednesday after a fire "
        "damaged a loading terminal, the port authority said.\n\n"
        "The correction of prices was swift, traders said.\n"
    )
    doc = cleaned(text)
    assert doc.title == "Grain exporters halt shipments after port fire"  # the wire's version slug is no title
    for needle in ("(Adds minister", "Translated from Portuguese", "Correction: An earlier version"):
        assert in_spans(doc, needle, doc.boilerplate), needle
    assert in_spans(doc, "The correction of prices", doc.body)


def test_a_letterhead_and_a_police_release_issuer_over_its_date_are_not_the_title() -> None:
    text = (
        "MINISTRY OF TRANSPORT                              Press Statement\n\n"
        "Government orders safety checks on all regional buses\n\n"
        "Accra, 3 June 2025 - The Ministry of Transport today ordered safety checks on every regional bus after\n"
        "a crash that killed eleven people, the minister said at a news conference in the capital.\n"
    )
    doc = cleaned(text)
    assert doc.title == "Government orders safety checks on all regional buses"
    assert in_spans(doc, "MINISTRY OF TRANSPORT", doc.boilerplate)
    text = (
        "MEDIA RELEASE\nHarbour City Police\nJune 3, 2025\n\nMan charged over warehouse fire in docklands\n\n"
        "HARBOUR CITY — Detectives have charged a 34-year-old man with arson after a fire destroyed a warehouse "
        "in the docklands on Sunday night, police said.\n"
    )
    doc = cleaned(text)
    assert doc.title == "Man charged over warehouse fire in docklands"
    assert not in_spans(doc, "Harbour City Police", doc.body)


def test_a_standfirst_and_a_writer_with_a_beat_between_headline_and_date() -> None:
    text = (
        "Teachers vote to strike over class sizes in the autumn term\n\n"
        "Union says walkouts could hit a third of schools next month\n\n"
        "Jo Marlow Education correspondent\nWed 4 Jun 2025 10.02 BST\n\n"
        "Teachers have voted to strike over class sizes, the union said on Wednesday.\n\n"
        "Sign up to Class Notes: our free weekly newsletter\n"
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.\n"
        "after newsletter promotion\n\n"
        "The education department said it was disappointed.\n"
    )
    doc = cleaned(text)
    assert doc.title == "Teachers vote to strike over class sizes in the autumn term"
    assert not overlaps(doc, "Jo Marlow Education", doc.body) and in_spans(doc, "Privacy Notice", doc.boilerplate)
    assert in_spans(doc, "Union says walkouts", doc.body)


def test_a_wire_name_under_the_byline_and_a_wire_correction_note_are_no_story() -> None:
    text = (
        "Kenya's shilling slips as import demand rises\n\nBy Amos Kiprono\nReuters\n\n"
        "NAIROBI, June 4 (Reuters) - Kenya's shilling weakened on Wednesday as importers bought dollars, traders said.\n\n"
        "(This June 4 story corrects the trader's name in paragraph 3)\n"
    )
    doc = cleaned(text)
    assert not overlaps(doc, "Reuters\n", doc.body)
    assert in_spans(doc, "(This June 4 story corrects", doc.boilerplate)


def test_a_parliament_notice_header_is_a_letterhead_and_its_made_on_line_a_date() -> None:
    text = (
        "House of Lords\nWritten statement\nMade on: 2 April 2025\n\nRural bus grants extended\n\n"
        "The Minister of State (Lord Aske): The rural bus grant scheme will be extended for two more years, "
        "with 90 million pounds for councils in England.\n"
    )
    doc = cleaned(text)
    assert doc.title == "Rural bus grants extended"
    assert [doc.text[s.start : s.end][:20] for s in doc.body] == ["The Minister of Stat"]


def test_live_blog_key_events_are_links_but_entry_times_stay() -> None:
    text = (
        "Budget day live: chancellor sets out tax plans\n\nKey events\n3h ago Fuel duty frozen\n1h ago Speech begins\n\n"
        "13:05\nThe chancellor said fuel duty would stay frozen for another year.\n\n"
        "12:31\nThe chancellor has begun her speech.\n"
    )
    doc = cleaned(text)
    assert in_spans(doc, "Key events\n3h ago Fuel duty frozen\n1h ago Speech begins", doc.boilerplate)
    assert not overlaps(doc, "13:05", doc.boilerplate)


def test_a_pdf_running_head_beside_a_bare_page_number_is_furniture_when_it_repeats() -> None:
    text = (
        "FARM GAZETTE                                   7\n\n"
        "Milk prices rise for the first time this year, the dairy board said on Monday,\n"
        "as feed costs climbed.\n\n"
        "8                                   FARM GAZETTE\n\n"
        "Farmers welcomed the rise.\n\n"
        "Total                                   12\n"
    )
    doc = cleaned(text)
    assert in_spans(doc, "FARM GAZETTE                                   7", doc.boilerplate)
    assert in_spans(doc, "8                                   FARM GAZETTE", doc.boilerplate)
    assert not overlaps(doc, "Total", doc.boilerplate)  # a table's row is no running head


def test_toml_front_matter_title_is_the_title_when_the_page_has_no_headline() -> None:
    doc = cleaned('+++\ntitle = "Ferry strike ends"\ndate = 2025-02-20\n+++\n\nThe ferry strike ended on Thursday.\n')
    assert doc.title == "Ferry strike ends"
    assert doc.title_span is not None and doc.text[doc.title_span.start : doc.title_span.end] == "Ferry strike ends"


def test_a_newsletter_subject_that_wraps_the_story_headline_leaves_the_headline_the_title() -> None:
    text = (
        "From: desk@paper.example\nSent: Tuesday, April 8, 2025 9:00 AM\nTo: readers@paper.example\n"
        "Subject: Evening digest: dam repairs finished\n\nDAM REPAIRS FINISHED\n\n"
        "Engineers finished repairs to the river dam on Monday, the water authority said.\n"
    )
    assert cleaned(text).title == "DAM REPAIRS FINISHED"


def test_sign_up_boxes_republication_notes_and_a_dated_clarification_are_furniture() -> None:
    text = (
        "Opinion | The bridge toll is a mistake\n\nBy Ruth Kemp\nMarch 3, 2025\n\n"
        "The new toll will hurt the towns it was meant to help.\n\n"
        "Get the week's best columns delivered to your inbox.\nEnter your email address\nSign up\n\n"
        "Traffic has already fallen by a tenth.\n\n"
        "Originally published at The Valley Review. Republished with permission.\n\n"
        "Clarification, March 5: An earlier version of this column gave the wrong toll.\n\n"
        "Originally published in 1851, the paper is the region's oldest.\n"
    )
    doc = cleaned(text)
    assert doc.title == "The bridge toll is a mistake"  # the section's kicker is not the headline's
    for needle in ("Get the week's best", "Enter your email address", "Originally published at", "Clarification, March 5"):
        assert in_spans(doc, needle, doc.boilerplate), needle
    assert in_spans(doc, "Originally published in 1851, the paper", doc.body)


def test_headline_over_a_short_lead_a_kicker_headline_and_a_name_role_contact_byline_block() -> None:
    doc = cleaned("Ceasefire talks resume in Doha\n\nTalks aimed at ending the fighting resumed on Sunday, mediators said.\n")
    assert doc.title == "Ceasefire talks resume in Doha"
    # a sentence broken over two paragraphs is no headline
    doc = cleaned("The minister said on Monday that the\n\nTalks would resume on Sunday, mediators said in Doha.\n")
    assert doc.title is None
    doc = cleaned("EXCLUSIVE: Port operator plans to sell its ferry arm\n\nThe port operator plans a sale.\n\nMore soon.\n")
    assert doc.title == "EXCLUSIVE: Port operator plans to sell its ferry arm"
    text = (
        "Storm knocks out power to thousands\n\nANNA VEGA\nStaff Writer\navega@tribune.example\n\n"
        "A winter storm knocked out power to about 50,000 homes overnight, the utility said.\n"
    )
    doc = cleaned(text)
    assert doc.title == "Storm knocks out power to thousands"
    assert texts(doc, doc.body) == ["A winter storm knocked out power to about 50,000 homes overnight, the utility said."]


def test_author_lines_above_the_story_and_newsletter_or_tip_furniture() -> None:
    text = (
        "# The quiet drought\n\n**Lena Haas**\n\n*Jun 3, 2025*\n\n"
        "Farmers in the valley say the river has never been this low, and the harvest is already lost.\n\n"
        "Thanks for reading The Valley Letter! Subscribe for free to receive new posts.\n\n"
        "Officials declined to comment.\n\nReport a typo or error // Submit a news tip\n"
    )
    doc = cleaned(text)
    assert not overlaps(doc, "Lena Haas", doc.body)
    assert in_spans(doc, "Thanks for reading", doc.boilerplate) and in_spans(doc, "Report a typo", doc.boilerplate)
    text = (
        "Minister quits over expenses\n2 hours ago\nShare\nTom Reid\nPolitical reporter\n\nBy: Channel 9 Web Team\n\n"
        "The culture minister has resigned after reports about her expenses claims, her office said.\n"
    )
    doc = cleaned(text)
    assert texts(doc, doc.body) == [
        "The culture minister has resigned after reports about her expenses claims, her office said."]


def test_an_outlet_tagline_a_syndication_disclaimer_an_email_field_and_an_agency_stamp_row() -> None:
    text = (
        "Metro line approved for the eastern suburbs\n\nPTI | Updated: Mar 4, 2025, 18:32 IST\n\n"
        "The cabinet on Tuesday approved a new metro corridor at an estimated cost of 3 billion rupees, officials said.\n\n"
        "Get the day's top stories in your inbox\nEmail address\nSubscribe\n\n"
        "(Only the headline of this report may have been reworked by our staff; the rest is auto-generated from a "
        "syndicated feed.)\n\n"
        "The Daily Wire Service is an independent news agency founded in 1921.\n"
    )
    doc = cleaned(text)
    assert doc.title == "Metro line approved for the eastern suburbs"
    assert texts(doc, doc.body) == ["The cabinet on Tuesday approved a new metro corridor at an estimated cost of "
                                    "3 billion rupees, officials said."]
    for needle in ("Email address", "(Only the headline", "The Daily Wire Service is"):
        assert in_spans(doc, needle, doc.boilerplate), needle


def test_table_rows_and_section_names_over_years_stay_the_story() -> None:
    text = (
        "Grain estimates were released on Thursday by the department, with comparisons --\n\n"
        "ALL WHEAT -\n\n1986/87            1985/86\n\nPlanted   72.0    72.0\n\n"
        "MAR9    --           926\n\nMAR9    --           702\n"
    )
    doc = cleaned(text)
    for needle in ("ALL WHEAT -", "MAR9    --           926", "MAR9    --           702"):
        assert in_spans(doc, needle, doc.body), needle


def test_a_setext_heading_is_the_title_and_a_lone_subject_line_is_mail_furniture() -> None:
    doc = cleaned("Council approves cycle bridge\n=============================\n\n"
                  "The council approved a cycle bridge over the canal on Monday, ending a long dispute.\n")
    assert doc.title == "Council approves cycle bridge"
    doc = cleaned("Subject: Flood barrier finished two years late\n\n"
                  "The flood barrier was finished on Monday, two years late, the agency said.\n")
    assert doc.title == "Flood barrier finished two years late" and not overlaps(doc, "Subject:", doc.body)


def test_a_blog_feed_footer_is_furniture() -> None:
    doc = cleaned("The weir was rebuilt on Monday, the river trust said.\n\n"
                  "The post Weir rebuilt appeared first on Valley News.\n")
    assert in_spans(doc, "The post Weir rebuilt", doc.boilerplate)


def test_a_headline_glued_to_its_dateline_line_is_the_title() -> None:
    doc = cleaned("Mill owners agree to cut river discharges\n"
                  "GHENT, April 8 (Scheldt Wire) - Three paper mills agreed on Tuesday to halve what they pump "
                  "into the river by next year, regulators said.\n\nEnvironmental groups welcomed the deal.\n")
    assert doc.title == "Mill owners agree to cut river discharges"


def test_a_stamp_row_with_a_section_label_and_a_place_and_day_line_leave_the_headline() -> None:
    doc = cleaned("How the pension reform stalled in committee\n\n3 June 2025 | Opinion | Northern Review\n\n"
                  "The pension reform that ministers promised by summer has not left committee, and few "
                  "expect it to before the recess.\n\nTwo hearings were cancelled last week.\n")
    assert doc.title == "How the pension reform stalled in committee"
    assert not overlaps(doc, "Northern Review", doc.body)
    doc = cleaned("Wanderers hold leaders to a draw in the rain\n\nMill Lane, Tuesday evening\n\n"
                  "A late equaliser from the Wanderers' substitute striker denied the league leaders a "
                  "sixth straight win.\n\nThe leaders remain four points clear.\n")
    assert doc.title == "Wanderers hold leaders to a draw in the rain"
    assert not overlaps(doc, "Mill Lane, Tuesday", doc.body)


def test_a_court_caption_is_not_the_title_but_the_notice_under_it_is() -> None:
    doc = cleaned("IN THE COUNTY COURT AT RIVERSIDE\nCIVIL DIVISION\n\nORDER FOR POSSESSION\n\n"
                  "Claim number: RV-44-2025\n\nThe court orders that the tenant give up the flat within "
                  "28 days of this order.\n\nCosts of 450 pounds are to be paid by the defendant.\n")
    assert doc.title == "ORDER FOR POSSESSION"


def test_a_headline_a_pdf_copy_wrapped_with_a_hyphen_is_the_title() -> None:
    doc = cleaned("Province unveils plan to rebuild flood-hit bridges and cul-\nverts before winter\n\n"
                  "The provincial government on Friday unveiled a plan to rebuild 40 bridges damaged in "
                  "the spring floods.\n\nWork starts next month.\n")
    assert doc.title == "Province unveils plan to rebuild flood-hit bridges and culverts before winter"
    assert doc.title_span is not None and doc.text[doc.title_span.end - 6 : doc.title_span.end] == "winter"
    assert not overlaps(doc, "verts before winter", doc.body)


def test_a_digest_label_over_several_stories_is_not_the_title() -> None:
    doc = cleaned("Evening Briefing\n\nPort strike spreads to second terminal\n\n"
                  "Dock workers at the container terminal joined the strike on Wednesday, halting most "
                  "loading.\n\nCentral bank holds rates steady\n\n"
                  "The central bank left its main rate unchanged on Wednesday, as markets had expected.\n")
    assert doc.title is None


def test_a_release_date_line_completes_a_police_letterhead_and_a_report_credit_is_a_byline() -> None:
    doc = cleaned("MEDIA RELEASE\nNorthshore Constabulary\nFor immediate release: 9 April 2025\n\n"
                  "Witness appeal after van stolen from depot\n\n"
                  "Officers are asking anyone who saw a white van leave the depot on Tuesday night to "
                  "come forward.\n\nCall 101 with any information.\n")
    assert doc.title == "Witness appeal after van stolen from depot"
    assert not overlaps(doc, "For immediate release", doc.body)
    doc = cleaned("Schools in flood zones left without repairs\n\nA new study from the Coastal Schools Trust\n\n"
                  "Nearly half of the schools flooded two winters ago are still waiting for repairs, a charity "
                  "said in a study released on Monday.\n\nThe education ministry said funds had been set aside.\n")
    assert doc.title == "Schools in flood zones left without repairs"
    assert not overlaps(doc, "Coastal Schools Trust", doc.body)


def test_a_wire_advisory_to_editors_is_furniture() -> None:
    doc = cleaned("ADVISORY: Editors please note the governor's news conference has moved to 1500 GMT.\n\n"
                  "The governor will take questions on the budget on Friday, her office said.\n")
    assert in_spans(doc, "ADVISORY: Editors", doc.boilerplate)
    assert texts(doc, doc.body) == ["The governor will take questions on the budget on Friday, her office said."]


def test_a_short_line_set_against_a_page_number_mid_story_is_the_running_head() -> None:
    doc = cleaned("Audit office faults prison contracts\n\n"
                  "The audit office said on Tuesday that the prisons agency had paid for cleaning services it "
                  "never received and for repairs that were\n\nPage 7 of 30\nPrisons Audit 2025\n\n"
                  "never carried out. The agency said it had recovered most of the money.\n")
    assert in_spans(doc, "Prisons Audit 2025", doc.boilerplate)
    assert any(r.kind == "join" for r in doc.repairs)


def test_an_issuers_block_or_a_case_name_over_a_date_is_a_letterhead() -> None:
    doc = cleaned("Harbourside Constabulary\nIssued: 11 June 2025\n\nThree held over warehouse fire\n\n"
                  "Three teenagers have been arrested after a fire destroyed a disused warehouse near the "
                  "docks on Monday night.\n\nNobody was hurt.\n")
    assert doc.title == "Three held over warehouse fire"
    doc = cleaned("Roe v Northgate Water Board\nHigh Court, 4 March 2025\n\nJudge orders water board to pay flood "
                  "victims\n\nA judge ordered the water board to compensate 40 households whose homes flooded "
                  "when a main burst two years ago.\n\nThe board said it would appeal.\n")
    assert doc.title == "Judge orders water board to pay flood victims"


def test_a_digest_label_over_a_single_story_gives_way_to_its_headline() -> None:
    doc = cleaned("Weekend Roundup\n\nMarathon closes city centre roads on Sunday\n\n"
                  "Roads across the city centre will close from 6am on Sunday for the annual marathon, the "
                  "council said.\n\nBuses will be diverted.\n")
    assert doc.title == "Marathon closes city centre roads on Sunday"
    assert not overlaps(doc, "Weekend Roundup", doc.body)


def test_numbered_footnotes_under_a_pdf_copy_whose_marks_the_story_carries_are_furniture() -> None:
    text = ("Survey finds fewer nurses in rural clinics\n\n"
            "The number of nurses working in rural clinics fell by a fifth over five years, a health "
            "institute survey found.1 Most who left moved to city hospitals.2\n\n"
            "1 Based on the institute's 2023 workforce census.\n2 Includes agency staff.\n")
    doc = cleaned(text)
    assert in_spans(doc, "1 Based on", doc.boilerplate) and in_spans(doc, "2 Includes", doc.boilerplate)
    plain = text.replace("found.1", "found.").replace("hospitals.2", "hospitals.")
    assert not overlaps(cleaned(plain), "1 Based on", cleaned(plain).boilerplate)  # no marks: the story's own list


def test_a_parliament_record_header_leaves_the_debate_heading_as_the_title() -> None:
    doc = cleaned("House of Lords\nHansard\nVolume 801: debated on Monday 9 June 2025\n\nCoastal Ferry Subsidies\n\n"
                  "3.12 pm\n\nLord Marsh\nTo ask the Government what support they will give island ferry routes.\n\n"
                  "The Minister replied that a review of subsidies would report in the autumn.\n")
    assert doc.title == "Coastal Ferry Subsidies"
    assert not overlaps(doc, "House of Lords", doc.body)


def test_a_mails_labelled_subject_gives_way_to_the_releases_own_headline() -> None:
    text = ("From: Press Office <press@council.example>\nSent: Monday, 3 March 2025 09:12\n"
            "Subject: PRESS RELEASE - City opens bids for ferry service\n\n"
            "City opens bids for new harbour ferry service\n\n"
            "PORTSMOUTH, 3 March 2025 – The city council today opened bids for a new ferry service between the "
            "harbour and the island, the first tender since the route was privatised in 1999.\n")
    assert cleaned(text).title == "City opens bids for new harbour ferry service"


def test_a_word_hyphenated_over_a_line_break_is_read_whole() -> None:
    text = ("Engineers said the recon-\nstruction of the dam would start in spring, once the cross-\n"
            "border agreement with the upstream region had been signed by both sides.\n")
    doc = cleaned(text)
    breaks = [text[r.start : r.end] for r in doc.repairs if r.kind == "hyphen"]
    assert breaks == ["-\n", "\n"]  # a compound's own hyphen stays
    analysis = analysis_text(doc)
    assert "the reconstruction   of the dam" in analysis
    assert "the cross-border  agreement" in analysis
    assert len(analysis) == len(text)


def test_a_broken_hyphen_goes_in_a_dictionary_word_and_stays_in_a_compound() -> None:
    text = ("The ministry said the new levy would hit small-\nholders hardest, while a long-\nterm plan for "
            "rural banks was still being drafted be-\ncause officials in the capital disagreed.\n")
    analysis = analysis_text(cleaned(text))
    assert "the new levy would hit smallholders  " in analysis and "a long-term  plan" in analysis
    assert "drafted because   officials" in analysis  # a function word, which no dictionary of content words holds


def test_a_gazette_masthead_is_neither_title_nor_body() -> None:
    text = ("STATE GAZETTE\nOF THE PROVINCE OF NORTH ARDEN\n\nVol. 7 No. 19        Belmore, Tuesday, 8 April 2025\n\n"
            "Published by Authority\n\nDEPARTMENT OF HEALTH\n\nGovernment Notice No. 88 of 2025\n\n"
            "Opening hours of district clinics over the Easter holiday\n\n"
            "The Department of Health gives notice that all district clinics will close at noon on Good Friday "
            "and reopen at the usual time on the Tuesday after Easter.\n")
    doc = cleaned(text)
    assert doc.title == "Opening hours of district clinics over the Easter holiday"
    for furniture in ("STATE GAZETTE", "OF THE PROVINCE", "Published by Authority", "Government Notice No. 88"):
        assert in_spans(doc, furniture, doc.boilerplate)
    for label in ("Vol. 7 No. 19", "DEPARTMENT OF HEALTH"):
        assert not overlaps(doc, label, doc.body) and not overlaps(doc, label, doc.boilerplate)
    assert texts(doc, doc.body) == [text[text.index("The Department") :].strip()]


def test_an_issue_number_over_a_story_without_a_gazette_name_stays() -> None:
    text = ("Volunteers clear litter from the river bank\n\nIssue 4 of the parish newsletter went out on Monday, "
            "and more than forty volunteers answered its call to clear the river bank on Saturday morning.\n")
    doc = cleaned(text)
    assert doc.title == "Volunteers clear litter from the river bank" and doc.boilerplate == ()


def test_a_listen_time_a_live_entry_stamp_and_a_social_embed_are_not_body() -> None:
    text = ("Council votes to pedestrianise the old market square\n\nListen to this article\n6 min\n\n"
            "The town council voted on Monday to close the old market square to cars from next spring, after a "
            "two-year trial that traders had opposed.\n\n09:40 BST\n\n"
            "Shop owners said they would ask the council to delay the plan until the new car park opens.\n\n"
            "Our square, our town. Thank you to everyone who came to the meeting tonight!\n"
            "— Hal Brisco (@halbrisco) May 12, 2025\n")
    doc = cleaned(text)
    for furniture in ("6 min", "Our square, our town", "— Hal Brisco"):
        assert in_spans(doc, furniture, doc.boilerplate)
    assert not overlaps(doc, "09:40 BST", doc.body)
    assert len(doc.body) == 2
    dotted = cleaned(text.replace("09:40 BST", "Tue 09.40 BST"))
    assert not overlaps(dotted, "Tue 09.40 BST", dotted.body)


def test_consent_banner_breadcrumb_rail_and_labelled_caption_are_furniture() -> None:
    text = ("Your privacy choices\nThis website stores cookies on your device so that we can remember you.\n"
            "Reject all\nAccept\n\nSport › Cycling\n\nRiders protest over mountain stage safety\n\n"
            "Riders in the national tour stopped for ten minutes on Friday in protest at a descent they called "
            "dangerous. READ MORE: Tour organisers cut final climb\n\n"
            "The peloton waits at the foot of the pass. Photograph: Emil Dorsk/Velo Images\n\n"
            "More from Cycling:\nTeam doctor suspended for two years\nSprinter breaks collarbone in crash\n\n"
            "Organisers said the descent had been checked by police the night before.\n\n"
            "Do not sell or share my personal information\n")
    doc = cleaned(text)
    assert doc.title == "Riders protest over mountain stage safety"
    for furniture in ("Your privacy choices", "This website stores cookies", "Reject all", "Sport › Cycling",
                      "READ MORE: Tour organisers cut final climb", "The peloton waits", "More from Cycling:",
                      "Sprinter breaks collarbone", "Do not sell"):
        assert in_spans(doc, furniture, doc.boilerplate), furniture
    assert len(doc.body) == 2


def test_a_social_post_set_apart_from_its_sign_off_is_not_body() -> None:
    text = ("Library to stay open on Sundays\n\nThe city library will open on Sundays from next month after "
            "readers signed a petition, the council said on Thursday.\n\n"
            "Best news all week. Sunday afternoons at the library are back!\n\n"
            "— Pia Lund (@pialund) March 6, 2025\n\nThe change will cost about 90,000 euros a year.\n")
    doc = cleaned(text)
    assert in_spans(doc, "Best news all week", doc.boilerplate)
    assert not overlaps(doc, "readers signed a petition", doc.boilerplate)
    assert len(doc.body) == 2


@pytest.mark.parametrize("line", ["Listen (6 min)", "Play audio", "Gift this article", "We value your privacy",
                                  "We and our partners use cookies to measure how you use the site.",
                                  "Continue with recommended cookies", "This field is required",
                                  "Thanks for signing up!", "Please enter a valid email address", "Pinned post",
                                  "Live updates", "Open image in gallery", "Image 2 of 6", "Show comments",
                                  "Join the conversation", "Got a story tip? Write to desk@paper.example"])
def test_player_consent_and_sign_up_form_lines_are_furniture(line: str) -> None:
    text = ("Museum reopens after roof repairs\n\nThe city museum reopened on Saturday after an eight-month "
            f"closure to repair its roof, the director said.\n\n{line}\n\n"
            "Entry will be free for the first month, the museum added in a statement.\n")
    assert in_spans(cleaned(text), line, cleaned(text).boilerplate)


def test_a_gazette_head_with_the_states_name_and_a_priced_issue_line() -> None:
    text = ("THE KINGDOM OF SOLMARA\n\nTHE SOLMARA GAZETTE\n\nPublished by Authority\n"
            "(Registered as a Newspaper at the G.P.O.)\n\n"
            "Vol. XL—No. 12          HAVENPORT, 2nd May, 2025          Price 40 cents\n\n"
            "GAZETTE NOTICE NO. 518\n\nCLOSURE OF THE NORTH QUAY\n\n"
            "The Harbour Master gives notice that the North Quay will be closed to shipping from 10th May, 2025 "
            "until repairs to the sea wall are complete.\n")
    doc = cleaned(text)
    assert doc.title == "CLOSURE OF THE NORTH QUAY"
    for furniture in ("THE KINGDOM OF SOLMARA", "(Registered as a Newspaper", "GAZETTE NOTICE NO. 518"):
        assert in_spans(doc, furniture, doc.boilerplate)
    assert not overlaps(doc, "HAVENPORT", doc.body) and not overlaps(doc, "HAVENPORT", doc.boilerplate)
    assert len(doc.body) == 1


def test_a_paper_named_gazette_gives_its_storys_headline_as_the_title() -> None:
    text = ("Lakeside Gazette\n\nCity Council\n\nCouncil approves new cycle lanes after long debate\n\n"
            "The city council on Tuesday approved eight kilometres of new cycle lanes, the mayor said in a "
            "statement to reporters.\n")
    doc = cleaned(text)
    assert doc.title == "Council approves new cycle lanes after long debate"
    assert in_spans(doc, "Lakeside Gazette", doc.boilerplate)
    # a headline that only mentions a gazette is no masthead
    other = cleaned("Fares Rise in Gazette Notice\n\nFerry fares will rise by a tenth from June, according to a "
                    "notice published in the official gazette on Monday.\n")
    assert other.title == "Fares Rise in Gazette Notice" and other.boilerplate == ()


def test_a_clip_link_in_the_story_is_furniture_but_a_clip_kicker_on_the_headline_stays() -> None:
    text = ("Gales cut power to coastal towns\n\nStrong winds brought down lines along the coast on Tuesday, "
            "leaving thousands of homes without electricity.\n\nWatch: Spray sweeps over the harbour wall\n\n"
            "Forecasters said gusts could reach 80mph overnight.\n\nVIDEO: Crews clear fallen trees on the coast road\n\n"
            "Most homes should be reconnected by Thursday, the grid operator said.\n")
    doc = cleaned(text)
    for clip in ("Watch: Spray sweeps over the harbour wall", "VIDEO: Crews clear fallen trees on the coast road"):
        assert in_spans(doc, clip, doc.boilerplate) and not overlaps(doc, clip, doc.body)
    assert len(doc.body) == 3
    kicker = cleaned("WATCH: Lifeboat crew pulls two kayakers from the sea\n\nA lifeboat crew rescued two kayakers "
                     "who had capsized off the point on Sunday, the charity said.\n\nBoth were treated for cold.\n")
    assert kicker.title == "WATCH: Lifeboat crew pulls two kayakers from the sea"
    assert kicker.boilerplate == () and len(kicker.body) == 2


def test_live_blog_entry_headings_by_their_time_stamps_leave_the_body() -> None:
    text = ("Heatwave live: water restrictions spread as temperatures climb\n\n"
            "Hosepipe ban extended\n\n11:05 BST\n\nThe water company said its hosepipe ban would now cover two "
            "more counties from Friday.\n\n10:40 BST\n\nHospitals on alert\n\nHealth officials told hospitals to "
            "prepare for a rise in heat-related admissions over the weekend.\n")
    doc = cleaned(text)
    for head in ("Hosepipe ban extended", "Hospitals on alert"):
        assert in_spans(doc, head, doc.boilerplate) and not overlaps(doc, head, doc.body)
    assert len(doc.body) == 2
    # the stamp and the heading on one line ("09:15 BST – Reservoirs at record low")
    one_line = cleaned("Drought live: reservoirs fall again\n\n09:15 BST – Reservoirs at record low\n\nThe water "
                       "board said two reservoirs were below a fifth of capacity.\n\n08:50 BST\n\nA hosepipe ban "
                       "begins on Friday.\n\n08:20 BST – Minister to meet water firms\n\nThe meeting is set "
                       "for noon.\n")
    for head in ("09:15 BST – Reservoirs at record low", "08:20 BST – Minister to meet water firms"):
        assert in_spans(one_line, head, one_line.boilerplate) and not overlaps(one_line, head, one_line.body), head
    assert in_spans(one_line, "The meeting is set for noon.", one_line.body)
    # one time over a short line is no live blog: a schedule's line stays
    one = cleaned("Ferry timetable changes for winter\n\nThe ferry company will run fewer crossings from November, "
                  "it said on Monday.\n\n09:30 GMT\n\nFirst sailing\n\nThe later boats will be cancelled on weekdays.\n")
    assert in_spans(one, "First sailing", one.body)


def test_a_notices_signature_block_and_press_office_line_are_furniture() -> None:
    text = ("Declaration of a fire danger period\n\nThe Minister declares a fire danger period in the northern "
            "districts from 1 June 2025, during which open burning is banned.\n\nPermits issued before that date "
            "are cancelled.\n\nA. K. OSEI\nChief Fire Officer\nDepartment of Emergency Services\n\n"
            "Dated 28 May 2025\n")
    doc = cleaned(text)
    assert in_spans(doc, "A. K. OSEI\nChief Fire Officer\nDepartment of Emergency Services", doc.boilerplate)
    assert not overlaps(doc, "Dated 28 May 2025", doc.body)
    assert len(doc.body) == 2
    release = cleaned("Airport opens second runway\n\nThe regional airport opened its second runway on Monday, "
                      "adding room for 40 more flights a day.\n\nIssued by the Communications Office, Regional "
                      "Airports Board\n")
    assert in_spans(release, "Issued by the Communications Office", release.boilerplate)
    assert len(release.body) == 1
    # a name over a post inside the story is not a signature
    story = cleaned("Council names new planning chief\n\nThe council named its new head of planning on Friday.\n\n"
                    "Ruth Adeyemi\nHead of Planning\n\nShe will start in July and oversee the new housing plan, "
                    "the council said.\n")
    assert in_spans(story, "Ruth Adeyemi", story.body)


def test_an_acts_heading_goes_on_over_its_date_line() -> None:
    text = ("COUNCIL DECISION (EU) 2025/88\nof 3 February 2025\non the position to be taken on behalf of the "
            "Union in the joint committee on fisheries\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n\nWhereas the joint "
            "committee is to adopt new catch limits at its next meeting, the Union's position should be set.\n")
    doc = cleaned(text)
    assert doc.title == ("COUNCIL DECISION (EU) 2025/88 of 3 February 2025 on the position to be taken on behalf "
                         "of the Union in the joint committee on fisheries")
    assert not overlaps(doc, "on the position to be taken", doc.body)
    assert doc.title_span is not None and text[doc.title_span.start : doc.title_span.end] == "COUNCIL DECISION (EU) 2025/88"


def test_a_search_engines_cache_banner_is_furniture_and_names_the_pages_address() -> None:
    text = ("This is Google's cache of https://paper.example/mayor-quits. It is a snapshot of the page as it "
            "appeared on 4 Feb 2025 08:00:00 GMT. The current page could have changed in the meantime. Learn more.\n\n"
            "Full version Text-only version View source\n\n"
            "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.\n\n"
            "Mayor quits over housing plan\n\nThe mayor of Eastfield resigned on Monday after councillors voted "
            "down her housing plan for the third time.\n")
    doc = cleaned(text)
    assert doc.url == "https://paper.example/mayor-quits"
    for banner in ("This is Google's cache", "Full version Text-only", "Tip: To quickly"):
        assert in_spans(doc, banner, doc.boilerplate) and not overlaps(doc, banner, doc.body)
    assert doc.title == "Mayor quits over housing plan" and len(doc.body) == 1


def test_a_page_tables_rule_is_markup_and_its_rows_are_figures_not_dates() -> None:
    text = ("Reservoir levels keep falling\n\nThe reservoir was at 41 per cent of capacity last week, the "
            "water board said on Friday.\n\n| Year | Level |\n\n|---|---|\n\n| 2023 | 78 |\n\n| 2024 | 63 |\n\n"
            "Farmers said any cut would hit fruit growers hardest.\n")
    doc = cleaned(text)
    assert in_spans(doc, "|---|---|", doc.boilerplate)
    for row in ("| 2023 | 78 |", "| 2024 | 63 |"):
        assert in_spans(doc, row, doc.body), row


def test_a_stamp_label_left_by_its_dropped_date_is_no_paragraph() -> None:
    doc = cleaned("Council sells old depot\n\n· Updated\n\nThe council sold its old bus depot to a housing "
                  "association on Tuesday for 4 million pounds.\n")
    assert not overlaps(doc, "· Updated", doc.body) and len(doc.body) == 1


def test_a_pull_quote_repeating_the_storys_own_quote_is_furniture() -> None:
    text = ("Port chief defends crane contract\n\nThe port's chief executive defended the crane contract on "
            "Thursday.\n\n“We chose the safest cranes we could buy, not the cheapest,” said Hana Ilic, who has "
            "run the port since 2021.\n\n“We chose the safest cranes we could buy, not the cheapest”\n\n"
            "The union has called for an inquiry.\n\n“The contract was signed in a hurry.”\n")
    doc = cleaned(text)
    pull = "“We chose the safest cranes we could buy, not the cheapest”\n"
    start = text.index(pull)
    assert any(s.start <= start and start + len(pull) - 1 <= s.end for s in doc.boilerplate)
    assert in_spans(doc, "“We chose the safest cranes we could buy, not the cheapest,” said", doc.body)
    assert in_spans(doc, "“The contract was signed in a hurry.”", doc.body)  # a quote said once stays
    assert len(doc.body) == 4
    # a pull quote set without quote marks, of words the story quotes
    bare = cleaned("Port chief defends crane contract\n\nThe port's chief executive defended the crane contract on "
                   "Thursday.\n\n“We chose the safest cranes we could buy,” said Hana Ilic.\n\n"
                   "We chose the safest cranes we could buy\n\nThe union has called for an inquiry.\n")
    assert not overlaps(bare, "We chose the safest cranes we could buy\n", bare.body)
    # ... but a paragraph a wire copy repeats inside a longer one is no pull quote
    wire = cleaned("Grain exports fall\n\nGrain exports fell by a tenth in March, the ministry said.\n\nThe ministry "
                   "said grain exports fell by a tenth in March, the ministry said, citing lower harvests.\n")
    assert len(wire.body) == 2


def test_a_summary_boxs_label_is_furniture_and_its_bullets_stay_items_of_their_own() -> None:
    text = ("Ministry sets out plan for rural buses\n\nAt a glance\n- 300 new village routes by next spring\n"
            "- Fares capped at two pounds a trip\n- Routes reviewed every year\n\nThe transport ministry on "
            "Tuesday set out a plan to restore bus services to villages that lost them over the past decade.\n")
    doc = cleaned(text)
    assert in_spans(doc, "At a glance", doc.boilerplate) and not overlaps(doc, "At a glance", doc.body)
    for item in ("- 300 new village routes by next spring", "- Fares capped at two pounds a trip",
                 "- Routes reviewed every year"):
        assert any(text[s.start : s.end] == item for s in doc.body), item
    assert not [r for r in doc.repairs if r.kind == "join"]


def test_a_notice_signed_by_order_with_its_place_and_date_under_the_signature() -> None:
    text = ("PUBLIC NOTICE\n\nWater Board of Lake Arden\n\nSuspension of boat permits\n\nNotice is hereby given that "
            "all boat permits on the lake are suspended from 1 July 2025 while the dam is inspected.\n\nPermit "
            "holders will be refunded for the weeks lost.\n\nBy order of the Board,\n\nDr. M. Idowu\nChief "
            "Engineer\n\nLake Arden, 20 June 2025\n")
    doc = cleaned(text)
    assert doc.title == "Suspension of boat permits"
    assert not overlaps(doc, "Water Board of Lake Arden", doc.body)
    for furniture in ("By order of the Board,", "Dr. M. Idowu", "Chief Engineer", "Lake Arden, 20 June 2025"):
        assert in_spans(doc, furniture, doc.boilerplate), furniture
    assert len(doc.body) == 2
    release = cleaned("Clinic opens in river district\n\nA new health clinic opened in the river district on Monday, "
                      "the health ministry said.\n\nFor media enquiries call +44 20 7946 0000\n")
    assert in_spans(release, "For media enquiries call", release.boilerplate) and len(release.body) == 1


def test_a_writers_name_over_her_outlet_and_base_is_the_byline() -> None:
    text = ("Ferry operator drops winter sailings\n\nLena Markovic\nHarbour News, Fife\n\nThe island ferry will not "
            "run between November and February, its operator said on Tuesday.\n\nIslanders said they would be cut "
            "off from the mainland's hospitals.\n")
    doc = cleaned(text)
    assert not overlaps(doc, "Lena Markovic", doc.body) and not overlaps(doc, "Harbour News, Fife", doc.body)
    assert len(doc.body) == 2


def test_a_notices_serial_number_and_issuer_over_its_heading() -> None:
    text = ("GENERAL NOTICE No. 77\n\nMINISTRY OF LANDS\n\nCompulsory purchase of land for the ring road\n\n"
            "The Minister gives notice that the plots listed below will be acquired for the new ring road, and "
            "owners may lodge claims within sixty days.\n")
    doc = cleaned(text)
    assert doc.title == "Compulsory purchase of land for the ring road"
    assert in_spans(doc, "GENERAL NOTICE No. 77", doc.boilerplate)
    assert not overlaps(doc, "MINISTRY OF LANDS", doc.body) and len(doc.body) == 1


def test_a_newsletters_greeting_is_furniture_but_an_explainers_standfirst_stays() -> None:
    text = ("Harbour Briefing\n\nGood morning. Here's what you need to know today.\n\nFerry fares rise\n\n"
            "Ferry fares will rise by a tenth from June, the operator said on Tuesday, blaming fuel costs.\n")
    doc = cleaned(text)
    assert in_spans(doc, "Here's what you need to know today.", doc.boilerplate)
    assert in_spans(doc, "Ferry fares will rise", doc.body)
    explainer = cleaned("New tax rules for landlords\n\nThe new rules start in April. Here is what you need to know "
                        "about them and who will pay more.\n\nLandlords with more than two homes will pay a higher "
                        "rate, the finance ministry said.\n")
    assert in_spans(explainer, "Here is what you need to know about them", explainer.body)


@pytest.mark.parametrize("line", ["▶ Watch: Crowds gather outside the town hall", "Watch | Crews work through the night",
                                  "GALLERY: Flood damage along the river", "Podcast: Why bread costs more",
                                  "In pictures: The morning after the storm", "Watch the video above",
                                  "Listen to the podcast", "Video, 00:01:32Watch: The moment the wall fell"])
def test_links_to_clips_galleries_and_podcasts_in_the_story_are_furniture(line: str) -> None:
    text = ("Storm floods riverside homes\n\nThe river burst its banks on Tuesday, flooding dozens of homes, the "
            f"council said.\n\n{line}\n\nRepairs will take weeks, officials said.\n")
    doc = cleaned(text)
    assert in_spans(doc, line, doc.boilerplate) and not overlaps(doc, line, doc.body)
    # a sentence that starts with the word is the story's
    said = cleaned(text.replace(line, "Watch: the minister said the defences had held."))
    assert in_spans(said, "Watch: the minister said", said.body)


def test_an_interviews_closing_name_and_post_stay_in_the_body() -> None:
    """In a Q&A the guest's "Name / Post" at the foot may be the only place the guest is named."""
    text = ("Ten questions on the port strike\n\nQ: Why did talks break down on Monday evening after a week?\n\n"
            "A: Because the operator would not move on pay, and our members had waited long enough.\n\n"
            "Q: Will the strike spread to other ports along the coast this month?\n\n"
            "A: That depends on whether the operator returns to the table with a real offer.\n\n"
            "Rosa Varela\nPresident, Dock Workers' Federation\n")
    doc = cleaned(text)
    assert in_spans(doc, "Rosa Varela", doc.body)


@pytest.mark.parametrize("stamp", [
    "04.03.2025 | 10:15 Uhr",
    "4 Mar 2025 · 10:15 AM PST",
    "10:02 AM · Mar 4, 2025",
    "4th March 2025, 10:15am",
    "March 4, 2025 10:02 PT",
    "4 March 2025 – 10:15 HKT",
    "Tuesday, 4 March 2025, 10:02 hrs",
    "Originally published March 4, 2025",
    "Mar 4, 2025 10:02 p.m. local time",
])
def test_a_date_and_clock_stamp_is_never_the_headline(stamp: str) -> None:
    text = f"{stamp}\n\nFerry fares rise\n\nThe island ferry raised its fares by a tenth on Monday, the operator said.\n"
    doc = cleaned(text)
    assert doc.title != stamp and not overlaps(doc, stamp, doc.body)
    alone = cleaned(f"{stamp}\n\nThe island ferry raised its fares by a tenth on Monday, the operator said.\n")
    assert alone.title is None and not overlaps(alone, stamp, alone.body)


def test_a_name_broken_over_a_line_is_joined_and_real_compounds_keep_their_hyphen() -> None:
    text = ("The harbour master, Tomas Quil-\nlen said the Kremlin-\nbacked fleet and an Obama-\nera rule were gone. "
            "Ines Varga-\nLopez and Mary Ander-\nson agreed. Long-\nterm plans were dropped. Anti-\nwar groups "
            "and Franco-\nItalian firms disagreed with Al-\nqaida's claim and the Nobel-\nprize winner.\n")
    analysis = analysis_text(cleaned(f"Harbour deal\n\n{text}"))
    assert len(analysis) == len(text) + len("Harbour deal\n\n")
    for joined in ("Tomas Quillen   said", "Mary Anderson   agreed"):
        assert joined in analysis
    for kept in ("the Kremlin-backed  fleet", "an Obama-era  rule", "Ines Varga-Lopez  and", "Long-term  plans",
                 "Anti-war  groups", "Franco-Italian  firms", "Al-qaida 's", "the Nobel-prize  winner"):
        assert kept in analysis


def test_a_wire_datelines_closing_hyphen_reads_as_a_dash() -> None:
    text = "Navy seizes boats\n\nQUITO - Ecuador's navy said on Friday it had seized two boats.\n"
    start = text.index("QUITO")
    analysis = analysis_text(replace(cleaned(text), dateline_span=Span(start, start + 8)))
    assert analysis == text.replace("QUITO -", "QUITO —")
    assert analysis_text(cleaned(text)) == text  # no dateline found: the text as it is


def test_a_short_line_ending_on_a_words_hyphen_goes_on_over_the_break() -> None:
    text = "Rail Link Delayed Again\n\nThe Anglo-\nDutch group building the line expects to finish by 2028, it said.\n"
    doc = cleaned(text)
    assert doc.title == "Rail Link Delayed Again"
    assert texts(doc, doc.body) == [text[text.index("The Anglo") :].strip()]
    assert "The Anglo-Dutch  group" in analysis_text(doc)


def test_a_photo_caption_and_credit_inside_a_paragraph_are_furniture() -> None:
    text = ("Ferry fares rise\n\nThe operator said fares would rise by a tenth on Monday. Passengers queue at the "
            "pier on Sunday. (Photo: Ada Kern/Coast Wire) The new fares start in April.\n\n"
            "Officials said the first boats would arrive in 2026. A ferry leaves the harbour at dawn. "
            "Photograph: Ada Kern/AFP The rest will follow by 2030, they said.\n\n"
            "The minister said the deal was done. (Photo by Jo Bell) Talks resume in May.\n\n"
            "The coast guard said it was watching. A patrol boat nears the strait. (AP Photo/Ian Dorr) The navy "
            "said nothing.\n\nThe march was calm, police said. Crowds fill the square. Photo: Getty Images The "
            "crowd left by noon.\n\nThe minister spoke on Monday. Credit: The bank raised rates on Tuesday.\n")
    doc = cleaned(text)
    for furniture in ("Passengers queue at the pier on Sunday. (Photo: Ada Kern/Coast Wire)",
                      "A ferry leaves the harbour at dawn. Photograph: Ada Kern/AFP", "(Photo by Jo Bell)",
                      "A patrol boat nears the strait. (AP Photo/Ian Dorr)", "Crowds fill the square. Photo: Getty Images"):
        assert in_spans(doc, furniture, doc.boilerplate)
    for story in ("The operator said fares", "The new fares start in April.", "The rest will follow by 2030",
                  "The crowd left by noon.", "Credit: The bank raised rates",
                  "Officials said the first boats", "The minister said the deal was done.", "Talks resume in May."):
        assert in_spans(doc, story, doc.body) and not overlaps(doc, story, doc.boilerplate)


@pytest.mark.parametrize("byline", ["Written by Lena Ortiz and Karl Bauer in Vienna", "Words by Lena Ortiz",
                                    "Story by Lena Ortiz and Karl Bauer", "By Lena Ortiz and Karl Bau-\nmann"])
def test_labelled_and_wrapped_bylines_are_not_the_story(byline: str) -> None:
    text = (f"Tram strike ends\n\n{byline}\n\nTap to share\n\nVienna's tram drivers went back to work on Friday "
            "after a three-day strike, their union said.\n")
    doc = cleaned(text)
    assert doc.title == "Tram strike ends"
    assert texts(doc, doc.body) == ["Vienna's tram drivers went back to work on Friday after a three-day strike, "
                                    "their union said."]
    # a sentence that opens with the words is prose
    prose = cleaned("Tram strike ends\n\nWritten by a panel of judges, the ruling was read out on Friday.\n")
    assert texts(prose, prose.body) == ["Written by a panel of judges, the ruling was read out on Friday."]


@pytest.mark.parametrize("names", ["Irena Vos & Pavel Dunn", "Irena Vos, Ada Kern and Pavel Dunn",
                                   "Irena Vos and Pavel Dun-\nkley"])
def test_a_list_of_writers_names_under_the_headline_is_a_byline(names: str) -> None:
    text = (f"Port deal signed after long talks\n\n{names}\n\nRIGA — The port authority signed a deal with two "
            "shipping lines on Monday, its chairman said.\n")
    doc = cleaned(text)
    assert doc.title == "Port deal signed after long talks"
    assert texts(doc, doc.body) == [text[text.index("RIGA") :].strip()]
    # names below the story's first paragraph are the story's
    later = cleaned(f"Port deal signed after long talks\n\n{text[text.index('RIGA') :]}\n{names}\n\nThey signed it.\n")
    assert overlaps(later, "Irena Vos", later.body)


@pytest.mark.parametrize("marker", ["Continue reading below", "Continue reading the main story",
                                    "Advertisement - Continue Reading Below", "Scroll to continue", "Tap to share",
                                    "Link copied", "Share full article"])
def test_reading_and_sharing_prompts_inside_the_story_are_furniture(marker: str) -> None:
    text = (f"Harbour chief rules out sale\n\nThe harbour chief said on Monday the port would not be sold to any "
            f"buyer.\n\n{marker}\n\nTalks with two firms ended last month, he said.\n")
    doc = cleaned(text)
    assert in_spans(doc, marker, doc.boilerplate) and not overlaps(doc, marker, doc.body)


@pytest.mark.parametrize("byline", ["Irena Vos and Pavel Dunn | Baltic Wire", "By Irena Vos and Pavel Dunn/Baltic Wire",
                                    "Irena Vos and Pavel Dunn, Baltic News", "By Irena Vos & Pavel Dunn for The Courier",
                                    "By Irena Vos, Baltic Wire Updated 3:40 PM ET, Tue March 4, 2025"])
def test_writers_with_their_outlet_or_stamp_are_a_byline(byline: str) -> None:
    text = (f"Port deal signed after long talks\n\n{byline}\n\nRIGA — The port authority signed a deal with two "
            "shipping lines on Monday, its chairman said.\n")
    doc = cleaned(text)
    assert doc.title == "Port deal signed after long talks"
    assert texts(doc, doc.body) == [text[text.index("RIGA") :].strip()]


def test_a_live_blog_kicker_with_its_update_stamp_is_no_body_and_leaves_the_headline() -> None:
    text = ("Wildfire forces evacuation of hill villages\n\n*Live coverage, updated Friday, Aug. 8, 2025*\n\n"
            "Firefighters battled flames above three villages overnight, the regional authority said.")
    doc = clean(Document("d", text))
    assert doc.title == "Wildfire forces evacuation of hill villages"
    assert [text[s.start : s.end] for s in doc.body] == [text.rsplit("\n\n", 1)[1]]


def test_a_live_kicker_over_a_headline_without_a_date_is_no_update_line() -> None:
    text = "Live: updated rules anger grain farmers\n\nFarm groups protested the new rules on Monday, organisers said."
    doc = clean(Document("d", text))
    assert not any(text[s.start : s.end].startswith("Live:") for s in doc.boilerplate)


@pytest.mark.parametrize("first", [
    "OSLO - Ferries were held in port on Friday as gales swept the coast…",
    "OSLO - Ferries were held in port on Friday.",
])
def test_a_dateline_opening_the_first_line_needs_no_headline_above_it(first: str) -> None:
    text = f"{first}\n\nThe harbour master said crossings would resume once the wind dropped below gale force."
    doc = clean(Document("d", text))
    assert doc.title is None and doc.title_span is None
    assert doc.body[0].start == 0


def test_a_kicker_headline_in_capitals_with_a_dash_stays_the_headline() -> None:
    text = ("FACTBOX - What the new ferry rules change\n\nThe transport ministry published rules on Monday that "
            "limit crossings in high winds, officials said.")
    assert clean(Document("d", text)).title == "What the new ferry rules change"


def test_a_place_tag_before_a_title_case_headline_is_the_dateline_not_the_headline() -> None:
    # wire leads end in a full stop and run in sentence case: a Title-Case line without one is a headline,
    # and the capitals place before its dash is the story's dateline, not the headline's words
    text = ("ODESA - Grain Ships Wait Outside Port As Storm Closes In\n\n"
            "More than thirty bulk carriers waited at anchor on Sunday as a storm closed the harbour, "
            "the port authority said.")
    from storyline.dating import date_document

    doc = date_document(clean(Document("d", text)))
    assert doc.title == "Grain Ships Wait Outside Port As Storm Closes In"
    assert doc.title_span == Span(text.index("Grain"), text.index("\n"))
    assert doc.dateline == "Odesa"


def test_a_running_head_repeated_on_every_page_of_a_pdf_copy_is_no_headline() -> None:
    head = "THE HARBOUR LEDGER                                 Friday, 6 June 2025"
    text = (f"{head}\n\nTug crews vote to strike at three ports\n\nBy Mara Quist\n\n"
            "ROTTERDAM - Tug crews at three Dutch ports voted to strike next week, their union said on\n"
            "Thursday, in a dispute over night shifts. Ships may have to wait at anchor for\n\n1\n\n"
            f"\f{head}\n\nseveral days if the walkout goes ahead, a port spokesman said.\n\n2\n")
    doc = clean(Document("d", text))
    assert doc.title == "Tug crews vote to strike at three ports"
    second = text.rindex(head)
    assert any(s.start <= second and second + len(head) <= s.end for s in doc.boilerplate)
    assert any(text[s.start : s.end].strip() == "2" for s in doc.boilerplate)
    read = analysis_text(doc)
    assert "wait at anchor for" in read and "HARBOUR" not in read[second:] and "1" not in read[second - 10 : second]


def test_a_news_api_cut_off_mark_is_boilerplate_and_leaves_the_dateline() -> None:
    from storyline.dating import date_document

    text = "TROMSO - Ferry fares will rise 6% in March, the operator said. Fuel costs… [+1843 chars]"
    doc = date_document(clean(Document("d", text)))
    assert [text[s.start : s.end] for s in doc.boilerplate] == [" [+1843 chars]"]
    assert doc.dateline == "Tromso"


def test_a_photo_gallery_and_a_paywall_teaser_are_page_furniture() -> None:
    text = ("Storm floods valley towns\n\nHeavy rain flooded three valley towns on Sunday, officials said.\n\n"
            "1 of 4\n\nVolunteers fill sandbags outside the town hall\n\n2 of 4\n\nA road bridge washed away near the "
            "river\n\nSwipe for more photos\n\nThe mayor said repairs would take months.\n\n"
            "This article is for subscribers only.\n\nAlready a subscriber? Log in\n\n"
            "You've read 3 of 5 free articles this month.\n\nTo continue reading, subscribe for just 1 euro.")
    doc = clean(Document("d", text))
    body = " ".join(texts(doc, doc.body))
    assert body == ("Heavy rain flooded three valley towns on Sunday, officials said. "
                    "The mayor said repairs would take months.")


@pytest.mark.parametrize(("first", "title", "source"), [
    ("Port workers end strike | Reuters", "Port workers end strike", "Reuters"),
    ("Port workers end strike - Harbour Daily News", "Port workers end strike", "Harbour Daily News"),
    ("Port workers end strike – harbourpost.ee", "Port workers end strike", "harbourpost.ee"),
    ("Port workers end strike - union sources", "Port workers end strike - union sources", None),
])
def test_an_outlet_name_after_a_saved_page_headline_is_the_source(first: str, title: str, source: str | None) -> None:
    text = f"{first}\n\nDock workers went back to work on Monday after a three-day strike, the port authority said."
    doc = clean(Document("d", text))
    assert (doc.title, doc.source) == (title, source)
    assert doc.title_span is not None and text[doc.title_span.start : doc.title_span.end] == title
    assert "strike" not in analysis_text(doc)[doc.title_span.end : text.index("\n")]


@pytest.mark.parametrize("head", ["Grain Barges Stranded As River Falls", "Grain barges stranded as river falls"])
def test_a_flattened_copy_splits_its_headline_from_the_dateline_and_lead(head: str) -> None:
    from storyline.dating import date_document

    text = (f"{head} BUDAPEST - Dozens of grain barges were stranded on the river on Tuesday, the shipping "
            "authority said. Water levels are expected to keep falling, it said.")
    doc = date_document(clean(Document("d", text)))
    assert doc.title == head
    assert doc.dateline == "Budapest"
    assert [doc.text[s.start : s.end] for s in doc.body] == [text[len(head) + 1 :]]


@pytest.mark.parametrize("text", [
    "Workers at the plant run by ACME - a chemicals firm - walked out on Monday, the union said.",
    "Shares in the carmaker fell sharply on Monday after its chief executive quit, the exchange said.",
])
def test_a_first_sentence_with_a_capitals_name_and_a_dash_is_not_split(text: str) -> None:
    doc = clean(Document("d", text + "\n\nThe talks will resume on Friday, officials said."))
    assert doc.title is None
    assert doc.body[0].start == 0


def test_a_copied_page_head_with_cookie_buttons_and_a_menu_column_leaves_the_headline() -> None:
    text = ("We use cookies to give you the best experience on our website.\nAccept and close\nSkip to main content\n"
            "Home\nWorld\nBusiness\nOpinion\n\nFerry Fares Rise For Island Routes\n\nBy Ana Roe\n\n"
            "Ferry fares on island routes will rise 6% in March, the operator said on Monday.\n\n"
            "Share or comment on this article:\n")
    doc = clean(Document("d", text))
    assert doc.title == "Ferry Fares Rise For Island Routes"
    assert texts(doc, doc.body) == ["Ferry fares on island routes will rise 6% in March, the operator said on Monday."]


def test_a_forwarded_mail_keeps_only_the_forwarded_story() -> None:
    text = ("FYI - see below.\n\nAnna\n\n---------- Forwarded message ---------\nFrom: Press Office <press@port.example>\n"
            "Date: Wed, 11 Feb 2026 at 14:02\nSubject: Port opens new grain terminal\nTo: <anna@example.org>\n\n"
            "The port opened a new grain terminal on Wednesday, the port authority said.\n\n--\nPress Office\n"
            "Port Authority of Kessel\n+49 40 000 000\n\nThis e-mail and any attachments are confidential and intended "
            "solely for the addressee. If you received it in error, please delete it.\n")
    doc = clean(Document("d", text))
    assert doc.title == "Port opens new grain terminal"
    assert texts(doc, doc.body) == ["The port opened a new grain terminal on Wednesday, the port authority said."]
    assert not any("Date:" in b for b in texts(doc, doc.boilerplate))  # the forwarded mail's date stays for dating


def test_a_pull_quote_with_its_speaker_signed_under_it_is_furniture() -> None:
    text = ("Port closes after oil spill\n\nThe port was closed on Sunday after an oil spill, officials said.\n\n"
            "\"We will not reopen until the water is clean,\" harbour master Ana Roe said. \"Safety comes before "
            "trade every single time.\"\n\n\"Safety comes before trade every single time\"\n— Harbour master Ana Roe\n\n"
            "Clean-up crews worked through the night.")
    doc = clean(Document("d", text))
    assert texts(doc, doc.body)[-1] == "Clean-up crews worked through the night."
    assert len(doc.body) == 3


@pytest.mark.parametrize("byline", ["Written by Ana Roe on 03/03/2025", "Story by Ana Roe • 3h", "By Ana Roe on March 3, 2025"])
def test_bylines_with_their_day_or_age_leave_the_headline(byline: str) -> None:
    text = f"Ferry fares rise on island routes\n\n{byline}\n\nFerry fares on island routes will rise 6% in March, the operator said.\n"
    doc = clean(Document("d", text))
    assert doc.title == "Ferry fares rise on island routes"
    assert texts(doc, doc.body) == ["Ferry fares on island routes will rise 6% in March, the operator said."]


def test_a_topics_header_over_its_tag_lines_is_furniture() -> None:
    text = ("Ferry fares rise\n\nFerry fares will rise 6% in March, the operator said on Monday.\n\nTopics\n\nFerries\n\n"
            "Transport\n\nIsland life\n")
    doc = clean(Document("d", text))
    assert texts(doc, doc.body) == ["Ferry fares will rise 6% in March, the operator said on Monday."]


def test_a_web_page_printed_to_pdf_loses_the_browser_header_and_footer_and_keeps_its_address() -> None:
    head = "6/2/25, 9:41 AM                     Tug crews strike at three ports | Harbour Ledger"
    foot = "https://harbourledger.example/news/tug-strike                                   {}/2"
    text = (f"{head}\n\nTug crews strike at three ports\n\nTug crews at three ports walked out on Monday, their union "
            f"said.\n\n{foot.format(1)}\n\n{head}\n\nShips waited at anchor overnight, the port said.\n\n{foot.format(2)}\n")
    doc = clean(Document("d", text))
    assert doc.title == "Tug crews strike at three ports"
    assert texts(doc, doc.body) == ["Tug crews at three ports walked out on Monday, their union said.",
                                    "Ships waited at anchor overnight, the port said."]
    assert doc.url == "https://harbourledger.example/news/tug-strike"


@pytest.mark.parametrize("mark", [" […]", " [...]", " Continue reading →", " Read more »", " [+2214 chars]"])
def test_a_cut_off_mark_closing_an_excerpt_is_boilerplate(mark: str) -> None:
    text = f"The port reopened on Monday after a three-day strike, the port authority said.{mark}"
    doc = clean(Document("d", text))
    assert texts(doc, doc.boilerplate) == [mark]


def test_a_syndicated_copy_with_the_outlet_over_its_stamp_and_a_quote_box_keeps_the_story() -> None:
    text = ("Valley Post\nTue, March 10, 2026 at 9:02 AM UTC\n2 min read\n\nIn this article:\nFJORD-B.OL\n-2.4%\n\n"
            "Ferry Operator Cuts Winter Sailings As Fuel Costs Rise\n\n"
            "A Norwegian ferry operator will cut its winter sailings by a fifth as fuel costs rise, the company said.\n\n"
            "Story continues\n\nThe cuts start in November, it said.\n\nPrivacy Dashboard\n\nRecommended Stories\n"
            "Shipping stocks slide again\nWhy fares are rising\n")
    doc = clean(Document("d", text))
    assert doc.title == "Ferry Operator Cuts Winter Sailings As Fuel Costs Rise"
    assert texts(doc, doc.body) == [
        "A Norwegian ferry operator will cut its winter sailings by a fifth as fuel costs rise, the company said.",
        "The cuts start in November, it said."]


def test_the_bullets_under_a_key_points_label_are_a_summary_box() -> None:
    text = ("Bank profit jumps on higher rates\n\nKey points:\n- Profit rose 24%\n- The dividend rises 10%\n\n"
            "The bank reported a 24% rise in quarterly profit on Wednesday, helped by higher interest rates, and raised "
            "its dividend by 10%, its chief executive said.\n\nShares rose 3% in early trade.\n")
    doc = clean(Document("d", text))
    assert texts(doc, doc.body) == [text.split("\n\n")[2].strip(), "Shares rose 3% in early trade."]
