"""What exporters read from: a `Store`, or records held in memory (tests, the HTTP API, Spark)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from storyline.records import Annotation, Document, Fusion


class Corpus(Protocol):
    """The read side of `storyline.store.Store`: streams documents, holds one fusion."""

    def annotations(self) -> Iterator[Annotation]: ...

    def documents(self, *, with_text: bool = True) -> Iterator[Document]: ...

    def fusion(self) -> Fusion: ...


@dataclass(frozen=True, slots=True)
class MemoryCorpus:
    """Annotations and a fusion already in memory, shaped like a Store for the exporters."""

    items: tuple[Annotation, ...]
    fused: Fusion = field(default_factory=Fusion)

    @classmethod
    def of(cls, annotations: Iterable[Annotation], fusion: Fusion | None = None) -> MemoryCorpus:
        return cls(tuple(annotations), fusion if fusion is not None else Fusion())

    def annotations(self) -> Iterator[Annotation]:
        return iter(self.items)

    def documents(self, *, with_text: bool = True) -> Iterator[Document]:
        return (a.document for a in self.items)

    def fusion(self) -> Fusion:
        return self.fused
