"""Spark engine: the same per-document pipeline as a PySpark job (`storyline run --engine spark`).

Flow, keyed by each item's input position `(file number, item number)` so the result is the one
a local run gives on a fresh store:

1. Read: JSONL(.gz) files with `textFile` and Parquet files (columns of the JSONL input
   contract) with `spark.read.parquet`, both parsed by the local JSONL parser on the executors;
   other files (txt, md, html, WARC) are read on the driver by `storyline.ingest` and parallelized.
2. Executors clean and date each document and compute its MinHash signature.
3. The driver gathers `(key, doc_id, signature)` (≈0.5 KB a document), drops repeated doc_ids
   and links near-duplicates in key order with `storyline.dedup.NearDuplicates` — exactly the
   local decisions — and broadcasts them.
4. Executors annotate (one pipeline per Python worker, loaded once) and write the per-document
   record kinds as Parquet/CSV part files, `OUT/<kind>.parquet/part-NNNNN.parquet`, in key order.
5. Annotations are gathered on the driver, fused with `storyline.fuse.fuse`, and the fused kinds,
   the contract JSONL files, timeline.md, report.html and run.json are written as a local run does.

On a cluster `OUT` must be a path every executor can write (shared or mounted storage). Fusion
gathers every annotation on the driver, as the local engine reads every stored one. No DuckDB
store is written: load the Parquet into one with DuckDB if needed.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError
from storyline.export import MemoryCorpus, write_all
from storyline.export.canonical import canonical, redirects
from storyline.export.tabular import PER_DOC_KINDS, per_doc_rows, write_rows, write_tabular
from storyline.ingest import DEFAULT_MAX_BYTES, ingest, iter_files
from storyline.pipeline import DEFAULT_MODEL
from storyline.records import Annotation, Document, IngestError, RunReport

log = logging.getLogger(__name__)

Key = tuple[int, int]
Progress = Callable[[str, int, int | None], None]

_NLP: Any = None  # one pipeline per Spark Python worker (workers are reused between tasks)
_NLP_MODEL: str | None = None


def _worker_nlp(model: str) -> Any:
    global _NLP, _NLP_MODEL
    if _NLP is None or model != _NLP_MODEL:
        from storyline.pipeline import build_nlp

        _NLP, _NLP_MODEL = build_nlp(model), model
    return _NLP


def spark_available() -> str | None:
    """None when Spark can run here, else why not (for skips and error messages)."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'storyline[spark]')"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "Java is not installed (Spark needs a JDK 17+ on PATH or JAVA_HOME)"
    return None


def session(master: str = "local[2]", app: str = "storyline") -> Any:
    """A SparkSession with the UI off and quiet logs (a library must not spam the console)."""
    reason = spark_available()
    if reason is not None:
        raise StorylineError(f"cannot use the Spark engine: {reason}")
    from pyspark.sql import SparkSession

    # executors must run this interpreter (the one storyline and its model are installed in)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (SparkSession.builder.master(master).appName(app)
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.python.worker.reuse", "true")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# --- executor-side functions (module level so they pickle by reference) ------------------------
def _parse(path: str, lineno: int, line: bytes, max_bytes: int) -> Document | IngestError | None:
    from storyline.ingest.common import error
    from storyline.ingest.decode import UTF8_BOM as bom
    from storyline.ingest.jsonl import _parse_line

    if len(line) > max_bytes:
        return error(path, "oversize", f"line longer than {max_bytes} bytes", str(lineno))
    if lineno == 1 and line.startswith(bom):
        line = line[len(bom):]
    if not line.strip():
        return None
    return _parse_line(path, lineno, line)


def _prepare(item: tuple[Key, Document | IngestError]) -> tuple[Key, Document | IngestError, bytes | None]:
    from storyline.dedup import NearDuplicates
    from storyline.runner import prepare

    key, doc = item
    if isinstance(doc, IngestError):
        return key, doc, None
    try:
        ready = prepare(doc)
    except Exception as exc:  # as the local runner: one bad document is one reported error
        log.exception("cleaning/dating failed for %s", doc.path or doc.doc_id)
        return key, IngestError(doc.path or "", doc.doc_id, "annotate", repr(exc)), None
    index = NearDuplicates()
    mh = index.signature(ready)
    return key, ready, None if mh is None else index.pack(mh)


