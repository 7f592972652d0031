"""Job-loss reports: what each entry says about a restructuring, and people's decisions on it.

A report comes from a news entry (judged by the extractor) or from a Eurofound ERM factsheet
(imported, accepted as it stands: it is Eurofound's record). Cases are not stored: they are
merged from the accepted reports whenever they are read, so a rematch or a person's decision
can never leave a stale case behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from monitor.errors import ConflictError, NotFoundError
from monitor.model.factsheets import ErmRecord, citation
from monitor.model.factsheets import RestructuringType as ErmType
from monitor.model.joblosses import (
    Announcement,
    JobCount,
    JobsKind,
    Qualifier,
    Report,
    RestructuringType,
)
from monitor.storage.entries import StoredEntry
from monitor.storage.schema import jobloss_reports
from timeline.model import EvidenceState


@dataclass(frozen=True, slots=True)
class StoredReport:
    """A report with its id, review state and when it was stored."""

    id: int
    entry_id: int | None  # None for a factsheet's report
    report: Report
    state: EvidenceState
    created_at: dt.datetime
    note: str = ""


def _values(entry: StoredEntry, found: Announcement) -> dict[str, Any]:
    return {
        "url": entry.url or "",
        "title": entry.title,
        "source": entry.source,
        "company": found.company,
        "company_id": found.company_id,
        "brand": found.brand,
        "site": found.site,
        "country": found.country,
        "jobs": found.jobs.value if found.jobs else None,
        "jobs_qualifier": found.jobs.qualifier.value if found.jobs else None,
        "jobs_text": found.jobs.text if found.jobs else None,
        "jobs_kind": found.jobs_kind.value,
        "type": found.type.value,
        "announced_on": found.announced_on,
        "confidence": found.confidence,
        "cues": list(found.cues),
        "additional": found.additional,
    }


def save_report(
    conn: sa.Connection,
    entry: StoredEntry,
    found: Announcement | None,
    *,
    state: EvidenceState,
    now: dt.datetime,
) -> int | None:
    """Store (or refresh) what an entry says; a person's decision on it is never overwritten.

    `found` None means the entry no longer reads as an announcement: a machine-made report of it
    is retracted.
    """
    existing = conn.execute(_FIND_REPORT, {"entry": entry.id}).first()
    decided = existing is not None and existing.state in ("confirmed", "rejected")
    if decided:
        return int(existing.id)  # type: ignore[union-attr]
    if found is None:
        if existing is not None:
            conn.execute(
                jobloss_reports.update()
                .where(jobloss_reports.c.id == existing.id)
                .values(state=EvidenceState.RETRACTED.value, updated_at=now)
            )
        return None
    values = _values(entry, found) | {"state": state.value, "updated_at": now}
    if existing is not None:
        conn.execute(_UPDATE_REPORT, {"report_key": existing.id, **values})
        return int(existing.id)
    result = conn.execute(
        _INSERT_REPORT, {"entry_id": entry.id, "note": "", "created_at": now, **values}
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


# Built once, given their values at execution (the SET clause follows the keys given).
_FIND_REPORT = sa.select(jobloss_reports.c.id, jobloss_reports.c.state).where(
    jobloss_reports.c.entry_id == sa.bindparam("entry")
)
_UPDATE_REPORT = jobloss_reports.update().where(jobloss_reports.c.id == sa.bindparam("report_key"))
_INSERT_REPORT = jobloss_reports.insert()


def entries_with_reports(conn: sa.Connection, entry_ids: Sequence[int]) -> set[int]:
    """Which of these entries already have a report (to refresh or retract)."""
    if not entry_ids:
        return set()
    query = sa.select(jobloss_reports.c.entry_id).where(
        jobloss_reports.c.entry_id.in_(list(entry_ids))
    )
    return {int(row.entry_id) for row in conn.execute(query)}


def _stored(row: Any) -> StoredReport:
    jobs = (
        JobCount(row.jobs, Qualifier(row.jobs_qualifier or "exact"), row.jobs_text or "")
        if row.jobs is not None
        else None
    )
    announcement = Announcement(
        company=row.company,
        company_id=row.company_id,
        site=row.site,
        country=row.country,
        jobs=jobs,
        jobs_kind=JobsKind(row.jobs_kind),
        type=RestructuringType(row.type),
        announced_on=row.announced_on,
        confidence=row.confidence,
        cues=tuple(row.cues or ()),
        brand=row.brand,
        additional=bool(row.additional),
    )
    report = Report(
        announcement,
        row.url,
        row.source,
        row.title,
        factsheet_id=row.factsheet_id,
        sector=row.sector,
        erm_type=row.erm_type,
    )
    return StoredReport(
        row.id, row.entry_id, report, EvidenceState(row.state), row.created_at, row.note
    )


def list_reports(
    conn: sa.Connection, *, states: Sequence[EvidenceState] | None = None
) -> list[StoredReport]:
    """Reports in the given states (all when None), oldest announcement first."""
    query = sa.select(jobloss_reports).order_by(
        jobloss_reports.c.announced_on, jobloss_reports.c.id
    )
    if states is not None:
        query = query.where(jobloss_reports.c.state.in_([s.value for s in states]))
    return [_stored(row) for row in conn.execute(query)]


def get_report(conn: sa.Connection, report_id: int) -> StoredReport:
    row = conn.execute(sa.select(jobloss_reports).where(jobloss_reports.c.id == report_id)).first()
    if row is None:
        raise NotFoundError(f"no job-loss report r{report_id}; `monitor review` lists them")
    return _stored(row)


def decide_report(
    conn: sa.Connection,
    report_id: int,
    state: EvidenceState,
    *,
    by: str,
    note: str,
    now: dt.datetime,
    expect: EvidenceState | None = None,
) -> StoredReport:
    """A person confirms or rejects a report. `expect`: the state the person saw; when another
    decision came first, ConflictError says so and nothing is written."""
    row = conn.execute(
        sa.select(jobloss_reports.c.state, jobloss_reports.c.decided_by)
        .where(jobloss_reports.c.id == report_id)
        .with_for_update()
    ).first()
    if row is None:
        get_report(conn, report_id)  # raises the usual NotFoundError
    elif expect is not None and row.state != expect.value:
        who = f" by {row.decided_by}" if row.decided_by else ""
        raise ConflictError(
            f"r{report_id} is {row.state} now{who}, no longer {expect.value} as you saw it; "
            "your decision was not recorded: reload the page and decide again if needed"
        )
    conn.execute(
        jobloss_reports.update()
        .where(jobloss_reports.c.id == report_id)
        .values(state=state.value, decided_by=by, decided_at=now, note=note, updated_at=now)
    )
    return get_report(conn, report_id)


ERM_SOURCE = "eurofound-erm"
_ERM_FALLBACK = {
    ErmType.BANKRUPTCY_CLOSURE: RestructuringType.BANKRUPTCY,
    ErmType.OTHER: RestructuringType.INTERNAL_RESTRUCTURING,
}
_CREATING = (ErmType.BUSINESS_EXPANSION, ErmType.RESHORING)


def factsheet_announcement(record: ErmRecord) -> Announcement:
    """A factsheet read as an announcement: Eurofound's company, country, figure and type."""
    kind = record.jobs_kind or ("creation" if record.type in _CREATING else "loss")
    restructuring = _ERM_FALLBACK.get(record.type) or RestructuringType.from_erm_label(
        record.type.value
    )
    return Announcement(
        company=record.company,
        company_id=None,
        site=record.unit,
        country=record.country,
        jobs=JobCount(record.jobs, Qualifier.EXACT, str(record.jobs)) if record.jobs else None,
        jobs_kind=JobsKind(kind),
        type=restructuring,
        announced_on=record.announced_on,
        confidence=1.0,
        cues=(f"source:{ERM_SOURCE}",),
    )


