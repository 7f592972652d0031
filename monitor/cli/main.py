"""`monitor`: set up the database, run the daemon, and manage what it watches."""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import signal
import sys
from pathlib import Path

import click

from monitor.cli.common import (
    EXIT_INTERRUPTED,
    RootGroup,
    check_runtime_config,
    config_option,
    current_config,
    open_monitor,
    print_json,
    run_cli,
    user_errors,
)
from monitor.cli.digest_cli import digest_group, outbox_group
from monitor.cli.ingest_cli import import_group, poll_command, sources_group
from monitor.cli.judgement_cli import joblosses_group, rematch_command
from monitor.cli.review_cli import review_group
from monitor.cli.serve_cli import serve_command
from monitor.cli.worker_cli import worker_command
from monitor.config import load_config, redact_url


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"]})
@config_option
@click.version_option(package_name="milestone-monitor")
def cli(config_path: Path | None) -> None:
    """Watch an action plan's milestones and job-loss announcements.

    `monitor init` once, then `monitor run` keeps watching; `timeline` queries the result.
    """


@cli.command("init")
@click.pass_context
@user_errors
def init_command(ctx: click.Context) -> None:
    """Create or upgrade the database schema and load the plan files.

    Run it once before starting workers; it is safe to run again.
    """
    from monitor.app import Monitor  # the database: here, so `monitor --help` starts at once

    config = load_config(ctx.find_root().params.get("config_path"))
    monitor = Monitor(config)
    try:
        report = monitor.init()
    finally:
        monitor.close()
    click.echo(f"Database ready: {redact_url(config.database_url)}")
    if not config.is_sqlite and importlib.util.find_spec("procrastinate"):
        from monitor.running.workers import ensure_queue_schema  # the optional `workers` extra

        if ensure_queue_schema(config.database_url):
            click.echo("Job queue ready (procrastinate), for `monitor worker`.")
    click.echo(
        f"Plans: {len(config.plan_files)} file(s); milestones added {len(report.added)}, "
        f"updated {len(report.updated)}, retired {len(report.retired)}, "
        f"unchanged {report.unchanged}."
    )


@cli.command("seed")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option(
    "--check",
    "check_path",
    metavar="FILE",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Only check that FILE is a valid plan (- reads stdin); nothing is loaded.",
)
@click.pass_context
@user_errors
def seed_command(ctx: click.Context, as_json: bool, check_path: Path | None) -> None:
    """Load the plan files into the database (changed milestones update; removed ones retire).

    A plan file with a mistake is refused with its file and line, and the plan loaded before
    stays in force; `--check FILE` finds such mistakes before the monitor sees the file.
    """
    if check_path is not None:
        _check_plan(check_path, as_json)
        return
    monitor = open_monitor(ctx, plans=False)
    report = monitor.sync_plans(force=True)
    if as_json:
        print_json(
            {
                "added": list(report.added),
                "updated": list(report.updated),
                "retired": list(report.retired),
                "restored": list(report.restored),
                "unchanged": report.unchanged,
            }
        )
        return
    click.echo(
        f"Milestones: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.restored)} restored, {len(report.retired)} retired, "
        f"{report.unchanged} unchanged."
    )
    for milestone_id in report.retired:
        click.echo(f"  retired (kept with its evidence): {milestone_id}")


def _check_plan(path: Path, as_json: bool) -> None:
    """Parse and validate one plan file without a database; a mistake raises PlanError.

    A valid plan may still leave milestones unrecognisable in a language the monitor reads,
    or say nothing of their deed: those are listed, and do not make the check fail."""
    from monitor.judgement.matching.cues import LANGUAGES  # only here: it reads the lexicons
    from timeline.plan import load_plan, parse_plan
    from timeline.vocabulary import coverage

    plan = parse_plan(sys.stdin.read(), "<stdin>") if str(path) == "-" else load_plan(path)
    dated = sum(1 for m in plan.milestones if m.period is not None)
    gaps = coverage(plan, LANGUAGES)
    if as_json:
        print_json(
            {
                "file": str(path),
                "plan": plan.id,
                "milestones": len(plan.milestones),
                "gaps": [
                    {
                        "milestone": g.milestone_id,
                        "languages_missing": list(g.languages),
                        "deed": "derived" if g.derived_deed else "explicit",
                    }
                    for g in gaps
                ],
            }
        )
        return
    click.echo(
        f"{path}: plan {plan.id!r} is valid: {len(plan.milestones)} milestones "
        f"({dated} dated), nothing loaded."
    )
    for gap in gaps:
        notes = []
        if gap.languages:
            notes.append(f"no vocabulary in {', '.join(gap.languages)}")
        if gap.derived_deed:
            notes.append("no [milestone.deed]: read from its kind and actor")
        click.echo(f"  {gap.milestone_id}: {'; '.join(notes)}")


