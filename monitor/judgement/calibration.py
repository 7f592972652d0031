"""Confidence that means something: raw scores mapped to what the development set showed.

A judgement's raw score orders judgements (higher is surer) but says nothing by itself about
how often one is right. `quality.calibrate` replays the labelled real reporting, reads how
often deliveries at each raw score were right, and writes a monotone map of knots to
`calibration.toml`; here the map is applied. A confidence at or above `matching.auto_accept`
then means that, on the development set, automatic acceptance at that level was at least as
precise as the file's `target` says. Without knots a kind keeps its raw score. Pure but for
reading the package's data file once.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

__all__ = ["Calibration", "calibration"]


@dataclass(frozen=True, slots=True)
class Calibration:
    """Per kind of judgement, knots (raw, confidence) of a non-decreasing map."""

    knots: Mapping[str, tuple[tuple[float, float], ...]]

    def apply(self, kind: str, raw: float) -> float:
        points = self.knots.get(kind)
        if not points:
            return raw
        xs = [x for x, _ in points]
        index = bisect_right(xs, raw)
        if index == 0:
            return points[0][1]
        if index == len(points):
            return points[-1][1]
        (x0, y0), (x1, y1) = points[index - 1], points[index]
        return round(y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1, 3)


def parse(data: Mapping[str, object]) -> Calibration:
    """Read the knots of each kind; ValueError when they do not make a non-decreasing map."""
    knots: dict[str, tuple[tuple[float, float], ...]] = {}
    for kind, table in data.items():
        if not isinstance(table, dict) or "knots" not in table:
            continue
        points = tuple((float(x), float(y)) for x, y in _pairs(table["knots"]))
        if any(b[0] < a[0] or b[1] < a[1] for a, b in pairwise(points)):
            raise ValueError(f"calibration for {kind!r} must rise: {points}")
        knots[kind] = points
    return Calibration(knots)


def _pairs(value: object) -> Sequence[Sequence[float]]:
    if not isinstance(value, list) or not all(isinstance(v, list) and len(v) == 2 for v in value):
        raise ValueError("calibration knots must be a list of [raw, confidence] pairs")
    return value


@cache
def calibration() -> Calibration:
    """The package's calibration, read once."""
    text = (resources.files("monitor.judgement") / "calibration.toml").read_text(encoding="utf-8")
    return parse(tomllib.loads(text))
