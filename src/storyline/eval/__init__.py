"""Evaluation against public gold: one module per benchmark."""
