from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import storyline
from storyline.pipeline import make_doc
from storyline.records import Document


@pytest.mark.slow
def test_a_blank_line_ends_a_sentence(nlp: Any) -> None:
    # a live blog: the headline and the time stamp are not part of the reported sentence
    text = ("Live updates from the capital\n\n7:05 p.m.\n\n"
            "Four of the six council members said they would vote against the plan.\n")
    sents = [s.text.strip() for s in nlp(make_doc(nlp, Document(doc_id="t", text=text))).sents]
    assert sents == ["Live updates from the capital", "7:05 p.m.",
                     "Four of the six council members said they would vote against the plan."]


@pytest.mark.slow
def test_a_paragraph_mended_by_clean_stays_one_sentence(nlp: Any) -> None:
    # clean() joins a paragraph a scraper broke mid-sentence; the join must not become a boundary
    from storyline.runner import prepare

    doc = prepare(Document(doc_id="t", text="Talks resume\n\nThe minister said the talks with the\n\n"
                                            "union would resume on Monday in the capital.\n"))
    sents = [s.text.strip() for s in nlp(make_doc(nlp, doc)).sents]
    assert any("The minister said" in s and s.endswith("in the capital.") for s in sents), sents


def test_annotator_id_names_the_version_and_moves_with_the_annotating_code() -> None:
    from storyline import __version__
    from storyline.pipeline import _ANNOTATING, annotator_id

    ident = annotator_id()
    version, _, digest = ident.partition("+")
    assert version == __version__ and len(digest) == 12 and int(digest, 16) >= 0
    assert annotator_id() == ident  # computed once per process
    root = Path(storyline.__file__).resolve().parent
    assert all((root / name).exists() for name in _ANNOTATING)  # a renamed module would drop out silently


@pytest.mark.slow
def test_records_over_a_word_broken_at_a_line_end_point_at_the_whole_word(nlp: Any) -> None:
    """spaCy reads "govern-⏎ment" whole; the records it yields still slice the article exactly."""
    from storyline.pipeline import annotate_docs
    from storyline.runner import prepare

    text = ("Strikers reject offer\n\nThe union said on Monday that it would not accept the offer from the govern-\n"
            "ment. \"We will not go back to work until the govern-\nment pays us,\" said union leader Ana Rojas,\n"
            "adding that talks with the Ministry of Trans-\nport had stalled.\n")
    doc = prepare(Document(doc_id="t", text=text))
    assert any(r.kind == "hyphen" for r in doc.repairs)
    (ann,) = annotate_docs([doc], nlp)
    spans = [(q.content.start, q.content.end, q.content.text) for q in ann.quotes]
    spans += [(a.start, a.end, a.text) for a in ann.actors] + [(e.start, e.end, e.text) for e in ann.events]
    for start, end, surface in spans:
        assert text[start:end] == surface
    contents = [q.content.text for q in ann.quotes]
    assert "that it would not accept the offer from the govern-\nment" in contents, contents
    assert any(a.text == "Ministry of Trans-\nport" for a in ann.actors), ann.actors


@pytest.mark.slow
def test_a_quote_glued_to_its_cue_gets_its_speaker(nlp: Any) -> None:
    """'said,“Look' is three words and a quote mark, not one token: the quote keeps speaker and cue."""
    from storyline.pipeline import annotate_docs
    from storyline.runner import prepare

    text = ("Budget row\n\nThe mayor said,“Look at the numbers. We cannot pay for it.”\n\n"
            "The finance chief replied:\"We will find the money.\"\n")
    (ann,) = annotate_docs([prepare(Document(doc_id="t", text=text))], nlp)
    got = sorted((q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in ann.quotes)
    assert got == [("The finance chief", "replied"), ("The mayor", "said")]
