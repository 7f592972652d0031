"""Statuses as plain data: the documented JSON shape and the CSV columns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from timeline.model import Evidence
from timeline.status import MilestoneStatus

LIST_COLUMNS = (
    "id",
    "title",
    "pillar",
    "period",
    "due",
    "status",
    "days",
    "delivered_on",
    "evidence_count",
    "evidence_url",
)


def evidence_dict(item: Evidence) -> dict[str, Any]:
    return {
        "id": item.id,
        "ref": item.ref,
        "url": item.url,
        "title": item.title,
        "published": item.published.isoformat(),
        "kind": item.kind.value,
        "confidence": round(item.confidence, 3),
        "state": item.state.value,
        "origin": item.origin,
        "decided_by": item.decided_by,
        "decided_at": item.decided_at,
        "note": item.note,
        "provenance": item.provenance(),
    }


def parse_evidence_id(text: str) -> int:
    """`e12`, `E12`, `12` (and the `#12` older versions printed) as the number 12."""
    digits = text.strip().lower().removeprefix("#").removeprefix("e")
    if not digits.isdigit():
        raise ValueError(f"{text!r} is not an evidence id; use e12 (as `timeline show` lists)")
    return int(digits)


def status_dict(
    status: MilestoneStatus, pillars: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """One milestone in the documented `timeline list --json` shape."""
    milestone = status.milestone
    return {
        "id": milestone.id,
        "title": milestone.title,
        "title_fr": milestone.title_fr,
        "plan": milestone.plan,
        "pillar": milestone.pillar,
        "pillar_label": (pillars or {}).get(milestone.pillar, milestone.pillar),
        "period": milestone.period_text or None,
        "period_normalised": milestone.period.normalised if milestone.period else None,
        "due": milestone.due.isoformat() if milestone.due else None,
        "kind": milestone.kind.value,
        "actor": milestone.actor,
        "status": status.status.value,
        "days": status.days,
        "delivered_on": status.delivered_on.isoformat() if status.delivered_on else None,
        "as_of": status.at.isoformat(),
        "evidence": [evidence_dict(e) for e in status.evidence],
    }


def status_row(status: MilestoneStatus) -> dict[str, Any]:
    """One milestone as a flat CSV row."""
    row = status_dict(status)
    row["evidence_count"] = len(status.evidence)
    row["evidence_url"] = status.delivery.url if status.delivery else ""
    return row
