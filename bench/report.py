"""The targets, checked against one run's figures: the printed table and README's table.

`python -m bench.report` prints README's performance table from bench/results.json;
`--write README.md` puts it there (between the `bench:table` markers), and `--check README.md`
fails when README's table is not the one results.json gives (tests/project/test_bench_report.py
runs that check). Every ratio compares figures measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

VERSIONED = (
    "feedparser",
    "lxml",
    "httpx",
    "sqlalchemy",
    "pyahocorasick",
    "reader",
)
RESULTS = Path(__file__).resolve().parent / "results.json"
README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:table:start -->", "<!-- bench:table:end -->"


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


def _poll(kind: str, bound: float) -> tuple[Target, Target]:
    key = f"poll_1000_{kind}_s"
    return (
        Target(f"poll 1,000, {kind}", key, bound=bound, higher_is_better=False, unit=" s"),
        Target(
            f"poll 1,000, {kind} vs reader",
            key,
            than=f"reader_poll_1000_{kind}_s",
            higher_is_better=False,
        ),
    )


TARGETS = (
    Target(
        "ingest vs feedparser alone",
        "ingest_entries_per_s",
        than="feedparser_entries_per_s",
        factor=0.8,
    ),
    Target("rematch on SQLite", "rematch_entries_per_min", bound=1_000_000, unit="/min"),
    Target("rules 1,000/10 cost", "rules_cost_ratio_1000_10", bound=1.5, higher_is_better=False),
    *_poll("full", 30),
    *_poll("304", 3),
    Target("monitor --help", "monitor_help_s", bound=0.3, higher_is_better=False, unit=" s"),
    Target("monitor sources list", "sources_list_s", bound=0.3, higher_is_better=False, unit=" s"),
    Target("timeline list", "timeline_list_s", bound=0.3, higher_is_better=False, unit=" s"),
    Target("daemon peak RSS", "daemon_peak_rss_mb", bound=150, higher_is_better=False, unit=" MB"),
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


# -- README's table: the six rows, each with its peers from the same run ---------------


@dataclass(frozen=True, slots=True)
class Row:
    """One line of README's table, computed from a run's figures."""

    figure: str
    measured: Callable[[Mapping[str, float]], str]
    target: str
    peers: Callable[[Mapping[str, float]], str]
    checks: tuple[str, ...]  # labels of TARGETS that must all be met


def _rate(value: float, unit: str = "/s") -> str:
    return f"{value:,.0f}{unit}"


def _seconds(value: float) -> str:
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


ROWS = (
    Row(
        "ingest (parse + clean + store + judge) / feedparser alone",
        lambda f: (
            f"{f['ingest_entries_per_s'] / f['feedparser_entries_per_s']:.2f} "
            f"({_rate(f['ingest_entries_per_s'])}, judging {f['ingest_judging_share']:.0%} of it)"
        ),
        "≥ 0.8",
        lambda f: (
            f"feedparser alone {_rate(f['feedparser_entries_per_s'])}; our parse "
            f"{_rate(f['parse_feed_entries_per_s'])} (through feedparser "
            f"{_rate(f['parse_feed_feedparser_entries_per_s'])}); raw lxml "
            f"{_rate(f['lxml_entries_per_s'])}"
        ),
        ("ingest vs feedparser alone",),
    ),
    Row(
        "rematch after a plan edit",
        lambda f: _rate(f["rematch_entries_per_min"], " entries/min"),
        "≥ 1,000,000/min",
        lambda f: (
            f"matcher and extractor in memory {_rate(60 * f['matcher_entries_per_s'], '/min')}"
        ),
        ("rematch on SQLite",),
    ),
    Row(
        "poll of 1,000 feeds, full bodies (50,000 new entries)",
        lambda f: (
            f"{_seconds(f['poll_1000_full_s'])}, "
            f"{f['poll_1000_full_s'] / f['reader_poll_1000_full_s']:.2f}× reader"
        ),
        "≤ 30 s and faster than reader",
        lambda f: f"reader {_seconds(f['reader_poll_1000_full_s'])} (it stores, judges nothing)",
        ("poll 1,000, full", "poll 1,000, full vs reader"),
    ),
    Row(
        "poll of 1,000 feeds, all 304",
        lambda f: (
            f"{_seconds(f['poll_1000_304_s'])}, "
            f"{f['poll_1000_304_s'] / f['reader_poll_1000_304_s']:.2f}× reader"
        ),
        "≤ 3 s and faster than reader",
        lambda f: f"reader {_seconds(f['reader_poll_1000_304_s'])}",
        ("poll 1,000, 304", "poll 1,000, 304 vs reader"),
    ),
    Row(
        "`monitor --help` / `timeline list` in a new process",
        lambda f: f"{_seconds(f['monitor_help_s'])} / {_seconds(f['timeline_list_s'])}",
        "≤ 0.3 s each",
        lambda f: f"`monitor sources list` {_seconds(f['sources_list_s'])}",
        ("monitor --help", "timeline list"),
    ),
    Row(
        "daemon peak RSS, 1,000 sources",
        lambda f: f"{f['daemon_peak_rss_mb']:.0f} MB",
        "≤ 150 MB",
        lambda f: "",
        ("daemon peak RSS",),
    ),
)


def _result(row: Row, figures: Mapping[str, float]) -> str:
    targets = {t.label: t for t in TARGETS}
    missed = [label for label in row.checks if not targets[label].check(figures)[0]]
    if not missed:
        return "met"
    if len(row.checks) > 1 and len(missed) < len(row.checks):
        return "missed: " + "; ".join(missed)
    return "missed"


def readme_table(document: Mapping[str, Any]) -> str:
    """README's performance table and the line that says where it was measured."""
    lines = [
        "| figure | measured | target | in the same run | result |",
        "| --- | ---: | --- | --- | --- |",
    ]
    lines += [
        f"| {r.figure} | {r.measured(document)} | {r.target} | {r.peers(document) or '—'} "
        f"| {_result(r, document)} |"
        for r in ROWS
    ]
    seen = document["versions"]
    where = document["machine"]
    kind = "`make bench-quick` (small sizes)" if document.get("quick") else "`make bench`"
    lines += [
        "",
        f"One run of {kind} on {where['cpus']} cores ({where['cpu']}, load average "
        f"{where['load_average']} at the end), {where['implementation']}; "
        + ", ".join(f"{k} {v}" for k, v in seen.items() if k != "python")
        + f"; {document['seconds']:.0f} s in all. The machine is shared with other work: "
        "figures vary by 25 % and more from run to run, ratios less.",
    ]
    return "\n".join(lines)


def replace_table(text: str, table_text: str) -> str:
    """`text` with the block between the markers replaced by `table_text`."""
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"no {START} ... {END} block to replace")
    return text[: start + len(START)] + "\n" + table_text + "\n" + text[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.report", description=__doc__)
    parser.add_argument("--results", type=Path, default=RESULTS, help=f"default: {RESULTS}")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", type=Path, metavar="README", help="put the table there")
    action.add_argument("--check", type=Path, metavar="README", help="fail if it differs")
    args = parser.parse_args(argv)
    document = json.loads(args.results.read_text(encoding="utf-8"))
    rendered = readme_table(document)
    if args.write or args.check:
        path = args.write or args.check
        current = path.read_text(encoding="utf-8")
        updated = replace_table(current, rendered)
        if args.check:
            if updated != current:
                print(
                    f"{path}'s performance table is not {args.results}'s; run "
                    f"`python -m bench.report --write {path}`",
                    file=sys.stderr,
                )
                return 1
            return 0
        path.write_text(updated, encoding="utf-8")
        return 0
    print(rendered)
    return 0


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
