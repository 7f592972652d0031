"""Values that describe a restructuring announcement and the case it belongs to.

The fields follow Eurofound's European Restructuring Monitor (ERM) factsheets so
that the monitor's figures can be set beside Eurofound's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Qualifier(StrEnum):
    """How firm a reported job figure is ("up to 7,500" is not "7,500")."""

    EXACT = "exact"
    ABOUT = "about"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    FEWER_THAN = "fewer_than"


class JobsKind(StrEnum):
    """Whether the announcement destroys or creates jobs."""

    LOSS = "loss"
    CREATION = "creation"


class RestructuringType(StrEnum):
    """ERM restructuring types; `erm_label` gives Eurofound's spelling."""

    BANKRUPTCY = "bankruptcy"
    CLOSURE = "closure"
    OFFSHORING = "offshoring"
    RELOCATION = "relocation"
    RESHORING = "reshoring"
    OUTSOURCING = "outsourcing"
    MERGER_ACQUISITION = "merger_acquisition"
    INTERNAL_RESTRUCTURING = "internal_restructuring"
    BUSINESS_EXPANSION = "business_expansion"

    @property
    def erm_label(self) -> str:
        return _ERM_LABELS[self]

    @classmethod
    def from_erm_label(cls, label: str) -> RestructuringType:
        """Read a type as written in Eurofound's CSV export (spacing is forgiven)."""
        key = "".join(label.split()).lower()
        for member, erm in _ERM_LABELS.items():
            if "".join(erm.split()).lower() == key:
                return member
        known = ", ".join(_ERM_LABELS.values())
        raise ValueError(f"unknown ERM restructuring type {label!r}; expected one of: {known}")


_ERM_LABELS = {
    RestructuringType.BANKRUPTCY: "Bankruptcy",
    RestructuringType.CLOSURE: "Closure",
    RestructuringType.OFFSHORING: "Offshoring/Delocalisation",
    RestructuringType.RELOCATION: "Relocation",
    RestructuringType.RESHORING: "Reshoring",
    RestructuringType.OUTSOURCING: "Outsourcing",
    RestructuringType.MERGER_ACQUISITION: "Merger/Acquisition",
    RestructuringType.INTERNAL_RESTRUCTURING: "Internal restructuring",
    RestructuringType.BUSINESS_EXPANSION: "Business expansion",
}


@dataclass(frozen=True, slots=True)
class JobCount:
    """A number of jobs as the text gave it: value, how firm, and the words used."""

    value: int
    qualifier: Qualifier = Qualifier.EXACT
    text: str = ""


@dataclass(frozen=True, slots=True)
class Announcement:
    """What one news item says about one restructuring event."""

    company: str  # watch-list name, or the name as the text spells it
    company_id: str | None  # watch-list id; None for companies not on the list
    site: str | None
    country: str | None  # ISO 3166-1 alpha-2
    jobs: JobCount | None
    jobs_kind: JobsKind
    type: RestructuringType
    announced_on: dt.date
    confidence: float  # 0..1
    cues: tuple[str, ...] = ()  # what fired, for people checking the result
    brand: str | None = None  # e.g. "Opel" when the text named a brand of Stellantis
    additional: bool = False  # "a further 2,000": jobs on top of the case's earlier figure


@dataclass(frozen=True, slots=True)
class Report:
    """An announcement as published by one outlet."""

    announcement: Announcement
    url: str
    source: str = ""  # outlet or feed name
    title: str = ""
    factsheet_id: int | None = None  # set when the report is a Eurofound ERM factsheet
    sector: str | None = None  # Eurofound's sector label (factsheets)
    erm_type: str | None = None  # Eurofound's own type label (factsheets)


@dataclass(frozen=True, slots=True)
class Revision:
    """One figure a case carried at some date, and who said so."""

    jobs: JobCount
    announced_on: dt.date
    url: str
    added: int | None = None  # set when the report added jobs to the plan ("a further 2,000")


@dataclass(frozen=True, slots=True)
class Case:
    """One restructuring event, seen through every report of it."""

    company: str
    company_id: str | None
    site: str | None
    country: str | None
    jobs_kind: JobsKind
    type: RestructuringType
    first_announced: dt.date
    last_reported: dt.date
    reports: tuple[Report, ...]
    figures: tuple[Revision, ...] = ()  # each different figure, oldest first
    follows: int | None = None  # index of the same company's earlier case (an earlier round)

    @property
    def jobs(self) -> JobCount | None:
        """The latest figure (earlier ones stay in `figures`)."""
        return self.figures[-1].jobs if self.figures else None

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.url for r in self.reports))

    @property
    def factsheets(self) -> tuple[Report, ...]:
        """The Eurofound ERM factsheets among the reports."""
        return tuple(r for r in self.reports if r.factsheet_id is not None)
