"""`monitor rematch` and `monitor joblosses`: judge everything again, and the job-loss cases."""

from __future__ import annotations

import datetime as dt
import functools
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

if TYPE_CHECKING:
    from monitor.judgement.cases import CaseFilter

# The judgement package (its rules compile at import) and rich's tables are imported by the
# commands that use them, so `monitor --help` starts at once (tests/cli/test_cli_startup.py).


@click.command("rematch")
@click.option(
    "--full",
    is_flag=True,
    help="Read every entry for job losses too, not only those whose text or rules changed.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def rematch_command(ctx: click.Context, full: bool, as_json: bool) -> None:
    """Judge every stored entry again, after the plan or the watch list changed.

    Safe to repeat; a person's confirmations and rejections are kept as they are. Entries
    whose text, job-loss rules and watch list are unchanged keep their job-loss reports
    without being read again.
    """
    monitor = open_monitor(ctx)
    if as_json:
        result = monitor.rematch(full=full)
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
                lambda done, total: bar.update(task, completed=done, total=total), full=full
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
    """List cases with company, site, country, jobs, type, date and every source.

    Imported Eurofound factsheets are cases too (`erm_id` in JSON); news of the same
    restructuring joins the factsheet's case.
    """
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
    """Totals by year, country, company, type and sector (net = created - lost, as Eurofound
    counts; type and sector are Eurofound's labels)."""
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
