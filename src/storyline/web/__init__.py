"""The web app's read side (parametrized SQL over the store) plus its templates and static assets.

`storyline.api` serves these; nothing here writes to the store.
"""
