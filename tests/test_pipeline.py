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
