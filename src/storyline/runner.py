"""`storyline run`: the whole flow, ingest → clean → date → annotate → store → fuse → export.

Streaming: documents flow through one at a time (spaCy batches them; with `workers > 1` a bounded
number of batches is in flight in worker processes), each new document is stored as soon as it is
annotated (the store writes small batches atomically), so a crash loses at most the batches in
flight and a re-run resumes where it stopped (documents already stored are skipped by `doc_id`).
Ingest, cleaning, dating and near-duplicate linking run in this process, in input order, so the
output is the same whatever the number of workers.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from storyline.clean import clean
from storyline.dating import date_document
from storyline.dedup import NearDuplicates
from storyline.engines.local import annotate_parallel
from storyline.errors import InputError
from storyline.export import write_all
from storyline.export.tabular import FORMATS, write_tabular
from storyline.fuse import fuse
from storyline.ingest import DEFAULT_MAX_BYTES, ingest, iter_files
from storyline.pipeline import DEFAULT_MODEL, annotate_docs, annotator_id, build_nlp, document_of
from storyline.records import Annotation, Document, Fusion, IngestError, RunReport
from storyline.store import Store

log = logging.getLogger(__name__)

#: progress callback: (stage, done, total or None)
Progress = Callable[[str, int, int | None], None]


def _no_progress(stage: str, done: int, total: int | None) -> None:
    return None


def prepare(document: Document) -> Document:
    """The per-document stages before spaCy: cleaning, then dating (which needs the boilerplate)."""
    return date_document(clean(document))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """`text` with each lone surrogate (a JSON `\\ud83d` escape, an undecodable file name) as U+FFFD.

    One code point for one, so offsets into the text stay valid; spaCy, DuckDB and UTF-8 output
    files all refuse lone surrogates, which would otherwise end the whole run on one bad article.
    """
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def _shown_path(path: str) -> str:
    """A file name that is not valid UTF-8, with its raw bytes shown as `\\xe9` (as `ls -b` does)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        try:
            return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _storable(item: Document | IngestError) -> Document | IngestError:
    """The item with every string storable and printable (see `_no_surrogates`, `_shown_path`)."""
    if isinstance(item, IngestError):
        shown = replace(item, path=_shown_path(item.path), message=_no_surrogates(item.message),
                        item=None if item.item is None else _no_surrogates(item.item))
        return item if shown == item else shown
    fields = {"doc_id": item.doc_id, "text": item.text, "url": item.url, "source": item.source,
              "title": item.title, "given_published": item.given_published, "dateline": item.dateline}
    fixed: dict[str, str | None] = {k: None if v is None else _no_surrogates(v) for k, v in fields.items()}
    path = None if item.path is None else _shown_path(item.path)
    if path == item.path and fixed == fields:
        return item
    return replace(item, path=path, **fixed)  # type: ignore[arg-type]


@dataclass
class _Tally:
    read: int = 0
    new: int = 0
    skipped: int = 0
    duplicates: int = 0
    errors: list[IngestError] = field(default_factory=list)
    #: packed MinHash signatures of documents between dedup and the store (bounded by what is in flight)
    signatures: dict[str, bytes] = field(default_factory=dict)


def _fresh(
    items: Iterable[Document | IngestError],
    tally: _Tally,
    skip: Callable[[str], bool],
    index: NearDuplicates | None,
    tick: Callable[[], None] = lambda: None,
    *,
    prepare_here: bool = True,
) -> Iterator[Document]:
    """Readable, not-yet-stored documents, cleaned, dated and linked to their near-duplicates.

    With `prepare_here=False` documents are yielded raw (workers prepare and sign them).
    """
    seen: set[str] = set()
    for item in map(_storable, items):
        if isinstance(item, IngestError):
            # (the run report lists it; the CLI prints that list once at the end)
            log.info("skipped %s%s: %s (%s)", item.path,
                        f" [{item.item}]" if item.item else "", item.message, item.kind)
            tally.errors.append(item)
            tick()
            continue
        tally.read += 1
        if item.doc_id in seen or skip(item.doc_id):
            tally.skipped += 1
            tick()
            continue
        seen.add(item.doc_id)
        if not prepare_here:
            yield item
            continue
        try:
            doc = prepare(item)
            if index is not None:
                doc, sig = index.assign(doc)
                if sig is not None:
                    tally.signatures[doc.doc_id] = sig
                if doc.duplicate_of is not None:
                    tally.duplicates += 1
        except Exception as exc:  # a bug in one document must not stop the run
            log.exception("cleaning/dating failed for %s", item.path or item.doc_id)
            tally.errors.append(IngestError(item.path or "", item.doc_id, "annotate", repr(exc)))
            tick()
            continue
        yield doc


