"""The digest as JSON: schema version 1, described by `alerts/digest.schema.json`.

Receivers of the JSON webhook and readers of JSON files depend on this shape, so it changes only
with a new `version`. Addresses that are not plain http(s) are sent as null, as everywhere else.
`digest_from_dict` reads the shape back, so a stored payload can be delivered again unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

from alerts._format import safe_url, summary_line
from alerts.digest import Candidate, CaseItem, Digest, MilestoneItem, PlanSummary, Source
from timeline.status import Status

SCHEMA_NAME = "milestone-monitor/digest"
SCHEMA_VERSION = 1
_MILESTONE_LISTS = ("missed", "delivered", "due_soon")
_CASE_LISTS = ("new_cases", "revised_cases")


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every rendered payload satisfies."""
    text = resources.files("alerts").joinpath("digest.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def digest_to_dict(digest: Digest) -> dict[str, Any]:
    """The digest as plain JSON-ready values."""
    payload: dict[str, Any] = {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "id": digest.id,
        "channel": digest.channel,
        "generated_at": digest.generated_at.isoformat(),
        "since": digest.since.isoformat() if digest.since else None,
        "is_empty": digest.is_empty,
        "overview": digest.overview,
        "summary": {
            "plan_title": digest.summary.plan_title,
            "line": summary_line(digest.summary),
            "total": digest.summary.total,
            "counts": {s.value: digest.summary.counts.get(s, 0) for s in Status},
        },
    }
    for name in _MILESTONE_LISTS:
        payload[name] = [_milestone(m) for m in getattr(digest, name)]
    for name in _CASE_LISTS:
        payload[name] = [_case(c) for c in getattr(digest, name)]
    return payload


def render_json(digest: Digest) -> str:
    """The digest as one line of compact UTF-8 JSON."""
    text = json.dumps(digest_to_dict(digest), ensure_ascii=False, separators=(",", ":"))
    # A lone surrogate (from badly decoded feed bytes) cannot be sent as UTF-8: make it "?".
    return text.encode("utf-8", "replace").decode("utf-8")


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _milestone(item: MilestoneItem) -> dict[str, Any]:
    return {
        "milestone_id": item.milestone_id,
        "title": item.title,
        "pillar": item.pillar,
        "status": item.status.value,
        "previous": item.previous.value if item.previous else None,
        "due": _date(item.due),
        "days": item.days,
        "delivered_on": _date(item.delivered_on),
        "evidence_url": safe_url(item.evidence_url),
        "evidence_title": item.evidence_title,
        "confirmed_by_person": item.confirmed_by_person,
        "candidates": [
            {"evidence_id": c.evidence_id, "url": safe_url(c.url), "title": c.title}
            for c in item.candidates
        ],
        "provenance": item.provenance,
    }


def _case(item: CaseItem) -> dict[str, Any]:
    return {
        "case_id": item.case_id,
        "company": item.company,
        "site": item.site,
        "country": item.country,
        "jobs": item.jobs,
        "jobs_kind": item.jobs_kind,
        "type": item.type,
        "announced_on": _date(item.announced_on),
        "previous_jobs": item.previous_jobs,
        "jobs_qualifier": item.jobs_qualifier,
        "erm_id": item.erm_id,
        "sources": [
            {"url": safe_url(s.url), "title": s.title, "published": _date(s.published)}
            for s in item.sources
        ],
    }


def digest_from_dict(payload: Mapping[str, Any]) -> Digest:
    """Rebuild a digest from `digest_to_dict` output; raise ValueError naming the bad field."""
    version = payload.get("version")
    if version != SCHEMA_VERSION:
        raise ValueError(
            f"digest payload has version {version!r}; this code reads {SCHEMA_VERSION}"
        )
    try:
        summary = payload["summary"]
        return Digest(
            id=payload["id"],
            channel=payload["channel"],
            generated_at=dt.datetime.fromisoformat(payload["generated_at"]),
            since=dt.datetime.fromisoformat(payload["since"]) if payload["since"] else None,
            overview=bool(payload.get("overview", False)),
            missed=tuple(_read_milestone(m) for m in payload["missed"]),
            delivered=tuple(_read_milestone(m) for m in payload["delivered"]),
            due_soon=tuple(_read_milestone(m) for m in payload["due_soon"]),
            new_cases=tuple(_read_case(c) for c in payload["new_cases"]),
            revised_cases=tuple(_read_case(c) for c in payload["revised_cases"]),
            summary=PlanSummary(
                summary["plan_title"],
                {Status(k): int(n) for k, n in summary["counts"].items() if n},
            ),
        )
    except KeyError as exc:
        raise ValueError(f"digest payload {payload.get('id')!r} lacks field {exc}") from exc
    except (TypeError, ValueError) as exc:
        raise ValueError(f"digest payload {payload.get('id')!r} is malformed: {exc}") from exc


def _read_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _read_milestone(m: Mapping[str, Any]) -> MilestoneItem:
    return MilestoneItem(
        milestone_id=m["milestone_id"],
        title=m["title"],
        pillar=m["pillar"],
        status=Status(m["status"]),
        previous=Status(m["previous"]) if m["previous"] else None,
        due=_read_date(m["due"]),
        days=m["days"],
        delivered_on=_read_date(m["delivered_on"]),
        evidence_url=m["evidence_url"],
        evidence_title=m["evidence_title"],
        confirmed_by_person=bool(m["confirmed_by_person"]),
        candidates=tuple(
            Candidate(c["evidence_id"], c["url"] or "", c["title"]) for c in m.get("candidates", ())
        ),
        provenance=str(m.get("provenance") or ""),  # absent from digests queued before it
    )


def _read_case(c: Mapping[str, Any]) -> CaseItem:
    return CaseItem(
        case_id=c["case_id"],
        company=c["company"],
        site=c["site"],
        country=c["country"],
        jobs=c["jobs"],
        jobs_kind=c["jobs_kind"],
        type=c["type"],
        announced_on=_read_date(c["announced_on"]),
        sources=tuple(
            Source(s["url"] or "", s["title"], _read_date(s["published"])) for s in c["sources"]
        ),
        previous_jobs=c["previous_jobs"],
        jobs_qualifier=c.get("jobs_qualifier", "exact"),
        erm_id=c.get("erm_id"),
    )