def _factsheet_values(record: ErmRecord) -> dict[str, Any]:
    found = factsheet_announcement(record)
    return {
        "url": record.url,
        "title": citation(record),
        "source": ERM_SOURCE,
        "company": found.company,
        "company_id": None,
        "brand": None,
        "site": found.site,
        "country": found.country,
        "jobs": record.jobs,
        "jobs_qualifier": Qualifier.EXACT.value if record.jobs else None,
        "jobs_text": str(record.jobs) if record.jobs else None,
        "jobs_kind": found.jobs_kind.value,
        "type": found.type.value,
        "announced_on": record.announced_on,
        "confidence": 1.0,
        "cues": list(found.cues),
        "sector": record.sector,
        "erm_type": record.type.value,
        "additional": False,
    }


def save_factsheet_reports(
    conn: sa.Connection, records: Sequence[ErmRecord], now: dt.datetime
) -> int:
    """Give each factsheet its report (new, or refreshed when Eurofound changed it); a person's
    rejection of one is kept. Returns how many reports were written."""
    if not records:
        return 0
    ids = [r.factsheet_id for r in records]
    stored = {
        row.factsheet_id: row
        for row in conn.execute(
            sa.select(
                jobloss_reports.c.id, jobloss_reports.c.factsheet_id, jobloss_reports.c.state
            ).where(jobloss_reports.c.factsheet_id.in_(ids))
        )
    }
    inserts = []
    for record in records:
        values = _factsheet_values(record)
        old = stored.get(record.factsheet_id)
        if old is None:
            inserts.append(
                values
                | {
                    "factsheet_id": record.factsheet_id,
                    "state": EvidenceState.AUTO.value,
                    "note": "",
                    "created_at": now,
                    "updated_at": now,
                }
            )
        elif old.state not in ("confirmed", "rejected"):
            conn.execute(
                jobloss_reports.update()
                .where(jobloss_reports.c.id == old.id)
                .values(**values, updated_at=now)
            )
    if inserts:
        conn.execute(jobloss_reports.insert(), inserts)
    return len(records)
