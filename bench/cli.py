"""Wall time of `timeline list`, the command people type most: a process start to its table.

It runs as a user runs it, a new process each time (imports included), on a SQLite database
holding the bundled plan and the evidence found in a few thousand judged entries.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.rematch import filled_monitor
from bench.timing import median_seconds

TIMELINE = Path(sys.executable).with_name("timeline")


def run_cli(*, entries: int = 5000, repeat: int = 5) -> dict[str, float]:
    """Median seconds of `timeline list` (after one warm-up run that fills the OS caches)."""
    if not TIMELINE.is_file():
        raise RuntimeError(f"{TIMELINE} not found; install the project (make) first")
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        workspace, monitor = filled_monitor(Path(tmp), entries)
        try:
            monitor.rematch()  # evidence and reports, as after a while of polling
        finally:
            monitor.close()

        def list_milestones() -> None:
            subprocess.run(
                [str(TIMELINE), "list"],
                env=workspace.environ(),
                check=True,
                stdout=subprocess.DEVNULL,
                timeout=60,
            )

        seconds = median_seconds(list_milestones, repeat=repeat, warmup=1)
    return {"timeline_list_s": seconds, "timeline_list_entries": entries}