@cli.command("evaluate")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def evaluate_command(ctx: click.Context, as_json: bool) -> None:
    """Evaluate every milestone now and log status changes (the daemon does it daily)."""
    events = open_monitor(ctx).evaluate()
    if as_json:
        print_json(
            [
                {
                    "milestone": e.milestone_id,
                    "from": e.from_status.value if e.from_status else None,
                    "to": e.to_status.value,
                    "on": e.on.isoformat(),
                    "evidence_id": e.evidence_id,
                }
                for e in events
            ]
        )
        return
    click.echo(f"{len(events)} status change(s).")
    for e in events:
        before = e.from_status.value if e.from_status else "—"
        click.echo(f"  {e.milestone_id}: {before} → {e.to_status.value} on {e.on}")


@cli.command("run")
@click.option(
    "--tick",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds between checks for sources that are due.",
)
@click.option(
    "--evaluate-at",
    default="06:00",
    show_default=True,
    help="Daily time (HH:MM, configured time zone) of the timeline evaluation.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log every poll, not only changes.")
@click.pass_context
@user_errors
def run_command(ctx: click.Context, tick: float, evaluate_at: str, verbose: bool) -> None:
    """Run the monitor in the foreground until Ctrl-C or SIGTERM.

    Polls each source at its interval, evaluates the timeline daily, logs to stderr.
    """
    if not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", evaluate_at):
        raise click.BadParameter("expected HH:MM, e.g. 06:00", param_hint="--evaluate-at")
    check_runtime_config(current_config(ctx))  # refuse a mistake now, not in every run after
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("apscheduler").setLevel(logging.INFO if verbose else logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.INFO if verbose else logging.WARNING)
    from monitor.running import daemon  # APScheduler: only for the daemon

    stopped_by = daemon.run(open_monitor(ctx), tick=tick, evaluate_at=evaluate_at)
    if stopped_by == signal.SIGINT:
        sys.exit(EXIT_INTERRUPTED)  # stopped cleanly, but by Ctrl-C: 130, as shells count it


@cli.command("config")
@click.option(
    "--check",
    is_flag=True,
    help="Only check the configuration (the file, its sources and channels with their "
    "secrets): one line and exit 2 for a mistake.",
)
@click.pass_context
@user_errors
def config_command(ctx: click.Context, check: bool) -> None:
    """Show the configuration in effect (secrets hidden).

    Every command checks the whole file when it starts; `--check` also checks what `monitor
    run` needs from the environment (the SMTP password, webhook secrets).
    """
    config = current_config(ctx)
    if check:
        check_runtime_config(config)
        where = config.path if config.path else "no configuration file (defaults)"
        click.echo(f"{where}: valid")
        return
    shown = {
        "config_file": str(config.path) if config.path else None,
        "data_dir": str(config.data_dir),
        "database_url": redact_url(config.database_url),
        "plan_files": [str(p) for p in config.plan_files],
        "due_soon_days": config.due_soon_days,
        "timezone": config.timezone,
        "auto_accept": config.auto_accept,
    }
    click.echo(json.dumps(shown, indent=2))


cli.add_command(sources_group)
cli.add_command(poll_command)
cli.add_command(import_group)
cli.add_command(rematch_command)
cli.add_command(review_group)
cli.add_command(joblosses_group)
cli.add_command(digest_group)
cli.add_command(outbox_group)
cli.add_command(worker_command)
cli.add_command(serve_command)


def main() -> None:
    run_cli(cli, "monitor")
