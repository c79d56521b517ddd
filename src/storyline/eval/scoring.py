"""Precision, recall and F1: the arithmetic every eval module shares (zero when undefined)."""

from __future__ import annotations

__all__ = ["f1", "prf"]


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall; 0.0 when both are 0."""
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(hits_system: float, n_system: float, hits_gold: float, n_gold: float) -> tuple[float, float, float]:
    """(P, R, F1) from the system items that hit over all system items and the gold items hit over all gold."""
    p = hits_system / n_system if n_system else 0.0
    r = hits_gold / n_gold if n_gold else 0.0
    return p, r, f1(p, r)
