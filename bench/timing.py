"""Timing helpers: medians over a few repetitions, with the garbage collector quiet.

Wall time is what a user waits for. CPU time (`cpu=True`, this process only) is steadier on a
shared machine and is used where only a ratio of two in-process runs matters.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")


def timed(run: Callable[[], T], *, cpu: bool = False) -> tuple[float, T]:
    """Seconds `run` took, and what it returned. GC runs before, not during."""
    clock = time.process_time if cpu else time.perf_counter
    gc.collect()
    gc.disable()
    try:
        started = clock()
        result = run()
        return clock() - started, result
    finally:
        gc.enable()


def median_seconds(
    run: Callable[[], object], *, repeat: int, warmup: int = 0, cpu: bool = False
) -> float:
    """The median time of `repeat` calls of `run`, after `warmup` untimed calls.

    The median, not the minimum: the machines are shared, and the median is what a user sees.
    """
    if repeat < 1:
        raise ValueError(f"repeat must be at least 1, got {repeat}")
    for _ in range(warmup):
        run()
    return statistics.median(timed(run, cpu=cpu)[0] for _ in range(repeat))


def interleaved_medians(
    runs: Mapping[K, Callable[[], object]], *, repeat: int, cpu: bool = False
) -> dict[K, float]:
    """Median time of each run, taking turns (a, b, c, a, b, c...) after one warm-up each,
    so a neighbour's burst of load slows every run alike rather than one of them."""
    if repeat < 1:
        raise ValueError(f"repeat must be at least 1, got {repeat}")
    for run in runs.values():
        run()
    times: dict[K, list[float]] = {key: [] for key in runs}
    for _ in range(repeat):
        for key, run in runs.items():
            times[key].append(timed(run, cpu=cpu)[0])
    return {key: statistics.median(values) for key, values in times.items()}


def rate(count: int, seconds: float) -> float:
    """Items per second; infinite when nothing measurable elapsed (never divides by zero)."""
    return count / seconds if seconds > 0 else float("inf")
