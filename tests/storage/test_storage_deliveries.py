"""Logging status changes after a poll reads only each milestone's first accepted delivery.

`Monitor._evaluate_in` used to read all the evidence found so far for the milestones a new
delivery touched, on every poll of every source; it now reads one row per milestone
(`first_deliveries`). These tests hold it to the full evaluation: same statuses, same events.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from monitor.app import Monitor
from monitor.storage import evidence as evidence_store
from monitor.storage import evidence_decisions as decisions_store
from monitor.storage import milestones as milestone_store
from timeline.model import EvidenceKind, EvidenceState
from timeline.status import evaluate_all

KINDS = list(EvidenceKind)
STATES = [EvidenceState.AUTO, EvidenceState.PENDING]


@pytest.mark.parametrize("seed", range(6))
def test_first_deliveries_give_the_statuses_all_the_evidence_gives(app: Monitor, seed: int) -> None:
    rng = random.Random(seed)
    chosen = [m.id for m in app.milestones()[:6]]
    at = dt.date(2025, 9, 1)
    with app.db.write() as conn:
        for n in range(60):
            evidence_id, _ = evidence_store.save_found(
                conn,
                milestone_id=rng.choice(chosen),
                entry_id=None,  # type: ignore[arg-type]
                url=f"https://news.example.org/{n}",
                title=f"item {n}",
                published=dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(400)),
                kind=rng.choice(KINDS),
                confidence=0.9,
                state=rng.choice(STATES),
                terms=[],
                explanation="",
                now=dt.datetime(2025, 9, 1),
            )
            if rng.random() < 0.2:
                decided = rng.choice([EvidenceState.CONFIRMED, EvidenceState.REJECTED])
                decisions_store.decide(
                    conn, evidence_id, decided, by="t", note="", now=dt.datetime(2025, 9, 1)
                )
    with app.db.read() as conn:
        milestones = milestone_store.load_milestones(conn, ids=chosen)
        everything = evidence_store.list_evidence(conn, chosen)
        first = evidence_store.first_deliveries(conn, chosen, at)
    full = evaluate_all(milestones, everything, at)
    fast = evaluate_all(milestones, first, at)
    assert [(s.milestone.id, s.status, s.delivery) for s in fast] == [
        (s.milestone.id, s.status, s.delivery) for s in full
    ]
    assert len(first) <= len(chosen)


def test_load_milestones_of_some_ids_keeps_plan_order(app: Monitor) -> None:
    every = app.milestones()
    wanted = {every[5].id, every[1].id, every[3].id}
    with app.db.read() as conn:
        some = milestone_store.load_milestones(conn, ids=wanted)
    assert [m.id for m in some] == [m.id for m in every if m.id in wanted]
