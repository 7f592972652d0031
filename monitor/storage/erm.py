"""Eurofound restructuring factsheets, keyed by their stable factsheet number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from monitor.model.factsheets import ErmRecord
from monitor.storage.joblosses import save_factsheet_reports
from monitor.storage.schema import erm_factsheets, jobloss_reports

BATCH = 1000


@dataclass(frozen=True, slots=True)
class ImportCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0


def _row(record: ErmRecord, now: dt.datetime) -> dict[str, object]:
    return {
        "factsheet_id": record.factsheet_id,
        "announced_on": record.announced_on,
        "country": record.country,
        "country_label": record.country_label,
        "company": record.company,
        "group_name": record.group,
        "region": record.region,
        "unit": record.unit,
        "sector": record.sector,
        "nace": record.nace,
        "type": record.type.value,
        "jobs": record.jobs,
        "jobs_kind": record.jobs_kind,
        "employment_before": record.employment_before,
        "effect_start": record.effect_start,
        "effect_end": record.effect_end,
        "sources": list(record.sources),
        "url": record.url,
        "imported_at": now,
    }


_COMPARED = ("announced_on", "country", "company", "type", "jobs", "jobs_kind", "unit", "sector")


def upsert_factsheets(
    conn: sa.Connection, records: Iterable[ErmRecord], now: dt.datetime
) -> ImportCounts:
    """Insert new factsheets and update changed ones, in batches (the export has ~33k rows).

    Each factsheet also gets its job-loss report, so it is a case like any other (listed,
    summarised, reported, digested); factsheets stored before that have theirs added."""
    new = updated = unchanged = 0
    batch: dict[int, ErmRecord] = {}  # a factsheet listed twice: the later row wins

    def flush() -> None:
        nonlocal new, updated, unchanged
        ids = list(batch)
        stored = {
            row.factsheet_id: row
            for row in conn.execute(
                sa.select(erm_factsheets).where(erm_factsheets.c.factsheet_id.in_(ids))
            )
        }
        inserts = []
        with_report = {
            int(row.factsheet_id)
            for row in conn.execute(
                sa.select(jobloss_reports.c.factsheet_id).where(
                    jobloss_reports.c.factsheet_id.in_(ids)
                )
            )
        }
        reported = [r for r in batch.values() if r.factsheet_id not in with_report]
        for record in batch.values():
            row = _row(record, now)
            old = stored.get(record.factsheet_id)
            if old is None:
                inserts.append(row)
                new += 1
            elif any(getattr(old, k) != row[k] for k in _COMPARED):
                conn.execute(
                    erm_factsheets.update()
                    .where(erm_factsheets.c.factsheet_id == record.factsheet_id)
                    .values(**row)
                )
                updated += 1
                if record.factsheet_id in with_report:
                    reported.append(record)
            else:
                unchanged += 1
        if inserts:
            conn.execute(erm_factsheets.insert(), inserts)
        save_factsheet_reports(conn, reported, now)
        batch.clear()

    for record in records:
        batch[record.factsheet_id] = record
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return ImportCounts(new, updated, unchanged)


def count_factsheets(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(erm_factsheets)).scalar_one())
