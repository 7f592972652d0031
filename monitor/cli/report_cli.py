"""`timeline report` and `timeline diff`: the plan as a page to share, and what changed when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from monitor.cli.common import DATE, console, open_monitor, print_json, user_errors

if TYPE_CHECKING:
    from alerts.digest import CaseItem
    from monitor.judgement.cases import CaseView
    from timeline.diff import Change

# The report's templates, the judgement package and the timeline's diff load with the commands
# that use them, so `timeline list` and `--help` start at once (tests/cli/test_cli_startup.py).


@click.command("report")
@click.option(
    "--html",
    "html_path",
    type=click.Path(path_type=Path, dir_okay=False, writable=True, allow_dash=True),
    required=True,
    help="Write the report to this HTML file (self-contained: opens offline); - for stdout.",
)
@click.option("--at", type=DATE, help="Statuses and cases as of DATE (default today).")
@click.option(
    "--confirmed",
    is_flag=True,
    help="Only the human-confirmed record: evidence a person recorded or confirmed.",
)
@click.pass_context
@user_errors
def report_command(
    ctx: click.Context, html_path: Path, at: dt.date | None, confirmed: bool
) -> None:
    """Write a one-page HTML report: the timeline by pillar, a summary, and job-loss charts."""
    from alerts.report import ReportData, render_report
    from monitor.judgement.cases import CaseFilter

    monitor = open_monitor(ctx, sources=False)
    today = monitor.today()
    day = at or today
    statuses = monitor.statuses(day, confirmed_only=confirmed)
    plans = monitor.plan_titles()
    title = plans[0][0] if len(plans) == 1 else "Action plan milestones"
    reference = plans[0][1] if len(plans) == 1 else ""
    cases = [case_item(v) for v in monitor.cases(CaseFilter(until=day))]
    page = render_report(
        ReportData(
            title=title,
            at=day,
            today=today,
            statuses=tuple(statuses),
            pillars=monitor.pillar_labels(),
            cases=tuple(cases),
            reference=reference,
            confirmed_only=confirmed,
        )
    )
    if str(html_path) == "-":
        click.echo(page, nl=False)
        return
    try:
        html_path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise click.FileError(str(html_path), hint=exc.strerror or str(exc)) from None
    click.echo(
        f"Wrote {html_path}: {len(statuses)} milestones as of {day.isoformat()}, "
        f"{len(cases)} job-loss cases."
    )


def case_item(view: CaseView) -> CaseItem:
    """A case as the renderers read it: plain words and numbers, its sources oldest first."""
    from alerts.digest import CaseItem, Source
    from monitor.judgement.joblosses import JobsKind

    case = view.case
    return CaseItem(
        case_id=view.id,
        company=case.company,
        site=case.site or "",
        country=case.country or "",
        jobs=view.jobs,
        jobs_kind="created" if case.jobs_kind is JobsKind.CREATION else "cut",
        type=view.erm_type,
        announced_on=case.first_announced,
        sources=tuple(Source(r.url, r.title, r.announcement.announced_on) for r in case.reports),
        jobs_qualifier=case.jobs.qualifier.value if case.jobs else "exact",
        erm_id=view.erm_ids[0] if view.erm_ids else None,
    )


@click.command("diff")
@click.option(
    "--from", "start", type=DATE, required=True, help="Changes after this day (not included)."
)
@click.option("--to", "end", type=DATE, required=True, help="Changes up to this day (included).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def diff_command(ctx: click.Context, start: dt.date, end: dt.date, as_json: bool) -> None:
    """Every status change between two dates, with the evidence of each delivery."""
    if end <= start:
        raise click.BadParameter(
            f"{end.isoformat()} is not after --from {start.isoformat()}; "
            "give the earlier date as --from and the later one as --to",
            param_hint="--to",
        )
    from timeline.diff import changes_between

    monitor = open_monitor(ctx, sources=False)
    statuses = monitor.statuses(end)  # with the evidence visible on `end`, all a diff needs
    changes = changes_between(
        [s.milestone for s in statuses],
        [e for s in statuses for e in s.evidence],
        start,
        end,
        due_soon_days=monitor.config.due_soon_days,
    )
    if as_json:
        print_json([change_dict(c) for c in changes])
    else:
        _print_changes(changes, start, end)


def change_dict(change: Change) -> dict[str, Any]:
    """One change in the documented `timeline diff --json` shape."""
    cited = change.evidence
    return {
        "milestone": change.milestone.id,
        "title": change.milestone.title,
        "from": change.from_status.value if change.from_status else None,
        "to": change.to_status.value,
        "on": change.on.isoformat(),
        "evidence": {"id": cited.id, "url": cited.url, "title": cited.title} if cited else None,
    }


def _print_changes(changes: Sequence[Change], start: dt.date, end: dt.date) -> None:
    window = f"after {start.isoformat()} up to {end.isoformat()}"
    if not changes:
        console().print(f"No status changed {window}.")
        return
    from rich.text import Text

    # One line per change, its evidence on the next: ids are never cut and the evidence
    # folds at any terminal width instead of being squeezed out of a column.
    out = console()
    out.print(f"Status changes {window}")
    width = max(len(change.milestone.id) for change in changes)
    for change in changes:
        before = change.from_status.value if change.from_status else "—"
        out.print(
            f"{change.on.isoformat()}  {change.milestone.id:<{width}}  "
            f"{before} → {change.to_status.value}",
            markup=False,
            highlight=False,
        )
        cited = change.evidence
        if cited:
            line = Text(f"            {cited.ref} {cited.title or 'untitled'} {cited.url}")
            out.print(line, overflow="fold")
    out.print(f"{len(changes)} status changes.")
