"""Truce words, shared by the events stage and fusion (no spaCy here: fusion runs without a model).

A truce that collapses is typed as fighting resumed (ASSAULT), but it is its own happening: the events
stage does not date a headline's attack by it, and fusion does not merge it with the attacks told beside it.
"""

from __future__ import annotations

import re

TRUCES: frozenset[str] = frozenset({"truce", "ceasefire", "cease-fire", "armistice"})
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def names_truce(text: str) -> bool:
    """Whether a trigger's text names a truce: "truce collapses", "two-week truce", "the cease-fire's end"
    (a hyphenated word counts by its last part: "two-week-truce")."""
    return any(w in TRUCES or w.rsplit("-", 1)[-1] in TRUCES for w in _WORD.findall(text.lower()))
