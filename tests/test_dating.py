"""Dating: DCT from metadata, datelines (with inferred years), URLs, bylines; update stamps; bounds."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from storyline.dating import date_document
from storyline.records import Document, Span
from tests.conftest import GOLD


def _date(text: str, **kw: Any) -> Document:
    return date_document(Document("d", text, **kw))


def _ev(doc: Document) -> str | None:
    ev = doc.published.evidence
    return None if ev is None else doc.text[ev.start : ev.end]


# --------------------------------------------------------------------------- seeds


def _seeds(seeds_dir: Path) -> dict[str, Document]:
    from storyline.clean import clean

    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    out = {}
    for entry in gold["documents"]:
        text = (seeds_dir / entry["file"]).read_text(encoding="utf-8")
        doc = clean(Document(entry["file"], text))
        if not doc.boilerplate and entry.get("boilerplate"):
            spans = [Span(i, i + len(b)) for b in entry["boilerplate"] if (i := text.find(b)) >= 0]
            doc = Document(entry["file"], text, boilerplate=tuple(spans))
        out[entry["file"][:3]] = date_document(doc)
    return out


def test_seed_dates(seeds_dir: Path) -> None:
    if not GOLD.is_file():
        pytest.skip("gold not present")
    docs = _seeds(seeds_dir)
    d0, d3, d4 = docs["000"], docs["003"], docs["004"]
    # dateline with no year: the weekday ("on Sunday") and the event name's year settle it
    assert (d0.published.value, d0.published.how, _ev(d0)) == ("2021-11-14", "dateline", "November 14th")
    assert (d0.dateline, d0.source) == ("Dubai", "Interfax")
    # date line under the headline; the update stamp is kept apart
    assert (d3.published.value, d3.published.how) in (("2021-06-02", "byline"), ("2021-06-02", "url"))
    d3b = date_document(dataclasses.replace(d3, url=None))  # clean() may read the url off the page
    assert (d3b.published.value, d3b.published.how, _ev(d3b)) == ("2021-06-02", "byline", "June 02, 2021")
    assert d3.updated is not None and d3.updated.value == "2021-06-03T14:15"
    assert d3.updated.evidence is not None
    assert d3.text[d3.updated.evidence.start : d3.updated.evidence.end] == "2:15 p.m. on June 3"
    # nothing dates 004; the donation banner's 2024 must not leak into value or bounds
    assert d4.published.value == "unresolved"
    assert d4.published.bounds is not None and d4.published.bounds[0] == "2015-12"
    assert "2024" not in repr(d4.published) and d4.updated is None


def test_seed_url_wins_over_byline(seeds_dir: Path) -> None:
    text = (seeds_dir / "003_686f40a9de8b5d4e.txt").read_text(encoding="utf-8")
    doc = _date(text, url="https://www.example.com/2021/06/02/some-story-a1")
    assert (doc.published.value, doc.published.how) == ("2021-06-02", "url")


# --------------------------------------------------------------------------- given metadata


def test_given_published_wins() -> None:
    doc = _date("MOSCOW, June 2 (Reuters) - Talks went on.", given_published="2020-01-05T09:30")
    assert (doc.published.value, doc.published.how) == ("2020-01-05T09:30", "given")
    assert (doc.dateline, doc.source) == ("Moscow", "Reuters")


def test_bad_given_published_is_reported_not_trusted() -> None:
    doc = _date("A quiet day with no date at all.", given_published="2021-13-45")
    assert doc.published.value == "unresolved"
    assert any("2021-13-45" in e for e in doc.errors)


def test_source_is_not_overwritten() -> None:
    doc = _date("MOSCOW, June 2, 2021 (Reuters) - Talks went on.", source="Wire Desk")
    assert doc.source == "Wire Desk"
    assert doc.published.value == "2021-06-02"


# --------------------------------------------------------------------------- datelines


def test_dateline_year_from_weekday_and_past_dates() -> None:
    text = (
        "MOSCOW, June 2 (Reuters) - The minister said on Wednesday that the contract signed on "
        "December 7, 2020 was being honoured."
    )
    doc = _date(text)
    # 2 June was a Wednesday in 2021, not in 2020; the article cannot predate 7 December 2020
    assert (doc.published.value, doc.published.how, _ev(doc)) == ("2021-06-02", "dateline", "June 2")
    assert (doc.dateline, doc.source) == ("Moscow", "Reuters")


def test_dateline_stated_year_and_agency_casing() -> None:
    doc = _date("Paris. March 3, 2019. AGENCE-PRESSE - Ministers met.\nMore text.")
    assert (doc.published.value, doc.dateline, doc.source) == ("2019-03-03", "Paris", "Agence-Presse")


def test_dateline_year_from_event_name() -> None:
    text = "Berlin. September 5. WIRENEWS - Visitors to the Expo-2019 pavilion met the team first shown in May 2018."
    doc = _date(text)
    assert (doc.published.value, doc.source) == ("2019-09-05", "Wirenews")


def test_dateline_wrong_weekday_stays_unresolved_with_bounds() -> None:
    # 3 March was not a Friday in 2019 or 2020: no year can be trusted
    text = "Rome, March 3 - The talks, held on Friday, built on a pact signed in 2019.\n"
    doc = _date(text)
    assert doc.published.value == "unresolved"
    assert (doc.published.how, _ev(doc)) == ("dateline", "March 3")
    assert doc.published.bounds == ("2019-12", None)
    assert doc.dateline == "Rome"


def test_weekday_with_only_an_old_year_is_not_enough() -> None:
    # a bare year says little about how recent the story is: no guess
    doc = _date("MOSCOW, June 2 (Reuters) - The minister said on Wednesday that the 2020 contract stands.")
    assert doc.published.value == "unresolved"
    assert doc.published.bounds == ("2020-12", None)


def test_dateline_without_evidence_is_unresolved() -> None:
    doc = _date("LONDON, Jan 26 - Shares fell as traders weighed the outlook.")
    assert (doc.published.value, doc.published.bounds, doc.dateline) == ("unresolved", None, "London")


def test_dateline_without_date_still_names_city_and_agency() -> None:
    doc = _date("KYIV (AFP) - Sirens sounded.\n\nPublished 3 May 2022\n")
    assert (doc.dateline, doc.source) == ("Kyiv", "AFP")
    assert (doc.published.value, doc.published.how) == ("2022-05-03", "byline")


def test_plain_sentence_is_not_a_dateline() -> None:
    doc = _date("The U.S. said on Monday, June 7 - or so it seemed - that talks would go on.")
    assert doc.dateline is None


# --------------------------------------------------------------------------- url, byline


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/world/2021/06/02/talks-resume",
        "https://news.example.org/world/2021-06-02-talks-resume",
        "https://news.example.org/world/talks-resume-20210602.html",
    ],
)
def test_url_dates(url: str) -> None:
    doc = _date("Talks resumed on Monday.", url=url)
    assert (doc.published.value, doc.published.how) == ("2021-06-02", "url")


def test_url_without_a_date() -> None:
    doc = _date("Talks resumed.", url="https://news.example.org/world/story-12345678")
    assert doc.published.how == "none"


def test_byline_forms() -> None:
    text = "# Leaders Meet\n\nBy Jane Roe | Published: 2 June 2021\n\nLeaders met in the capital."
    doc = _date(text, title_span=Span(0, 14))
    assert (doc.published.value, doc.published.how, _ev(doc)) == ("2021-06-02", "byline", "2 June 2021")


def test_sentence_with_a_date_is_not_a_byline() -> None:
    doc = _date("Leaders agreed on June 2, 2021 that the old treaty would lapse.")
    assert doc.published.value == "unresolved"
    doc = _date("Periods ended January 31, 2021\n\nShr 12 cts vs nine cts")
    assert doc.published.value == "unresolved"


# --------------------------------------------------------------------------- boilerplate, updates, bounds


def test_boilerplate_dates_never_count() -> None:
    banner = "Since July 1, 2024, we have switched off all ads.\n"
    text = banner + "\nKremlin Backs Deal\n\nThe deal followed a crisis in late 2015, officials said.\n"
    doc = _date(text, boilerplate=(Span(0, len(banner) - 1),))
    assert doc.published.value == "unresolved"
    assert doc.published.bounds == ("2015-12", None)
    # even without the span, a sentence-like banner is not taken for a byline
    assert _date(text).published.value == "unresolved"


def test_update_stamp_is_kept_apart() -> None:
    text = "June 3, 2021\n\n_Last updated: 10:05 a.m. June 4_\n\nThe court met on Thursday."
    doc = _date(text)
    assert doc.published.value == "2021-06-03"
    assert doc.updated is not None and doc.updated.value == "2021-06-04T10:05"


def test_update_with_year_bounds_an_undated_article() -> None:
    text = "Updated June 5, 2021\n\nThe deal followed months of talks that began in March 2020."
    doc = _date(text)
    assert doc.published.value == "unresolved"
    assert doc.updated is not None and doc.updated.value == "2021-06-05"
    assert doc.published.bounds == ("2020-03", "2021-06-05")


def test_a_clock_time_before_the_date_in_an_update_stamp_and_relative_dates_read_against_it() -> None:
    from storyline.timex import reference_date
    from storyline.timex.tagger import tag

    text = ("Border clash\n\nUpdated 3:40 p.m. ET, Tue June 4, 2024\n\n"
            "Troops exchanged fire overnight, both sides said on Tuesday.")
    doc = _date(text)
    assert doc.updated is not None and doc.updated.value == "2024-06-04T15:40"
    assert doc.published.value == "unresolved"  # an update is not the publication
    # the stamp's evidence is its time and its date; that date bounds the publication only from above (a
    # story updated on June 4 may have been published before)
    assert doc.updated.evidence is not None
    assert text[doc.updated.evidence.start : doc.updated.evidence.end] == "3:40 p.m. ET, Tue June 4, 2024"
    assert doc.published.bounds == (None, "2024-06-04")
    assert reference_date(doc) == "2024-06-04"  # but the story's "Tuesday" is read against it
    tuesday = next(t for t in tag(text, reference_date(doc)) if t.text == "Tuesday")
    assert tuesday.value == "2024-06-04"
    assert reference_date(_date("The deal was signed on Tuesday.")) is None


def test_sentence_that_mentions_updating_is_not_a_stamp() -> None:
    doc = _date("June 3, 2021\n\nThe firm updated its forecast on Monday.")
    assert doc.updated is None


def test_future_dates_do_not_raise_the_lower_bound() -> None:
    doc = _date("The talks began in 2019. A summit will be held in June 2030.")
    assert doc.published.bounds == ("2019-12", None)


@pytest.mark.parametrize(
    ("text", "city", "evidence"),
    [
        ("AMSTERDAM, 2 March - The central bank said it accepted bids.", "Amsterdam", "2 March"),
        ("Caracas, feb 26 - officials said the talks went well.", "Caracas", "feb 26"),
        ("WASHINGTON, D.C., Sunday, June 6 (Wire) — Lawmakers met.", "Washington, D.C.", "Sunday, June 6"),
    ],
)
def test_dateline_forms(text: str, city: str, evidence: str) -> None:
    doc = _date(text)
    assert (doc.dateline, _ev(doc)) == (city, evidence)


def test_a_dateline_set_off_by_dashes() -> None:
    doc = _date("Harbour reopens\n\nOSLO — Feb. 11, 2025 — The port reopened on Tuesday after a storm.\n")
    assert (doc.published.value, doc.published.how, doc.dateline) == ("2025-02-11", "dateline", "Oslo")
    assert _ev(doc) == "Feb. 11, 2025"


def test_an_update_stamp_keeps_the_clock_time_after_its_date() -> None:
    doc = _date("Ferry strike ends\nPublished 9 April 2025, 08:05 GMT\nUpdated 9 April 2025, 16:30 GMT\n\n"
                "Ferry crews returned to work on Wednesday after a three-day walkout.\n")
    assert doc.published.value == "2025-04-09"
    assert doc.updated is not None and doc.updated.value == "2025-04-09T16:30Z"
    assert doc.text[doc.updated.evidence.start : doc.updated.evidence.end] == "9 April 2025, 16:30 GMT"


def test_a_byline_with_publication_and_update_dates_on_one_line() -> None:
    doc = _date("Council rejects tower plan\nBy Lena Ortiz\nMar 3, 2025 Updated Mar 4, 2025\n\n"
                "The city council on Monday rejected plans for a 40-storey tower.\n")
    assert (doc.published.value, _ev(doc)) == ("2025-03-03", "Mar 3, 2025")
    assert doc.updated is not None and doc.updated.value == "2025-03-04"
    doc = _date("Grain prices climb\nPUBLISHED: 07:10 EDT, 2 May 2025 | UPDATED: 12:45 EDT, 2 May 2025\n\n"
                "Wheat futures rose for a third day.\n")
    assert doc.published.value == "2025-05-02"
    assert doc.updated is not None and doc.updated.value == "2025-05-02T12:45"


def test_a_year_naming_a_plan_does_not_bound_the_article() -> None:
    doc = _date("ROME, 9 Oct (ANSA) - Ministers argued on Thursday over the 2026 spending plan.")
    assert doc.published.value == "unresolved" and doc.published.bounds is None


def test_datelines_ended_by_a_colon_or_by_the_agency() -> None:
    doc = _date("Heatwave grips north\n\nCHENNAI, May 14: The weather office said on Tuesday that temperatures would rise.")
    assert (doc.dateline, doc.published.how, _ev(doc)) == ("Chennai", "dateline", "May 14")
    doc = _date("Heatwave grips north\n\nLucknow, May 14 (IANS) The weather office issued an alert.")
    assert (doc.dateline, doc.source, _ev(doc)) == ("Lucknow", "IANS", "May 14")


def test_an_upper_case_city_is_title_cased_beside_its_country() -> None:
    doc = _date("Port reopens\n\nMOMBASA, Kenya, Aug. 2, 2025 (AFP) - The port reopened after a strike.")
    assert (doc.dateline, doc.published.value) == ("Mombasa, Kenya", "2025-08-02")


def test_update_stamps_with_a_weekday_first_or_a_clock_time_after_at() -> None:
    doc = _date("Ferry sinks\nTue 6 May 2025 09.10 BST\nLast modified on Wed 7 May 2025 11.25 BST\n\n"
                "A ferry sank off the coast on Monday.\n")
    assert doc.published.value == "2025-05-06"
    assert doc.updated is not None and doc.updated.value == "2025-05-07T11:25"
    doc = _date("Ferry sinks\nUpdated on May 7, 2025 at 4:05 pm\nPublished on May 6, 2025 at 9:00 am\n\n"
                "A ferry sank off the coast on Monday.\n")
    assert doc.published.value == "2025-05-06"
    assert doc.updated is not None and doc.updated.value == "2025-05-07T16:05"


def test_a_reading_time_beside_the_date_keeps_it_a_byline() -> None:
    doc = _date("Ferry sinks\nMay 6, 2025 · 4 min read\n\nA ferry sank off the coast on Monday.\n")
    assert (doc.published.value, doc.published.how) == ("2025-05-06", "byline")
    doc = _date("Ferry sinks\nPosted May 6, 2025 by Jo Park in Maritime\n\nA ferry sank off the coast on Monday.\n")
    assert (doc.published.value, doc.published.how) == ("2025-05-06", "byline")
    doc = _date("Ferry sinks\nUpdated: May 7, 2025 | Published: May 6, 2025\n\nA ferry sank off the coast on Monday.\n")
    assert (doc.published.value, _ev(doc)) == ("2025-05-06", "May 6, 2025")
    assert doc.updated is not None and doc.updated.value == "2025-05-07"


def test_payment_maturity_and_start_dates_do_not_raise_the_lower_bound() -> None:
    doc = _date("The utility sold bonds maturing in 2031 in 2019. The dividend is payable April 10, 2020, and "
                "deliveries were set for early 2022, starting in 2021.")
    assert doc.published.bounds == ("2019-12", None)


def test_a_date_before_the_city_is_a_dateline() -> None:
    doc = _date("March 4, 2025 — ACCRA (Wire) — Cocoa farmers began a strike on Monday.\n")
    assert (doc.published.value, doc.published.how, doc.dateline, _ev(doc)) == ("2025-03-04", "dateline", "Accra", "March 4, 2025")
    assert doc.source == "Wire"
    doc = _date("4 March 2025 - ACCRA - Cocoa farmers began a strike.\n")
    assert (doc.published.value, doc.dateline) == ("2025-03-04", "Accra")
    doc = _date("Tuesday, March 4, 2025 — ACCRA — Cocoa farmers began a strike.\n")
    assert (doc.published.value, doc.dateline) == ("2025-03-04", "Accra")  # the weekday is no city
    assert _date("March 4, 2025 — AFP — Cocoa farmers began a strike.\n").dateline is None  # an agency, no city


def test_a_numeric_date_after_the_city_is_a_dateline() -> None:
    doc = _date("Kampala, 04.03.2025 - Cocoa farmers began a strike on Monday.\n")
    assert (doc.published.value, doc.dateline, _ev(doc)) == ("2025-03-04", "Kampala", "04.03.2025")
    doc = _date("KAMPALA, 2025-03-04 (Wire) - Cocoa farmers began a strike.\n")
    assert (doc.published.value, doc.dateline) == ("2025-03-04", "Kampala")
    doc = _date("KAMPALA, 25/03/2025 - Cocoa farmers began a strike.\n")  # no 25th month: day/month
    assert doc.published.value == "2025-03-25"
    assert _date("Kampala, 2025/03/04 - Cocoa farmers began a strike.\n").published.value == "2025-03-04"


def test_a_full_date_opening_the_story_is_a_dateline_without_a_city() -> None:
    doc = _date("Diesel climbs again\n\nMay 7, 2025 - Diesel prices rose for a fourth week on Tuesday.\n")
    assert (doc.published.value, doc.published.how, doc.dateline, _ev(doc)) == ("2025-05-07", "dateline", None, "May 7, 2025")
    # a chronology of "date - what happened" lines names no publication day
    doc = _date("May 7, 2025 - Diesel prices rose.\nMay 9, 2025 - The ministry cut duties.\n")
    assert doc.published.value == "unresolved"


def test_a_yearless_dateline_takes_the_year_of_the_update_stamp_over_it() -> None:
    doc = _date("Rates rise\nUpdated 8:05 a.m. ET, Mon Jan 6, 2025\n\nQUITO, Jan. 5 (Wire) - The central bank "
                "raised its main rate, the second rise in a month.\n")
    assert (doc.published.value, _ev(doc)) == ("2025-01-05", "Jan. 5")
    doc = _date("Updated Jan 3, 2025\n\nQUITO, Dec. 30 (Wire) - The central bank raised its main rate.\n")
    assert doc.published.value == "2024-12-30"  # the stamp falls after the new year
    doc = _date("Updated Jan 3, 2025\n\nQUITO, Jan. 20 (Wire) - The central bank raised its main rate.\n")
    assert doc.published.value == "unresolved"  # the dateline's day cannot follow its update by a year


def test_an_anniversary_of_a_dated_event_gives_the_datelines_year() -> None:
    doc = _date("HAVANA, Aug. 12 (Wire) - Crowds gathered on Tuesday to mark the 30th anniversary of the "
                "hurricane that hit the island on Aug. 12, 1995.\n")
    assert (doc.published.value, _ev(doc)) == ("2025-08-12", "Aug. 12")
    # the weekday must agree: Aug. 12, 2025 is no Monday
    doc = _date("HAVANA, Aug. 12 (Wire) - Crowds gathered on Monday to mark the 30th anniversary of the "
                "hurricane that hit the island in 1995.\n")
    assert doc.published.value == "unresolved"


def test_a_yearless_dateline_takes_its_year_from_a_photo_captions_date_when_the_weekday_agrees() -> None:
    story = ("NAIROBI, March 4 (Wire) - Engineers opened the new river bridge on Tuesday, a year late and "
             "over budget, the roads agency said.\n\n{caption}\n\nTraffic is expected to double by the end of "
             "the decade, the agency said in a statement.\n")
    caption = "Photo: Workers lay the last span of the bridge near Kisumu, Feb. 27, 2025. (Wire/Ann Roe)"

    def dated(text: str) -> Document:
        from storyline.clean import clean

        doc = date_document(clean(Document("d", text)))
        assert [text[b.start : b.end] for b in doc.boilerplate] == [text.split("\n\n")[1]]  # the caption
        return doc

    doc = dated(story.format(caption=caption))
    assert (doc.published.value, _ev(doc)) == ("2025-03-04", "March 4")
    # a file photo may be years old; a weekday that fits neither year leaves the date open
    assert dated(story.format(caption="File photo: " + caption[7:])).published.value == "unresolved"
    assert dated(story.format(caption=caption[:-1] + "/File)")).published.value == "unresolved"
    assert dated(story.format(caption=caption).replace("Tuesday", "Monday")).published.value == "unresolved"


def test_a_date_after_the_agency_is_a_dateline() -> None:
    doc = _date("Deal talks stall\n\nOSLO (Wire) Feb 3, 2025 - Talks on a new fishing deal stalled on Monday.\n")
    assert (doc.published.value, doc.dateline, doc.source, _ev(doc)) == ("2025-02-03", "Oslo", "Wire", "Feb 3, 2025")


# --------------------------------------------------------------------------- the dateline's span


@pytest.mark.parametrize(("text", "city", "opening"), [
    ("Port strike ends\n\nROTTERDAM — Dock workers went back to work on Friday.", "Rotterdam", "ROTTERDAM — "),
    ("SALT LAKE CITY, Utah - The council voted on Tuesday.", "Salt Lake City, Utah", "SALT LAKE CITY, Utah - "),
    ("> QUITO — Rains flooded the valley.", "Quito", "QUITO — "),
    ("KYIV (AFP) - Sirens sounded at dawn.", "Kyiv", "KYIV (AFP) - "),
    ("LISBON, Feb. 9, 2023 (Xyz Wire) - Ministers met.", "Lisbon", "LISBON, Feb. 9, 2023 (Xyz Wire) - "),
])
def test_the_dateline_span_covers_the_whole_dateline(text: str, city: str, opening: str) -> None:
    doc = _date(text)
    assert doc.dateline == city
    assert doc.dateline_span is not None
    assert text[doc.dateline_span.start : doc.dateline_span.end].endswith(opening)
    assert text[doc.dateline_span.end :][0].isupper()  # the story's own words start there


@pytest.mark.parametrize("text", [
    "BREAKING — Parliament has been dissolved.",
    "UPDATE - The vote was postponed.",
    "AFP — Ministers met on Friday.",
    "A — B testing was used.",
    "The U.S. — and its allies — said nothing.",
])
def test_kickers_and_prose_are_no_place_datelines(text: str) -> None:
    doc = _date(text)
    assert doc.dateline is None and doc.dateline_span is None


def test_dateline_end_is_the_one_reader_annotators_ask() -> None:
    from storyline.dating import dateline_end

    text = "Title line\nWASHINGTON — Sen. Ana Ruiz said on Monday that the bill would pass."
    start = text.index("WASHINGTON")
    assert text[dateline_end(text, start) :].startswith("Sen. Ana Ruiz")  # type: ignore[misc]
    assert dateline_end(text, text.index("Sen.")) is None


def test_a_decade_sets_no_lower_bound() -> None:
    # "completion in the mid-2030s" is a target, and any decade is too coarse a mark for a bound
    doc = _date("Rail plan\n\nThe latest estimate puts completion in the mid-2030s at the earliest.")
    assert doc.published.value == "unresolved" and doc.published.bounds is None
    doc = _date("Rail plan\n\nThe line opened in 2019 after delays through the 2010s.")
    assert doc.published.bounds == ("2019-12", None)


@pytest.mark.parametrize(("text", "city", "source", "opening"), [
    ("NEW DELHI/ISLAMABAD, May 8 (Wire) - The two armies traded fire overnight.", "New Delhi/Islamabad", "Wire",
     "NEW DELHI/ISLAMABAD, May 8 (Wire) - "),
    ("GAZA CITY/JERUSALEM (Wire) - Talks resumed on Tuesday.", "Gaza City/Jerusalem", "Wire",
     "GAZA CITY/JERUSALEM (Wire) - "),
    ("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Robotics Inc. today announced a partnership.", "San Jose, Calif.",
     "Business Wire", "SAN JOSE, Calif.--(BUSINESS WIRE)--"),
    ("OSLO, 4 June 2025 /PRNewswire/ -- Globex today reported revenue of 1.2 billion crowns.", "Oslo", "PR Newswire",
     "OSLO, 4 June 2025 /PRNewswire/ -- "),
    ("MINSK, March 3. /TASS/. The ministry said on Monday it would respond.", "Minsk", "TASS",
     "MINSK, March 3. /TASS/. "),
    ("Washington (CNN) — The Senate passed the bill on Thursday.", "Washington", "CNN", "Washington (CNN) — "),
    ("Mexico City, Mexico (AP) — Rains killed 12 people.", "Mexico City, Mexico", "AP", "Mexico City, Mexico (AP) — "),
    ("RIO DE JANEIRO, Brazil (AP) — Floods hit the city.", "Rio de Janeiro, Brazil", "AP",
     "RIO DE JANEIRO, Brazil (AP) — "),
])
def test_joint_cities_press_release_wires_and_title_case_places(text: str, city: str, source: str, opening: str) -> None:
    doc = _date(text)
    assert (doc.dateline, doc.source) == (city, source)
    assert doc.dateline_span is not None
    assert text[doc.dateline_span.start : doc.dateline_span.end] == opening


@pytest.mark.parametrize("text", [
    "Apple (AAPL) - shares rose on Monday after the report.",
    "Tesla (TSLA) — shares fell 5% on Tuesday.",
])
def test_a_stock_ticker_is_no_wire(text: str) -> None:
    doc = _date(text)
    assert doc.dateline is None and doc.source is None


def test_a_blog_stamp_by_an_account_name_is_a_byline() -> None:
    doc = _date("Road to reopen\n\nPosted on March 3rd, 2025 by admin\n\nThe council said on Monday that the road "
                "would reopen next week after repairs to the bridge.")
    assert doc.published.value == "2025-03-03" and doc.published.how == "byline"


def test_a_long_line_with_no_sentence_end_is_dated_quickly() -> None:
    # the prose test backtracked quadratically: 64,000 words on one line took 6 s, 256,000 words 90 s
    import time

    text = "word " * 64000
    started = time.perf_counter()
    doc = _date(text)
    assert doc.published.value == "unresolved"
    assert time.perf_counter() - started < 2.0


def test_annotators_see_the_new_dateline_forms() -> None:
    from storyline.dating import dateline_end

    for text, story in [("MINSK, March 3. /TASS/. The ministry said it would respond.", "The ministry"),
                        ("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Inc. today announced a deal.", "Acme Inc."),
                        ("Washington (CNN) — The Senate passed the bill.", "The Senate")]:
        end = dateline_end(text, 0)
        assert end is not None and text[end:].startswith(story), text


def test_a_dateline_closed_by_a_full_stop_after_its_year() -> None:
    doc = _date("Rates rise again\n\nLisbon, 5 March 2025. The central bank raised its main rate on Wednesday.\n")
    assert doc.published.value == "2025-03-05" and doc.published.how == "dateline" and doc.dateline == "Lisbon"
    # without a year a full stop closes no dateline
    assert _date("Rates rise\n\nLisbon, 5 March. The bank raised rates.\n").dateline is None


def test_an_update_stamp_before_a_slash_leaves_the_published_date_after_it() -> None:
    doc = _date("Fines for spills\n\nLast Modified: March 9, 2025 / Published: March 8, 2025\n\n"
                "A water firm was fined on Friday.\n")
    assert doc.published.value == "2025-03-08" and _ev(doc) == "March 8, 2025"
    assert doc.updated is not None and doc.updated.value == "2025-03-09"


def test_a_photo_caption_date_bounds_an_undated_story_from_below() -> None:
    text = ("Talks resume\n\nTalks resumed on Sunday, mediators said.\n\n"
            "Photo: Delegates arrive for talks, February 2, 2025. (Wire)\n")
    caption = text.index("Photo:")
    doc = _date(text, boilerplate=(Span(caption, len(text) - 1),))
    assert doc.published.value == "unresolved" and doc.published.bounds == ("2025-02-02", None)
    old = text.replace("Photo: Delegates", "File photo: Delegates")
    assert _date(old, boilerplate=(Span(caption, len(old) - 1),)).published.bounds is None


def test_wire_datelines_without_a_place_and_a_weekday_beside_the_city() -> None:
    body = " Oil rose on Tuesday, dealers said. Prices had fallen in March 2025.\n"
    doc = _date("Oil climbs\n\nJune 10 (Reuters) -" + body)
    assert (doc.published.value, doc.source, doc.dateline) == ("2025-06-10", "Reuters", None)
    assert _ev(doc) == "June 10"  # the year from the weekday and the latest past month
    doc = _date("Oil climbs\n\n(Reuters) -" + body)
    assert doc.source == "Reuters" and doc.published.value == "unresolved"
    doc = _date("Oil climbs\n\nNEW YORK, Tuesday (Wire) -" + body)
    assert (doc.dateline, doc.source) == ("New York", "Wire")


def test_a_labelled_publication_stamp_under_the_story_dates_it() -> None:
    text = ("Tributes paid\n\nThe former mayor has died aged 81, his family said on Sunday.\n\n"
            "Published: 09:12 BST, 16 March 2025 | Updated: 11:40 BST, 16 March 2025\n")
    doc = _date(text)
    assert doc.published.value == "2025-03-16" and doc.published.how == "byline"
    assert doc.updated is not None and doc.updated.value == "2025-03-16T11:40"
    prose = "Report\n\nThe mayor spoke on Sunday.\n\nPublished on March 3, 2019, the report found gaps.\n"
    assert _date(prose).published.value == "unresolved"


def test_a_capitals_place_and_a_colon_open_the_story_as_a_dateline() -> None:
    body = " The state cabinet on Monday cleared a plan to build four new hospitals in rural districts, officials said.\n"
    title = Span(0, 15)
    doc = _date("Hospitals plan\n\nCHENNAI:" + body, title_span=title)
    assert doc.dateline == "Chennai"
    assert _date("Hospitals plan\n\nANALYSIS:" + body, title_span=title).dateline is None
    transcript = "Hospitals plan\n\nHOST:" + body + "MINISTER: Thank you for having me on the show.\n"
    assert _date(transcript, title_span=title).dateline is None


def test_day_first_outlets_read_ambiguous_slash_dates_day_first() -> None:
    text = "Bridge reopens\n\nPublished 05/08/2025\n\nThe bridge reopened to traffic on Tuesday after repairs.\n"
    assert _date(text, url="https://www.valleytimes.com.au/news/bridge").published.value == "2025-08-05"
    assert _date(text, url="https://www.valleytimes.com/news/bridge").published.value == "2025-05-08"
    # a day-first style elsewhere on the page ("14 July")
    styled = text.replace("after repairs.", "after repairs that began on 14 July.")
    assert _date(styled).published.value == "2025-08-05"
    doc = _date("Bridge reopens\n\nDUBLIN, 05/08/2025 - The bridge reopened on Tuesday after repairs.\n",
                url="https://news.example.ie/bridge")
    assert doc.published.value == "2025-08-05"


def test_a_pages_own_unambiguous_slash_date_outweighs_its_sites_country() -> None:
    text = ("Ferry fares rise\n\nPublished 06/12/2025\n\nThe review that set the new fares ended on 06/24/2025, "
            "the operator said.\n")
    doc = _date(text, url="https://www.harbourgazette.co.uk/news/fares")
    assert doc.published.value == "2025-06-12"  # "06/24/2025" shows this page writes the month first
    # a year-first "2025/04/30" is no day-first "25/04/30"
    text = "Stalls move\n\nPublished 05/08/2025\n\nTraders have used the square (photo taken 2025/04/30) for years.\n"
    assert _date(text).published.value == "2025-05-08"


def test_a_day_first_pages_slash_date_in_the_story_bounds_it_read_day_first() -> None:
    text = "Pool shut\n\nThe pool shut on 04/10/2025 after a pump failed, the council said.\n"
    assert _date(text, url="https://www.eastvalepost.co.uk/news/pool").published.bounds == ("2025-10-04", None)
    assert _date(text, url="https://www.eastvalepost.com/news/pool").published.bounds == ("2025-04-10", None)


def test_a_clock_time_before_a_day_first_date_takes_that_days_date() -> None:
    doc = _date("Toll bridge fees rise\n\nPublished: 08:05, 3 Mar 2025 | Updated: 17:40, 4 Mar 2025\n\n"
                "The toll rises by 20p from April, the operator said on Monday.\n")
    assert doc.published.value == "2025-03-03"
    assert doc.updated is not None and doc.updated.value == "2025-03-04T17:40"


def test_a_release_terms_line_with_a_date_dates_the_release() -> None:
    doc = _date("Harbour Police\nFor immediate release: 9 April 2025\n\nA van was stolen on Tuesday night.\n")
    assert doc.published.value == "2025-04-09" and _ev(doc) == "9 April 2025"


def test_a_record_stamp_line_dates_a_debate_or_a_speech() -> None:
    doc = _date("Coastal Erosion\nVolume 760: debated on Wednesday 2 April 2025\n\n"
                "Sam Reeve (Eastmoor) (Con)\nWhat assessment has been made of erosion on the east coast.\n")
    assert doc.published.value == "2025-04-02" and doc.published.how == "byline"
    doc = _date("Speech on skills\nDelivered on 3 March 2025\n\nThank you all for coming this morning.\n")
    assert doc.published.value == "2025-03-03"


@pytest.mark.parametrize(("text", "value", "city", "agency"), [
    ("LYON, 12 mars 2025 (Wire) - Les syndicats ont manifesté devant la mairie.\n", "2025-03-12", "Lyon", "Wire"),
    ("MADRID, 14 de marzo de 2025 (Wire) - El Gobierno aprobó el plan de vivienda.\n", "2025-03-14", "Madrid", "Wire"),
    ("BERLIN, 3. März 2025 (Wire) - Die Regierung hat den Haushalt beschlossen.\n", "2025-03-03", "Berlin", "Wire"),
])
def test_a_dateline_with_a_foreign_month_name_dates_the_story(text: str, value: str, city: str, agency: str) -> None:
    doc = _date(text)
    assert (doc.published.value, doc.published.how, doc.dateline, doc.source) == (value, "dateline", city, agency)


def test_a_headlines_coming_date_does_not_bound_the_story_from_below() -> None:
    # a headline drops its "will": its date may still lie ahead of the story
    for head in ("Port workers to strike on July 14, 2026", "Heat alert for Sunday 12 July 2026"):
        doc = _date(f"{head}\n\nUnions warned on Monday that the dispute could spread.")
        assert doc.published.value == "unresolved" and doc.published.bounds is None, head
    # beside a past verb it names a past event, and the story is no older
    doc = _date("July 14, 2011: the day the dam broke\n\nSurvivors gathered on Monday to remember.")
    assert doc.published.bounds == ("2011-07-14", None)


def test_a_notices_dated_line_at_its_foot_dates_it() -> None:
    text = ("Notice of hearing\n\nThe licensing board will hear an application for a late bar at the Quay Tavern.\n\n"
            "Written comments may be sent to the board's clerk within 14 days.\n\nDated 20 March 2025\n\nBoard Clerk\n")
    doc = _date(text)
    assert (doc.published.value, doc.published.how) == ("2025-03-20", "byline")
    formal = _date(text.replace("Dated 20 March 2025", "Dated this 20th day of March, 2025"))
    assert formal.published.value == "2025-03-20"
    # a sentence that opens with "Dated" is no stamp
    prose = "Old letters\n\nThe clerk spoke on Friday.\n\nDated 4 May 1921, the letter was found in a drawer.\n"
    assert _date(prose).published.value == "unresolved"


def test_a_byline_with_a_clock_time_and_weekday_before_the_date_dates_the_story() -> None:
    text = ("Ferry fares frozen\n\nBy Tom Adey | Posted 9:05 a.m. ET, Tuesday, Oct. 14, 2025\n\n"
            "The operator said on Tuesday that fares would stay at this year's level until the spring.\n")
    doc = _date(text)
    assert (doc.published.value, doc.published.how) == ("2025-10-14", "byline")


def test_a_declared_update_stamp_dates_a_yearless_dateline_but_never_the_publication() -> None:
    from storyline.records import Updated

    text = "GENOA, June 3 (Harbour Wire) - Dock workers ended their strike on Tuesday, the union said."
    doc = _date(text, updated=Updated("2025-06-04T10:00"))
    assert doc.published.value == "2025-06-03" and doc.published.how == "dateline"
    assert doc.updated == Updated("2025-06-04T10:00")
    # alone, it bounds the unresolved publication from above and is kept as the update
    doc = _date("Dock workers ended their strike, the union said.", updated=Updated("2025-06-04T10:00"))
    assert doc.published.value == "unresolved" and doc.published.bounds == (None, "2025-06-04")
    assert doc.updated == Updated("2025-06-04T10:00")
    # one that is no later than the publication date the text gives is no update
    doc = _date("June 5, 2025\n\nDock workers ended their strike, the union said.", updated=Updated("2025-06-04T10:00"))
    assert doc.published.value == "2025-06-05" and doc.updated is None


def test_an_update_stamp_in_brackets_after_the_publication_stamp() -> None:
    for stamp, updated in (("Apr 7, 2025, 9:30 AM (Updated: Apr 8, 2025, 6:05 PM)", "2025-04-08T18:05"),
                           ("7 April 2025, 09:30 GMT [Updated 8 April 2025]", "2025-04-08"),
                           ("Apr. 7, 2025 / Updated Apr. 8, 2025", "2025-04-08")):
        doc = _date(f"{stamp}\n\nThe port reopened on Monday after the strike ended, the authority said.")
        assert doc.published.value == "2025-04-07"
        assert doc.updated is not None and doc.updated.value == updated
    # a bracketed aside in a sentence is no stamp
    doc = _date("April 7, 2025\n\nThe register (updated on April 2) lists 40 sites, the ministry said on Monday.")
    assert doc.updated is None


def test_an_editors_note_at_the_foot_says_when_the_story_was_updated() -> None:
    body = "May 12, 2025\n\nThe bridge reopened on Sunday after repairs, the city said."
    doc = _date(body + "\n\nThis story was updated on May 13 to correct the length of the bridge.")
    assert doc.published.value == "2025-05-12"
    assert doc.updated is not None and doc.updated.value == "2025-05-13"
    doc = _date(body + "\n\n_Editor's note: This article has been updated at 4:20 p.m. on May 12, 2025._")
    assert doc.updated is not None and doc.updated.value == "2025-05-12T16:20"
    # prose about some other report being updated is no stamp
    assert _date(body + "\n\nThe report was updated on Monday, the ministry said.").updated is None


def test_a_press_release_dateline_with_a_numeric_date_and_its_wire_between_slashes() -> None:
    doc = _date("Harbour crane maker wins order\n\nGDANSK, Poland, 2025/02/17 /Portwire/ -- Kranmar SA today "
                "announced an order for six cranes.")
    assert (doc.published.value, doc.published.how) == ("2025-02-17", "dateline")
    assert (doc.dateline, doc.source) == ("Gdansk, Poland", "Portwire")


def test_an_update_stamp_with_a_spelled_zone_between_its_clock_and_date_dates_a_live_blog() -> None:
    from storyline.timex import reference_date
    from storyline.timex.tagger import tag

    text = ("Live: River floods\n\n**Updated 6:15 p.m. local time, Thu April 10, 2025**\n\n"
            "**18:05** - Officials said on Thursday that 900 people had left their homes.\n\n"
            "**16:40** - Ministers will meet on Friday.\n")
    doc = _date(text)
    assert doc.updated is not None and doc.updated.value == "2025-04-10T18:15"
    assert doc.text[doc.updated.evidence.start : doc.updated.evidence.end] == "6:15 p.m. local time, Thu April 10, 2025"
    # the stamp's own date bounds the publication from above only (it is not a date the story reports)
    assert doc.published.value == "unresolved" and doc.published.bounds == (None, "2025-04-10")
    values = {t.text: t.value for t in tag(text, reference_date(doc))}
    assert (values["18:05"], values["Thursday"], values["Friday"]) == ("2025-04-10T18:05", "2025-04-10", "2025-04-11")
    for stamp in ("6.15pm Beijing time, 10 April 2025", "18:15 (GMT) on Thursday, 10 April 2025",
                  "6:15 p.m. local time (2215 GMT), April 10, 2025", "6:15 p.m. Eastern, Thu., April 10, 2025"):
        got = _date(f"Floods\n\nUpdated {stamp}\n\nRivers rose on Thursday.\n")
        assert got.updated is not None and got.updated.value.startswith("2025-04-10T")
        assert got.published.bounds == (None, "2025-04-10")
    # words that are no zone do not join a clock to a later date
    got = _date("Floods\n\nUpdated 6:15 p.m. after the vote on April 10, 2025\n\nRivers rose.\n")
    assert got.updated is None or not got.updated.value.startswith("2025-04-10")


def test_a_date_after_the_update_clock_beats_the_publication_day() -> None:
    # a clock time read on the publication day would put the update on the wrong day
    doc = _date("Talks resume\nPublished April 9, 2025\nUpdated 6:15 p.m. ET, Thu April 10, 2025\n\n"
                "Negotiators met again on Thursday.\n")
    assert doc.published.value == "2025-04-09"
    assert doc.updated is not None and doc.updated.value == "2025-04-10T18:15"


def test_the_date_after_an_update_clock_and_a_separator_is_no_byline() -> None:
    # "Updated <clock> | <date>": the date is the update's; the page shows no publication date
    doc = _date("Live: Port strike\n\nUpdated 6:15 p.m. ET | Thu April 10, 2025\n\n18:05 - Dockers walked out on Thursday.\n")
    assert doc.published.value == "unresolved" and doc.published.bounds == (None, "2025-04-10")
    assert doc.updated is not None and doc.updated.value == "2025-04-10T18:15"
    doc = _date("Port strike\n\nPublished April 9, 2025 | Updated 6:15 p.m. ET / April 10, 2025\n\nDockers walked out.\n")
    assert (doc.published.value, _ev(doc)) == ("2025-04-09", "April 9, 2025")
    assert doc.updated is not None and doc.updated.value == "2025-04-10T18:15"


def test_a_stamp_with_its_update_in_brackets_is_no_paragraph_of_prose() -> None:
    # long enough and ending like a sentence, yet a publication stamp with its update beside it
    doc = _date("Ferry strike\n\nBy Odile Marchetti\n\nJan 14, 2026, 7:48 AM EST (Updated: Jan 15, 2026, 8:05 AM EST)"
                "\n\nCrews stayed ashore on Wednesday.\n")
    assert (doc.published.value, _ev(doc)) == ("2026-01-14", "Jan 14, 2026")
    assert doc.updated is not None and doc.updated.value == "2026-01-15T08:05"
    # a sentence before an update in brackets still ends the search for a byline
    doc = _date("Ferry strike\n\nCrews who walked out said talks would resume soon (updated Jan 15, 2026, 8:05 AM).\n\n"
                "Jan 14, 2026\n")
    assert doc.published.value != "2026-01-14" or doc.published.how != "byline"


@pytest.mark.parametrize("stamp", ["14.01.2026 um 07:48 Uhr", "Wednesday, 14 January 2026, 07:48 hrs"])
def test_a_stamp_with_a_clock_suffix_or_a_foreign_at_is_a_byline(stamp: str) -> None:
    doc = _date(f"Ferry strike\n\n{stamp}\n\nCrews stayed ashore on Wednesday.\n")
    assert doc.published.value == "2026-01-14" and doc.published.how == "byline"


@pytest.mark.parametrize("line", ["By Odile Marchetti, Harbour Wire Updated 7:48 PM ET, Wed January 14, 2026",
                                  "Live updates: Updated 7:48 p.m. ET, Wed January 14, 2026"])
def test_an_update_stamp_on_the_byline_or_kicker_line_is_read(line: str) -> None:
    doc = _date(f"Ferry strike\n\n{line}\n\nCrews stayed ashore on Wednesday.\n")
    assert doc.updated is not None and doc.updated.value == "2026-01-14T19:48"
    assert doc.published.bounds == (None, "2026-01-14")
    # a capitalised "Updated" in a headline that no date or clock follows is no stamp
    doc = _date("Ministry Issues Updated Guidance On Ferries\n\nJan 14, 2026\n\nCrews stayed ashore.\n")
    assert doc.updated is None and doc.published.value == "2026-01-14"


def test_an_update_stamp_with_an_em_dash_before_its_clock_keeps_the_clock() -> None:
    doc = _date("Ferry strike\n\nJanuary 14, 2026 — 7:48 AM (Last updated January 15, 2026 — 9:10 AM)\n\n"
                "Crews stayed ashore on Wednesday.\n")
    assert doc.published.value == "2026-01-14"
    assert doc.updated is not None and doc.updated.value == "2026-01-15T09:10"


@pytest.mark.parametrize("update", ["(Updated: Jan 15, 2026, 09:10 IST)", "(Last updated Jan 15, 2026)"])
def test_an_update_in_brackets_after_a_separator_leaves_the_stamp_before_it(update: str) -> None:
    # the update's blank runs from its bracket, not from the separator before the publication stamp
    doc = _date(f"Ferry strike\n\nOdile Marchetti, Reporter | Jan 14, 2026, 07:48 IST {update}\n\n"
                "Crews stayed ashore on Wednesday.\n")
    assert (doc.published.value, _ev(doc)) == ("2026-01-14", "Jan 14, 2026")
    assert doc.updated is not None and doc.updated.value.startswith("2026-01-15")


def test_a_last_updated_clock_after_the_first_published_stamp_on_one_line() -> None:
    doc = _date("Ferry strike live\n\nFirst published on Wed 14 Jan 2026 07.48 GMT. Last updated 19.48 GMT\n\n"
                "Crews stayed ashore on Wednesday.\n")
    assert doc.published.value == "2026-01-14"
    assert doc.updated is not None and doc.updated.value == "2026-01-14T19:48Z"
    # "updated" inside a sentence is no stamp
    doc = _date("Ferry strike\n\nJan 14, 2026\n\nThe board met. Last updated in 2019, the timetable is out of date.\n")
    assert doc.updated is None


@pytest.mark.parametrize("kicker", ["*Live coverage, updated", "Live updates: updated", "Live blog - updated"])
def test_a_live_blog_kicker_with_a_lowercase_update_is_an_update_stamp(kicker: str) -> None:
    doc = _date(f"Floods close mountain pass\n\n{kicker} Thursday, Sept. 25, 2025*\n\nRoads were shut overnight.")
    assert doc.updated is not None and doc.updated.value == "2025-09-25"
    assert doc.published.value == "unresolved" and doc.published.bounds == (None, "2025-09-25")


def test_a_first_line_with_an_ad_marker_inside_still_gives_the_dateline() -> None:
    from storyline.clean import clean

    doc = date_document(clean(Document("d", "TALLINN, March 3 (Baltic Wire) - Ferries were halted on Monday. "
                                            "Advertisement The port said crossings would resume on Tuesday.",
                                       given_published="2025-03-03")))
    assert doc.dateline == "Tallinn" and doc.source == "Baltic Wire"


def test_a_stamp_printed_twice_without_a_gap_dates_the_page() -> None:
    from storyline.clean import clean

    text = "Ferry fares rise\n\nPublished On 9 Feb 20269 Feb 2026\n\nFerry fares will rise 6% in March, the operator said.\n"
    doc = date_document(clean(Document("d", text)))
    assert (doc.published.value, _ev(doc)) == ("2026-02-09", "9 Feb 2026")


@pytest.mark.parametrize("label", ["WORLD", "POLL", "MARKETS", "OBITUARY"])
def test_a_section_label_before_the_dash_is_no_dateline_place(label: str) -> None:
    doc = _date(f"{label} - The port was closed on Sunday after an oil spill, officials said.\n\nShips waited.")
    assert doc.dateline is None
    assert _date("KENYA - The port was closed on Sunday after an oil spill, officials said.").dateline == "Kenya"
