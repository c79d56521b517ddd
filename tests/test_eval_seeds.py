"""The seed articles against the analyst's gold: floors pinned so a regression fails CI."""

from __future__ import annotations

import pytest

from storyline.eval.seeds import SeedEval, _Entities, eval_seeds, format_report
from storyline.records import Annotation
from tests.conftest import GOLD

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def result(seeds_dir) -> SeedEval:  # type: ignore[no-untyped-def]
    if not GOLD.is_file():
        pytest.skip("gold not present")
    return eval_seeds(GOLD, seeds_dir)


def _doc(result: SeedEval, prefix: str) -> Annotation:
    return next(a for a in result.annotations if (a.document.path or "").rsplit("/", 1)[-1].startswith(prefix))


def test_document_dates(result: SeedEval) -> None:
    d0, d3, d4 = (_doc(result, p).document for p in ("000", "003", "004"))
    assert (d0.published.value, d0.published.how) == ("2021-11-14", "dateline")
    assert d3.published.value == "2021-06-02"
    assert d3.updated is not None and d3.updated.value == "2021-06-03T14:15"
    assert d4.published.value == "unresolved"


def test_banner_year_never_leaks(result: SeedEval) -> None:
    a4 = _doc(result, "004")
    values = [t.value for t in a4.timexes] + [a4.document.published.value]
    assert not any("2024" in v for v in values)


def test_split_quote_is_one_quote_by_the_minister(result: SeedEval) -> None:
    a3 = _doc(result, "003")
    text = a3.document.text
    start = text.index("technicians")
    end = text.index("stay in Turkey")
    quotes = [q for q in a3.quotes if q.content.start <= start and end <= q.content.end]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name is not None
    assert q.speaker.name.endswith("oglu")
    assert "\n\n" in q.content.text


def test_every_part_scores_above_floor(result: SeedEval) -> None:
    floors = {  # recall floors, pinned at (measured − margin); raise them as extractors improve
        "document dates": 1.0,
        "boilerplate": 1.0,
        "timex values": 1.0,  # issue 4: every seed timex gets the gold value
        "quotes + speaker": 1.0,  # issue 5: all gold quotes, each with its speaker resolved
        "events found": 1.0,
        "events type+date+status": 0.9,
        "corroborations": 1.0,
        "contradictions": 1.0,
        "deal row fields": 1.0,
    }
    # precision floors where rules were made to drop spurious output (measured 0.58, 0.61 and 1.00)
    precision_floors = {"events found": 0.55, "quotes + speaker": 0.55, "deal row fields": 0.9}
    report = format_report(result, verbose=True)
    for part in result.parts:
        assert part.recall >= floors[part.name], f"{part.name} fell below its floor\n{report}"
        assert part.precision >= precision_floors.get(part.name, 1e-9), f"{part.name} precision fell\n{report}"


def test_a_speaker_counts_only_when_resolved_to_the_gold_entity() -> None:
    ents = _Entities([{"id": "jane-rowland", "type": "person", "name": "Jane Rowland", "forms": ["Rowland"]},
                      {"id": "NOR", "type": "country", "name": "Norway"}])
    assert ents.accepts("jane-rowland", "person:jane-rowland", "Jane Rowland")
    assert ents.accepts("jane-rowland", None, "Rowland")  # a form the gold lists
    assert not ents.accepts("jane-rowland", None, None)  # the span said "Rowland" but nothing was resolved
    assert not ents.accepts("jane-rowland", "person:john-rowland", "John Rowland")  # same surname, other person
    assert ents.accepts("NOR", "country:NOR", "Oslo")  # a capital standing for its country
