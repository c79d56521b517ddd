"""Dating: the document creation time (DCT) and update stamps, with evidence."""

from __future__ import annotations

from storyline.records import Document


def date_document(doc: Document) -> Document:
    """Return `doc` with `published`, `updated` and `dateline` set."""
    return doc