@dataclass
class _Ticker:
    """One more document done (read, skipped, failed or annotated): tells the progress callback."""

    progress: Progress
    total: int | None
    done: int = 0

    def __call__(self) -> None:
        self.done += 1
        self.progress("documents", self.done, self.total)


def _record_failure(tally: _Tally, tick: Callable[[], None]) -> Callable[[str, object, list[Doc], Exception], None]:
    """A spaCy error handler: a component that fails on some documents makes them per-item errors
    (kind "annotate"; not stored, so a re-run tries them again) instead of ending the run."""

    def handler(name: str, _proc: object, sdocs: list[Doc], exc: Exception) -> None:
        for sdoc in sdocs:
            doc = document_of(sdoc)
            log.error("%s failed on %s: %r", name, doc.path or doc.doc_id, exc, exc_info=exc)
            tally.errors.append(IngestError(doc.path or "", doc.doc_id, "annotate", f"{name} failed: {exc!r}"))
            tally.signatures.pop(doc.doc_id, None)
            tick()

    return handler


def annotate_all(
    items: Iterable[Document | IngestError],
    nlp: Language,
    tally: _Tally,
    *,
    skip: Callable[[str], bool] = lambda _doc_id: False,
    batch_size: int = 16,
    index: NearDuplicates | None = None,
) -> Iterator[Annotation]:
    """Annotate readable, not-yet-stored documents in this process; record bad items in `tally`."""
    yield from annotate_docs(_fresh(items, tally, skip, index), nlp, batch_size=batch_size)


def add_documents(
    docs: Iterable[Document],
    store: Store,
    nlp: Language,
    *,
    index: NearDuplicates | None = None,
) -> tuple[list[Annotation], list[IngestError], Fusion]:
    """Annotate the documents `store` does not hold yet, store them and refresh fusion.

    The incremental path (the web API's `POST /articles`): the same preparation, near-duplicate
    linking and annotation as `run`, without reading files or writing output files. Returns the
    new annotations, the per-document errors and the refreshed fusion.
    """
    tally = _Tally()
    anns = list(annotate_all(docs, nlp, tally, skip=store.has, index=index))
    for ann in anns:
        store.add(ann, signature=tally.signatures.pop(ann.document.doc_id, None))
    store.flush()
    if anns:
        store.note_annotator(annotator_id())
    return anns, tally.errors, refuse(store)


_READABLE = ".txt, .md, .html/.htm, .jsonl/.ndjson (also gzipped) and .warc(.gz) files"


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _inputs_less_own_files(inputs: Sequence[str], out_dir: Path, db: Path) -> list[str]:
    """The inputs, less this run's own files when they lie inside an input folder.

    `storyline run articles/ --out articles/out` would otherwise read its earlier output back in
    (each `text` field of timexes.jsonl or quotes.jsonl becoming an "article") and report the
    store as an unsupported file. Only an input folder that holds the output folder or the store
    is expanded into its files; every other input is passed on as given.
    """
    out_abs, db_abs = out_dir.resolve(), db.resolve()
    own = (db_abs, db_abs.with_name(db_abs.name + ".wal"))
    names: list[str] = []
    for given in inputs:
        folder = Path(given).resolve()
        if not Path(given).is_dir() or not (_inside(out_abs, folder) or any(_inside(f, folder) for f in own)):
            names.append(given)
            continue
        kept = skipped = 0
        for path in iter_files(given):
            if isinstance(path, IngestError):
                names.append(path.path)  # (ingest reports it again)
                continue
            resolved = Path(path).resolve()
            if _inside(resolved, out_abs) or resolved in own:
                skipped += 1
                continue
            names.append(path)
            kept += 1
        log.info("%s: %d files read, %d of this run's own output/store files left out", given, kept, skipped)
    return names


