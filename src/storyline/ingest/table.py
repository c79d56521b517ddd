"""CSV/TSV exports: a header row naming the fields, then one article per row.

Spreadsheet and database exports name their columns as JSON exporters name their keys ("title",
"Headline", "published_at", "Body"), so every row is read as one article object by the JSON reader's
`parse_object` (its field names and aliases). Rows are numbered from 1 after the header; a bad row is
an `IngestError` and the file carries on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from storyline.ingest.common import error
from storyline.ingest.decode import DecodeProblem, decode_bytes
from storyline.ingest.jsonl import has_text_field, parse_object
from storyline.records import Document, IngestError


def read_table(path: str, data: bytes, max_bytes: int) -> Iterator[Document | IngestError]:
    """Yield one `Document` or `IngestError` per data row of a CSV (or, for .tsv, tab-separated) file."""
    try:
        text, note = decode_bytes(data)
    except DecodeProblem as problem:
        yield error(path, problem.kind, problem.message)
        return
    text = text.lstrip("\ufeff")
    if path.lower().endswith(".tsv"):
        delimiter = "\t"
    else:
        try:  # exports from spreadsheets set up for a comma decimal separate fields with ";"
            delimiter = csv.Sniffer().sniff(text[:4096].partition("\n")[0], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, max_bytes))  # one article's text may be one very long field
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            yield error(path, "empty", "no header row")
            return
        except csv.Error as exc:
            yield error(path, "malformed", f"unreadable header row: {exc}")
            return
        names = [h.strip() for h in header]
        if not has_text_field(names):  # a table of figures, not of articles: one error, not one a row
            yield error(path, "malformed", "no column holds an article's text (such as \"text\" or \"body\")")
            return
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield error(path, "malformed", f"unreadable row: {exc}", str(number + 1))
                return
            if not any(cell.strip() for cell in row):
                continue
            number += 1
            if len(row) > len(names):
                yield error(path, "malformed", f"{len(row)} fields under a header of {len(names)}", str(number))
                continue
            obj = {name: cell for name, cell in zip(names, row, strict=False) if name and cell.strip()}
            yield parse_object(path, str(number), obj, note)
    finally:
        csv.field_size_limit(limit)
