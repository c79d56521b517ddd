"""Engines that run the per-document pipeline at scale: local worker processes, or Spark.

`local.annotate_parallel` is what `storyline run --workers N` uses; `spark.run_spark` is
`storyline run --engine spark` (needs the `spark` extra and Java).
"""

from __future__ import annotations

from storyline.engines.local import annotate_parallel

__all__ = ["annotate_parallel"]
