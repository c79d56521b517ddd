"""Parquet and CSV files of every record kind, for analysts' tools (DuckDB, pandas, Spark, a spreadsheet).

Rows are the contract's JSON objects (`storyline.export.jsonl.to_json`, same field names), so a
Parquet file holds exactly what the matching `.jsonl` holds. Parquet keeps nested parts as
typed STRUCT/LIST columns under an explicit schema (stable across files and chunks, so DuckDB can
`SELECT ... FROM 'out/events.parquet'` or glob several runs); CSV, which has no nesting, writes
nested values as JSON text. Besides the contract files, the per-document `actor_mentions` and
`event_mentions` are written too. Files are written in row groups while streaming the corpus, so
memory stays bounded by one row group.
"""

from __future__ import annotations

import csv
import json
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from storyline.errors import StorylineError
from storyline.export.canonical import canonical, redirects
from storyline.export.corpus import Corpus
from storyline.export.jsonl import to_json
from storyline.records import Annotation

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("jsonl", "parquet", "csv")
_ROW_GROUP = 4096

_S = pa.string()
_I = pa.int64()
_F = pa.float64()
_SPAN = pa.struct([("start", _I), ("end", _I)])
_TEXTSPAN = pa.struct([("start", _I), ("end", _I), ("text", _S)])
_MENTION = pa.struct([("doc_id", _S), ("start", _I), ("end", _I), ("text", _S), ("quote_id", _S)])
_EDATE = pa.struct([("value", _S), ("mod", _S)])
_ACTORS = pa.struct([("source", pa.list_(_S)), ("target", pa.list_(_S))])

#: record kind -> Arrow schema; field names and order follow the JSON contract
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _S), ("path", _S), ("url", _S), ("source", _S), ("title", _S), ("dateline", _S),
        ("published", pa.struct([("value", _S), ("how", _S), ("evidence", _SPAN), ("bounds", pa.list_(_S))])),
        ("updated", pa.struct([("value", _S), ("evidence", _SPAN)])),
        ("body", pa.list_(pa.list_(_I))), ("boilerplate", pa.list_(pa.list_(_I))), ("errors", pa.list_(_S)),
        ("duplicate_of", _S), ("dateline_span", _SPAN),
    ]),
    "timexes": pa.schema([
        ("doc_id", _S), ("timex_id", _S), ("start", _I), ("end", _I), ("text", _S), ("type", _S),
        ("value", _S), ("mod", _S), ("anchor", _S),
    ]),
    "actor_mentions": pa.schema([
        ("doc_id", _S), ("start", _I), ("end", _I), ("text", _S), ("entity_id", _S), ("type", _S),
        ("name", _S), ("role", _S), ("affiliation", _S), ("country", _S), ("aliases", pa.list_(_S)),
        ("metonymy", pa.bool_()),
    ]),
    "quotes": pa.schema([
        ("doc_id", _S), ("quote_id", _S), ("kind", _S),
        ("speaker", pa.struct([("start", _I), ("end", _I), ("text", _S), ("entity_id", _S), ("name", _S),
                               ("role", _S)])),
        ("cue", _TEXTSPAN), ("content", _TEXTSPAN), ("date", _S), ("via", _S),
    ]),
    "event_mentions": pa.schema([
        ("doc_id", _S), ("mention_id", _S), ("start", _I), ("end", _I), ("text", _S), ("sentence", _SPAN),
        ("type", _S), ("status", _S), ("mode", _S), ("arms_stage", _S), ("actors", _ACTORS), ("system", _S),
        ("quantity", _I), ("unit", _S), ("value_usd", _F), ("date", _EDATE), ("quote_id", _S),
        ("confidence", _F),
    ]),
    "entities": pa.schema([
        ("entity_id", _S), ("type", _S), ("name", _S), ("aliases", pa.list_(_S)), ("role", _S),
        ("affiliation", _S), ("country", _S), ("mentions", pa.list_(_MENTION)), ("merged_ids", pa.list_(_S)),
    ]),
    "events": pa.schema([
        ("event_id", _S), ("type", _S), ("mode", _S), ("arms_stage", _S), ("actors", _ACTORS), ("system", _S),
        ("quantity", _I), ("value_usd", _F), ("date", _EDATE), ("status", _S), ("mentions", pa.list_(_MENTION)),
        ("sources", pa.list_(_S)), ("confidence", _F),
    ]),
    "corroborations": pa.schema([
        ("fact", _S), ("value", _S), ("event_id", _S), ("sources", pa.list_(_S)), ("mentions", pa.list_(_MENTION)),
    ]),
    "contradictions": pa.schema([("claim", _S), ("denial", _S), ("note", _S)]),
    "deals": pa.schema([
        ("deal_id", _S), ("supplier", _S), ("recipient", _S), ("system", _S), ("category", _S), ("quantity", _I),
        ("unit", _S), ("value_usd", _F), ("ordered", _S),
        ("delivered", pa.struct([("first", _S), ("completed_by", _S)])), ("paid_by", _S), ("tested", _S),
        ("follow_on", pa.list_(_S)), ("events", pa.list_(_S)), ("sources", pa.list_(_S)),
        ("discrepancies", pa.list_(pa.struct([("fact", _S), ("figures", pa.list_(pa.struct([
            ("value", _F), ("doc_id", _S), ("start", _I), ("end", _I), ("text", _S)])))]))),
    ]),
}

KINDS: tuple[str, ...] = tuple(SCHEMAS)
PER_DOC_KINDS: tuple[str, ...] = ("documents", "timexes", "actor_mentions", "quotes", "event_mentions")

