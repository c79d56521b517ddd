"""Arms-frame slots: money in many currencies and spellings, and counts as written."""

from __future__ import annotations

import pytest

from storyline.events.arms import counts, money_values


@pytest.mark.parametrize(("text", "words", "usd"), [
    ("signed a $1.2-billion contract for patrol boats", "$1.2-billion", 1.2e9),  # hyphenated adjective form
    ("a A$3.4 billion order for trucks", "A$3.4 billion", 3.4e9 * 0.70),
    ("the C$2 billion package", "C$2 billion", 2e9 * 0.75),
    ("worth Rs 5,000 crore", "Rs 5,000 crore", 5e10 * 0.013),
    ("valued at 1.2 billion Australian dollars", "1.2 billion Australian dollars", 1.2e9 * 0.70),
    ("priced at 8 billion kronor", "8 billion kronor", 8e8),
    ("a 2.5 trillion won programme", "2.5 trillion won", 2.5e12 * 0.0008),
    ("a deal of 10 billion zlotys", "10 billion zlotys", 2.5e9),
    ("paid 1.5 billion U.S. dollars", "1.5 billion U.S. dollars", 1.5e9),
    ("an order worth SEK 8 billion", "SEK 8 billion", 8e8),
])
def test_money_in_other_spellings_and_currencies(text: str, words: str, usd: float) -> None:
    (found,) = money_values(text)
    assert text[found[0] : found[1]] == words and found[2] == pytest.approx(usd)


def test_an_amount_given_in_rupees_with_its_dollar_equivalent_takes_that_figure() -> None:
    text = "a contract worth Rs 5,000 crore ($600 million)"
    assert [v for _, _, v in money_values(text)] == [6e8, 6e8]


@pytest.mark.parametrize("text", ["the party won 24 seats", "we try 5 million times", "Mrs 5 billion"])
def test_words_that_look_like_currencies_are_no_money(text: str) -> None:
    assert money_values(text) == []


def test_counts_as_written() -> None:
    text = "two dozen guns, up to 30 tanks, a dozen jets, 1,200 shells and twenty-four trucks"
    assert [(text[a:b], n) for a, b, n in counts(text)] == [
        ("two dozen", 24), ("up to 30", 30), ("a dozen", 12), ("1,200", 1200), ("twenty-four", 24)]
