"""The daemon in a process of its own: its poll cycles timed, its peak memory measured.

The child does what `monitor run` does on its first tick: it opens the monitor, loads the
daemon module (APScheduler included) and runs the daemon's poll job, which polls every source
(all bodies new, all entries judged). Then it polls everything again `repeat` times, as
`monitor poll` does, every feed answering 304. Its peak resident set size comes from the kernel
of its own memory map (VmHWM), read by the child itself as it ends: not `ru_maxrss`, which on
Linux also counts the parent's pages the child held between fork and exec.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.workspace import Workspace


@dataclass(frozen=True, slots=True)
class DaemonRun:
    full_s: float  # the first tick: every source polled, every body new
    not_modified_s: tuple[float, ...]  # the following polls, all 304
    sources: int
    peak_rss_mb: float


def run_daemon(workspace: Workspace, *, repeat: int) -> DaemonRun:
    """Run the daemon child on `workspace` and read its timings and peak memory."""
    command = [sys.executable, "-m", "bench.memory", str(workspace.config_path), str(repeat)]
    child = subprocess.run(command, env=workspace.environ(), stdout=subprocess.PIPE, check=False)
    if child.returncode != 0:
        raise RuntimeError(
            f"the daemon child failed (exit {child.returncode}); "
            f"run {' '.join(command)} with MONITOR_CONFIG unset to see why"
        )
    found = json.loads(child.stdout)
    return DaemonRun(
        full_s=found["full_s"],
        not_modified_s=tuple(found["not_modified_s"]),
        sources=found["sources"],
        peak_rss_mb=found["peak_rss_mb"],
    )


def peak_rss_mb() -> float:
    """This process's peak resident set size since it started (exec), in MB."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # may include the parent


def _child(config_path: Path, repeat: int) -> None:
    """One daemon tick, then `repeat` polls of everything; prints the timings as JSON."""
    importlib.import_module(
        "monitor.running.daemon"
    )  # the daemon's imports count towards its memory
    from monitor.app import Monitor
    from monitor.config import load_config
    from monitor.running import jobs

    monitor = Monitor(load_config(config_path))
    try:
        monitor.open()
        monitor.judge()  # compiled once per process, before the first tick: not timed
        started = time.perf_counter()
        first = jobs.poll_due(monitor)
        full_s = time.perf_counter() - started
        not_modified = []
        for _ in range(repeat):
            started = time.perf_counter()
            monitor.poll()
            not_modified.append(time.perf_counter() - started)
    finally:
        monitor.close()
    failed = [s for s in first.sources if s.status != "ok"]
    if failed:
        sys.exit(f"{len(failed)} source(s) failed, e.g. {failed[0].name}: {failed[0].error}")
    summary = {
        "full_s": full_s,
        "not_modified_s": not_modified,
        "sources": len(first.sources),
        "peak_rss_mb": peak_rss_mb(),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    parser.add_argument("config", type=Path, help="the monitor.toml of a bench workspace")
    parser.add_argument("repeat", type=int, help="how many 304 polls after the first tick")
    arguments = parser.parse_args()
    _child(arguments.config, arguments.repeat)
