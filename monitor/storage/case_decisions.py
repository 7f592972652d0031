"""People's decisions on job-loss cases: split reports off into a case of their own, or merge
cases. Stored apart from the reports, so a rematch (which refreshes reports) never undoes them;
cases are rebuilt on every read with every decision applied, oldest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from monitor.storage.schema import case_decisions

Action = Literal["split", "merge"]


@dataclass(frozen=True, slots=True)
class CaseDecision:
    """Split: these reports form a case of their own. Merge: the cases holding them are one."""

    id: int
    action: Action
    report_ids: tuple[int, ...]
    decided_by: str
    decided_at: dt.datetime
    note: str = ""


def record_decision(
    conn: sa.Connection,
    action: Action,
    report_ids: Sequence[int],
    *,
    by: str,
    note: str,
    now: dt.datetime,
) -> CaseDecision:
    """Store a decision, with who took it, when and why."""
    ids = sorted(set(report_ids))
    result = conn.execute(
        case_decisions.insert().values(
            action=action, report_ids=ids, decided_by=by, decided_at=now, note=note
        )
    )
    return CaseDecision(
        int(result.inserted_primary_key[0]),  # type: ignore[index]
        action,
        tuple(ids),
        by,
        now,
        note,
    )


def list_decisions(conn: sa.Connection) -> list[CaseDecision]:
    """Every decision, oldest first (the order they are applied in)."""
    rows = conn.execute(sa.select(case_decisions).order_by(case_decisions.c.id))
    return [
        CaseDecision(
            int(row.id),
            "split" if row.action == "split" else "merge",
            tuple(int(i) for i in row.report_ids),
            row.decided_by,
            row.decided_at,
            row.note,
        )
        for row in rows
    ]
