"""Fit the calibration of milestone deliveries on real reporting (`python -m quality.calibrate`).

A judgement's raw score orders deliveries; this turns it into the share of such deliveries
that were right on the development set's tuning part (the held-out part is only reported,
never fitted): isotonic regression (pool adjacent violators), each pooled block smoothed
towards one half by one right and one wrong pseudo-judgement so that a few lucky items do not
read as certainty. The knots go to `monitor/judgement/calibration.toml`; `--check` only prints
the table of confidence bands.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from monitor.judgement.calibration import calibration
from quality import realworld_policy
from quality.replay import HELD_OUT, TUNING

ROOT = Path(__file__).resolve().parents[1]
CALIBRATION = ROOT / "monitor" / "judgement" / "calibration.toml"
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass(frozen=True, slots=True)
class Point:
    """One delivery judgement: its part, language, raw score, confidence, and if it was right."""

    part: str
    lang: str
    raw: float
    confidence: float
    right: bool


def points(scores: realworld_policy.Scores) -> list[Point]:
    """Every delivery the monitor judged on the set, right when the item's label agrees."""
    found = []
    for outcome in scores.outcomes:
        for judged in outcome.found:
            if judged.kind != "delivered" or judged.raw is None:
                continue
            right = outcome.kind == "delivered" and judged.milestone_id == outcome.milestone
            item = outcome.item
            found.append(Point(item.part, item.lang, judged.raw, judged.confidence, right))
    return found


def fit(data: Iterable[Point]) -> list[tuple[float, float]]:
    """Knots (raw, confidence) of the smoothed isotonic fit, rising."""
    blocks: list[list[float]] = []  # [lowest raw, highest raw, right, count]
    for point in sorted(data, key=lambda p: p.raw):
        blocks.append([point.raw, point.raw, float(point.right), 1.0])
        while len(blocks) > 1 and _rate(blocks[-2]) >= _rate(blocks[-1]):
            later = blocks.pop()
            blocks[-1] = [
                blocks[-1][0],
                later[1],
                blocks[-1][2] + later[2],
                blocks[-1][3] + later[3],
            ]
    knots: list[tuple[float, float]] = []
    for low, high, right, count in blocks:
        value = round((right + 1) / (count + 2), 3)
        for raw in (low, high):
            if not knots or raw > knots[-1][0]:
                knots.append((round(raw, 3), value))
    if not knots:
        return [(0.0, 0.0), (1.0, 1.0)]
    if knots[0][0] > 0.0:
        knots.insert(0, (0.0, knots[0][1]))
    if knots[-1][0] < 1.0:
        knots.append((1.0, knots[-1][1]))
    return knots


def _rate(block: Sequence[float]) -> float:
    return (block[2] + 1) / (block[3] + 2)


def write(knots: Sequence[tuple[float, float]], path: Path = CALIBRATION, *, items: int) -> None:
    lines = [
        "# Calibration of milestone judgements: raw score -> confidence, per kind.",
        "# Written by `python -m quality.calibrate` from the development set's tuning part",
        f"# ({items} delivery judgements); do not edit by hand. Kinds without knots keep their",
        "# raw score.",
        "",
        "[delivered]",
        "knots = [",
        *(f"    [{raw}, {confidence}]," for raw, confidence in knots),
        "]",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def table(data: Sequence[Point], *, threshold: float = 0.8) -> str:
    """Per part and language: precision and count of deliveries in each confidence band, and
    precision of what automatic acceptance (confidence >= threshold) takes."""
    lines = [
        "Calibration of delivery judgements: right/judged per confidence band",
        f"{'':9} {'part':9} "
        + " ".join(f"{f'{lo:.1f}-{hi:.1f}':>9}" for lo, hi in pairwise(BANDS))
        + f" {'accepted':>12}",
    ]
    languages = sorted({p.lang for p in data})
    for language in [*languages, "all"]:
        for part in (TUNING, HELD_OUT):
            chosen = [p for p in data if p.part == part and language in ("all", p.lang)]
            if not chosen:
                continue
            cells = []
            for low, high in pairwise(BANDS):
                band = [p for p in chosen if low <= p.confidence < high]
                cells.append(f"{sum(p.right for p in band)}/{len(band)}" if band else "-")
            accepted = [p for p in chosen if p.confidence >= threshold]
            share = sum(p.right for p in accepted) / len(accepted) if accepted else 1.0
            lines.append(
                f"{language:9} {part:9} "
                + " ".join(f"{c:>9}" for c in cells)
                + f" {len(accepted):>3} at {share:4.2f}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="print the table, write nothing")
    args = parser.parse_args(argv)
    if realworld_policy.default_path() is None:
        print("no real-world set here (../shared/realworld is absent); nothing to fit")
        return 0
    data = points(realworld_policy.evaluate())
    if not args.check:
        tuning = [p for p in data if p.part == TUNING]
        write(fit(tuning), items=len(tuning))
        calibration.cache_clear()
        data = points(realworld_policy.evaluate())  # judged again with the new calibration
    print(table(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
