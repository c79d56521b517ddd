"""Local engine: annotate documents in a pool of worker processes, each with its own pipeline.

Records on spaCy's `Doc._` are Python objects spaCy cannot serialize, so `nlp.pipe(n_process=)`
is no use here. Instead each worker loads the whole pipeline once (pool initializer) and the
parent ships it batches of prepared `Document`s; `Annotation`s come back. Both are frozen
dataclasses, so they pickle.

Memory is bounded by `batch_size × max_in_flight` documents, not by the corpus: batches are
submitted only while fewer than `max_in_flight` are outstanding (a plain `Pool.imap` would read
the whole input ahead). Results are yielded in submission order, so output is deterministic
whatever the scheduling. A batch whose pipeline raises is redone document by document in the
worker, so one bad document becomes one reported error rather than a lost batch.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from spacy.language import Language

from storyline.records import Annotation, Document, IngestError

log = logging.getLogger(__name__)

#: what a worker returns for one document
Result = Annotation | IngestError

_NLP: Language | None = None  # the worker's pipeline, loaded once by `_init_worker`


def _init_worker(model: str) -> None:
    global _NLP
    from threadpoolctl import threadpool_limits

    from storyline.pipeline import build_nlp

    # one BLAS thread per worker: N workers on N cores each asking for N BLAS threads
    # oversubscribe the machine (numbers in benchmarks/README.md, workers.py)
    threadpool_limits(1)
    _NLP = build_nlp(model)


def annotate_batch(docs: list[Document], nlp: Language, batch_size: int) -> list[Result]:
    """Annotate a batch; when the pipeline fails on it, redo it one document at a time."""
    from storyline.pipeline import annotate_docs

    try:
        return list(annotate_docs(docs, nlp, batch_size=batch_size))
    except Exception:
        log.debug("batch failed; retrying document by document", exc_info=True)
    out: list[Result] = []
    for doc in docs:
        try:
            out.extend(annotate_docs([doc], nlp, batch_size=1))
        except Exception as exc:  # one broken document must not stop the run
            log.exception("annotation failed for %s", doc.path or doc.doc_id)
            out.append(IngestError(doc.path or "", doc.doc_id, "annotate", repr(exc)))
    return out


def prepare_and_annotate(docs: list[Document], nlp: Language, batch_size: int,
                         signatures: bool) -> list[tuple[Result, bytes | None]]:
    """Clean, date, sign (MinHash, for dedup) and annotate raw documents; errors become results."""
    from storyline.dedup import NearDuplicates
    from storyline.runner import prepare

    index = NearDuplicates()
    ready: list[Document] = []
    sigs: dict[str, bytes | None] = {}
    out: dict[int, Result] = {}
    for i, doc in enumerate(docs):
        try:
            p = prepare(doc)
            mh = index.signature(p) if signatures else None
        except Exception as exc:  # as the serial runner: one bad document is one reported error
            log.exception("cleaning/dating failed for %s", doc.path or doc.doc_id)
            out[i] = IngestError(doc.path or "", doc.doc_id, "annotate", repr(exc))
            continue
        sigs[p.doc_id] = None if mh is None else index.pack(mh)
        ready.append(p)
    annotated = iter(annotate_batch(ready, nlp, batch_size))
    results: list[tuple[Result, bytes | None]] = []
    for i in range(len(docs)):
        r = out.get(i) or next(annotated)
        results.append((r, sigs.get(r.document.doc_id) if isinstance(r, Annotation) else None))
    return results


def _work(docs: list[Document], batch_size: int, signatures: bool) -> list[tuple[Result, bytes | None]]:
    if _NLP is None:  # pragma: no cover - the initializer always ran
        raise RuntimeError("worker pipeline not loaded")
    return prepare_and_annotate(docs, _NLP, batch_size, signatures)


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def annotate_parallel(
    docs: Iterable[Document],
    *,
    workers: int,
    model: str,
    batch_size: int = 16,
    signatures: bool = True,
    max_in_flight: int | None = None,
    start_method: str = "spawn",
) -> Iterator[tuple[Result, bytes | None]]:
    """Prepare and annotate raw `docs` in `workers` processes; results come back in input order.

    Each result comes with the document's packed MinHash signature (None when `signatures` is
    off or the body is too short), so the caller links near-duplicates in input order
    (`NearDuplicates.link`) exactly as a serial run does, without cleaning or hashing itself:
    only the light LSH lookup and the store stay in the parent.

    `spawn` is the default start method: forking a parent that holds a DuckDB connection and its
    threads is not safe, and each worker loads its own model anyway.
    """
    if workers < 1:
        raise ValueError("workers must be ≥ 1")
    in_flight = max_in_flight or 2 * workers
    ctx = multiprocessing.get_context(start_method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(model,)) as pool:
        pending: deque[Future[list[tuple[Result, bytes | None]]]] = deque()
        for batch in _batches(docs, batch_size):
            pending.append(pool.submit(_work, batch, batch_size, signatures))
            while len(pending) >= in_flight:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
