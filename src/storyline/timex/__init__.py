"""Timex stage: TIMEX3 tagging and normalization, as a pure function and as a spaCy component.

`tag(text, dct)` works without spaCy. The registered factory "storyline_timex" calls it on the
analysis text with the document's DCT, update stamp and boilerplate spans, and lends it a
parse-based tense hint (the verb a weekday hangs from) instead of the regex fallback.
"""

from __future__ import annotations

import dataclasses
import logging

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.records import UNRESOLVED, Document
from storyline.timex.calendar import Tense
from storyline.timex.tagger import TenseHint, explain, normalize, regex_tense, tag

__all__ = ["TimexComponent", "explain", "normalize", "regex_tense", "spacy_tense", "tag"]

log = logging.getLogger(__name__)

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})
_FUTURE_GOVERNORS = frozenset({"expect", "schedule", "plan", "set", "due", "intend", "aim", "hope", "slate", "go"})
# Verbs of commitment: the deed in their infinitive lies ahead of the commitment ("threatened to strike on
# Thursday", "vowed to return on Friday"); a date on the verb itself is the commitment's own.
_COMMISSIVE = frozenset({"threaten", "promise", "vow", "pledge", "offer", "prepare"})
_VERB_POS = frozenset({"VERB", "AUX"})
_REPORTING_PAST = frozenset({"say", "tell", "announce", "add", "state", "report", "confirm", "deny", "claim", "warn",
                             "insist", "argue", "write", "reply", "respond"})
# Verbs whose past tense is spelled like the present ("hurt", "cut"): a VBP tag on them is a guess.
_SAME_PAST = frozenset({
    "hurt", "put", "set", "cut", "hit", "let", "cost", "shut", "quit", "spread", "cast", "bet", "burst", "split",
    "upset", "read", "beat", "bid", "broadcast", "forecast", "shed", "thrust", "undercut", "offset", "outbid",
})
# Present-tense verbs of saying or knowing: "says", "believes" date the statement, not the event.
_STATING = frozenset({
    "say", "tell", "report", "claim", "add", "note", "state", "announce", "confirm", "insist", "deny", "warn",
    "write", "argue", "explain", "show", "indicate", "suggest", "believe", "think", "know", "accuse", "admit",
    "acknowledge", "allege", "remember", "recall", "describe", "mark", "remain", "stay", "continue", "have",
})

# Participles that put a noun on the calendar ("the summit, scheduled for Tuesday"): no deed done
_PLAN_PARTICIPLES = frozenset({
    "schedule", "reschedule", "plan", "set", "slate", "expect", "due", "propose", "intend", "timetable", "earmark",
    "postpone", "delay", "move", "push", "defer", "adjourn", "book", "pencil", "fix", "target", "tip", "mean",
})
# Stating verbs that also name a scheduled release when they take a plain object ("reports earnings").
_RELEASING = frozenset({"report", "announce"})


