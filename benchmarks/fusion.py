"""Fusion cost at 1k, 10k and 100k synthetic event mentions: time, growth vs n·log n, peak memory.

Run: `python benchmarks/fusion.py [--sizes 1000 10000 100000]`. Each size is fused once after a
warm-up; the ratio column is (t_n / t_1k) / ((n log n) / (1k log 1k)) — at most ~1 means the
growth is no worse than n log n. Peak memory is the tracemalloc peak of the fusion call alone.
"""

from __future__ import annotations

import argparse
import math
import sys
import tracemalloc

from storyline.fuse import benchmark


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = ap.parse_args(argv)
    benchmark(200)  # warm-up: imports, caches
    base: tuple[int, float] | None = None
    print(f"{'mentions':>9} {'seconds':>9} {'t/t0':>8} {'nlogn/n0logn0':>14} {'ratio':>6} {'peak MiB':>9}")
    worst = 0.0
    for n in args.sizes:
        tracemalloc.start()
        secs = benchmark(n)
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        if base is None:
            base = (n, secs)
        t_ratio = secs / base[1]
        nlogn = (n * math.log(n)) / (base[0] * math.log(base[0]))
        ratio = t_ratio / nlogn
        worst = max(worst, ratio)
        print(f"{n:>9} {secs:>9.3f} {t_ratio:>8.2f} {nlogn:>14.2f} {ratio:>6.2f} {peak / 2**20:>9.1f}")
    # tracemalloc slows allocation-heavy code by a constant factor, equally at every size
    print(f"growth vs n log n: worst ratio {worst:.2f} ({'OK' if worst <= 1.25 else 'WORSE than n log n'})")
    return 0 if worst <= 1.25 else 1


if __name__ == "__main__":
    sys.exit(main())
