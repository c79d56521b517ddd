"""Typed errors. Library code raises these; only the CLI turns them into exit codes."""

from __future__ import annotations


class StorylineError(Exception):
    """Base class for every error storyline raises on purpose."""


class InputError(StorylineError):
    """An input file or item cannot be read (the message names it)."""


class StoreError(StorylineError):
    """The DuckDB store cannot be opened or written (locked, corrupt, wrong schema)."""


class GoldError(StorylineError):
    """A gold/evaluation file is missing or malformed."""


class ModelError(StorylineError):
    """The spaCy model is not installed."""
