"""Digests: what was sent to which channel, what waits in the outbox, dead letters to retry."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, url_for

from monitor.alerting import OutboxStatus, outbox_rows
from monitor.desk.actions import attempt
from monitor.desk.auth import decider
from monitor.desk.forms import ActionForm
from monitor.desk.timeline_views import monitor
from monitor.errors import MonitorError

blueprint = Blueprint("digests", __name__)


@blueprint.route("/digests")
def digests() -> str:
    rows = outbox_rows(monitor())
    return render_template(
        "digests.html.j2",
        sent=[r for r in rows if r.status is OutboxStatus.SENT],
        waiting=[r for r in rows if r.status in (OutboxStatus.PENDING, OutboxStatus.SENDING)],
        dead=[r for r in rows if r.status in (OutboxStatus.DEAD, OutboxStatus.PARKED)],
        form=ActionForm(),
    )


@blueprint.route("/digests/outbox/<int:row_id>/retry", methods=["POST"])
def retry_row(row_id: int) -> Any:
    if not ActionForm().validate_on_submit():
        raise MonitorError("the form was not complete; nothing was changed")
    revived = attempt(lambda: monitor().retry_digest(str(row_id), by=decider()))
    message = f"Digest {revived.row.digest_id} is due again now"
    if revived.channel_enabled:
        message += f"; channel {revived.row.channel} is switched back on"
    flash(message + ". The daemon sends it on its next round.")
    return redirect(url_for("digests.digests"))
