"""`monitor sources`, `monitor poll`, `monitor import`: what the monitor watches and reads."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from monitor import clock
from monitor.cli.common import (
    EXIT_RUNTIME_ERROR,
    console,
    current_config,
    fail,
    iso_instant,
    open_monitor,
    print_json,
    user_errors,
)
from monitor.ingest.sources import format_interval, make_spec, min_interval
from monitor.model.sources import KINDS

if TYPE_CHECKING:
    from monitor.storage.sources import Source

# rich's tables and progress bars, the parsers and the storage modules are imported by the
# commands that use them, so `monitor --help` starts at once (tests/cli/test_cli_startup.py).

if TYPE_CHECKING:
    from monitor.ingest.poll import PollReport  # httpx and feedparser: imported only to poll


def _iso(moment: dt.datetime | None) -> str | None:
    return iso_instant(moment, timespec="seconds") if moment else None


def _minute(moment: dt.datetime | None) -> str | None:
    """A table's short form, to the minute in UTC; JSON keeps the full instant."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if moment else None


def source_dict(source: Source) -> dict[str, object]:
    """One source in the documented `monitor sources list --json` shape."""
    return {
        "name": source.name,
        "url": source.url,
        "kind": source.kind,
        "language": source.language or None,
        "interval": format_interval(source.interval_s),
        "enabled": source.enabled,
        "disabled_reason": source.disabled_reason or None,
        "verified": source.verified,
        "origin": source.origin,
        "last_success": _iso(source.last_success),
        "last_error": source.last_error,
        "failures": source.failures,
        "next_poll": _iso(source.next_poll),
    }


@click.group("sources")
def sources_group() -> None:
    """List, add, disable, enable or remove the sources the monitor polls."""


@sources_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--all", "show_all", is_flag=True, help="Include disabled sources.")
@click.pass_context
@user_errors
def list_sources(ctx: click.Context, as_json: bool, show_all: bool) -> None:
    """Show each source's health: last success, last error, failures, next poll."""
    found = open_monitor(ctx).sources()
    if not show_all and not as_json:
        found = [s for s in found if s.enabled]
    if as_json:
        print_json([source_dict(s) for s in found])
        return
    from rich.table import Table

    # The name is what the next command types: it keeps its width (within reason) on a
    # narrow terminal. Errors are long: they follow the table, one folded line each.
    longest = max((len(s.name) for s in found), default=4)
    table = Table(box=None)
    table.add_column("name", no_wrap=True, overflow="ellipsis", min_width=min(longest, 24))
    for column in ("kind", "lang", "every", "last success", "failures", "next poll"):
        table.add_column(column, no_wrap=True)
    for s in found:
        state = "" if s.enabled else f" [dim](off: {s.disabled_reason})[/]"
        table.add_row(
            f"{s.name}{state}",
            s.kind,
            s.language or "—",
            format_interval(s.interval_s),
            _minute(s.last_success) or "never",
            f"[red]{s.failures}[/]" if s.failures else "0",
            _minute(s.next_poll) or "now",
        )
    out = console()
    out.print(table)
    failing = [s for s in found if s.last_error]
    if failing:
        out.print("\nlast errors:")
    for s in failing:
        out.print(f"  {s.name}: {s.last_error}", markup=False, overflow="fold")


@sources_group.command("add")
@click.argument("name")
@click.argument("url")
@click.option("--kind", type=click.Choice(KINDS), default="rss", show_default=True)
@click.option("--language", default="", help="Two-letter code of the source's language.")
@click.option("--interval", default="1h", show_default=True, help="How often: 30m, 2h, 1d.")
@click.pass_context
@user_errors
def add_source(
    ctx: click.Context, name: str, url: str, kind: str, language: str, interval: str
) -> None:
    """Add a source (kept across restarts; the config file can hold sources too)."""
    try:
        spec = make_spec(
            {"name": name, "url": url, "kind": kind, "language": language, "interval": interval},
            origin="cli",
            min_interval_s=min_interval(current_config(ctx)),
        )
        source = open_monitor(ctx).add_source(spec)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"Added {source.name}: {source.url} every {format_interval(source.interval_s)}.")


