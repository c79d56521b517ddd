"""Organization names: one canonical name (and so one id) for the variants articles write.

"Acme Inc.", "Acme Corporation", "Acme's" and "Acme Computer" name one company; an id built from
the raw surface text splits it across documents. The normalization only ever removes words at the
END of an organization's name (never a first word, so "Ford" the company is never tied to a
person "Ford": persons keep their own `person:` namespace), and never leaves a bare generic word
("General Motors" stays whole) or a country name ("China Motor" stays whole).
"""

from __future__ import annotations

import re

from storyline.actors.gazetteer import lookup, slug

__all__ = ["BUSINESS_WORDS", "GENERIC_WORDS", "LEGAL_SUFFIXES", "canonical_org_name", "org_entity_id"]

# Legal-form abbreviations and words, lower case without dots; from the public Wikipedia table
# "List of legal entity types by country" (the common English, Dutch, German, French, Italian,
# Spanish and Nordic forms that appear in English-language news).
LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "companies", "llc", "ltd", "limited",
    "plc", "lp", "llp", "nv", "bv", "ag", "sa", "gmbh", "kg", "spa", "srl", "sarl", "sas", "ab", "asa", "oyj",
    "pty", "pte", "bhd", "kk", "se",
})
# Nordic legal forms that are also English words or short words, matched only as written
# ("Xyz Aerospace AS", "Xyz A/S", "Xyz Oy"): "aksjeselskap", "aktieselskab", "osakeyhtiö".
_CASED_SUFFIXES = frozenset({"AS", "A/S", "Oy"})
# Trailing descriptors that articles drop freely ("Acme Motor Company" = "Acme"): the line of
# business, not part of what people call the firm. Only stripped when a distinctive name remains.
BUSINESS_WORDS = frozenset({
    "motor", "motors", "computer", "computers", "group", "holding", "holdings", "airlines", "airways",
    "system", "systems",
})
# A remainder that is one of these is not a name on its own ("General Motors" -> not "General").
GENERIC_WORDS = frozenset({
    "general", "national", "united", "american", "international", "universal", "standard", "federal",
    "royal", "first", "new", "global", "allied", "continental", "western", "eastern", "northern", "southern",
    "central", "pacific", "atlantic", "northwest", "southwest", "northeast", "southeast", "the", "air",
})
_TOKEN = re.compile(r"\S+")


def _key(word: str) -> str:
    return word.lower().replace(".", "").strip(",")


def canonical_org_name(name: str, keep_business: bool = False) -> str:
    """Canonical form of an organization's surface name (see the module docstring); `keep_business`
    keeps a line-of-business tail ("Xyz Coal Holdings"), for the name shown rather than the id."""
    text = " ".join(name.split())
    cut = re.search(r"[’']s\b", text)
    if cut is not None and re.fullmatch(r"\s+(?:Party|Movement|Alliance|Coalition)", text[cut.end() :]):
        cut = None  # "the People's Party", "the Workers's Movement": the party's own name owns its members
    if cut is not None and cut.start() > 0:
        text = text[: cut.start()]  # "Acme's", "Acme's C.E.O." (an NER span run past the name)
    elif text.endswith(("s'", "s’")):
        text = text[:-1]
    words = _TOKEN.findall(text)
    changed = True
    while changed and len(words) > 1:
        changed = False
        last = _key(words[-1])
        if last in LEGAL_SUFFIXES or words[-1].rstrip(",") in _CASED_SUFFIXES or (last in ("&", "and") and len(words) > 2):
            words = words[:-1]
            changed = True
        elif last in BUSINESS_WORDS and not keep_business:
            rest = words[:-1]
            rest_text = " ".join(rest).rstrip(",")
            hit = lookup(rest_text)
            if (len(rest) > 1 or _key(rest[0]) not in GENERIC_WORDS) and (hit is None or hit.type in ("organization", "media")):
                words = rest
                changed = True
        if words:
            words[-1] = words[-1].rstrip(",")
        while len(words) > 1 and words[-1] in ("&", "and", ","):
            words = words[:-1]
            changed = True
    out = " ".join(words).strip(" ,")
    return out or name


def org_entity_id(name: str) -> tuple[str, str]:
    """(entity_id, canonical name) of an organization named `name`; a gazetteer organization wins."""
    canon = canonical_org_name(name)
    hit = lookup(canon)
    if hit is not None and hit.type in ("organization", "media"):
        return hit.entity_id, hit.name
    return "org:" + slug(canon), canon
