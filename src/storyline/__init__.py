"""storyline: news articles in, a sourced, time-normalized record of what happened out."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