def _verb_tense(verb: Token, direct: bool = False) -> Tense | None:
    """The outlook of the verb a time expression hangs from; `direct` when no noun lies between them."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _FUTURE_AUX for a in auxes):
        return "future"
    if "would" in auxes and not any(a in ("have", "'ve", "’ve") for a in auxes):
        return "future"  # "asked whether talks would resume on Thursday" (not "would have")
    if verb.tag_ == "VB" and direct and verb.dep_ in ("ROOT", "ccomp") and not auxes and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and (
            verb.i == verb.sent.start or verb.doc[verb.i - 1].is_punct):
        return "future"  # an order or a plea opening its clause: "Come back on Friday," the guard said
    if verb.tag_ == "VB" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)):
        # "is expected to meet ... on Monday", "expects them to be reconnected by Monday": the
        # infinitive takes the governor's outlook.
        gov = verb.head
        if gov.i != verb.i and gov.lemma_.lower() in _FUTURE_GOVERNORS | _COMMISSIVE and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return "future"
    if verb.tag_ in ("VBP", "VBZ") and verb.lemma_.lower() in _FUTURE_GOVERNORS - {"set", "go"}:
        # "I expect a deal before Christmas", "she hopes to sign in May": looking ahead from now
        return "future"
    if direct and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _RELEASING and any(
            c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ in ("ccomp", "mark") for c in verb.children):
        return "future"  # "the company reports earnings on Thursday": a release on the calendar, not a statement
    if direct and (verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and verb.lower_ not in _SAME_PAST)) \
            and verb.lemma_.lower() not in _STATING:
        # "The envoy arrives Thursday", "the vote is on Friday": news puts a dated event in the
        # simple present only when it is on the schedule (past events take the past tense).
        return "future"
    if direct and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "’s", "'re", "’re") for c in verb.children):
        return "future"  # "is meeting rebel leaders on Friday"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        if verb.dep_ == "acl" and not auxes and verb.lemma_.lower() not in _PLAN_PARTICIPLES:
            # "The agreement, signed on April 2, will take effect in July": a participle after its noun
            # tells a deed done, whatever the outlook of the main clause
            return "past"
        return "past" if any(c.lower_ in ("has", "have", "had", "was", "were") for c in verb.children) else None
    return None


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headline_infinitive(span: Span) -> bool:
    """ "Minister to resign on Friday", "Heatwave to peak on Thursday as ...": a headline (a line with no
    full stop at its end) puts a coming event in a bare infinitive, with no finite verb before its "to"."""
    text = span.doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    if text[line_start : len(text) if line_end < 0 else line_end].rstrip().endswith((".", "!", "?", '"', "”", "'", "’")):
        return False
    first = True
    for tok in span.doc[span.sent.start : span.start]:
        if tok.idx < line_start or tok.is_space:
            continue
        if tok.tag_ in _FINITE:
            return False
        if tok.tag_ == "TO" and not first and tok.head.tag_ == "VB" and tok.head.i == tok.i + 1:
            return True
        first = False
    return False


_REPORT_PHRASE = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def _after_reporting(sdoc: Doc, k: int) -> bool:
    """Whether token `k` follows a past reporting verb with at most a short phrase between: "said on",
    "said in a statement on", "told reporters on" (a prepositional phrase, or the hearer of "told")."""
    between: list[Token] = []
    for j in range(k - 1, max(0, k - 9) - 1, -1):
        if j + 1 < len(sdoc) and sdoc[j + 1].is_sent_start:
            return False
        tok = sdoc[j]
        if tok.tag_ == "VBD" and tok.lemma_.lower() in _REPORTING_PAST:
            if not between:
                return True
            first = between[-1]
            return first.pos_ == "ADP" or (tok.lemma_.lower() == "tell" and len(between) <= 3)
        if tok.pos_ not in _REPORT_PHRASE or (tok.tag_ in ("IN", "WDT") and tok.lower_ in ("that", "whether", "if")):
            return False
        between.append(tok)
    return False


def spacy_tense(sdoc: Doc) -> TenseHint:
    """Tense of the verb a span hangs from (climbing at most three heads), else the regex guess."""
    fallback = regex_tense(sdoc.text)

    def hint(start: int, end: int) -> Tense | None:
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return fallback(start, end)
        k = span.start - 1 if span.start > 0 and sdoc[span.start - 1].lower_ == "on" else span.start
        possessive = span.end < len(sdoc) and sdoc[span.end].tag_ == "POS"  # "said Monday's vote will …"
        # "said Ramadan would start …": a span the reported clause's verb follows is that clause's subject
        subject = span.end < len(sdoc) and (sdoc[span.end].tag_ == "MD" or sdoc[span.end].pos_ == "AUX")
        if subject and _after_reporting(sdoc, k) and sdoc[span.end].lower_ in ("will", "would", "'ll", "’ll", "shall"):
            return "future"  # the parse may still hang the span on the reporting verb ("told MPs Friday would be …")
        if not possessive and not subject and _after_reporting(sdoc, k):
            # "Peru said on Monday it will buy …", "said in a statement on Monday that …": the day
            # right after the reporting verb dates the saying (the parse often hangs it on the reported verb)
            return "past"
        tok: Token = span.root
        direct = True  # no noun between the span and the verb ("follows Tuesday's declaration" is not)
        for _ in range(4):
            if tok.pos_ in _VERB_POS and tok.i not in range(span.start, span.end):
                got = _verb_tense(tok, direct)
                if got is not None:
                    return got
                break
            if tok.head.i == tok.i:
                break
            if tok.i not in range(span.start, span.end) and tok.pos_ not in ("ADP", "PART"):
                direct = False
            tok = tok.head
        if _headline_infinitive(span):
            return "future"
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
        from storyline.dating import page_day_first
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
            page_day_first=page_day_first(document.url, document.text),
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
