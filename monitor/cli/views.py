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
        "url": item.url,
        "title": item.title,
        "published": item.published.isoformat(),
        "kind": item.kind.value,
        "confidence": round(item.confidence, 3),
        "state": item.state.value,
    }


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
