"""`monitor rematch`, `review` and `joblosses`: the monitor's judgements, for people."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from monitor.cli.common import (
    DATE,
    console,
    open_monitor,
    output_format_options,
    print_csv,
    print_json,
    user_errors,
)
from monitor.errors import NotFoundError
from timeline.model import EvidenceState

if TYPE_CHECKING:
    from monitor.app import Monitor
    from monitor.judgement.cases import CaseFilter

# The judgement package (its rules compile at import) and rich's tables are imported by the
# commands that use them, so `monitor --help` starts at once (tests/cli/test_cli_startup.py).

_REVIEW_ID = re.compile(r"^([erc])(\d+)$")


@click.command("rematch")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def rematch_command(ctx: click.Context, as_json: bool) -> None:
    """Judge every stored entry again, after the plan or the watch list changed.

    Safe to repeat; a person's confirmations and rejections are kept as they are.
    """
    monitor = open_monitor(ctx)
    if as_json:
        result = monitor.rematch()
    else:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("rematching"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console(),
            transient=True,
        ) as bar:
            task = bar.add_task("", total=None)
            result = monitor.rematch(
                lambda done, total: bar.update(task, completed=done, total=total)
            )
    data = {
        "evidence_new": result.evidence_new,
        "evidence_auto": result.evidence_auto,
        "reports": result.reports,
    }
    if as_json:
        print_json(data)
    else:
        click.echo(
            f"Rematched: {result.evidence_new} new evidence ({result.evidence_auto} accepted "
            f"automatically), {result.reports} job-loss report(s)."
        )


@click.group("review", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def review_group(ctx: click.Context, as_json: bool) -> None:
    """List what waits for a person: evidence (eN) and job-loss reports (rN), with the reasons."""
    if ctx.invoked_subcommand is not None:
        return
    evidence, reports = open_monitor(ctx).pending_review()
    if as_json:
        print_json(
            {
                "evidence": [
                    {
                        "id": f"e{item.id}",
                        "milestone": item.milestone_id,
                        "kind": item.kind.value,
                        "confidence": round(item.confidence, 3),
                        "url": item.url,
                        "title": item.title,
                        "published": item.published.isoformat(),
                        "explanation": explanation,
                        "terms": terms,
                    }
                    for item, explanation, terms in evidence
                ],
                "reports": [
                    {
                        "id": f"r{stored.id}",
                        "company": stored.report.announcement.company,
                        "jobs": stored.report.announcement.jobs.value
                        if stored.report.announcement.jobs
                        else None,
                        "type": stored.report.announcement.type.value,
                        "confidence": round(stored.report.announcement.confidence, 3),
                        "url": stored.report.url,
                        "title": stored.report.title,
                        "cues": list(stored.report.announcement.cues),
                    }
                    for stored in reports
                ],
            }
        )
        return
    out = console()
    if not evidence and not reports:
        out.print("Nothing waits for review.")
        return
    for item, explanation, terms in evidence:
        out.print(
            f"[bold]e{item.id}[/] {item.milestone_id}: [cyan]{item.kind.value}[/] "
            f"({item.confidence:.2f}) {item.published}\n  {item.title}\n  {item.url}\n"
            f"  [dim]why: {explanation}; terms: {', '.join(terms)}[/]"
        )
    for stored in reports:
        found = stored.report.announcement
        jobs = (
            f"{found.jobs.value} jobs ({found.jobs.qualifier.value})" if found.jobs else "no figure"
        )
        out.print(
            f"[bold]r{stored.id}[/] {found.company}: {found.type.value}, {found.jobs_kind.value}, "
            f"{jobs}, {found.site or '—'} {found.country or ''} ({found.confidence:.2f})\n"
            f"  {stored.report.title}\n  {stored.report.url}\n"
            f"  [dim]cues: {', '.join(found.cues)}[/]"
        )
    out.print("Decide with: monitor review confirm ID | monitor review reject ID [--note N]")


def _decide(monitor: Monitor, review_id: str, state: EvidenceState, note: str) -> str:
    match = _REVIEW_ID.match(review_id.strip().lower())
    if not match:
        raise click.BadParameter(
            f"{review_id!r} is not a review id: use e12 (evidence), r34 (report) or c34 (case)",
            param_hint="ID",
        )
    prefix, number = match.group(1), int(match.group(2))
    if prefix == "e":
        monitor.decide(number, state, note=note)
        return f"evidence e{number}"
    if prefix == "r":
        monitor.decide_report(number, state, note=note)
        return f"report r{number}"
    case = next((v for v in monitor.cases() if v.id == f"c{number}"), None)
    if case is None:
        raise NotFoundError(f"no case c{number}; `monitor joblosses list` shows case ids")
    for report_id in case.report_ids:
        monitor.decide_report(report_id, state, note=note)
    return f"case c{number} ({len(case.report_ids)} report(s))"


@review_group.command("confirm")
@click.argument("review_id", metavar="ID")
@click.option("--note", default="", help="Why; kept with the decision.")
@click.pass_context
@user_errors
def confirm_command(ctx: click.Context, review_id: str, note: str) -> None:
    """Confirm evidence (eN), a job-loss report (rN) or a whole case (cN)."""
    click.echo(f"Confirmed {_decide(open_monitor(ctx), review_id, EvidenceState.CONFIRMED, note)}.")


@review_group.command("reject")
@click.argument("review_id", metavar="ID")
@click.option("--note", default="", help="Why; kept with the decision.")
@click.pass_context
@user_errors
def reject_command(ctx: click.Context, review_id: str, note: str) -> None:
    """Reject evidence (eN), a job-loss report (rN) or a whole case (cN): it never counts."""
    click.echo(f"Rejected {_decide(open_monitor(ctx), review_id, EvidenceState.REJECTED, note)}.")


def _filters(func: Callable[..., None]) -> Callable[..., None]:
    """The case filter options, handed to the command as one `keep: CaseFilter`."""

    @functools.wraps(func)
    def command(
        *args: Any,
        country: str | None,
        company: str | None,
        since: dt.date | None,
        until: dt.date | None,
        min_jobs: int | None,
        **kwargs: Any,
    ) -> None:
        from monitor.judgement.cases import CaseFilter

        func(*args, keep=CaseFilter(country, company, since, until, min_jobs), **kwargs)

    for option in reversed(
        [
            click.option("--country", help="ISO 3166 alpha-2 code, e.g. DE."),
            click.option("--company", help="Company name, or part of it."),
            click.option("--since", type=DATE, help="Announced on or after DATE."),
            click.option("--until", type=DATE, help="Announced on or before DATE."),
            click.option("--min-jobs", type=click.IntRange(min=0), help="At least this many jobs."),
        ]
    ):
        command = option(command)
    return command


@click.group("joblosses")
def joblosses_group() -> None:
    """Restructuring cases found in the news: job losses and creations."""


@joblosses_group.command("list")
@_filters
@output_format_options
@click.pass_context
@user_errors
def list_cases(ctx: click.Context, keep: CaseFilter, as_json: bool, as_csv: bool) -> None:
    """List cases with company, site, country, jobs, type, date and every source."""
    from rich.table import Table

    from monitor.judgement.cases import CASE_COLUMNS, case_dict, case_row

    views = open_monitor(ctx).cases(keep)
    if as_json:
        print_json([case_dict(v) for v in views])
        return
    if as_csv:
        print_csv((case_row(v) for v in views), CASE_COLUMNS)
        return
    table = Table(box=None)
    for column in (
        "id",
        "announced",
        "company",
        "site",
        "country",
        "jobs",
        "kind",
        "type",
        "sources",
    ):
        table.add_column(column, no_wrap=column in ("id", "announced", "jobs"))
    for view in views:
        case = view.case
        table.add_row(
            view.id,
            case.first_announced.isoformat(),
            case.company,
            case.site or "—",
            case.country or "—",
            f"{view.jobs:,}" if view.jobs is not None else "?",
            case.jobs_kind.value,
            case.type.erm_label,
            str(len(case.reports)),
        )
    console().print(table)
    console().print(f"{len(views)} case(s).")


@joblosses_group.command("summary")
@_filters
@output_format_options
@click.pass_context
@user_errors
def summary_command(ctx: click.Context, keep: CaseFilter, as_json: bool, as_csv: bool) -> None:
    """Totals by year, country, company and type (net = created - lost, as Eurofound counts)."""
    from rich.table import Table

    from monitor.judgement.cases import summarise

    views = open_monitor(ctx).cases(keep)
    summary = summarise(views)
    if as_json:
        print_json(summary)
        return
    if as_csv:
        rows = [
            {
                "dimension": name,
                "value": row[name],
                **{k: row[k] for k in ("cases", "lost", "created", "net")},
            }
            for name, group in summary.items()
            for row in group
        ]
        print_csv(rows, ("dimension", "value", "cases", "lost", "created", "net"))
        return
    for name, group in summary.items():
        table = Table(title=f"By {name}", title_justify="left", box=None)
        for column in (name, "cases", "lost", "created", "net"):
            table.add_column(column, justify="left" if column == name else "right")
        for row in group:
            table.add_row(
                str(row[name]),
                str(row["cases"]),
                f"{row['lost']:,}",
                f"{row['created']:,}",
                f"{row['net']:,}",
            )
        console().print(table)
