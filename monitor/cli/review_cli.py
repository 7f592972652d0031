"""`monitor review`: what waits for a person, why the monitor judged as it did, and decisions.

Evidence (eN), candidates (eN) and job-loss reports (rN) wait here; `show` explains one,
`confirm`, `reject`, `assign` decide on evidence and reports, `split` and `merge` on cases.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import click

from monitor.cli.common import console, open_monitor, print_json, user_errors
from monitor.errors import NotFoundError
from timeline.model import EvidenceKind, EvidenceState

if TYPE_CHECKING:  # the database modules: imported by the commands, not by `--help`
    from monitor.app import Monitor
    from monitor.storage.case_decisions import CaseDecision
    from monitor.storage.evidence import Details

_REVIEW_ID = re.compile(r"^([erc]?)(\d+)$")  # a bare number is evidence: 12 is e12


@click.group("review", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def review_group(ctx: click.Context, as_json: bool) -> None:
    """List what waits for a person: evidence (eN) and job-loss reports (rN), with the reasons."""
    if ctx.invoked_subcommand is not None:
        return
    monitor = open_monitor(ctx)
    evidence, reports = monitor.pending_review()
    candidates = monitor.candidates()
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
                        "jobs_qualifier": stored.report.announcement.jobs.qualifier.value
                        if stored.report.announcement.jobs
                        else None,
                        "why": [
                            c.removeprefix("why:")
                            for c in stored.report.announcement.cues
                            if c.startswith("why:")
                        ],
                    }
                    for stored in reports
                ],
                "candidates": [_details_dict(candidate) for candidate in candidates],
            }
        )
        return
    out = console()
    if not evidence and not reports and not candidates:
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
        why = [c.removeprefix("why:") for c in found.cues if c.startswith("why:")]
        jobs = (
            f"{found.jobs.value} jobs ({found.jobs.qualifier.value})" if found.jobs else "no figure"
        )
        out.print(
            f"[bold]r{stored.id}[/] {found.company}: {found.type.value}, {found.jobs_kind.value}, "
            f"{jobs}, {found.site or '—'} {found.country or ''} ({found.confidence:.2f})\n"
            f"  {stored.report.title}\n  {stored.report.url}\n"
            f"  [dim]why it waits: {'; '.join(why) or 'under the acceptance threshold'}[/]\n"
            f"  [dim]cues: {', '.join(c for c in found.cues if not c.startswith('why:'))}[/]"
        )
    for candidate in candidates:
        item = candidate.evidence
        closest = [
            s.removeprefix("closest: ") for s in candidate.signals if s.startswith("closest: ")
        ]
        out.print(
            f"[bold]e{item.id}[/] candidate {item.published}\n  {item.title}\n  {item.url}\n"
            f"  [dim]closest: {'; '.join(closest) or item.milestone_id}[/]"
        )
    out.print(
        "Decide with: monitor review confirm ID | monitor review reject ID [--note N] | "
        "monitor review assign eN MILESTONE | monitor review show ID"
    )


def _decide(monitor: Monitor, review_id: str, state: EvidenceState, note: str) -> str:
    match = _REVIEW_ID.match(review_id.strip().lower())
    if not match:
        raise click.BadParameter(
            f"{review_id!r} is not a review id: use e12 (evidence), r34 (report) or c34 (case)",
            param_hint="ID",
        )
    prefix, number = match.group(1) or "e", int(match.group(2))
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


def _evidence_number(review_id: str) -> int:
    match = _REVIEW_ID.match(review_id.strip().lower())
    number = review_id.strip()
    if match and match.group(1) == "e":
        return int(match.group(2))
    if number.isdigit():
        return int(number)
    raise click.BadParameter(
        f"{review_id!r} is not an evidence id: use e12 (see `monitor review`)", param_hint="ID"
    )


def _details_dict(found: Details) -> dict[str, Any]:
    item = found.evidence
    return {
        "id": f"e{item.id}",
        "milestone": item.milestone_id,
        "kind": item.kind.value,
        "state": item.state.value,
        "confidence": round(item.confidence, 3),
        "url": item.url,
        "title": item.title,
        "published": item.published.isoformat(),
        "origin": found.origin,
        "explanation": found.explanation,
        "terms": list(found.terms),
        "signals": list(found.signals),
        "decisions": [
            {
                "from": d.from_state,
                "to": d.to_state,
                "by": d.by,
                "on": d.on.isoformat(),
                "note": d.note,
            }
            for d in found.decisions
        ],
    }


@review_group.command("show")
@click.argument("review_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def show_command(ctx: click.Context, review_id: str, as_json: bool) -> None:
    """Explain evidence eN: every signal behind the monitor's judgement, and who decided."""
    found = open_monitor(ctx).evidence_details(_evidence_number(review_id))
    if as_json:
        print_json(_details_dict(found))
        return
    item = found.evidence
    who = "found by the monitor" if found.origin == "matcher" else "recorded by a person"
    out = console()
    out.print(
        f"[bold]e{item.id}[/] {item.milestone_id}: [cyan]{item.kind.value}[/], {item.state.value}"
        f" ({item.confidence:.2f}), {who}\n  {item.title}\n  {item.url} ({item.published})"
    )
    out.print(f"  why: {found.explanation}")
    for signal in found.signals:
        out.print(f"  - {signal}")
    if found.terms:
        out.print(f"  [dim]terms: {', '.join(found.terms)}[/]")
    for decision in found.decisions:
        note = f": {decision.note}" if decision.note else ""
        out.print(
            f"  {decision.on:%Y-%m-%d %H:%M} {decision.by}: {decision.from_state or '-'}"
            f" -> {decision.to_state}{note}"
        )