JSON = dict[str, Any]


def document_row(ann: Annotation) -> JSON:
    """The documents row: the contract object, with the optional `duplicate_of` and `dateline_span`
    always present (null when absent), as a fixed schema needs."""
    row = to_json(ann.document)
    row.setdefault("duplicate_of", None)
    row.setdefault("dateline_span", None)
    return row


def per_doc_rows(ann: Annotation) -> Iterator[tuple[str, JSON]]:
    """Every per-document row of one annotation, as `(kind, row)`."""
    yield "documents", document_row(ann)
    for t in ann.timexes:
        yield "timexes", to_json(t)
    for a in ann.actors:
        yield "actor_mentions", to_json(a)
    for q in ann.quotes:
        yield "quotes", to_json(q)
    for e in ann.events:
        yield "event_mentions", to_json(e)


def _conform(row: JSON, schema: pa.Schema) -> JSON:
    """Exactly the schema's keys (the contract omits some optional keys when they are null)."""
    return {name: row.get(name) for name in schema.names}


class _Sink:
    """One output file of one kind in one format, written in row groups, moved into place on commit."""

    def __init__(self, path: Path, kind: str, fmt: str) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp")
        self.schema = SCHEMAS[kind]
        self.fmt = fmt
        self.rows: list[JSON] = []
        self.count = 0
        self._pq: pq.ParquetWriter | None = None
        self._csv: Any = None
        self._fh: Any = None
        if fmt == "parquet":
            self._pq = pq.ParquetWriter(str(self.tmp), self.schema, compression="zstd")
        else:
            self._fh = self.tmp.open("w", encoding="utf-8", newline="")
            self._csv = csv.writer(self._fh)
            self._csv.writerow(self.schema.names)

    def write(self, row: JSON) -> None:
        self.rows.append(_conform(row, self.schema))
        self.count += 1
        if len(self.rows) >= _ROW_GROUP:
            self._drain()

    def _drain(self) -> None:
        if not self.rows:
            return
        if self._pq is not None:
            self._pq.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        else:
            for r in self.rows:
                self._csv.writerow([_csv_cell(r[n]) for n in self.schema.names])
        self.rows = []

    def commit(self) -> None:
        self._drain()
        self._close()
        os.replace(self.tmp, self.path)

    def _close(self) -> None:
        if self._pq is not None:
            self._pq.close()
            self._pq = None
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def abort(self) -> None:
        self._close()
        self.tmp.unlink(missing_ok=True)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_tabular(out_dir: str | Path, corpus: Corpus, formats: Sequence[str] = ("parquet", "csv"),
                  *, kinds: Iterable[str] = KINDS) -> dict[str, int]:
    """Write `<kind>.parquet` and/or `<kind>.csv` for every record kind; returns rows per kind.

    Only "parquet" and "csv" are handled here (JSONL is `write_jsonl`); others raise ValueError.
    """
    fmts = [f for f in formats if f != "jsonl"]
    bad = [f for f in fmts if f not in FORMATS]
    if bad:
        raise ValueError(f"unknown format(s) {bad}; choose from {list(FORMATS)}")
    wanted = [k for k in kinds if k in SCHEMAS]
    if not fmts or not wanted:
        return {}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sinks: dict[str, list[_Sink]] = {}
    try:
        for kind in wanted:
            sinks[kind] = [_Sink(out / f"{kind}.{fmt}", kind, fmt) for fmt in fmts]
        fusion = corpus.fusion()
        per_doc = any(k in PER_DOC_KINDS for k in wanted)
        if per_doc:
            redirect = redirects(fusion)  # per-document ids name the fused entities
            for ann in corpus.annotations():
                for kind, row in per_doc_rows(canonical(ann, redirect)):
                    for s in sinks.get(kind, ()):
                        s.write(row)
        fused: dict[str, tuple[Any, ...]] = {
            "entities": fusion.entities, "events": fusion.events, "corroborations": fusion.corroborations,
            "contradictions": fusion.contradictions, "deals": fusion.deals,
        }
        for kind, records in fused.items():
            for s in sinks.get(kind, ()):
                for r in records:
                    s.write(to_json(r))
    except (OSError, ValueError, pa.ArrowException) as exc:
        _abort(sinks)
        raise StorylineError(f"cannot write tabular files into {out}: {exc}") from exc
    except BaseException:
        _abort(sinks)
        raise
    for group in sinks.values():
        for s in group:
            s.commit()
    counts = {kind: group[0].count for kind, group in sinks.items()}
    log.debug("wrote tabular %s: %s", fmts, counts)
    return counts


def write_rows(path: str | Path, kind: str, rows: Iterable[JSON], fmt: str = "parquet") -> int:
    """Write ready-made contract rows of one kind to one file (used by the Spark engine's partitions)."""
    sink = _Sink(Path(path), kind, fmt)
    try:
        for row in rows:
            sink.write(row)
    except BaseException:
        sink.abort()
        raise
    sink.commit()
    return sink.count


def _abort(sinks: dict[str, list[_Sink]]) -> None:
    for group in sinks.values():
        for s in group:
            s.abort()


def read_parquet_rows(path: str | Path) -> list[JSON]:
    """Rows of a Parquet file (or a folder of part files) as dicts, for tests and comparisons."""
    rows: list[JSON] = pq.read_table(str(path)).to_pylist()
    return rows


__all__ = ["FORMATS", "KINDS", "SCHEMAS", "per_doc_rows", "read_parquet_rows", "write_rows", "write_tabular"]
