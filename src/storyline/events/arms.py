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
    "NZD": 0.62, "HKD": 0.128, "SGD": 0.74, "DKK": 0.15, "PLN": 0.25, "ILS": 0.28, "BRL": 0.20,
}

_SCALE: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # Indian numbering: "Rs 5,000 crore"
}
_SYMBOL: dict[str, str] = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
    "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
}
_WORD_CURRENCY: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "rub": "RUB", "yen": "JPY", "yuan": "CNY", "rupees": "INR", "rupee": "INR", "lira": "TRY",
    "liras": "TRY", "u.s. dollars": "USD", "american dollars": "USD", "australian dollars": "AUD",
    "canadian dollars": "CAD", "new zealand dollars": "NZD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "swiss francs": "CHF", "kronor": "SEK", "swedish kronor": "SEK",
    "swedish crowns": "SEK", "norwegian kroner": "NOK", "norwegian crowns": "NOK", "danish kroner": "DKK",
    "danish crowns": "DKK", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "shekels": "ILS",
    "reais": "BRL", "won": "KRW",
}
# a currency word that is also an English word ("won"): money only with a scale ("2.5 trillion won")
_NEEDS_SCALE = frozenset({"won"})

_NUM = r"(\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE_RE = r"(thousand|trillion|billion|million|crores?|lakhs?|bln|mln|bn|mn|tn|trn|mil|k|m|b)\b"
# between an amount and its scale: a space, or a hyphen in the adjective form ("a $1.2-billion contract")
_TO_SCALE = r"(?:[\s-]?"
# "$2.5 billion", "\$2.5 billion" (markdown escape), "US$ 300m", "€300 million", "A$1.2bn", "Rs 5,000 crore"
_SYMBOL_MONEY = re.compile(
    r"(?i)(?<![\w$])(us\$|au\$|a\$|ca\$|c\$|nz\$|hk\$|s\$|\$|€|£|₽|¥|₹|rs\.?(?=\s?\d))\\?\s?" + _NUM
    + _TO_SCALE + _SCALE_RE + r")?"
)
# "2.5 bln dollars", "300 million euros", "1.2 billion Australian dollars", "8 billion kronor"
_WORD_MONEY = re.compile(
    r"(?i)\b" + _NUM + _TO_SCALE + _SCALE_RE + r")?\s*(?:of\s+)?(us\s+dollars|u\.s\.\s+dollars|american\s+dollars|"
    r"australian\s+dollars|canadian\s+dollars|new\s+zealand\s+dollars|hong\s+kong\s+dollars|singapore\s+dollars|"
    r"swiss\s+francs|(?:swedish\s+)?kronor|swedish\s+crowns|(?:norwegian|danish)\s+(?:kroner|crowns)|"
    r"dollars?|usd|euros?|eur|pounds?|gbp|rubles?|roubles?|rub|yen|yuan|rupees?|liras?|zloty(?:s|ch)?|shekels|"
    r"reais|won)\b"
)
# "USD 2.5 billion", "SEK 8 billion", "INR 5,000 crore": upper-case codes only ("try 5 times" is no lira)
_CODE_MONEY = re.compile(r"\b(" + "|".join(USD_PER) + r")\s?" + _NUM + r"(?i:" + _TO_SCALE + _SCALE_RE + r")?)")


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
    return [(a, b, usd) for a, b, usd, _, _ in money_amounts(text)]


def money_amounts(text: str) -> list[tuple[int, int, float, str, float]]:
    """`money_values` with each amount as written too: (start, end, USD value, currency, amount), so
    that "€395m" in two reports is one sum even where only one gives its dollar equivalent."""
    found: list[tuple[int, int, float, str, float]] = []
    taken: list[tuple[int, int]] = []
    for m in _SYMBOL_MONEY.finditer(text):
        cur = _SYMBOL[m.group(1).lower()]
        amount = _number(m.group(2)) * _scale(m.group(3))
        found.append((m.start(), m.end(), amount * USD_PER[cur], cur, amount))
        taken.append((m.start(), m.end()))
    for rx, num_g, scale_g, cur_g in ((_WORD_MONEY, 1, 2, 3), (_CODE_MONEY, 2, 3, 1)):
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            word = " ".join(m.group(cur_g).lower().split())
            cur = "USD" if word.startswith("us ") else _WORD_CURRENCY.get(word, word.upper())
            if cur not in USD_PER or (word in _NEEDS_SCALE and not m.group(scale_g)):
                continue
            amount = _number(m.group(num_g)) * _scale(m.group(scale_g))
            found.append((m.start(), m.end(), amount * USD_PER[cur], cur, amount))
            taken.append((m.start(), m.end()))
    found.sort()
    for i in range(len(found) - 1):
        (a, b, _, cur, amount), nxt = found[i], found[i + 1]
        if cur != "USD" and nxt[3] == "USD" and _EQUIVALENT_GAP.match(text[b : nxt[0]]):
            found[i] = (a, b, nxt[2], cur, amount)
    # converted amounts to cents: 3.1e9 RUB * 0.014 is 434500000.0, not 434500000.00000006
    return [(a, b, round(v, 2), cur, amount) for a, b, v, cur, amount in found]


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


_COUNT_WORD = r"(?:\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)"
# A count as written: "24", "twenty-four", "two dozen", "a dozen", with the hedge that bounds it
# ("up to 30", "as many as 30", "about 24", "at least 12") kept in the span an analyst reads.
_COUNT = re.compile(
    r"(?i)\b(?:(?:up\s+to|as\s+many\s+as|at\s+least|at\s+most|more\s+than|fewer\s+than|about|around|"
    r"roughly|some|nearly|almost)\s+)?(" + _COUNT_WORD + r")(?:\s+(dozen))?\b"
)


def counts(text: str) -> list[tuple[int, int, int]]:
    """All counts in `text` as (start, end, number), in text order: "two dozen" is 24 (a multiplier
    before "dozen", which alone is 12), "up to 30" is 30 with its hedge in the span."""
    out: list[tuple[int, int, int]] = []
    for m in _COUNT.finditer(text):
        n = parse_number(m.group(1))
        if n is None or (m.group(1).lower() in ("a", "an") and not m.group(2)):
            continue
        if m.group(2) and m.group(1).lower() != "dozen":
            n *= 12
        out.append((m.start(), m.end(), n))
    return out
