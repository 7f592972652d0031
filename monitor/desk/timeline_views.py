"""The timeline (every milestone, filtered, as of a date) and one milestone's page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for

from monitor.app import Monitor
from monitor.desk import pages
from monitor.desk.actions import attempt
from monitor.desk.auth import decider
from monitor.desk.forms import RecordForm
from monitor.errors import MonitorError
from timeline.status import Status

blueprint = Blueprint("timeline", __name__)


def monitor() -> Monitor:
    found = current_app.extensions["monitor"]
    assert isinstance(found, Monitor)
    return found


def as_of() -> dt.date | None:
    """The `at` date asked for, or None (today); a mistake is said, not guessed around."""
    text = request.args.get("at", "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise MonitorError(f"{text!r} is not a date; use YYYY-MM-DD, e.g. 2025-07-01") from None


@blueprint.route("/")
def timeline() -> str:
    at = as_of()
    pillar = request.args.get("pillar", "")
    status = request.args.get("status", "")
    statuses = monitor().statuses(at)
    labels = monitor().pillar_labels()
    return render_template(
        "timeline.html.j2",
        at=at or monitor().today(),
        at_text=at.isoformat() if at else "",
        pillars=pages.timeline_rows(statuses, labels, pillar=pillar, status=status),
        counts=pages.status_counts(statuses),
        labels=labels,
        pillar=pillar,
        status=status,
        statuses=list(Status),
        total=len(statuses),
    )


@blueprint.route("/milestones/<milestone_id>")
def milestone(milestone_id: str) -> str:
    at = as_of()
    found = monitor().milestone(milestone_id)
    (status,) = monitor().statuses(at, [found])
    evidence = [
        pages.EvidenceView(item, monitor().evidence_details(item.id)) for item in status.evidence
    ]
    return render_template(
        "milestone.html.j2",
        m=found,
        status=status,
        evidence=evidence,
        history=monitor().history(found.id),
        candidates=monitor().candidates_near(found.id),
        pillar=monitor().pillar_labels().get(found.pillar, found.pillar),
        record_form=RecordForm(),
    )


@blueprint.route("/milestones/<milestone_id>/record", methods=["POST"])
def record(milestone_id: str) -> Any:
    """A person records a delivery the monitor has not found."""
    form = RecordForm()
    if not form.validate_on_submit() or form.delivered_on.data is None:
        problems = "; ".join(f"{k}: {', '.join(v)}" for k, v in form.errors.items())
        raise MonitorError(f"the delivery was not complete ({problems}); nothing was recorded")
    delivered_on = form.delivered_on.data
    decision = attempt(
        lambda: monitor().record_delivery(
            milestone_id,
            url=str(form.url.data),
            delivered_on=delivered_on,
            title=form.title.data or "",
            note=form.note.data or "",
            by=decider(),
        )
    )
    changes = "; ".join(f"now {e.to_status.value.replace('_', ' ')}" for e in decision.events)
    flash(
        f"Recorded evidence {decision.evidence.ref}."
        + (f" {milestone_id} is {changes}." if changes else "")
    )
    return redirect(url_for("timeline.milestone", milestone_id=milestone_id))
