"""`storyline run`: the whole flow, ingest → clean → date → annotate → store → fuse → export.

Streaming: documents flow through one at a time (spaCy batches them), each new document is
stored in its own transaction as soon as it is annotated, so a crash loses at most the batch in
flight and a re-run resumes where it stopped (documents already stored are skipped by `doc_id`).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from storyline.clean import clean
from storyline.dating import date_document
from storyline.export import write_all
from storyline.fuse import fuse
from storyline.ingest import DEFAULT_MAX_BYTES, ingest
from storyline.pipeline import DEFAULT_MODEL, annotate_docs, build_nlp
from storyline.records import Annotation, Document, IngestError, RunReport
from storyline.store import Store

log = logging.getLogger(__name__)

#: progress callback: (stage, done, total or None)
Progress = Callable[[str, int, int | None], None]


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


def prepare(document: Document) -> Document:
    """The per-document stages before spaCy: cleaning, then dating (which needs the boilerplate)."""
    return date_document(clean(document))


@dataclass
class _Tally:
    read: int = 0
    new: int = 0
    skipped: int = 0
    errors: list[IngestError] = field(default_factory=list)


def annotate_all(
    items: Iterable[Document | IngestError],
    nlp: Language,
    tally: _Tally,
    *,
    skip: Callable[[str], bool] = lambda _doc_id: False,
    batch_size: int = 16,
) -> Iterator[Annotation]:
    """Annotate readable, not-yet-stored documents; record bad items in `tally` and go on."""

    def fresh() -> Iterator[Document]:
        seen: set[str] = set()
        for item in items:
            if isinstance(item, IngestError):
                log.warning("skipped %s%s: %s (%s)", item.path,
                            f" [{item.item}]" if item.item else "", item.message, item.kind)
                tally.errors.append(item)
                continue
            tally.read += 1
            if item.doc_id in seen or skip(item.doc_id):
                tally.skipped += 1
                continue
            seen.add(item.doc_id)
            try:
                yield prepare(item)
            except Exception as exc:  # a bug in one document must not stop the run
                log.exception("cleaning/dating failed for %s", item.path or item.doc_id)
                tally.errors.append(IngestError(item.path or "", item.doc_id, "annotate", repr(exc)))

    yield from annotate_docs(fresh(), nlp, batch_size=batch_size)


def run(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    db: str | Path | None = None,
    model: str = DEFAULT_MODEL,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 16,
    progress: Progress = _no_progress,
    nlp: Language | None = None,
) -> RunReport:
    """Process `inputs` into the store at `db` and write every output file into `out`.

    Re-running on the same inputs adds nothing; new inputs are added and fusion is refreshed.
    """
    input_names = [str(p) for p in inputs]
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = Path(db) if db is not None else Path("storyline.duckdb")
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if nlp is None:
        nlp = build_nlp(model)
    timings["load_model"] = time.perf_counter() - t0

    tally = _Tally()
    with Store(db_path) as store:
        t1 = time.perf_counter()
        annotations = annotate_all(
            ingest(input_names, max_bytes=max_bytes), nlp, tally, skip=store.has, batch_size=batch_size
        )
        for done, annotation in enumerate(annotations, start=1):
            if store.add(annotation):
                tally.new += 1
            progress("annotate", done, None)
        timings["ingest_annotate_store"] = time.perf_counter() - t1

        t2 = time.perf_counter()
        progress("fuse", 0, 1)
        fusion = fuse(store.annotations())
        store.replace_fusion(fusion)
        progress("fuse", 1, 1)
        timings["fuse"] = time.perf_counter() - t2

        t3 = time.perf_counter()
        progress("export", 0, 1)
        write_all(out_dir, store)
        progress("export", 1, 1)
        timings["export"] = time.perf_counter() - t3
        counts = store.counts()

    timings["total"] = time.perf_counter() - t0
    report = RunReport(
        inputs=tuple(input_names),
        documents_read=tally.read,
        documents_new=tally.new,
        documents_skipped=tally.skipped,
        errors=tuple(tally.errors),
        counts=tuple(sorted(counts.items())),
        timings=tuple((k, round(v, 4)) for k, v in timings.items()),
        extra=(("db", str(db_path)), ("model", model)),
    )
    write_run_json(out_dir / "run.json", report)
    return report


def report_to_json(report: RunReport) -> dict[str, object]:
    return {
        "inputs": list(report.inputs),
        "documents": {
            "read": report.documents_read,
            "new": report.documents_new,
            "skipped_already_stored": report.documents_skipped,
            "errors": len(report.errors),
        },
        "counts": dict(report.counts),
        "timings_s": dict(report.timings),
        "errors": [
            {"path": e.path, "item": e.item, "kind": e.kind, "message": e.message} for e in report.errors
        ],
        **dict(report.extra),
    }


def write_run_json(path: Path, report: RunReport) -> None:
    path.write_text(json.dumps(report_to_json(report), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
