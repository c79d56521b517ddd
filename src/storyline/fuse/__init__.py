"""Fusion: one record per real-world event across documents; corroborations, contradictions, deals."""

from __future__ import annotations

from collections.abc import Iterable

from storyline.records import Annotation, Fusion


def fuse(annotations: Iterable[Annotation]) -> Fusion:
    """Fuse per-document annotations into the corpus view."""
    return Fusion()