def _annotate_partition(
    part: int, items: Iterator[tuple[Key, Document]], *, model: str, batch_size: int, out: str,
    formats: Sequence[str],
) -> Iterator[tuple[Key, Annotation | IngestError]]:
    from storyline.engines.local import annotate_batch

    batch = list(items)
    if not batch:
        return
    results = annotate_batch([d for _, d in batch], _worker_nlp(model), batch_size)
    # annotate_batch returns one result per document, in order
    keyed = list(zip([k for k, _ in batch], results, strict=True))
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in PER_DOC_KINDS}
    for _, res in keyed:
        if isinstance(res, Annotation):
            for kind, row in per_doc_rows(res):
                rows[kind].append(row)
    for fmt in formats:
        for kind in PER_DOC_KINDS:
            folder = Path(out) / f"{kind}.{fmt}"
            folder.mkdir(parents=True, exist_ok=True)
            write_rows(folder / f"part-{part:05d}.{fmt}", kind, rows[kind], fmt)
    yield from keyed


# kinds whose rows carry entity ids (the executors wrote them before fusion could fold any)
_ID_KINDS = ("actor_mentions", "quotes", "event_mentions")


def _rewrite_folded(out_dir: Path, annotations: Sequence[Annotation], redirect: dict[str, str],
                    formats: Sequence[str]) -> None:
    """Rewrite the per-document kinds that name entities when fusion folded ids (an acronym defined
    in another article), so no part file points at an id entities.* lacks. Rare and small: the
    driver already holds every annotation."""
    if not redirect:
        return
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in _ID_KINDS}
    for ann in annotations:
        for kind, row in per_doc_rows(canonical(ann, redirect)):
            if kind in rows:
                rows[kind].append(row)
    for fmt in formats:
        for kind in _ID_KINDS:
            folder = out_dir / f"{kind}.{fmt}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True, exist_ok=True)
            write_rows(folder / f"part-00000.{fmt}", kind, rows[kind], fmt)


# --- driver ------------------------------------------------------------------------------------
def _read(spark: Any, inputs: Sequence[str], max_bytes: int) -> tuple[Any, list[tuple[Key, IngestError]]]:
    """An RDD of `(key, Document | IngestError)` over every input, and the listing errors."""
    sc = spark.sparkContext
    rdds: list[Any] = []
    local: list[tuple[Key, Document | IngestError]] = []
    errors: list[tuple[Key, IngestError]] = []
    fno = 0
    for given in inputs:
        for path in iter_files(given):
            fno += 1
            if isinstance(path, IngestError):
                errors.append(((fno, 0), path))
                continue
            name = path.lower()
            f = fno
            if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
                lines = sc.textFile(path, use_unicode=False).zipWithIndex()
                rdds.append(lines.map(lambda li, p=path, f=f: ((f, li[1] + 1), _parse(p, li[1] + 1, li[0], max_bytes)))
                            .filter(lambda kv: kv[1] is not None))
            elif name.endswith(".parquet"):
                rows = spark.read.parquet(path).rdd.zipWithIndex()
                rdds.append(rows.map(lambda ri, p=path, f=f: (
                    (f, ri[1] + 1),
                    _parse(p, ri[1] + 1, json.dumps(ri[0].asDict(), default=str).encode(), max_bytes),
                )).filter(lambda kv: kv[1] is not None))
            else:
                local.extend(((f, i), item) for i, item in enumerate(ingest([path], max_bytes=max_bytes), 1))
    if local:
        rdds.append(sc.parallelize(local, max(1, min(len(local), sc.defaultParallelism))))
    rdd = sc.union(rdds) if rdds else sc.emptyRDD()
    return rdd, errors


