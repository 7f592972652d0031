"""Eurofound's restructuring factsheets as the monitor keeps them: one ERM record per factsheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

__all__ = ["ERM_DETAIL_URL", "ErmRecord", "JobsKind", "RestructuringType", "citation"]


class RestructuringType(StrEnum):
    """A restructuring type as Eurofound spells it; the value is Eurofound's label."""

    BUSINESS_EXPANSION = "Business expansion"
    INTERNAL_RESTRUCTURING = "Internal restructuring"
    CLOSURE = "Closure"
    BANKRUPTCY = "Bankruptcy"
    BANKRUPTCY_CLOSURE = "Bankruptcy/Closure"  # older factsheets merged the two
    OFFSHORING = "Offshoring/Delocalisation"
    MERGER_ACQUISITION = "Merger/Acquisition"
    RELOCATION = "Relocation"
    RESHORING = "Reshoring"
    OUTSOURCING = "Outsourcing"
    OTHER = "Other"


ERM_DETAIL_URL = "https://apps.eurofound.europa.eu/restructuring-events/detail/{id}"
JobsKind = Literal["loss", "creation"]


@dataclass(frozen=True, slots=True)
class ErmRecord:
    """One ERM factsheet. `jobs` is the size of the announced change, `jobs_kind` its direction.

    `country` is the ISO 3166 alpha-2 code, None for events labelled "European Union" or "World"
    (`country_label` keeps Eurofound's label either way).
    """

    factsheet_id: int
    announced_on: date
    country: str | None
    country_label: str
    company: str
    group: str | None
    region: str | None
    unit: str | None
    sector: str
    nace: str | None
    type: RestructuringType
    jobs: int | None
    jobs_kind: JobsKind | None
    employment_before: int | None
    effect_start: date | None
    effect_end: date | None
    sources: tuple[str, ...]
    url: str


def citation(record: ErmRecord) -> str:
    """Eurofound's citation form for a factsheet; the year is the announcement's."""
    return (
        f"Eurofound ({record.announced_on.year}), {record.company}, {record.type.value} in "
        f"{record.country_label}, factsheet number {record.factsheet_id}, "
        "European Restructuring Monitor."
    )
