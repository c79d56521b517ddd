"""Property-based fuzzing of cleaning, dating, timex tagging/normalization and quote extraction.

Whatever the text, no exception escapes, every offset lies inside the text, and every record that
carries text carries exactly `text[start:end]`. Generated texts mix random characters with the
tokens the rules key on (months, weekdays, datelines, bylines, update stamps, quote marks, markup),
so the rules actually fire on odd input.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.clean import analysis_text, clean
from storyline.dating import date_document
from storyline.records import UNRESOLVED, Annotation, Document, Span, TextSpan
from storyline.timex import calendar as cal
from storyline.timex.tagger import normalize, tag

TOKENS = [
    "January", "Feb.", "March", "May", "June", "Sept", "December", "Monday", "Tuesday", "Sunday", "today",
    "yesterday", "tomorrow", "tonight", "last", "next", "this", "week", "month", "year", "years", "ago", "later",
    "earlier", "the", "of", "in", "on", "by", "since", "until", "mid-", "late", "early", "1", "2", "3", "12",
    "29", "30", "31", "32", "99", "1999", "2001", "2024", "99999", "0000", "2024-02-30", "2023-13-01",
    "31/02/2024", "12/31/2024", "10:45", "25:99", "a.m.", "p.m.", "GMT", "Q3", "H1", "first", "quarter",
    "half", "the 1990s", "century", "decade", "summer", "winter", "fiscal", "every", "daily", "weekly",
    "hours", "days", "two", "three", "dozen", "PARIS,", "LONDON (Reuters) -", "(AP) —", "By", "Jane Doe",
    "Updated:", "Published", "Posted", "EST", "said", "says", "told", "according to", "the minister",
    "Ahmed", "officials", "“", "”", '"', "'", "‘", "’", "«", "»", "—", "–", "-", ".", ",", ":", ";", "?",
    "!", "(", ")", "[", "](http://x.example/2021/06/02/a)", "*", "**", "_", "#", "> ", "\\", "\n", "\n\n",
    "\r\n", "\t", "  ", "Read more", "Subscribe", "Photo:", "©", "\ufeff", "\u00a0", "\u200b", "é", "Ж",
]
CHARS = st.characters(codec="utf-8")  # no lone surrogates: text is decoded UTF-8
TEXT = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(TOKENS), max_size=60).map("".join),
    st.text(CHARS, max_size=300),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(CHARS, max_size=8)), max_size=40).map(" ".join),
)
DATES = st.one_of(
    st.none(),
    st.just(UNRESOLVED),
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-29", "2024-02-30", "2024", "2024-06", "1999-W52",
                     "2024-06-02T14:15", "99999-01-01", "garbage", ""]),
)
FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


def _check_spans(text: str, obj: Any, where: str = "") -> None:
    """Every Span/TextSpan (and start/end/text triple) reachable from `obj` indexes `text` exactly."""
    if isinstance(obj, Span):
        assert _inside(text, obj.start, obj.end), (where, obj)
    elif isinstance(obj, TextSpan):
        assert _inside(text, obj.start, obj.end) and text[obj.start:obj.end] == obj.text, (where, obj)
    elif isinstance(obj, tuple | list):
        for i, x in enumerate(obj):
            _check_spans(text, x, f"{where}[{i}]")
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type | Document):
        names = {f.name for f in dataclasses.fields(obj)}
        if {"start", "end"} <= names:
            start, end = obj.start, obj.end  # type: ignore[attr-defined]
            assert _inside(text, start, end), (where, obj)
            if "text" in names:
                assert text[start:end] == obj.text, (where, obj)  # type: ignore[attr-defined]
        for f in dataclasses.fields(obj):
            if f.name not in ("start", "end", "text"):
                _check_spans(text, getattr(obj, f.name), f"{where}.{f.name}")


def _check_document(doc: Document) -> None:
    text = doc.text
    for part in (doc.body, doc.boilerplate, doc.repairs):
        _check_spans(text, part)
    for span in (doc.title_span, doc.published.evidence, doc.updated.evidence if doc.updated else None):
        if span is not None:
            _check_spans(text, span)
    value = doc.published.value
    assert value == UNRESOLVED or cal.parse_anchor(value) is not None, value


@FAST
@given(TEXT, st.one_of(st.none(), st.text(CHARS, max_size=40)), DATES,
       st.one_of(st.none(), st.just("https://news.example.org/2021/06/02/story"), st.text(CHARS, max_size=30)))
def test_clean_and_date_never_raise_and_keep_offsets(text: str, title: str | None, given_date: str | None,
                                                     url: str | None) -> None:
    doc = Document("d", text, title=title, url=url, given_published=given_date or None)
    cleaned = clean(doc)
    assert cleaned.text == text
    blanked = analysis_text(cleaned)
    assert len(blanked) == len(text)
    dated = date_document(cleaned)
    assert dated.text == text
    _check_document(dated)


@FAST
@given(TEXT, DATES, DATES)
def test_timex_tag_offsets_and_text(text: str, dct: str | None, updated: str | None) -> None:
    timexes = tag(text, dct, doc_id="d", updated=updated)
    ids = [t.timex_id for t in timexes]
    assert len(set(ids)) == len(ids)
    last = -1
    for t in timexes:
        assert _inside(text, t.start, t.end) and t.start < t.end and text[t.start:t.end] == t.text, t
        assert t.start >= last, "timexes are in text order and do not overlap"
        last = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value, t


@FAST
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=8).map(" ".join), DATES)
def test_timex_normalize_never_raises(expr: str, dct: str | None) -> None:
    t = normalize(expr, dct)
    if t is not None:
        assert expr[t.start:t.end] == t.text and t.value


SPEAKERS = ["the minister", "Ahmed Karimi", "officials", "a spokeswoman for the ministry", "He", "She", "they"]
VERBS = ["said", "told reporters", "added", "says", "warned", "according to"]
QUOTES = [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("“", ""), ("", "”"), ('"', "")]
CLAUSES = ["we will not give up", "the talks failed on Monday", "it is over", "", "next year, maybe",
           "nothing was signed", "they attacked the port. Then they left"]


@st.composite
def quoted_article(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        op, cl = draw(st.sampled_from(QUOTES))
        clause, speaker, verb = draw(st.sampled_from(CLAUSES)), draw(st.sampled_from(SPEAKERS)), draw(
            st.sampled_from(VERBS))
        shape = draw(st.integers(0, 3))
        if shape == 0:
            parts.append(f"{op}{clause},{cl} {speaker} {verb}.")
        elif shape == 1:
            parts.append(f"{speaker} {verb}: {op}{clause}.{cl}")
        elif shape == 2:
            parts.append(f"{speaker} {verb} that {clause}.")
        else:
            parts.append(f"{op}{clause}{cl}")
        parts.append(draw(st.sampled_from(["\n\n", " ", "\n", ""])))
        if draw(st.booleans()):
            parts.append(draw(TEXT))
    return "".join(parts)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(text=quoted_article(), dct=DATES)
def test_full_pipeline_records_index_the_text(nlp: Any, text: str, dct: str | None) -> None:
    from storyline.pipeline import annotate_docs
    from storyline.runner import prepare

    doc = prepare(Document("d", text, given_published=dct or None))
    (ann,) = list(annotate_docs([doc], nlp))
    assert isinstance(ann, Annotation) and ann.document.text == text
    _check_document(ann.document)
    for group in (ann.timexes, ann.actors, ann.quotes, ann.events):
        _check_spans(text, group, type(group).__name__)
    for q in ann.quotes:
        assert q.content.text.strip(), q
