"""Job-loss cases: the list with its filters, a case's page, and people's merge and split."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for

from monitor.desk import pages
from monitor.desk.actions import attempt
from monitor.desk.auth import decider
from monitor.desk.forms import MergeForm, SplitForm
from monitor.desk.review_views import _invalid
from monitor.desk.timeline_views import monitor
from monitor.errors import MonitorError
from monitor.judgement.cases import CaseFilter, case_dict

blueprint = Blueprint("cases", __name__)


def _date(name: str) -> dt.date | None:
    text = request.args.get(name, "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise MonitorError(f"{name}: {text!r} is not a date; use YYYY-MM-DD") from None


@blueprint.route("/cases")
def cases() -> str:
    chosen = {
        name: request.args.get(name, "").strip()
        for name in ("company", "country", "since", "until", "kind", "source")
    }
    keep = CaseFilter(
        country=chosen["country"] or None,
        company=chosen["company"] or None,
        since=_date("since"),
        until=_date("until"),
    )
    views = [
        v
        for v in monitor().cases(keep)
        if pages.keeps_case(v, kind=chosen["kind"], source=chosen["source"])
    ]
    rows = [case_dict(v) for v in sorted(views, key=lambda v: v.case.first_announced, reverse=True)]
    return render_template("cases.html.j2", rows=rows, chosen=chosen, sources=pages.SOURCES)


@blueprint.route("/cases/<case_id>")
def case(case_id: str) -> str:
    view = monitor().case(case_id)
    return render_template(
        "case.html.j2",
        case=case_dict(view),
        reports=monitor().case_reports(view.id),
        split_form=SplitForm(),
        merge_form=MergeForm(),
    )


def _numbers(text: str, prefix: str) -> list[str]:
    return [f"{prefix}{n}" for n in re.findall(r"\d+", text)]


@blueprint.route("/cases/<case_id>/split", methods=["POST"])
def split(case_id: str) -> Any:
    form = SplitForm()
    if not form.validate_on_submit():
        raise _invalid(form)
    numbers = [int(r[1:]) for r in _numbers(form.reports.data or "", "r")]
    decision = attempt(
        lambda: monitor().split_case(case_id, numbers, note=form.note.data or "", by=decider())
    )
    flash(f"Split {', '.join(f'r{n}' for n in decision.report_ids)} off {case_id}.")
    return redirect(url_for("cases.case", case_id=f"c{min(decision.report_ids)}"))


@blueprint.route("/cases/<case_id>/merge", methods=["POST"])
def merge(case_id: str) -> Any:
    form = MergeForm()
    if not form.validate_on_submit():
        raise _invalid(form)
    others = _numbers(form.other.data or "", "c")
    attempt(
        lambda: monitor().merge_cases([case_id, *others], note=form.note.data or "", by=decider())
    )
    flash(f"Merged {case_id} with {', '.join(others)}.")
    merged = min([case_id, *others], key=lambda c: int(c.lstrip("c")))
    return redirect(url_for("cases.case", case_id=merged))
