"""`monitor worker`: one of several workers sharing a PostgreSQL database (procrastinate)."""

from __future__ import annotations

import logging
import re

import click

from monitor.cli.common import check_runtime_config, current_config, started, user_errors
from monitor.errors import ConfigError


@click.command("worker")
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="Jobs this worker runs at once (sources polled in parallel).",
)
@click.option("--name", default=None, help="Worker name in the logs (default: generated).")
@click.option(
    "--evaluate-at",
    default="06:00",
    show_default=True,
    help="Daily time (HH:MM, configured time zone) of the timeline evaluation.",
)
@click.option(
    "--dispatch-every",
    type=click.IntRange(min=1),
    default=60,
    hidden=True,  # tests shorten the minute
    help="Seconds between dispatches of due sources, digest runs and stalled-job checks.",
)
@click.option(
    "--stalled-after",
    type=click.FloatRange(min=0.5),
    default=30.0,
    hidden=True,
    help="Seconds without a heartbeat after which a worker's jobs are retried.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log every job, not only changes.")
@click.pass_context
@user_errors
def worker_command(
    ctx: click.Context,
    concurrency: int,
    name: str | None,
    evaluate_at: str,
    dispatch_every: int,
    stalled_after: float,
    verbose: bool,
) -> None:
    """Run a worker in the foreground until Ctrl-C or SIGTERM (PostgreSQL only).

    Start as many as you like, on one machine or several, after `monitor init`. Together they
    poll each source at its interval, evaluate the timeline daily and send digests.
    """
    if not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", evaluate_at):
        raise click.BadParameter("expected HH:MM, e.g. 06:00", param_hint="--evaluate-at")
    config = current_config(ctx)
    if config.is_sqlite:
        raise ConfigError(
            "multi-worker mode needs PostgreSQL; set database.url (or MONITOR_DATABASE_URL) "
            "to a postgresql:// URL, or run one daemon with `monitor run` on SQLite"
        )
    from monitor.app import Monitor  # here, not at the top: `monitor --help` starts at once
    from monitor.storage.migrate import ensure_schema

    try:
        from monitor.running import workers
    except ImportError:
        raise ConfigError(
            "multi-worker mode needs procrastinate; install milestone-monitor[workers]"
        ) from None
    check_runtime_config(config)  # refuse a mistake now, not in every job after
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("procrastinate", "httpx"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.WARNING)
    monitor = Monitor(config)
    try:
        ensure_schema(monitor.db, create=False)  # `monitor init` creates it, once
        started()  # the collector at its usual pace for the worker's days of running
        settings = workers.WorkerSettings(
            dispatch_every_s=dispatch_every,
            evaluate_at=evaluate_at,
            stalled_after_s=stalled_after,
        )
        workers.run_worker(monitor, settings, concurrency=concurrency, name=name)
    finally:
        monitor.close()
