"""Wall time of the commands people type most, from a process start to their output.

They run as a user runs them, a new process each time (imports included), on a SQLite database
holding the bundled plan and the evidence found in a few thousand judged entries: `monitor
--help`, `monitor sources list` and `timeline list`. Python's compiled bytecode is allowed,
as any installation has it (pip compiles it; an editable install writes it on first use): a
warm-up run writes it even where PYTHONDONTWRITEBYTECODE is set for the benchmark's caller.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.rematch import filled_monitor
from bench.timing import interleaved_medians

SCRIPTS = Path(sys.executable).parent
COMMANDS = {
    "monitor_help_s": ["monitor", "--help"],
    "sources_list_s": ["monitor", "sources", "list"],
    "timeline_list_s": ["timeline", "list"],
}


def run_cli(*, entries: int = 5000, repeat: int = 5) -> dict[str, float]:
    """Median seconds of each command, taking turns, after one warm-up run of each."""
    missing = [c[0] for c in COMMANDS.values() if not (SCRIPTS / c[0]).is_file()]
    if missing:
        raise RuntimeError(f"{SCRIPTS / missing[0]} not found; install the project (make) first")
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        workspace, monitor = filled_monitor(Path(tmp), entries)
        try:
            monitor.rematch()  # evidence and reports, as after a while of polling
        finally:
            monitor.close()
        env = workspace.environ()
        env.pop("PYTHONDONTWRITEBYTECODE", None)

        def command(argv: list[str]) -> None:
            subprocess.run(
                [str(SCRIPTS / argv[0]), *argv[1:]],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                timeout=60,
            )

        runs = {key: (lambda argv=argv: command(argv)) for key, argv in COMMANDS.items()}
        seconds = interleaved_medians(runs, repeat=repeat)
    return {**seconds, "timeline_list_entries": entries}
