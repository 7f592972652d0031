"""The facade's part for people's decisions on evidence: record, confirm, reject, assign.

A mixin of `monitor.app.Monitor`. Each decision is stored and its milestones' status events
are logged in one transaction; immediate channels hear of them once it is committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor import clock, faults
from monitor.facade.people import who
from monitor.storage import Database
from monitor.storage import evidence as evidence_store
from timeline.model import Evidence, EvidenceKind, EvidenceState, Milestone
from timeline.status import StatusEvent

if TYPE_CHECKING:
    from collections.abc import Collection

    import sqlalchemy as sa


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of a person's action: the evidence as stored and its milestone's events."""

    evidence: Evidence
    events: tuple[StatusEvent, ...]


class DecisionDesk:
    """What a person decides about evidence, with the status events that follow."""

    db: Database

    if TYPE_CHECKING:  # provided by Monitor

        def milestone(self, milestone_id: str) -> Milestone: ...

        def deliver_now(self) -> None: ...

        def _register_channels(self) -> None: ...

        def _evaluate_in(
            self, conn: sa.Connection, reason: str, only: Collection[str] | None = None
        ) -> list[StatusEvent]: ...

    def record_delivery(
        self,
        milestone_id: str,
        *,
        url: str,
        delivered_on: dt.date,
        title: str = "",
        note: str = "",
        by: str | None = None,
    ) -> Decision:
        """A person records a delivery; its status event is logged at once. `by`: who (the
        login name by default, as for every decision)."""
        from monitor.storage import evidence_decisions as decisions_store

        milestone = self.milestone(milestone_id)

        def record(conn: sa.Connection) -> tuple[Evidence, set[str]]:
            stored = decisions_store.record_delivery(
                conn,
                milestone_id=milestone.id,
                url=url,
                delivered_on=delivered_on,
                title=title,
                note=note,
                by=by or who(),
                now=clock.now(),
            )
            return stored, {milestone.id}

        return self._decided(record)

    def decide(
        self,
        evidence_id: int,
        state: EvidenceState,
        *,
        note: str = "",
        by: str | None = None,
        expect: EvidenceState | None = None,
    ) -> Decision:
        """A person confirms or rejects evidence; status events follow at once.

        `expect`: the state the person saw; if someone decided first, ConflictError and
        nothing changes (the review desk passes it, so two people never both win)."""

        from monitor.storage import evidence_decisions as decisions_store

        def decide(conn: sa.Connection) -> tuple[Evidence, set[str]]:
            stored = decisions_store.decide(
                conn, evidence_id, state, by=by or who(), note=note, now=clock.now(), expect=expect
            )
            return stored, {stored.milestone_id}

        return self._decided(decide)

    def assign(
        self,
        evidence_id: int,
        milestone_id: str,
        *,
        kind: EvidenceKind = EvidenceKind.DELIVERED,
        note: str = "",
        by: str | None = None,
        expect: EvidenceState | None = None,
    ) -> Decision:
        """A person says evidence (or a candidate) is `kind` evidence of `milestone_id`;
        both milestones' statuses follow at once. `by`, `expect`: as for `decide`."""
        from monitor.storage import evidence_decisions as decisions_store

        milestone = self.milestone(milestone_id)

        def assign(conn: sa.Connection) -> tuple[Evidence, set[str]]:
            before = evidence_store.get_evidence(conn, evidence_id)
            stored = decisions_store.assign(
                conn,
                evidence_id,
                milestone.id,
                kind,
                by=by or who(),
                note=note,
                now=clock.now(),
                expect=expect,
            )
            return stored, {milestone.id, before.milestone_id}

        return self._decided(assign)

    def _decided(self, act: Callable[[sa.Connection], tuple[Evidence, set[str]]]) -> Decision:
        """A person's decision: `act` stores it and names the milestones it touches, whose
        status events are logged in the same transaction; immediate channels hear of them
        once it is committed."""
        self._register_channels()
        with self.db.write() as conn:
            stored, touched = act(conn)
            faults.point("decision.stored")
            changes = self._evaluate_in(conn, "decision", touched)
        faults.point("decision.committed")
        if changes:
            self.deliver_now()
        return Decision(stored, tuple(changes))
