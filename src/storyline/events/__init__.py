"""Events stage: PLOVER-typed event mentions with status, date, actors and arms-deal slots.

Registered as the spaCy factory "storyline_events"; it runs last and reads the records the
timex, actors and quotes components left on the Doc (see `storyline.pipeline`).
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from storyline.events.extract import extract_events

log = logging.getLogger(__name__)

__all__ = ["EventsComponent", "extract_events", "make_component"]


class EventsComponent:
    """Writes `doc._.events` (a tuple of `records.EventMention`)."""

    def __call__(self, doc: Doc) -> Doc:
        from storyline.pipeline import document_of

        document = document_of(doc)
        doc._.events = extract_events(doc, document)
        return doc


@Language.factory("storyline_events")
def make_component(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()