def _stale_annotations(store: Store, db: Path) -> list[str]:
    """A warning when documents already stored were annotated by other code than this storyline's.

    Stored documents are never annotated again (a re-run skips them by `doc_id`), so after an
    upgrade they keep what the older code read out of them; saying so beats silently mixing both.
    """
    current = annotator_id()
    known = store.annotators()
    others = [a for a in known if a != current]
    if known and not others:
        return []
    stored = store.counts().get("documents", 0)
    if not stored:
        return []
    who = ", ".join(others) if others else "a storyline that did not record its version"
    msg = (f"{stored} documents in {db} were annotated by {who}; documents already stored keep those "
           f"annotations (this is {current}): run `storyline reannotate --db {db}` to annotate them "
           "again with this version, or use a new --db")
    log.info("%s", msg)  # the run report carries it; the CLI shows it once
    return [msg]


def refuse(store: Store) -> Fusion:
    """Fuse everything the store holds and replace its fusion tables (fusion is corpus-wide)."""
    fusion = fuse(store.annotations())
    store.replace_fusion(fusion)
    return fusion


def count_items(inputs: Iterable[str | Path]) -> int | None:
    """How many items (articles or bad items) `ingest` will yield, for progress ETA; None if unknown.

    Counts files and JSONL lines without parsing them (a fraction of the cost of reading them);
    WARC archives are not counted (their records need parsing), so a run with one has no total.
    """
    total = 0
    for given in inputs:
        for path in iter_files(given):
            if isinstance(path, IngestError):
                total += 1
                continue
            name = path.lower()
            if name.endswith((".warc", ".warc.gz")):
                return None
            if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
                total += _count_lines(path, gz=name.endswith(".gz"))
            else:
                total += 1
    return total