review_group.add_command(show_command, "explain")


@review_group.command("assign")
@click.argument("review_id", metavar="ID")
@click.argument("milestone_id", metavar="MILESTONE")
@click.option(
    "--kind",
    type=click.Choice([k.value for k in EvidenceKind]),
    default=EvidenceKind.DELIVERED.value,
    show_default=True,
    help="What the entry reports about the milestone.",
)
@click.option("--note", default="", help="Why; kept with the decision.")
@click.pass_context
@user_errors
def assign_command(
    ctx: click.Context, review_id: str, milestone_id: str, kind: str, note: str
) -> None:
    """Make evidence eN (a candidate, or evidence of another milestone) evidence of MILESTONE."""
    decision = open_monitor(ctx).assign(
        _evidence_number(review_id), milestone_id, kind=EvidenceKind(kind), note=note
    )
    click.echo(
        f"Assigned: e{decision.evidence.id} is {kind} evidence of {milestone_id}, confirmed."
    )
    for event in decision.events:
        before = event.from_status.value if event.from_status else "-"
        click.echo(f"  {event.milestone_id}: {before} -> {event.to_status.value}")


def _report_number(text: str) -> int:
    match = re.match(r"^r?(\d+)$", text.strip().lower())
    if not match:
        raise click.BadParameter(f"{text!r} is not a report id such as r34", param_hint="REPORT")
    return int(match.group(1))


@review_group.command("split")
@click.argument("case_id", metavar="CASE")
@click.argument("reports", metavar="REPORT...", nargs=-1, required=True)
@click.option("--note", default="", help="Why; kept with the decision.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def split_command(
    ctx: click.Context, case_id: str, reports: tuple[str, ...], note: str, as_json: bool
) -> None:
    """Set reports (rN) of a wrongly merged case (cN) apart, into a case of their own.

    The decision is stored with who took it, when and the note; a rematch never undoes it.
    `monitor joblosses list --json` shows each case's report_ids.
    """
    numbers = [_report_number(r) for r in reports]
    decision = open_monitor(ctx).split_case(case_id, numbers, note=note)
    _print_decision(
        decision, as_json, f"Split {', '.join(f'r{n}' for n in numbers)} off {case_id}."
    )


@review_group.command("merge")
@click.argument("case_ids", metavar="CASE...", nargs=-1, required=True)
@click.option("--note", default="", help="Why; kept with the decision.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@user_errors
def merge_command(ctx: click.Context, case_ids: tuple[str, ...], note: str, as_json: bool) -> None:
    """Merge cases (cN cM ...) that report one restructuring into one case.

    The decision is stored with who took it, when and the note; a rematch never undoes it.
    """
    decision = open_monitor(ctx).merge_cases(case_ids, note=note)
    _print_decision(decision, as_json, f"Merged {', '.join(case_ids)}.")


def _print_decision(decision: CaseDecision, as_json: bool, message: str) -> None:
    if as_json:
        print_json(
            {
                "decision": decision.id,
                "action": decision.action,
                "report_ids": [f"r{i}" for i in decision.report_ids],
                "by": decision.decided_by,
                "at": decision.decided_at.isoformat(),
                "note": decision.note,
            }
        )
    else:
        click.echo(message)
