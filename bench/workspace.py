"""A throw-away monitor installation: a config file, a plan, a SQLite database, in a temp dir.

Benchmarks run the real Monitor, configured the way a user configures it (a monitor.toml), so
subprocesses (`monitor poll`, `timeline list`) read the same settings through MONITOR_CONFIG.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.plans import BUNDLED_PLAN, write_plan
from monitor.config import Config, load_config

# The bench server is one host: without raising per_host (2 by default, to be polite to real
# publishers) every poll would queue behind two connections. reader gets the same 10 workers.
CONCURRENCY = 10


@dataclass(frozen=True, slots=True)
class Workspace:
    root: Path
    config_path: Path
    database_path: Path

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database_path}"

    def config(self) -> Config:
        """The configuration as the monitor reads it, ignoring the caller's environment."""
        return load_config(self.config_path, env={})

    def environ(self) -> dict[str, str]:
        """Environment for a `monitor`/`timeline` subprocess using this workspace only."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        env["MONITOR_CONFIG"] = str(self.config_path)
        env["XDG_CONFIG_HOME"] = str(self.root / "xdg")
        return env


def make_workspace(
    root: Path, *, feed_urls: Sequence[str] = (), milestones: int | None = None
) -> Workspace:
    """Write monitor.toml in `root`: the bundled plan (or a synthetic one of `milestones`
    milestones), no bundled sources, one source per URL, fetch concurrency for one host."""
    root.mkdir(parents=True, exist_ok=True)
    plan = BUNDLED_PLAN if milestones is None else write_plan(root / "plan.toml", milestones)
    database = root / "monitor.sqlite3"
    lines = [
        "[data]",
        f"dir = {json.dumps(str(root / 'data'))}",
        "[database]",
        f"url = {json.dumps(f'sqlite:///{database}')}",
        "[timeline]",
        f"plans = [{json.dumps(str(plan))}]",
        "[fetch]",
        f"concurrency = {CONCURRENCY}",
        f"per_host = {CONCURRENCY}",
        "timeout = 60",
        "[sources]",
        "defaults = false",
        'min_interval = "1s"',
    ]
    for number, url in enumerate(feed_urls):
        lines += [
            "[[sources.feed]]",
            f'name = "feed-{number}"',
            f"url = {json.dumps(url)}",
            'kind = "rss"',
            'interval = "1h"',
        ]
    config_path = root / "monitor.toml"
    config_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Workspace(root, config_path, database)
