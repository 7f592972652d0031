"""`python -m bench [--quick]`: every benchmark in one run, a table, and bench/results.json.

The default sizes take about five minutes on two cores (`make bench`); `--quick` runs the same
code on smaller inputs in about a minute (`make bench-quick`; its poll figures use 5 items per
feed, not 50: not comparable with a full run's) and writes bench/results-quick.json, so the
committed results.json, which README's table shows (`python -m bench.report`), stays a full
run's. Results depend on the machine and its load: both are recorded beside the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.cli import run_cli
from bench.ingest import run_ingest
from bench.poll import run_poll
from bench.rematch import run_rematch
from bench.report import RESULTS, machine, readme_table, table, versions
from bench.rules import run_rules
from bench.server import serve_feeds

QUICK_RESULTS = RESULTS.with_name("results-quick.json")


@dataclass(frozen=True, slots=True)
class Sizes:
    ingest_feeds: int = 40
    items_per_feed: int = 50
    ingest_milestones: int = 300
    rematch_entries: int = 10_000
    rules_texts: int = 3000
    poll_feeds: int = 1000
    poll_items_per_feed: int = 50
    cli_entries: int = 5000
    repeat: int = 3
    poll_rounds: int = 2  # turns of the monitor and reader, taken alternately


FULL = Sizes()
QUICK = Sizes(
    ingest_feeds=10,
    rematch_entries=2000,
    rules_texts=1000,
    poll_items_per_feed=5,
    cli_entries=1000,
    repeat=1,
    poll_rounds=1,
)


def run_all(sizes: Sizes) -> dict[str, float]:
    """Every benchmark at these sizes; figures in the order they are printed."""
    figures: dict[str, float] = {}
    steps: list[tuple[str, Callable[[], dict[str, float]]]] = [
        (
            "ingest",
            lambda: run_ingest(
                feeds=sizes.ingest_feeds,
                items=sizes.items_per_feed,
                milestones=sizes.ingest_milestones,
                repeat=sizes.repeat,
            ),
        ),
        ("rematch", lambda: run_rematch(entries=sizes.rematch_entries, repeat=sizes.repeat)),
        ("rules", lambda: run_rules(count=sizes.rules_texts, repeat=max(3, sizes.repeat + 2))),
        ("poll", lambda: _poll(sizes)),
        ("commands", lambda: run_cli(entries=sizes.cli_entries, repeat=sizes.repeat + 2)),
    ]
    for name, step in steps:
        started = time.perf_counter()
        print(f"bench: {name}...", file=sys.stderr, flush=True)
        figures.update(step())
        print(f"bench: {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return figures


def _poll(sizes: Sizes) -> dict[str, float]:
    with serve_feeds(sizes.poll_feeds, sizes.poll_items_per_feed) as server:
        return run_poll(server, repeat_304=sizes.repeat, rounds=sizes.poll_rounds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, about a minute")
    parser.add_argument(
        "--output", type=Path, help=f"default: {RESULTS}, with --quick {QUICK_RESULTS}"
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    output = args.output or (QUICK_RESULTS if args.quick else RESULTS)
    started = time.perf_counter()
    figures = run_all(sizes)
    document: dict[str, Any] = {
        **figures,
        "versions": versions(),
        "machine": machine(),
        "quick": args.quick,
        "sizes": asdict(sizes),
        "seconds": round(time.perf_counter() - started, 1),
    }
    output.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(table(figures))
    print()
    print(readme_table(document))
    print()
    print("versions: " + ", ".join(f"{k} {v}" for k, v in document["versions"].items()))
    print("machine:  " + ", ".join(f"{k}: {v}" for k, v in document["machine"].items()))
    print(f"written:  {output} ({document['seconds']} s)")
    if output == RESULTS:
        print("README:   python -m bench.report --write README.md puts this run's table there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
