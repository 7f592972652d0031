"""Fit the job-loss confidence (`monitor.judgement.joblosses.calibration`) on real reporting.

`python -m quality.calibrate --only joblosses` reads the tuning part of
`../shared/realworld/joblosses.jsonl` (never the held-out part), runs the extractor on every
item, labels each report it makes right (company, figure and kind as labelled) or wrong,
fits an L2-regularised logistic regression of that label on the report's signals, and prints
the weights to paste into calibration.py, with the precision it gives per band on both parts.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.judgement.joblosses import load_watchlist
from monitor.judgement.joblosses.calibration import BANDS, PRIOR, PRIOR_BIAS, Signals, features
from monitor.judgement.joblosses.extract import read_announcement
from quality.realworld_joblosses import ROOT, Stored, company_matches, default_path, jobs_match
from quality.replay import HELD_OUT, TUNING, Item, load_items

L2 = 6.0  # pulls weights towards the designed ones: a hundred items cannot support more
STEPS = 4000
RATE = 0.05


@dataclass(frozen=True, slots=True)
class Example:
    item: Item
    signals: Signals
    right: bool


def examples(items: Sequence[Item]) -> list[Example]:
    """One example per item the extractor reports on."""
    watchlist = load_watchlist(ROOT / "seeds" / "watchlists" / "automotive.toml")
    found = []
    for item in items:
        reading = read_announcement(
            item.title,
            item.summary,
            published=item.published,
            language=item.lang,
            watchlist=watchlist,
            url=item.url,
        )
        if reading is None:
            continue
        a = reading.announcement
        stored = Stored(
            a.company,
            a.company_id,
            a.jobs.value if a.jobs else None,
            a.jobs.qualifier.value if a.jobs else None,
            a.country,
            a.jobs_kind.value,
            "pending",
            a.confidence,
            a.cues,
        )
        label = item.label
        right = (
            label.get("kind") in ("loss", "creation")
            and company_matches(label.get("company"), stored, watchlist)
            and jobs_match(label.get("jobs"), stored)
            and stored.kind == label.get("kind")
        )
        found.append(Example(item, reading.signals, right))
    return found


def fit(data: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """Bias and weights by gradient descent on the log-loss, regularised towards the weights
    calibration.py was designed with (`PRIOR`): the data moves them only as far as it can
    support."""
    names = sorted({name for e in data for name in features(e.signals)} | set(PRIOR))
    weights = {name: PRIOR.get(name, 0.0) for name in names}
    bias = PRIOR_BIAS
    rows = [(features(e.signals), 1.0 if e.right else 0.0) for e in data]
    for _ in range(STEPS):
        grad = dict.fromkeys(names, 0.0)
        grad_bias = 0.0
        for x, y in rows:
            z = bias + sum(weights[k] * v for k, v in x.items())
            error = 1.0 / (1.0 + math.exp(-z)) - y
            grad_bias += error
            for k, v in x.items():
                grad[k] += error * v
        n = len(rows)
        bias -= RATE * grad_bias / n
        for k in names:
            weights[k] -= RATE * (grad[k] / n + L2 * (weights[k] - PRIOR.get(k, 0.0)) / n)
    return bias, weights


def _table(data: Sequence[Example], bias: float, weights: dict[str, float]) -> list[str]:
    lines = []
    for index, low in enumerate(BANDS):
        high = BANDS[index + 1] if index + 1 < len(BANDS) else 1.01
        chosen = []
        for e in data:
            z = bias + sum(weights.get(k, 0.0) * v for k, v in features(e.signals).items())
            p = 1.0 / (1.0 + math.exp(-z))
            if low <= p < high:
                chosen.append(e)
        right = sum(e.right for e in chosen)
        share = f"{right / len(chosen):.0%}" if chosen else "-"
        lines.append(f"  {low:.2f}+  {len(chosen):3d} reports  {share:>5} right")
    return lines


def main() -> int:
    path = default_path()
    if path is None:
        print("no ../shared/realworld here: nothing to calibrate on")
        return 1
    items = load_items(path)
    tuning = examples([i for i in items if i.part == TUNING])
    held_out = examples([i for i in items if i.part == HELD_OUT])
    bias, weights = fit(tuning)
    print(f"BIAS = {bias:.2f}")
    print("WEIGHTS: dict[str, float] = {")
    for name in sorted(weights, key=lambda k: -abs(weights[k])):
        print(f'    "{name}": {weights[name]:.2f},')
    print("}")
    for name, data in ((TUNING, tuning), (HELD_OUT, held_out)):
        print(f"{name}: {len(data)} reports, {sum(e.right for e in data)} right")
        print("\n".join(_table(data, bias, weights)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
