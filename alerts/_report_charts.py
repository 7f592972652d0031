"""Geometry for the report's inline SVG: the shared time axis and the job-cut bar charts.

Only numbers and words; the template draws them. Coordinates are in SVG user units of a fixed
viewBox, so every strip of the timeline uses the same scale and the browser only resizes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from alerts.digest import CaseItem

STRIP_WIDTH = 520
STRIP_INSET = 12  # room for a marker drawn on the first or last day
LABEL_MAX = 22  # characters of a chart label; the full name stays in the bar's title
TOP_COMPANIES = 10
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Tick:
    """A quarter boundary: its quarter's name centred after it, and the year at its first one."""

    x: float
    label: str  # "" for a boundary without a label
    label_x: float
    year: str = ""


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Whole quarters from the first to the last date shown, mapped onto a strip."""

    start: dt.date
    end: dt.date  # the first day after the last quarter
    width: int = STRIP_WIDTH

    @classmethod
    def around(cls, days: Iterable[dt.date]) -> TimeScale:
        chosen = list(days)
        if not chosen:
            raise ValueError("a time scale needs at least one date")
        first, last = min(chosen), max(chosen)
        return cls(_quarter_start(first), _next_quarter(_quarter_start(last)))

    def x(self, day: dt.date) -> float:
        span = (self.end - self.start).days
        share = (day - self.start).days / span
        return round(STRIP_INSET + share * (self.width - 2 * STRIP_INSET), 1)

    def ticks(self) -> list[Tick]:
        """Quarter boundaries; quarters are named while they fit (12), then only years."""
        quarters = []
        day = self.start
        while day < self.end:
            quarters.append(day)
            day = _next_quarter(day)
        by_year = len(quarters) > 12
        ticks = []
        for i, begin in enumerate(quarters):
            middle = round((self.x(begin) + self.x(_next_quarter(begin))) / 2, 1)
            year = str(begin.year) if begin.month == 1 or i == 0 else ""
            if by_year:
                ticks.append(Tick(self.x(begin), "", middle, year))
            else:
                ticks.append(Tick(self.x(begin), f"Q{(begin.month - 1) // 3 + 1}", middle, year))
        ticks.append(Tick(self.x(self.end), "", 0))
        return ticks


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _next_quarter(day: dt.date) -> dt.date:
    month = day.month + 3
    return dt.date(day.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # shortened to fit
    sublabel: str  # a second line under a column (the year), else ""
    value: int
    x: float
    y: float
    width: float
    height: float
    title: str  # the full label and value, for screen readers and tooltips


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    title: str
    caption: str
    columns: bool  # True: vertical bars along a time axis; False: ranked horizontal bars
    width: int
    height: int
    bars: tuple[Bar, ...]


def job_charts(cases: Sequence[CaseItem]) -> list[Chart]:
    """Announced job cuts by month, by country and for the largest companies (empty: no data)."""
    counted = [c for c in cases if c.jobs is not None]
    if not counted:
        return []
    companies = _totals(counted, lambda c: c.company)[:TOP_COMPANIES]
    return [
        _by_month(counted),
        _ranked(
            "jobs-by-country",
            "Announced job cuts by country",
            "Countries by jobs announced as cut, largest first.",
            _totals(counted, lambda c: c.country or "not stated"),
        ),
        _ranked(
            "jobs-by-company",
            "Largest announced job cuts by company",
            f"Companies by jobs announced as cut, largest first (at most {TOP_COMPANIES}).",
            companies,
        ),
    ]


def _totals(cases: Sequence[CaseItem], key: Callable[[CaseItem], str]) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for case in cases:
        totals[key(case)] = totals.get(key(case), 0) + (case.jobs or 0)
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def _by_month(cases: Sequence[CaseItem]) -> Chart:
    totals: dict[tuple[int, int], int] = {}
    for case in cases:
        if case.announced_on is not None:
            key = (case.announced_on.year, case.announced_on.month)
            totals[key] = totals.get(key, 0) + (case.jobs or 0)
    months = _month_range(min(totals), max(totals)) if totals else []
    slot, bar_width, top, plot = 46, 30, 22, 150
    peak = max(totals.values(), default=0) or 1
    bars = []
    for i, (year, month) in enumerate(months):
        value = totals.get((year, month), 0)
        height = round(value / peak * plot, 1)
        first_of_year = i == 0 or month == 1
        bars.append(
            Bar(
                label=_MONTHS[month - 1],
                sublabel=str(year) if first_of_year else "",
                value=value,
                x=8 + i * slot + (slot - bar_width) / 2,
                y=top + plot - height,
                width=bar_width,
                height=height,
                title=f"{_MONTHS[month - 1]} {year}: {value:,} jobs",
            )
        )
    return Chart(
        "jobs-by-month",
        "Announced job cuts by month",
        "Jobs announced as cut, by month of the first announcement; months without a case show 0.",
        columns=True,
        width=16 + slot * len(months),
        height=top + plot + 40,
        bars=tuple(bars),
    )


def _month_range(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _ranked(ident: str, title: str, caption: str, totals: Sequence[tuple[str, int]]) -> Chart:
    row, label_width, width, value_room = 26, 180, 560, 70
    peak = max((v for _, v in totals), default=0) or 1
    bars = tuple(
        Bar(
            label=_shorten(name),
            sublabel="",
            value=value,
            x=label_width,
            y=8 + i * row,
            width=round(value / peak * (width - label_width - value_room), 1),
            height=row - 8,
            title=f"{name}: {value:,} jobs",
        )
        for i, (name, value) in enumerate(totals)
    )
    return Chart(ident, title, caption, False, width, 16 + row * len(totals), bars)


def _shorten(name: str) -> str:
    return name if len(name) <= LABEL_MAX else name[: LABEL_MAX - 1].rstrip() + "…"
