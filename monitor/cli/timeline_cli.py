"""`timeline`: what the plan promised, when, and what happened — from the terminal."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from pathlib import Path

import click

from monitor import clock
from monitor.cli import plain
from monitor.cli.common import (
    DATE,
    EVIDENCE_ID,
    RootGroup,
    config_option,
    console,
    csv_text,
    iso_instant,
    json_text,
    open_monitor,
    output_format_options,
    print_csv,
    print_json,
    run_cli,
    user_errors,
)
from monitor.cli.report_cli import diff_command, report_command
from monitor.cli.views import LIST_COLUMNS, evidence_dict, status_dict, status_row
from timeline.model import EvidenceState
from timeline.status import MilestoneStatus, Status, StatusEvent

# rich's tables and text are imported by the commands that draw them, so `monitor --help` and
# `--json` start at once (tests/cli/test_cli_startup.py).

STATUS_STYLE = {
    Status.MISSED: "bold red",
    Status.DUE_SOON: "yellow",
    Status.UPCOMING: "cyan",
    Status.DELIVERED_ON_TIME: "green",
    Status.DELIVERED_LATE: "magenta",
    Status.DELIVERED: "green",
    Status.OPEN: "dim",
}


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"]})
@config_option
@click.version_option(package_name="milestone-monitor")
def cli(config_path: Path | None) -> None:
    """Query the action plan's timeline: statuses, evidence, deliveries.

    Every status cites its evidence; a person can record, confirm or reject it.
    """


@cli.command("list")
@click.option("--pillar", multiple=True, help="Only this pillar (repeatable).")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice([s.value for s in Status]),
    help="Only this status (repeatable).",
)
@click.option("--due-before", type=DATE, help="Only milestones due on or before DATE.")
@click.option("--due-after", type=DATE, help="Only milestones due on or after DATE.")
@click.option("--at", type=DATE, help="Evaluate as of DATE, with evidence published by then.")
@click.option(
    "--confirmed",
    is_flag=True,
    help="Only the human-confirmed record: evidence a person recorded or confirmed.",
)
@output_format_options
@click.pass_context
@user_errors
def list_command(
    ctx: click.Context,
    pillar: tuple[str, ...],
    statuses: tuple[str, ...],
    due_before: dt.date | None,
    due_after: dt.date | None,
    at: dt.date | None,
    confirmed: bool,
    as_json: bool,
    as_csv: bool,
) -> None:
    """List milestones with their status as of today (or --at DATE)."""
    monitor = open_monitor(ctx, sources=False)
    rows = monitor.statuses(at, confirmed_only=confirmed)
    if pillar:
        known = {r.milestone.pillar for r in rows}
        unknown = [p for p in pillar if p not in known]
        if unknown:
            raise click.BadParameter(
                f"unknown pillar {unknown[0]!r}; pillars: {', '.join(sorted(known))}",
                param_hint="--pillar",
            )
        rows = [r for r in rows if r.milestone.pillar in pillar]
    if statuses:
        rows = [r for r in rows if r.status.value in statuses]
    if due_before:
        rows = [r for r in rows if r.milestone.due and r.milestone.due <= due_before]
    if due_after:
        rows = [r for r in rows if r.milestone.due and r.milestone.due >= due_after]
    labels = monitor.pillar_labels()
    if as_json:
        print_json([status_dict(r, labels) for r in rows])
    elif as_csv:
        print_csv((status_row(r) for r in rows), LIST_COLUMNS)
    else:
        _print_table(rows, at or monitor.today(), labels)


#: The narrowest title column worth a table; below it, each milestone gets lines of its own.
MIN_TITLE = 24


def _print_table(rows: list[MilestoneStatus], at: dt.date, labels: dict[str, str]) -> None:
    """Milestones grouped by pillar, titles cut to the terminal's width (never the dates,
    statuses or ids). A narrow terminal (60 columns) gets each milestone on lines of its own.
    Drawn in plain text (`monitor.cli.plain`): this is the command people run most."""
    fixed = {
        "id": max((len(r.milestone.id) for r in rows), default=2),
        "due": 10,
        "status": 17,
        "days": 5,
        "ev.": 3,
        "period": max((len(_period(r)) for r in rows), default=6),
    }
    names = list(fixed)
    title_width = plain.width() - sum(fixed[c] + 2 for c in names) - 2
    if title_width < MIN_TITLE:
        names.remove("period")
        title_width += fixed["period"] + 2
    click.echo(plain.styled(f"Milestones as of {at.isoformat()}", "bold"))
    if title_width < MIN_TITLE:
        _print_lines(rows, labels)
    else:
        columns = [plain.Column("title", title_width)]
        columns += [plain.Column(n, fixed[n], right=n in ("days", "ev.")) for n in names]
        click.echo(plain.header(columns))
        pillar = None
        for row in rows:
            if row.milestone.pillar != pillar:
                pillar = row.milestone.pillar
                label = labels.get(pillar, pillar)
                click.echo(plain.row(columns, [plain.Cell(label, "bold underline")]))
            cells: dict[str, str | plain.Cell] = {
                "id": row.milestone.id,
                "due": row.milestone.due.isoformat() if row.milestone.due else "—",
                "status": plain.Cell(row.status.value, STATUS_STYLE[row.status]),
                "days": _days(row),
                "ev.": str(len(row.evidence)) if row.evidence else "",
                "period": _period(row),
            }
            click.echo(plain.row(columns, [row.milestone.title, *(cells[n] for n in names)]))
    counts: dict[Status, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    summary = ", ".join(f"{n} {s.value}" for s, n in sorted(counts.items()))
    line = f"{len(rows)} milestones: {summary}" if rows else "No milestone matches."
    click.echo(textwrap.fill(line, plain.width()))


def _print_lines(rows: list[MilestoneStatus], labels: dict[str, str]) -> None:
    """The narrow layout: the title (cut to the width), then the id, status and due date."""
    width = plain.width()
    pillar = None
    for row in rows:
        milestone = row.milestone
        if milestone.pillar != pillar:
            pillar = milestone.pillar
            click.echo(plain.styled(plain.cut(labels.get(pillar, pillar), width), "bold underline"))
        click.echo(plain.cut("  " + (milestone.title or milestone.id), width))
        days = _days(row)
        rest = (f" {days}" if days else "") + (
            f"  due {milestone.due.isoformat()}" if milestone.due else "  undated"
        )
        status = plain.styled(row.status.value, STATUS_STYLE[row.status])
        ident = plain.styled(milestone.id, "dim")
        if 4 + len(milestone.id) + 2 + len(row.status.value) + len(rest) <= width:
            click.echo(f"    {ident}  {status}{rest}")
        else:
            click.echo(f"    {ident}")
            click.echo(f"    {status}{rest}")


def _days(row: MilestoneStatus) -> str:
    return "" if row.days is None or row.status.is_delivered else str(row.days)


def _period(row: MilestoneStatus) -> str:
    return row.milestone.period.normalised if row.milestone.period else "undated"


@cli.command("show")
@click.argument("milestone_id")
@click.option("--at", type=DATE, help="Evaluate as of DATE.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def show_command(ctx: click.Context, milestone_id: str, at: dt.date | None, as_json: bool) -> None:
    """Everything about one milestone: its promise, status, evidence and history."""
    from rich.markup import escape

    monitor = open_monitor(ctx, sources=False)
    milestone = monitor.milestone(milestone_id)
    (status,) = monitor.statuses(at, [milestone])
    history = monitor.history(milestone.id)
    if as_json:
        data = status_dict(status, monitor.pillar_labels())
        data.update(source=milestone.source, notes=milestone.notes)
        data["history"] = [
            {
                "from": h.event.from_status.value if h.event.from_status else None,
                "to": h.event.to_status.value,
                "on": h.event.on.isoformat(),
                "evidence_id": h.event.evidence_id,
                "recorded_at": iso_instant(h.recorded_at),
                "reason": h.reason,
            }
            for h in history
        ]
        print_json(data)
        return
    out = console()
    out.print(f"[bold]{milestone.title}[/]  ({milestone.id})")
    if milestone.title_fr:
        out.print(f"[dim]{milestone.title_fr}[/]")
    period = (
        f"{milestone.period_text} → due {milestone.due} ({milestone.period.normalised})"
        if milestone.period
        else "no date in the plan (can be delivered, never missed)"
    )
    for label, value in (
        ("pillar", milestone.pillar),
        ("kind", milestone.kind.value.replace("_", " ")),
        ("responsible", milestone.actor),
        ("period", period),
        ("source", milestone.source),
        ("notes", milestone.notes),
    ):
        if value:
            out.print(f"  {label:<12} {value}")
    style = STATUS_STYLE[status.status]
    days = ""
    if status.days is not None and not status.status.is_delivered:
        days = f" ({status.days} days left)" if status.days >= 0 else f" ({-status.days} days late)"
    out.print(f"  {'status':<12} [{style}]{status.status.value}[/]{days} as of {status.at}")
    out.print("\n[bold]Evidence[/]" if status.evidence else "\nNo evidence yet.")
    for item in status.evidence:
        data = evidence_dict(item)
        out.print(
            f"  {item.ref} {data['published']} {data['kind']:<9} {data['state']:<9} "
            f"{data['confidence']:.2f}  {escape(item.title or '')}\n      {escape(item.url)}\n"
            f"      {escape(item.provenance())}"
        )
    if history:
        out.print("\n[bold]Status history[/]")
        for h in history:
            before = h.event.from_status.value if h.event.from_status else "—"
            cite = f" (evidence e{h.event.evidence_id})" if h.event.evidence_id else ""
            out.print(f"  {h.event.on}  {before} → {h.event.to_status.value}{cite}")


@cli.command("record")
@click.argument("milestone_id")
@click.option("--delivered", "delivered_on", type=DATE, required=True, help="Delivery date.")
@click.option("--source", "url", required=True, help="URL of the document proving the delivery.")
@click.option("--title", default="", help="Title of that document.")
@click.option("--note", default="", help="A note kept with the record.")
@click.pass_context
@user_errors
def record_command(
    ctx: click.Context, milestone_id: str, delivered_on: dt.date, url: str, title: str, note: str
) -> None:
    """Record by hand that a milestone was delivered (confirmed evidence)."""
    if not url.lower().startswith(("http://", "https://")):
        raise click.BadParameter("must be an http(s) URL", param_hint="--source")
    decision = open_monitor(ctx, sources=False).record_delivery(
        milestone_id, url=url, delivered_on=delivered_on, title=title, note=note
    )
    _report_decision(f"Recorded evidence {decision.evidence.ref}", decision.events)


@cli.command("confirm")
@click.argument("evidence_id", type=EVIDENCE_ID)
@click.option("--note", default="", help="Why; kept with the decision.")
@click.pass_context
@user_errors
def confirm_command(ctx: click.Context, evidence_id: int, note: str) -> None:
    """Confirm evidence the monitor found (e12, as `timeline show` lists): it counts from now on."""
    monitor = open_monitor(ctx, sources=False)
    decision = monitor.decide(evidence_id, EvidenceState.CONFIRMED, note=note)
    _report_decision(f"Confirmed evidence e{evidence_id}", decision.events)


@cli.command("reject")
@click.argument("evidence_id", type=EVIDENCE_ID)
@click.option("--note", default="", help="Why; kept with the decision.")
@click.pass_context
@user_errors
def reject_command(ctx: click.Context, evidence_id: int, note: str) -> None:
    """Reject evidence the monitor found (e12, as `timeline show` lists): it never counts again."""
    monitor = open_monitor(ctx, sources=False)
    decision = monitor.decide(evidence_id, EvidenceState.REJECTED, note=note)
    _report_decision(f"Rejected evidence e{evidence_id}", decision.events)


def _report_decision(headline: str, events: Sequence[StatusEvent]) -> None:
    click.echo(headline + ".")
    for event in events:
        before = event.from_status.value if event.from_status else "—"
        click.echo(f"{event.milestone_id}: {before} → {event.to_status.value} on {event.on}")


@cli.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "csv", "ics"]), default="json", show_default=True
)
@click.option("--at", type=DATE, help="Statuses as of DATE.")
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="File (default, or -: standard output).",
)
@click.pass_context
@user_errors
def export_command(ctx: click.Context, fmt: str, at: dt.date | None, output: Path | None) -> None:
    """Export the timeline as JSON, CSV, or iCalendar (one event per dated milestone)."""
    monitor = open_monitor(ctx, sources=False)
    rows = monitor.statuses(at)
    if output is not None and str(output) == "-":
        output = None
    if fmt == "ics":
        from monitor.cli.ics import to_ics  # icalendar: only for this format

        data = to_ics(rows, stamp=clock.now(), name="Action plan milestones")
        if output:
            output.write_bytes(data)
        else:
            click.echo(data.decode(), nl=False)
        return
    labels = monitor.pillar_labels()
    if fmt == "json":
        text = json_text([status_dict(r, labels) for r in rows])
    else:
        text = csv_text((status_row(r) for r in rows), LIST_COLUMNS)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


cli.add_command(report_command)
cli.add_command(diff_command)


def main() -> None:
    run_cli(cli, "timeline")
