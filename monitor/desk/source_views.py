"""Sources: health, last fetch, last error; switch one on or off."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, url_for

from monitor.desk.actions import attempt
from monitor.desk.auth import decider
from monitor.desk.forms import ActionForm
from monitor.desk.timeline_views import monitor
from monitor.errors import MonitorError

blueprint = Blueprint("sources", __name__)


@blueprint.route("/sources")
def sources() -> str:
    found = sorted(monitor().sources(), key=lambda s: (not s.enabled, -s.failures, s.name))
    return render_template("sources.html.j2", sources=found, form=ActionForm())


@blueprint.route("/sources/<name>/<action>", methods=["POST"])
def switch(name: str, action: str) -> Any:
    if not ActionForm().validate_on_submit() or action not in ("enable", "disable"):
        raise MonitorError("that is not a source action; use the buttons of the sources page")
    source = attempt(lambda: monitor().set_source_enabled(name, action == "enable", by=decider()))
    flash(f"Source {source.name} is {'on' if source.enabled else 'off'}.")
    return redirect(url_for("sources.sources", _anchor=f"source-{source.name}"))
