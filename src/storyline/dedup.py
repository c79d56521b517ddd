"""Near-duplicate and syndicated-copy detection, before annotation.

A wire story reposted by ten outlets, or one outlet's article republished with a new byline, is
one text: linking the copies to one canonical document lets fusion count *outlets* rather than
files. Each document's cleaned body (`clean.analysis_text` within the body spans: boilerplate,
bylines and page chrome are already blanked) becomes a set of word k-shingles, summarized by a
MinHash signature; MinHash LSH (datasketch) finds candidates in ~constant time per document, so
the pass is linear in the corpus, never pairwise. A candidate counts when the signatures'
estimated Jaccard similarity reaches `threshold`.

The first document seen is canonical; a later near-copy gets `Document.duplicate_of` set to the
canonical's `doc_id` (chains resolve to the first document). Duplicates are still annotated and
stored. How fusion should count them: see `source_key` — copies from the *same* outlet count as
one source, copies from *different* outlets count as separate (syndication is how most outlets
report wire news, and each outlet chose to carry the story), but a contradiction or corroboration
between two copies of one text is not independent evidence.

Signatures are stored with the documents (`Store.add(..., signature=)`) and the index is rebuilt
from the store on open, so incremental runs find copies of documents stored by earlier runs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyline.clean import analysis_text
from storyline.records import Document

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.5
DEFAULT_NUM_PERM = 128
DEFAULT_SHINGLE = 4  # words per shingle: long enough that unrelated stories share few
MIN_WORDS = 25  # shorter bodies (briefs, tables) give too little evidence to call a copy

_SCHEME = "affine32"  # datasketch ≥ 2 permutation scheme; stored signatures are its uint32 values
_WORD = re.compile(r"\w+")


def body_words(doc: Document) -> list[str]:
    """Lower-cased words of the cleaned body (the whole analysis text when cleaning found no body)."""
    text = analysis_text(doc)
    if doc.body:
        text = "\n".join(text[s.start : s.end] for s in doc.body)
    return _WORD.findall(text.lower())


def shingles(words: list[str], k: int = DEFAULT_SHINGLE) -> set[bytes]:
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def outlet(doc: Document) -> str | None:
    """Who published the document: the `source` field, else the URL's domain (without `www.`)."""
    if doc.source:
        return doc.source.strip().lower()
    if doc.url:
        host = urlsplit(doc.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def source_key(doc: Document) -> str:
    """The key fusion should count distinct sources by.

    A document and its copies from the same outlet share one key; a copy carried by another
    outlet gets its own. Documents with no known outlet count by themselves.
    """
    canonical = doc.duplicate_of or doc.doc_id
    who = outlet(doc)
    if who is None:
        return doc.doc_id if doc.duplicate_of is None else f"{canonical}@{doc.doc_id}"
    return f"{canonical}@{who}"


class NearDuplicates:
    """A MinHash LSH index over the documents seen so far (stored ones included).

    Use `assign(doc)` in input order: it returns the document with `duplicate_of` set (or not)
    and the packed signature to store with it. Deterministic: the same documents in the same
    order give the same links.
    """

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM,
                 shingle: int = DEFAULT_SHINGLE, min_words: int = MIN_WORDS) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.min_words = min_words
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, np.ndarray] = {}  # doc_id -> uint32 hash values
        self._canonical: dict[str, str] = {}  # doc_id -> canonical doc_id (itself when canonical)
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._sigs

    # --- signatures ------------------------------------------------------------------------------
    def signature(self, doc: Document) -> MinHash | None:
        """The MinHash of a document's body shingles, or None when the body is too short to judge."""
        words = body_words(doc)
        if len(words) < self.min_words:
            return None
        mh = MinHash(num_perm=self.num_perm, scheme=_SCHEME)
        mh.update_batch(list(shingles(words, self.shingle)))
        return mh

    def pack(self, mh: MinHash) -> bytes:
        return bytes(mh.hashvalues.astype("<u4").tobytes())

    def unpack(self, data: bytes) -> MinHash:
        values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
        if len(values) != self.num_perm:
            raise ValueError(f"signature has {len(values)} values, index expects {self.num_perm}")
        return MinHash(num_perm=self.num_perm, hashvalues=values, scheme=_SCHEME)

    # --- index ---------------------------------------------------------------------------------
    def match(self, mh: MinHash) -> str | None:
        """The canonical doc_id of the most similar indexed document at or above the threshold."""
        best: tuple[float, int, str] | None = None
        mine = mh.hashvalues.astype(np.uint32)
        for key in self._lsh.query(mh):
            sim = float(np.count_nonzero(self._sigs[key] == mine)) / self.num_perm
            if sim < self.threshold:
                continue
            cand = (-sim, self._order[key], key)
            if best is None or cand < best:
                best = cand
        return None if best is None else self._canonical[best[2]]

    def add(self, doc_id: str, mh: MinHash, duplicate_of: str | None) -> None:
        """Index a document (idempotent by doc_id)."""
        if doc_id in self._sigs:
            return
        self._lsh.insert(doc_id, mh, check_duplication=False)
        self._sigs[doc_id] = mh.hashvalues.astype(np.uint32)
        self._canonical[doc_id] = duplicate_of or doc_id
        self._order[doc_id] = len(self._order)

    def assign(self, doc: Document) -> tuple[Document, bytes | None]:
        """Link `doc` to its canonical copy if it has one, index it, and return its packed signature."""
        if doc.doc_id in self._sigs:  # seen before (re-run): keep the earlier decision
            canonical = self._canonical[doc.doc_id]
            dup = None if canonical == doc.doc_id else canonical
            return replace(doc, duplicate_of=dup), self._sigs[doc.doc_id].astype("<u4").tobytes()
        mh = self.signature(doc)
        if mh is None:
            return doc, None
        dup = self.link(doc.doc_id, mh)
        if dup is not None:
            doc = replace(doc, duplicate_of=dup)
        return doc, self.pack(mh)

    def link(self, doc_id: str, mh: MinHash) -> str | None:
        """Index a signature computed elsewhere (a Spark executor) and return its canonical doc_id, if any."""
        if doc_id in self._sigs:
            canonical = self._canonical[doc_id]
            return None if canonical == doc_id else canonical
        dup = self.match(mh)
        if dup == doc_id:
            dup = None
        self.add(doc_id, mh, dup)
        if dup is not None:
            log.debug("%s is a near-duplicate of %s", doc_id, dup)
        return dup

    def load(self, rows: Iterable[tuple[str, str | None, bytes]]) -> int:
        """Rebuild the index from stored `(doc_id, duplicate_of, signature)` rows, in stored order."""
        n = 0
        for doc_id, dup, data in rows:
            try:
                self.add(doc_id, self.unpack(data), dup)
            except ValueError:
                log.warning("ignoring stored signature of %s made with other settings", doc_id)
                continue
            n += 1
        return n


def find_duplicates(docs: Iterable[Document], *, threshold: float = DEFAULT_THRESHOLD) -> dict[str, str]:
    """doc_id -> canonical doc_id for every near-duplicate among `docs` (cleaned, in input order)."""
    index = NearDuplicates(threshold=threshold)
    out: dict[str, str] = {}
    for doc in docs:
        linked, _sig = index.assign(doc)
        if linked.duplicate_of is not None:
            out[linked.doc_id] = linked.duplicate_of
    return out
