"""`storyline export timeml`: one TimeML (.tml) file per stored document, with our TIMEX3 tags.

The files follow the TempEval-3 layout (DCT TIMEX3 with functionInDocument=CREATION_TIME, TEXT
with inline TIMEX3), so TimeML tools and the TempEval-3 scorer can read our output.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from storyline.errors import InputError
from storyline.records import UNRESOLVED
from storyline.store import Store
from storyline.timex.timeml import write_tml

log = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _file_name(doc_id: str, taken: set[str]) -> str:
    base = _UNSAFE.sub("_", doc_id).strip("._") or "doc"
    name, i = base, 1
    while name in taken:
        i += 1
        name = f"{base}_{i}"
    taken.add(name)
    return name + ".tml"


def export_timeml(db: Path, out_dir: Path) -> int:
    """Write `out_dir/<doc_id>.tml` for every document in the store; returns how many were written."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {out_dir}: {exc}") from exc
    taken: set[str] = set()
    n = 0
    with Store(db, read_only=True) as store:
        for ann in store.annotations():
            doc = ann.document
            dct = doc.published.value if doc.published.value != UNRESOLVED else None
            path = out_dir / _file_name(doc.doc_id, taken)
            try:
                path.write_text(write_tml(doc.doc_id, doc.text, dct, ann.timexes), encoding="utf-8")
            except OSError as exc:
                raise InputError(f"cannot write {path}: {exc}") from exc
            n += 1
    log.info("wrote %d TimeML files to %s", n, out_dir)
    return n