def _count_lines(path: str, *, gz: bool) -> int:
    n = 0
    last = b"\n"
    try:
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
            while chunk := fh.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1:]
    except (OSError, EOFError, zlib.error):
        return n + 1
    return n + (last != b"\n")


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
    workers: int = 1,
    dedup: bool = True,
    formats: Sequence[str] = ("jsonl",),
    engine: str = "local",
    spark_master: str | None = None,
) -> RunReport:
    """Process `inputs` into the store at `db` and write every output file into `out`.

    Re-running on the same inputs adds nothing; new inputs are added and fusion is refreshed.
    `workers > 1` annotates in that many processes (`storyline.engines.local`); output is the same
    as with one. `dedup` links near-duplicates before annotation (`storyline.dedup`). `formats`
    picks the record files: any of jsonl (the contract; always written with timeline.md and
    report.html), parquet, csv. `engine="spark"` runs the per-document pipeline as a Spark job
    instead and writes files only (no DuckDB store): see `storyline.engines.spark`.
    """
    fmts = _check_formats(formats)
    _check_positive(batch_size=batch_size, max_bytes=max_bytes)
    if engine == "spark" and workers != 1:
        raise InputError("--workers sets the local engine's processes; with --engine spark, set Spark's "
                         "parallelism with --spark-master (e.g. local[4])")
    if engine == "spark":
        from storyline.engines.spark import run_spark

        return run_spark(inputs, out, model=model, max_bytes=max_bytes, batch_size=batch_size,
                         dedup=dedup, formats=fmts, master=spark_master or "local[2]", progress=progress)
    if engine != "local":
        raise InputError(f"unknown engine {engine!r}; choose local or spark")
    if workers < 1:
        raise InputError("--workers must be at least 1")
    given_names = [str(p) for p in inputs]
    out_dir = _output_folder(out)
    db_path = Path(db) if db is not None else Path("storyline.duckdb")
    input_names = _inputs_less_own_files(given_names, out_dir, db_path)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    tally = _Tally()
    # the store first: a locked or foreign file is reported at once, before seconds of model loading
    with Store(db_path) as store:
        warnings = _stale_annotations(store, db_path)
        if nlp is None and workers == 1:
            nlp = build_nlp(model)
        timings["load_model"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        index: NearDuplicates | None = None
        if dedup:
            index = NearDuplicates()
            loaded = index.load(store.signatures())
            log.debug("dedup index rebuilt from %d stored signatures", loaded)
        timings["dedup_index"] = time.perf_counter() - t1
        total = count_items(input_names)
        tick = _Ticker(progress, total)
        progress("documents", 0, total)
        t1 = time.perf_counter()
        items = ingest(input_names, max_bytes=max_bytes)
        results: Iterable[tuple[Annotation | IngestError, bytes | None]]
        previous_handler = nlp.default_error_handler if nlp is not None else None
        if workers == 1:
            assert nlp is not None
            # our components (plain callables) report through this; spaCy cannot set it on its own
            # Cython pipes, whose rare failures still end the run
            nlp.default_error_handler = _record_failure(tally, tick)
            docs = _fresh(items, tally, store.has, index, tick)
            results = ((a, tally.signatures.pop(a.document.doc_id, None))
                       for a in annotate_docs(docs, nlp, batch_size=batch_size))
        else:
            raw = _fresh(items, tally, store.has, None, tick, prepare_here=False)
            results = annotate_parallel(raw, workers=workers, model=model, batch_size=batch_size,
                                        signatures=index is not None)
        try:
            for result, sig in results:
                if isinstance(result, IngestError):
                    tally.errors.append(result)
                else:
                    if workers > 1 and index is not None and sig is not None:
                        # the same decision, in the same order, as `_fresh` makes in a serial run
                        dup = index.link(result.document.doc_id, index.unpack(sig))
                        if dup is not None:
                            tally.duplicates += 1
                            result = replace(result, document=replace(result.document, duplicate_of=dup))
                    if store.add(result, signature=sig):
                        tally.new += 1
                tick()
        finally:
            if nlp is not None and previous_handler is not None:
                nlp.default_error_handler = previous_handler
        if tally.new:
            store.note_annotator(annotator_id())
        timings["ingest_annotate_store"] = time.perf_counter() - t1

        _refuse_timed(store, progress, timings)
        _export_timed(store, out_dir, fmts, progress, timings)
        counts = store.counts()
        counts["near_duplicates"] = _count_duplicates(store)

    if tally.read == 0 and not tally.errors:
        warnings.append(f"no article files found in {', '.join(given_names) or 'the input'}: storyline reads "
                        f"{_READABLE} (hidden files and README/LICENSE files are skipped)")
    timings["total"] = time.perf_counter() - t0
    report = RunReport(
        inputs=tuple(given_names),
        documents_read=tally.read,
        documents_new=tally.new,
        documents_skipped=tally.skipped,
        errors=tuple(tally.errors),
        counts=tuple(sorted(counts.items())),
        timings=tuple((k, round(v, 4)) for k, v in timings.items()),
        extra=(("db", str(db_path)), ("model", model), ("engine", "local"), ("workers", str(workers)),
               ("formats", ",".join(fmts))),
        warnings=tuple(warnings),
    )
    write_run_json(out_dir / "run.json", report)
    return report


def reannotate(
    db: str | Path,
    out: str | Path | None = None,
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    progress: Progress = _no_progress,
    nlp: Language | None = None,
    force: bool = False,
    formats: Sequence[str] = ("jsonl",),
) -> RunReport:
    """Annotate every document in the store at `db` again with this storyline, in place, and re-fuse.

    `run` never annotates a stored document twice, so after an upgrade the store mixes what older
    and newer code read; this brings it level. Documents keep their stored text, dates, ids and
    near-duplicate links (cleaning and dating are not redone: the raw inputs may be gone); their
    timexes, actors, quotes and event mentions are replaced, a batch per transaction, so an
    interrupted run leaves every document either old or new and can simply be run again. Nothing
    happens when the store was annotated by this code only, unless `force`. A document a component
    fails on keeps its old records and is reported as an error. Writes the output files into `out`
    when given. One process (the parse dominates; `run --workers` parallelism is not offered here).
    """
    fmts = _check_formats(formats)
    _check_positive(batch_size=batch_size)
    db_path = Path(db)
    if not db_path.is_file():
        raise InputError(f"no store at {db_path}: nothing to re-annotate")
    if out is not None:
        _output_folder(out)  # before minutes of annotating, not after
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    tally = _Tally()
    current = annotator_id()
    with Store(db_path) as store:
        total = store.counts().get("documents", 0)
        up_to_date = store.annotators() == [current]
        if up_to_date and not force:
            log.info("every document in %s was annotated by %s: nothing to do", db_path, current)
            tally.skipped = total
        else:
            if nlp is None:
                nlp = build_nlp(model)
            timings["load_model"] = time.perf_counter() - t0
            t1 = time.perf_counter()
            tick = _Ticker(progress, total)
            progress("documents", 0, total)
            previous_handler = nlp.default_error_handler
            nlp.default_error_handler = _record_failure(tally, tick)
            batch: list[Annotation] = []
            try:
                for ann in annotate_docs(store.documents(), nlp, batch_size=batch_size):
                    batch.append(ann)
                    if len(batch) >= store.batch_size:
                        store.replace_annotations(batch)
                        tally.new += len(batch)
                        batch.clear()
                    tick()
                store.replace_annotations(batch)
                tally.new += len(batch)
            finally:
                nlp.default_error_handler = previous_handler
            tally.read = tally.new + len(tally.errors)
            # only when no document kept older records is this code the store's one annotator
            store.note_annotator(current, only=not tally.errors)
            timings["annotate_store"] = time.perf_counter() - t1
            _refuse_timed(store, progress, timings)
        warnings = _stale_annotations(store, db_path) if tally.errors else []
        if out is not None:
            _export_timed(store, Path(out), fmts, progress, timings)
        counts = store.counts()
        counts["near_duplicates"] = _count_duplicates(store)
    timings["total"] = time.perf_counter() - t0
    report = RunReport(
        inputs=(str(db_path),),
        documents_read=tally.read,
        documents_new=0,
        documents_skipped=tally.skipped,
        errors=tuple(tally.errors),
        counts=tuple(sorted(counts.items())),
        timings=tuple((k, round(v, 4)) for k, v in timings.items()),
        extra=(("db", str(db_path)), ("model", model), ("annotator", current),
               ("reannotated", str(tally.new)), ("formats", ",".join(fmts))),
        warnings=tuple(warnings),
    )
    if out is not None:
        write_run_json(Path(out) / "run.json", report)
    return report


def _refuse_timed(store: Store, progress: Progress, timings: dict[str, float]) -> None:
    t = time.perf_counter()
    progress("fuse", 0, 1)
    refuse(store)
    progress("fuse", 1, 1)
    timings["fuse"] = time.perf_counter() - t


def _export_timed(store: Store, out_dir: Path, fmts: Sequence[str], progress: Progress,
                  timings: dict[str, float]) -> None:
    """Every output file: the JSONL contract, timeline.md and report.html, and the tabular formats asked for."""
    t = time.perf_counter()
    progress("export", 0, 1)
    write_all(out_dir, store)
    if set(fmts) - {"jsonl"}:
        write_tabular(out_dir, store, fmts)
    progress("export", 1, 1)
    timings["export"] = time.perf_counter() - t


def _check_formats(formats: Sequence[str]) -> tuple[str, ...]:
    fmts = tuple(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    bad = [f for f in fmts if f not in FORMATS]
    if bad:
        raise InputError(f"unknown output format(s) {', '.join(bad)}; choose from {', '.join(FORMATS)}")
    return fmts or ("jsonl",)


def _output_folder(out: str | Path) -> Path:
    """`out`, created if missing; a clear error when it is a file or cannot be created."""
    path = Path(out)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        what = "is a file, not a folder" if path.is_file() else f"cannot be created ({exc.strerror or exc})"
        raise InputError(f"output folder {path} {what}; give another --out") from exc
    return path


def _check_positive(**options: int) -> None:
    """A batch size or byte limit below 1 would read nothing (spaCy's batcher stops at an empty batch)."""
    for name, value in options.items():
        if value < 1:
            raise InputError(f"--{name.replace('_', '-')} must be at least 1 (got {value})")


def _count_duplicates(store: Store) -> int:
    return sum(1 for d in store.documents(with_text=False) if d.duplicate_of is not None)


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
        "warnings": list(report.warnings),
    }


def write_run_json(path: Path, report: RunReport) -> None:
    path.write_text(json.dumps(report_to_json(report), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
