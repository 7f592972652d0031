"""The targets of issue 7, checked against measured figures, and the printed table."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

VERSIONED = ("feedparser", "httpx", "sqlalchemy", "pyahocorasick", "reader", "lxml")


@dataclass(frozen=True, slots=True)
class Target:
    """`key` compared with a fixed bound, or with `than` times another figure."""

    label: str
    key: str
    bound: float | None = None
    than: str | None = None
    factor: float = 1.0
    higher_is_better: bool = True
    unit: str = ""

    def limit(self, figures: Mapping[str, float]) -> float:
        if self.than is not None:
            return figures[self.than] * self.factor
        assert self.bound is not None
        return self.bound

    def check(self, figures: Mapping[str, float]) -> tuple[bool, float]:
        """(met, measured / limit): above 1 is better for rates, below 1 for costs."""
        measured, limit = figures[self.key], self.limit(figures)
        met = measured >= limit if self.higher_is_better else measured <= limit
        return met, measured / limit if limit else float("inf")

    def wanted(self, figures: Mapping[str, float]) -> str:
        sign = ">=" if self.higher_is_better else "<="
        if self.than is not None:
            share = f"{self.factor:.0%} of " if self.factor != 1 else ""
            return f"{sign} {share}{self.than} ({_number(self.limit(figures))})"
        return f"{sign} {_number(self.limit(figures))}{self.unit}"


TARGETS = (
    Target(
        "ingest vs feedparser", "ingest_entries_per_s", than="feedparser_entries_per_s", factor=0.8
    ),
    Target("rematch on SQLite", "rematch_entries_per_min", bound=1_000_000, unit="/min"),
    Target("rules 1,000/10 cost", "rules_cost_ratio_1000_10", bound=1.5, higher_is_better=False),
    Target("poll 1,000, 304s", "poll_1000_304_s", bound=3, higher_is_better=False, unit=" s"),
    Target(
        "poll 1,000, 304s vs reader",
        "poll_1000_304_s",
        than="reader_poll_1000_304_s",
        higher_is_better=False,
    ),
    Target("poll 1,000, bodies", "poll_1000_full_s", bound=30, higher_is_better=False, unit=" s"),
    Target(
        "poll 1,000, bodies vs reader",
        "poll_1000_full_s",
        than="reader_poll_1000_full_s",
        higher_is_better=False,
    ),
    Target("daemon peak RSS", "daemon_peak_rss_mb", bound=150, higher_is_better=False, unit=" MB"),
    Target("timeline list", "timeline_list_s", bound=0.5, higher_is_better=False, unit=" s"),
)


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def machine() -> dict[str, str | int]:
    """What the figures were measured on: they mean little without it."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "platform": platform.platform(),
        "cpu": model or platform.processor() or platform.machine(),
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0,
        "implementation": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def table(figures: Mapping[str, float]) -> str:
    """Every figure, then every target with ok/MISSED and the measured/target ratio."""
    width = max(len(k) for k in figures)
    lines = [f"{key:<{width}}  {_number(value):>14}" for key, value in figures.items()]
    lines += ["", f"{'target':<30} {'measured':>14}  {'wanted':<44} {'ratio':>6}  result"]
    for target in TARGETS:
        if target.key not in figures or (target.than and target.than not in figures):
            continue
        met, ratio = target.check(figures)
        lines.append(
            f"{target.label:<30} {_number(figures[target.key]):>14}  "
            f"{target.wanted(figures):<44} {ratio:>6.2f}  {'ok' if met else 'MISSED'}"
        )
    return "\n".join(lines)


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"
