"""Exporters: the contract's JSONL files, `timeline.md` and a self-contained `report.html`.

Every writer reads a `Corpus`: a `storyline.store.Store`, or a `MemoryCorpus` of records in memory.
"""

from __future__ import annotations

import logging
from pathlib import Path

from storyline.export.corpus import Corpus, MemoryCorpus
from storyline.export.jsonl import CONTRACT_FILES, read_jsonl, to_json, write_jsonl
from storyline.export.report import write_report
from storyline.export.tabular import FORMATS, write_tabular
from storyline.export.timeline import write_timeline

log = logging.getLogger(__name__)

__all__ = [
    "CONTRACT_FILES", "FORMATS", "Corpus", "MemoryCorpus", "read_jsonl", "to_json", "write_all", "write_jsonl",
    "write_report", "write_tabular", "write_timeline",
]


def write_all(out_dir: str | Path, corpus: Corpus) -> dict[str, int]:
    """Write every output file (JSONL contract files, timeline.md, report.html) into `out_dir`.

    Returns lines written per JSONL file.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = write_jsonl(out, corpus)
    write_timeline(out / "timeline.md", corpus)
    write_report(out / "report.html", corpus)
    log.info("wrote %s", out)
    return counts