@sources_group.command("disable")
@click.argument("name")
@click.pass_context
@user_errors
def disable_source(ctx: click.Context, name: str) -> None:
    """Stop polling a source (its entries stay; `enable` resumes)."""
    open_monitor(ctx).set_source_enabled(name, False)
    click.echo(f"Disabled {name}.")


@sources_group.command("enable")
@click.argument("name")
@click.pass_context
@user_errors
def enable_source(ctx: click.Context, name: str) -> None:
    """Poll a disabled source again, starting now (its failure count is reset)."""
    open_monitor(ctx).set_source_enabled(name, True)
    click.echo(f"Enabled {name}.")


@sources_group.command("remove")
@click.argument("name")
@click.pass_context
@user_errors
def remove_source(ctx: click.Context, name: str) -> None:
    """Remove a source for good (its entries and evidence stay; `add` brings it back)."""
    open_monitor(ctx).remove_source(name)
    click.echo(f"Removed {name}.")


@click.command("poll")
@click.option("--source", "names", multiple=True, help="Only this source (repeatable).")
@click.option("--force", is_flag=True, help="Also poll sources backing off after failures.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def poll_command(ctx: click.Context, names: tuple[str, ...], force: bool, as_json: bool) -> None:
    """Poll every enabled source now, whatever its schedule.

    Exits 1 when every source polled failed; some failing is reported, and exits 0.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.table import Table

    monitor = open_monitor(ctx)
    total = len(names) or sum(1 for s in monitor.sources() if s.enabled)
    if as_json:
        report = monitor.poll(names, force=force)
        print_json(report.as_dict())
        _fail_if_all_failed(report)
        return
    with Progress(
        TextColumn("polling"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console(),
        transient=True,
    ) as bar:
        task = bar.add_task("", total=total)
        report = monitor.poll(
            names, force=force, progress=lambda r: bar.update(task, advance=1, description=r.name)
        )
    table = Table(box=None)
    for column in ("source", "status", "new", "updated"):
        table.add_column(column, no_wrap=True)
    table.add_column("error", overflow="fold")
    style = {"ok": "green", "not_modified": "dim", "error": "red", "backoff": "yellow"}
    for s in report.sources:
        table.add_row(
            s.name, f"[{style[s.status]}]{s.status}[/]", str(s.new), str(s.updated), s.error or ""
        )
    console().print(table)
    ok = sum(1 for s in report.sources if s.status in ("ok", "not_modified"))
    console().print(
        f"{ok} source(s) ok, {report.failed} failed, "
        f"{sum(1 for s in report.sources if s.status == 'backoff')} backing off; "
        f"{report.new} new and {report.updated} updated entries."
    )
    _fail_if_all_failed(report)


def _fail_if_all_failed(report: PollReport) -> None:
    if report.all_failed:
        fail(
            f"every source polled failed ({report.failed}); check the network, or see each "
            "source's error with `monitor sources list`",
            EXIT_RUNTIME_ERROR,
        )


@click.group("import")
def import_group() -> None:
    """Import data files (Eurofound's restructuring export)."""


@import_group.command("erm")
@click.argument(
    "csv_file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path)
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def import_erm(ctx: click.Context, csv_file: Path, as_json: bool) -> None:
    """Import a European Restructuring Monitor CSV export (factsheets upserted by number).

    Eurofound offers the full data set for non-commercial research on request; respect its terms.
    CSV_FILE `-` reads standard input.
    """
    from monitor.ingest.parsing import iter_erm_csv, iter_erm_file
    from monitor.storage import erm as erm_store

    monitor = open_monitor(ctx)
    if str(csv_file) == "-":
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")
        records = iter_erm_csv(stdin, path="<stdin>")
    else:
        records = iter_erm_file(csv_file)
    with monitor.db.write() as conn:  # all rows or none: a bad row names its file and line
        counts = erm_store.upsert_factsheets(conn, records, clock.now())
    if as_json:
        print_json({"new": counts.new, "updated": counts.updated, "unchanged": counts.unchanged})
        return
    click.echo(
        f"Imported {csv_file}: {counts.new} new, {counts.updated} updated, "
        f"{counts.unchanged} unchanged factsheets."
    )
