"""Timex stage: TIMEX3 tagging and normalization, as a pure function and as a spaCy component.

`tag(text, dct)` works without spaCy. The registered factory "storyline_timex" calls it on the
analysis text with the document's DCT, update stamp and boilerplate spans, and lends it a
parse-based tense hint (the verb a weekday hangs from) instead of the regex fallback.
"""

from __future__ import annotations

import dataclasses
import logging

from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.records import UNRESOLVED, Document
from storyline.timex.calendar import Tense
from storyline.timex.tagger import TenseHint, explain, normalize, regex_tense, tag

__all__ = ["TimexComponent", "explain", "normalize", "regex_tense", "spacy_tense", "tag"]

log = logging.getLogger(__name__)

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})
_FUTURE_GOVERNORS = frozenset({"expect", "schedule", "plan", "set", "due", "intend", "aim", "hope", "slate", "go"})
_VERB_POS = frozenset({"VERB", "AUX"})


def _verb_tense(verb: Token) -> Tense | None:
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX:
            return "future"
    if verb.tag_ == "VB" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)):
        # "is expected to meet ... on Monday", "expects them to be reconnected by Monday": the
        # infinitive takes the governor's outlook.
        gov = verb.head
        if gov.i != verb.i and gov.lemma_.lower() in _FUTURE_GOVERNORS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return "future"
    if verb.tag_ in ("VBP", "VBZ") and verb.lemma_.lower() in _FUTURE_GOVERNORS - {"set", "go"}:
        # "I expect a deal before Christmas", "she hopes to sign in May": looking ahead from now
        return "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        return "past" if any(c.lower_ in ("has", "have", "had", "was", "were") for c in verb.children) else None
    return None


def spacy_tense(sdoc: Doc) -> TenseHint:
    """Tense of the verb a span hangs from (climbing at most three heads), else the regex guess."""
    fallback = regex_tense(sdoc.text)

    def hint(start: int, end: int) -> Tense | None:
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return fallback(start, end)
        tok: Token = span.root
        for _ in range(4):
            if tok.pos_ in _VERB_POS and tok.i not in range(span.start, span.end):
                got = _verb_tense(tok)
                if got is not None:
                    return got
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return fallback(start, end)

    return hint


def reference_date(doc: Document) -> str | None:
    """The date a document's relative expressions ("on Tuesday", "last week") are read against:
    its publication date, else the day of its "Updated …" stamp (a page that only shows when it was
    last updated was written by then), else None."""
    if doc.published.value != UNRESOLVED:
        return doc.published.value
    if doc.updated is not None and doc.updated.value != UNRESOLVED:
        return doc.updated.value[:10]
    return None


class TimexComponent:
    """spaCy component writing `Doc._.timexes` (a tuple of `records.Timex`)."""

    def __call__(self, sdoc: Doc) -> Doc:
        from storyline.pipeline import document_of

        document = document_of(sdoc)
        dct = reference_date(document)
        updated = document.updated.value if document.updated and document.updated.value != UNRESOLVED else None
        found = tag(
            sdoc.text,
            dct,
            doc_id=document.doc_id,
            tense_hint=spacy_tense(sdoc),
            updated=updated,
            skip=document.boilerplate,
        )
        source = document.text
        if source is not sdoc.text:
            # Record text always comes from the original, not the blanked analysis copy.
            found = [dataclasses.replace(t, text=source[t.start : t.end]) for t in found]
        sdoc._.timexes = tuple(found)
        return sdoc


@Language.factory("storyline_timex")
def make_component(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent()
