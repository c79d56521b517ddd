"""Arms-frame slots read from text: money values (in USD) and counted quantities.

Money is converted with a FIXED rate table (documented here, not fetched) so that runs are
reproducible; values are indicative, as in arms-transfer registers that quote deal values in USD.
"""

from __future__ import annotations

import re

from storyline.events.lexicon import NUMBER_WORDS

# Fixed conversion rates to USD (approximate long-run averages; documented, never fetched).
USD_PER: dict[str, float] = {
    "USD": 1.0, "EUR": 1.10, "GBP": 1.30, "RUB": 0.014, "JPY": 0.0080, "CNY": 0.145, "INR": 0.013,
    "CHF": 1.05, "TRY": 0.10, "KRW": 0.00080, "AUD": 0.70, "CAD": 0.75, "SEK": 0.10, "NOK": 0.10,
}

_SCALE: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
_SYMBOL: dict[str, str] = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY", "₹": "INR"}
_WORD_CURRENCY: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "rub": "RUB", "yen": "JPY", "yuan": "CNY", "rupees": "INR", "lira": "TRY",
    "liras": "TRY",
}

_NUM = r"(\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE_RE = r"(thousand|trillion|billion|million|bln|mln|bn|mn|tn|trn|mil|k|m|b)\b"
# "$2.5 billion", "\$2.5 billion" (markdown escape), "US$ 300m", "€300 million"
_SYMBOL_MONEY = re.compile(
    r"(?i)(?<![\w])(us\$|\$|€|£|₽|¥|₹)\\?\s?" + _NUM + r"(?:\s?" + _SCALE_RE + r")?"
)
# "2.5 bln dollars", "300 million euros", "USD 2.5 billion"
_WORD_MONEY = re.compile(
    r"(?i)\b" + _NUM + r"(?:\s?" + _SCALE_RE + r")?\s*(?:of\s+)?(us\s+dollars|dollars?|usd|euros?|eur|pounds?|gbp|"
    r"rubles?|roubles?|rub|yen|yuan|rupees|liras?)\b"
)
_CODE_MONEY = re.compile(r"(?i)\b(USD|EUR|GBP|RUB)\s?" + _NUM + r"(?:\s?" + _SCALE_RE + r")?")


def _number(raw: str) -> float:
    return float(raw.replace(",", "").replace(" ", ""))


def _scale(raw: str | None) -> float:
    return _SCALE[raw.lower()] if raw else 1.0


# What may stand between an amount and its dollar equivalent: "395 million euros (about $414 million)",
# "€420m ($437m)", "420 million euros, or roughly $437 million".
_EQUIVALENT_GAP = re.compile(
    r"(?i)^\s*(?:[(\[]|,|–|—|-)?\s*(?:or\s+)?(?:about|around|roughly|some|approximately|approx\.|nearly|almost|"
    r"close\s+to|just\s+(?:over|under)|more\s+than|worth|equivalent\s+to|the\s+equivalent\s+of)?\s*$")


def money_values(text: str) -> list[tuple[int, int, float]]:
    """All money amounts in `text` as (start, end, USD value), in text order. An amount the text gives
    its own dollar equivalent for takes that figure, not the fixed rate ("€395m (about $414m)")."""
    found: list[tuple[int, int, float, str]] = []
    taken: list[tuple[int, int]] = []
    for m in _SYMBOL_MONEY.finditer(text):
        cur = _SYMBOL[m.group(1).lower()]
        found.append((m.start(), m.end(), _number(m.group(2)) * _scale(m.group(3)) * USD_PER[cur], cur))
        taken.append((m.start(), m.end()))
    for rx, num_g, scale_g, cur_g in ((_WORD_MONEY, 1, 2, 3), (_CODE_MONEY, 2, 3, 1)):
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            word = m.group(cur_g).lower()
            cur = "USD" if word.startswith("us ") else _WORD_CURRENCY.get(word, word.upper())
            if cur not in USD_PER:
                continue
            found.append((m.start(), m.end(), _number(m.group(num_g)) * _scale(m.group(scale_g)) * USD_PER[cur], cur))
            taken.append((m.start(), m.end()))
    found.sort()
    for i in range(len(found) - 1):
        (a, b, _, cur), nxt = found[i], found[i + 1]
        if cur != "USD" and nxt[3] == "USD" and _EQUIVALENT_GAP.match(text[b : nxt[0]]):
            found[i] = (a, b, nxt[2], cur)
    # converted amounts to cents: 3.1e9 RUB * 0.014 is 434500000.0, not 434500000.00000006
    return [(a, b, round(v, 2)) for a, b, v, _ in found]


def parse_number(word: str) -> int | None:
    """An integer from digits ("12", "1,200") or a number word ("four", "twenty"); else None."""
    w = word.strip().lower()
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    digits = w.replace(",", "")
    if digits.isdigit():
        return int(digits)
    if "-" in w:  # "twenty-four"
        parts = [NUMBER_WORDS.get(p) for p in w.split("-")]
        if all(p is not None for p in parts):
            return sum(p for p in parts if p is not None)
    return None
