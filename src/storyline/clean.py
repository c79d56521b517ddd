"""Cleaning: find the article body, boilerplate and scrape damage — as spans, never rewriting text."""

from __future__ import annotations

from storyline.records import Document


def clean(doc: Document) -> Document:
    """Return `doc` with `title_span`, `body`, `boilerplate` and `repairs` filled in."""
    return doc


def analysis_text(doc: Document) -> str:
    """The text spaCy reads: same length as `doc.text`, boilerplate/markup blanked, repairs joined."""
    return doc.text
