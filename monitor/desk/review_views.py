"""The review queue and the decisions taken from it: confirm, reject (with a note), assign."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, url_for

from monitor.desk import pages
from monitor.desk.actions import attempt
from monitor.desk.auth import decider, safe_next
from monitor.desk.forms import AssignForm, DecisionForm
from monitor.desk.timeline_views import monitor
from monitor.errors import MonitorError
from timeline.model import EvidenceKind, EvidenceState

blueprint = Blueprint("review", __name__)
_STATES = {"confirm": EvidenceState.CONFIRMED, "reject": EvidenceState.REJECTED}


@blueprint.route("/review")
def queue() -> str:
    evidence, reports = monitor().pending_review()
    items = pages.queue(
        [monitor().evidence_details(item.id) for item, _, _ in evidence],
        monitor().candidates(),
        reports,
    )
    return render_template(
        "review.html.j2",
        items=items,
        milestones=monitor().milestones(),
    )


def _invalid(form: Any) -> MonitorError:
    problems = "; ".join(f"{name}: {', '.join(errors)}" for name, errors in form.errors.items())
    return MonitorError(f"the form was not complete ({problems}); nothing was changed")


def _back(next_ref: str | None) -> Any:
    """Back to the queue, at the item after the one decided (`next`), or to where it came from."""
    if next_ref and next_ref.startswith("/"):
        return redirect(safe_next(next_ref))
    anchor = next_ref if next_ref and next_ref.isalnum() else None
    return redirect(url_for("review.queue", _anchor=anchor))


@blueprint.route("/review/evidence/<int:number>/decide", methods=["POST"])
def decide_evidence(number: int) -> Any:
    form = DecisionForm()
    if not form.validate_on_submit():
        raise _invalid(form)
    state = _STATES[str(form.decision.data)]
    decision = attempt(
        lambda: monitor().decide(
            number,
            state,
            note=form.note.data or "",
            by=decider(),
            expect=EvidenceState(str(form.seen.data)),
        )
    )
    changes = "; ".join(
        f"{e.milestone_id} is now {e.to_status.value.replace('_', ' ')}" for e in decision.events
    )
    done = f"{str(form.decision.data).capitalize()}ed e{number}."
    flash(done + (f" {changes}." if changes else ""))
    return _back(form.next.data)


@blueprint.route("/review/evidence/<int:number>/assign", methods=["POST"])
def assign_evidence(number: int) -> Any:
    form = AssignForm()
    if not form.validate_on_submit():
        raise _invalid(form)
    milestone_id = (form.milestone.data or "").strip().split(" ", 1)[0]
    decision = attempt(
        lambda: monitor().assign(
            number,
            milestone_id,
            kind=EvidenceKind(str(form.kind.data)),
            note=form.note.data or "",
            by=decider(),
            expect=EvidenceState(str(form.seen.data)),
        )
    )
    flash(
        f"Assigned e{number}: e{decision.evidence.id} is {form.kind.data} evidence of "
        f"{milestone_id}, confirmed."
    )
    return _back(form.next.data)


@blueprint.route("/review/reports/<int:number>/decide", methods=["POST"])
def decide_report(number: int) -> Any:
    form = DecisionForm()
    if not form.validate_on_submit():
        raise _invalid(form)
    attempt(
        lambda: monitor().decide_report(
            number,
            _STATES[str(form.decision.data)],
            note=form.note.data or "",
            by=decider(),
            expect=EvidenceState(str(form.seen.data)),
        )
    )
    flash(f"{str(form.decision.data).capitalize()}ed report r{number}.")
    return _back(form.next.data)
