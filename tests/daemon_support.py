"""Start `monitor run` as a real process, as the daemon tests do."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

RUN = [sys.executable, "-c", "from monitor.cli.main import main; main()", "run"]


def start_daemon(
    env: dict[str, str],
    *,
    tick: float = 0.2,
    stdout: int = subprocess.DEVNULL,
    preexec_fn: Callable[[], object] | None = None,
) -> subprocess.Popen[str]:
    """`monitor run --tick TICK`, its log on a pipe (stderr) for the test to read."""
    return subprocess.Popen(
        [*RUN, "--tick", str(tick)],
        env=env,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec_fn,
    )
