"""The timeline report: the whole plan and the job-loss picture on one self-contained HTML page.

Pure: the caller passes statuses, pillar labels, cases and the dates; nothing is read but the
packaged template. The page loads nothing (inline CSS and SVG; no script, font or image), so it
can be mailed, archived and opened offline, and the only addresses in it are evidence and source
links, made links only when they are plain http(s). Feed text goes through Jinja's autoescape and
the same control-character cleaning as the digests.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jinja2
from markupsafe import Markup

from alerts import _format as fmt
from alerts import _report_charts as charts
from alerts.digest import STATUS_ORDER, CaseItem
from timeline.status import MilestoneStatus, Status

# A shape per status, so that colour is never the only cue (the template draws them).
STATUS_SHAPES: dict[Status, str] = {
    Status.MISSED: "triangle",
    Status.DUE_SOON: "diamond",
    Status.UPCOMING: "ring",
    Status.OPEN: "open-square",
    Status.DELIVERED_LATE: "square",
    Status.DELIVERED_ON_TIME: "disc",
    Status.DELIVERED: "double-ring",
}


@dataclass(frozen=True, slots=True)
class ReportData:
    """What the report shows. `at` is the date statuses were evaluated on; `today` is the real
    day, so the vertical line reads "today" or "as of" the chosen date."""

    title: str
    at: dt.date
    today: dt.date
    statuses: Sequence[MilestoneStatus]
    pillars: Mapping[str, str]  # pillar id -> label
    cases: Sequence[CaseItem] = ()
    reference: str = ""  # e.g. "COM(2025) 95"
    confirmed_only: bool = False  # statuses from the human-confirmed record alone


@dataclass(frozen=True, slots=True)
class _Tally:
    status: Status
    label: str
    count: int
    colour: str
    shape: str


@dataclass(frozen=True, slots=True)
class _Link:
    url: str | None  # None: not a safe address, shown as text
    text: str
    note: str


@dataclass(frozen=True, slots=True)
class _Row:
    """One milestone, with the geometry of its strip on the shared time axis (None: not drawn)."""

    status: MilestoneStatus
    label: str
    colour: str
    shape: str
    when: tuple[str, ...]  # phrases, each kept on one line: "due 2025-06-30", "5 days late"
    period: str
    band: tuple[float, float] | None  # the period the plan names
    deadline_x: float | None
    marker_x: float | None  # delivery day, else the deadline
    gap: tuple[float, float] | None  # deadline to delivery (late) or to `at` (missed)
    description: str  # the strip in words, for screen readers and tooltips
    evidence: _Link | None
    evidence_count: int


@dataclass(frozen=True, slots=True)
class _Pillar:
    id: str
    label: str
    dated: tuple[_Row, ...]
    undated: tuple[_Row, ...]


def render_report(data: ReportData) -> str:
    """The report as one HTML document."""
    scale = charts.TimeScale.around(_dates_shown(data))
    losses = [c for c in data.cases if not _is_creation(c)]
    context: dict[str, Any] = {
        "data": data,
        "at_label": "today" if data.at == data.today else "as of",
        "tallies": _tallies(data.statuses),
        "on_time": on_time_rate(data.statuses),
        "scale": scale,
        "pillars": _pillars(data, scale),
        "charts": charts.job_charts(losses),
        "jobs_lost": sum(c.jobs or 0 for c in losses),
        "unknown_figures": sum(1 for c in losses if c.jobs is None),
        "creations": len(data.cases) - len(losses),
        "cases": sorted(data.cases, key=_newest_first),
        "shapes": STATUS_SHAPES,
        "colours": fmt.STATUS_COLOURS,
        "labels": fmt.STATUS_LABELS,
        "order": STATUS_ORDER,
    }
    return _environment().get_template("report.html.j2").render(context)


def status_counts(statuses: Sequence[MilestoneStatus]) -> dict[Status, int]:
    return dict(Counter(s.status for s in statuses))


def on_time_rate(statuses: Sequence[MilestoneStatus]) -> tuple[int, int]:
    """(delivered on time, all delivered dated milestones): undated ones cannot be late."""
    on_time = sum(1 for s in statuses if s.status is Status.DELIVERED_ON_TIME)
    late = sum(1 for s in statuses if s.status is Status.DELIVERED_LATE)
    return on_time, on_time + late


def _tallies(statuses: Sequence[MilestoneStatus]) -> list[_Tally]:
    counts = status_counts(statuses)
    return [
        _Tally(s, fmt.STATUS_LABELS[s], counts.get(s, 0), fmt.STATUS_COLOURS[s], STATUS_SHAPES[s])
        for s in STATUS_ORDER
    ]


def _dates_shown(data: ReportData) -> list[dt.date]:
    days = [data.at]
    for s in data.statuses:
        period = s.milestone.period
        if period is not None:
            days += [period.deadline] + ([period.start] if period.start else [])
        if s.delivered_on is not None:
            days.append(s.delivered_on)
    return days


def _pillars(data: ReportData, scale: charts.TimeScale) -> list[_Pillar]:
    order: dict[str, list[MilestoneStatus]] = {}
    for s in data.statuses:
        order.setdefault(s.milestone.pillar, []).append(s)
    pillars = []
    for pillar, members in order.items():
        dated = sorted(
            (s for s in members if s.milestone.due), key=lambda s: s.milestone.due or dt.date.max
        )
        undated = [s for s in members if not s.milestone.due]
        pillars.append(
            _Pillar(
                pillar,
                data.pillars.get(pillar, pillar),
                tuple(_row(s, scale) for s in dated),
                tuple(_row(s, scale) for s in undated),
            )
        )
    return pillars


def _row(s: MilestoneStatus, scale: charts.TimeScale) -> _Row:
    m = s.milestone
    period = m.period
    due = m.due
    delivered = s.delivered_on
    gap = None
    if due and delivered and delivered > due:
        gap = (scale.x(due), scale.x(delivered))
    elif s.status is Status.MISSED and due:
        gap = (scale.x(due), scale.x(s.at))
    band = None
    if period and period.start and period.start < period.deadline:
        band = (scale.x(period.start), scale.x(period.deadline))
    marker = delivered or due
    return _Row(
        status=s,
        label=fmt.STATUS_LABELS[s.status],
        colour=fmt.STATUS_COLOURS[s.status],
        shape=STATUS_SHAPES[s.status],
        when=_when(s),
        period=_period_words(s),
        band=band,
        deadline_x=scale.x(due) if due else None,
        marker_x=scale.x(marker) if marker else None,
        gap=gap,
        description=f"{m.title}: {'; '.join((fmt.STATUS_LABELS[s.status], *_when(s)))}",
        evidence=_evidence_link(s),
        evidence_count=len(s.evidence),
    )


def _when(s: MilestoneStatus) -> tuple[str, ...]:
    due = s.milestone.due
    parts = [f"due {due.isoformat()}"] if due else []
    if s.delivered_on is not None:
        parts.append(f"delivered {s.delivered_on.isoformat()}")
    elif due is not None:
        parts.append(fmt.days_phrase(s.days))
    return tuple(p for p in parts if p)


def _period_words(s: MilestoneStatus) -> str:
    m = s.milestone
    if m.period is None:
        return ""
    if m.period_text and fmt.one_line(m.period_text) != m.period.normalised:
        return f"{m.period.normalised} (plan: “{m.period_text}”)"
    return m.period.normalised


def _evidence_link(s: MilestoneStatus) -> _Link | None:
    """The delivery the status rests on; otherwise the latest evidence, which does not count."""
    if s.delivery is not None:
        item, note = s.delivery, f"delivery, {s.delivery.provenance()}"
    elif s.evidence:
        item = s.evidence[-1]
        note = f"latest evidence, {item.provenance()}; not a delivery"
    else:
        return None
    text = item.title or f"evidence {item.ref}"
    return _Link(fmt.safe_url(item.url), text, f"{note}, {item.published.isoformat()}")


def _is_creation(case: CaseItem) -> bool:
    """Announced job creations are listed but kept out of the job-cut charts."""
    return case.jobs_kind.casefold() in ("creation", "created")


def _newest_first(case: CaseItem) -> tuple[int, str]:
    day = case.announced_on.toordinal() if case.announced_on else 0
    return -day, case.case_id


def _clean(value: Any) -> Any:
    """Every interpolated string loses its control characters before it is escaped."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return fmt.one_line(value)
    return value


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("alerts", "templates"),
        autoescape=True,
        finalize=_clean,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(url=fmt.safe_url, jobs=fmt.jobs_phrase, place=fmt.place)
    env.filters["num"] = lambda v: f"{v:,.0f}" if isinstance(v, int | float) else v
    return env