def run_spark(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 16,
    dedup: bool = True,
    formats: Sequence[str] = ("jsonl", "parquet"),
    master: str = "local[2]",
    progress: Progress = lambda _s, _d, _t: None,
    spark: Any = None,
    partitions: int | None = None,
) -> RunReport:
    """Run the per-document pipeline on Spark and write every output file into `out` (see module doc).

    Per-document kinds are always written as Parquet (the Spark output); `formats` adds CSV and
    is otherwise as `storyline.runner.run`.
    """
    from storyline.dedup import NearDuplicates
    from storyline.fuse import fuse
    from storyline.runner import write_run_json

    input_names = [str(p) for p in inputs]
    out_dir = Path(out).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    fmts = list(dict.fromkeys(["parquet", *[f for f in formats if f != "jsonl"]]))
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    own = spark is None
    spark = spark or session(master)
    sc = spark.sparkContext
    try:
        progress("spark: read + prepare", 0, None)
        rdd, listing_errors = _read(spark, input_names, max_bytes)
        prepared = rdd.map(_prepare).persist()
        meta = sorted(prepared.map(lambda r: (r[0], r[1].doc_id if isinstance(r[1], Document) else None, r[2]))
                      .collect())
        timings["read_prepare"] = time.perf_counter() - t0
        progress("spark: read + prepare", len(meta), len(meta))

        # driver: repeated ids and near-duplicates, in input order (as the local engine decides)
        t1 = time.perf_counter()
        seen: set[str] = set()
        skip: set[Key] = set()
        links: dict[Key, str] = {}
        index = NearDuplicates() if dedup else None
        read = skipped = 0
        for key, doc_id, sig in meta:
            if doc_id is None:
                continue
            read += 1
            if doc_id in seen:
                skip.add(key)
                skipped += 1
                continue
            seen.add(doc_id)
            if index is not None and sig is not None:
                dup = index.link(doc_id, index.unpack(sig))
                if dup is not None:
                    links[key] = dup
        timings["dedup"] = time.perf_counter() - t1

        t2 = time.perf_counter()
        b_skip, b_links = sc.broadcast(skip), sc.broadcast(links)
        docs = (prepared.filter(lambda r: isinstance(r[1], Document) and r[0] not in b_skip.value)
                .map(lambda r: (r[0], replace(r[1], duplicate_of=b_links.value.get(r[0])))))
        # range-partition by input position (the driver knows every key): no sampling job, and
        # part files in partition order hold the records in input order
        n_parts = partitions or max(sc.defaultParallelism, -(-len(meta) // 512))
        kept = [k for k, doc_id, _ in meta if doc_id is not None and k not in skip]
        b_part = sc.broadcast({k: i * n_parts // max(1, len(kept)) for i, k in enumerate(kept)})
        for kind in PER_DOC_KINDS:
            for fmt in fmts:
                shutil.rmtree(out_dir / f"{kind}.{fmt}", ignore_errors=True)
                (out_dir / f"{kind}.{fmt}").unlink(missing_ok=True)
        kw = {"model": model, "batch_size": batch_size, "out": str(out_dir), "formats": fmts}
        results = sorted(
            docs.partitionBy(n_parts, lambda k: b_part.value[k])
            .mapPartitionsWithIndex(
                lambda i, it: _annotate_partition(i, iter(sorted(it, key=lambda kv: kv[0])), **kw))  # type: ignore[arg-type]
            .collect(),
            key=lambda kv: kv[0],
        )
        prep_errors = [(k, x) for k, x, _ in prepared.filter(lambda r: isinstance(r[1], IngestError)).collect()]
        prepared.unpersist()
        timings["annotate"] = time.perf_counter() - t2
        progress("spark: annotate", len(results), len(results))
    finally:
        if own:
            spark.stop()

    annotations = [r for _, r in results if isinstance(r, Annotation)]
    errors = [e for _, e in sorted(listing_errors + prep_errors + [(k, r) for k, r in results
                                                                   if isinstance(r, IngestError)],
                                   key=lambda ke: ke[0])]
    t3 = time.perf_counter()
    fusion = fuse(annotations)
    timings["fuse"] = time.perf_counter() - t3
    t4 = time.perf_counter()
    corpus = MemoryCorpus.of(annotations, fusion)
    _rewrite_folded(out_dir, annotations, redirects(fusion), fmts)
    counts = write_all(out_dir, corpus)
    fused_kinds = ("entities", "events", "corroborations", "contradictions", "deals")
    write_tabular(out_dir, corpus, fmts, kinds=fused_kinds)
    timings["export"] = time.perf_counter() - t4
    timings["total"] = time.perf_counter() - t0
    tallies = {
        "documents": len(annotations), "timexes": sum(len(a.timexes) for a in annotations),
        "actors": sum(len(a.actors) for a in annotations), "quotes": sum(len(a.quotes) for a in annotations),
        "event_mentions": sum(len(a.events) for a in annotations), "entities": len(fusion.entities),
        "events": len(fusion.events), "corroborations": len(fusion.corroborations),
        "contradictions": len(fusion.contradictions), "deals": len(fusion.deals),
        "near_duplicates": sum(1 for a in annotations if a.document.duplicate_of is not None),
    }
    log.debug("spark run wrote %s", counts)
    report = RunReport(
        inputs=tuple(input_names), documents_read=read, documents_new=len(annotations),
        documents_skipped=skipped, errors=tuple(errors), counts=tuple(sorted(tallies.items())),
        timings=tuple((k, round(v, 4)) for k, v in timings.items()),
        extra=(("engine", "spark"), ("master", master), ("model", model), ("formats", ",".join(fmts))),
    )
    write_run_json(out_dir / "run.json", report)
    return report

