"""Status rules, driven with plain values: no database, no clock."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import DeliverableKind, Evidence, EvidenceKind, EvidenceState, Milestone
from timeline.periods import parse_period
from timeline.status import Status, StatusEvent, evaluate, status_changes, transitions

D = dt.date.fromisoformat


def milestone(period: str = "T2 2025", milestone_id: str = "eurovignette") -> Milestone:
    return Milestone(
        id=milestone_id,
        plan="p",
        pillar="clean-mobility",
        title="Eurovignette amendment",
        title_fr="",
        period_text=period,
        period=parse_period(period) if period else None,
        kind=DeliverableKind.LEGISLATIVE_PROPOSAL,
        actor="European Commission",
        source="",
    )


def evidence(
    published: str,
    *,
    kind: EvidenceKind = EvidenceKind.DELIVERED,
    state: EvidenceState = EvidenceState.CONFIRMED,
    evidence_id: int = 1,
) -> Evidence:
    return Evidence(
        evidence_id,
        "eurovignette",
        f"https://example.org/{evidence_id}",
        "t",
        D(published),
        kind,
        0.9,
        state,
    )


@pytest.mark.parametrize(
    ("at", "status", "days"),
    [
        ("2025-04-01", Status.UPCOMING, 90),
        ("2025-05-30", Status.UPCOMING, 31),
        ("2025-05-31", Status.DUE_SOON, 30),
        ("2025-06-30", Status.DUE_SOON, 0),
        ("2025-07-01", Status.MISSED, -1),
        ("2026-01-01", Status.MISSED, -185),
    ],
)
def test_dated_milestone_without_delivery(at: str, status: Status, days: int) -> None:
    result = evaluate(milestone(), [], D(at))
    assert (result.status, result.days) == (status, days)


def test_due_soon_window_is_configurable() -> None:
    assert evaluate(milestone(), [], D("2025-05-20"), due_soon_days=45).status is Status.DUE_SOON
    assert evaluate(milestone(), [], D("2025-06-20"), due_soon_days=0).status is Status.UPCOMING


def test_delivery_by_the_deadline_is_on_time_from_its_date_on() -> None:
    found = [evidence("2025-06-27")]
    assert evaluate(milestone(), found, D("2025-06-26")).status is Status.DUE_SOON
    on_time = evaluate(milestone(), found, D("2025-06-27"))
    assert on_time.status is Status.DELIVERED_ON_TIME
    assert on_time.delivered_on == D("2025-06-27")
    assert evaluate(milestone(), found, D("2030-01-01")).status is Status.DELIVERED_ON_TIME


def test_delivery_after_the_deadline_is_late() -> None:
    result = evaluate(milestone(), [evidence("2025-09-10")], D("2025-10-01"))
    assert result.status is Status.DELIVERED_LATE
    assert result.delivered_on == D("2025-09-10")


def test_earliest_accepted_delivery_counts() -> None:
    found = [evidence("2025-08-01", evidence_id=2), evidence("2025-06-02", evidence_id=3)]
    result = evaluate(milestone(), found, D("2025-09-01"))
    assert result.delivery is not None
    assert result.delivery.id == 3


@pytest.mark.parametrize("state", [EvidenceState.PENDING, EvidenceState.REJECTED])
def test_unaccepted_evidence_does_not_deliver(state: EvidenceState) -> None:
    result = evaluate(milestone(), [evidence("2025-06-10", state=state)], D("2025-07-01"))
    assert result.status is Status.MISSED


def test_automatically_accepted_evidence_delivers() -> None:
    found = [evidence("2025-06-10", state=EvidenceState.AUTO)]
    assert evaluate(milestone(), found, D("2025-07-01")).status is Status.DELIVERED_ON_TIME


@pytest.mark.parametrize("kind", [EvidenceKind.PROGRESS, EvidenceKind.MENTION])
def test_progress_and_mentions_are_shown_but_do_not_deliver(kind: EvidenceKind) -> None:
    result = evaluate(milestone(), [evidence("2025-06-10", kind=kind)], D("2025-07-01"))
    assert result.status is Status.MISSED
    assert len(result.evidence) == 1


def test_rejected_evidence_is_not_listed() -> None:
    found = [evidence("2025-06-10", state=EvidenceState.REJECTED)]
    assert evaluate(milestone(), found, D("2025-07-01")).evidence == ()


def test_undated_milestone_is_open_until_delivered_and_never_missed() -> None:
    undated = milestone(period="")
    assert evaluate(undated, [], D("2040-01-01")).status is Status.OPEN
    delivered = evaluate(undated, [evidence("2025-04-01")], D("2025-04-01"))
    assert (delivered.status, delivered.days) == (Status.DELIVERED, None)


def test_status_change_of_a_missed_milestone_dates_from_the_day_after_the_deadline() -> None:
    current = evaluate(milestone(), [], D("2025-11-22"))
    event = status_changes(Status.DUE_SOON, current)
    assert event == StatusEvent("eurovignette", Status.DUE_SOON, Status.MISSED, D("2025-07-01"))
    assert status_changes(Status.MISSED, current) is None


def test_status_change_of_a_delivery_cites_its_evidence() -> None:
    current = evaluate(milestone(), [evidence("2025-06-27", evidence_id=7)], D("2025-07-03"))
    event = status_changes(Status.DUE_SOON, current)
    assert event is not None
    assert (event.to_status, event.on, event.evidence_id) == (
        Status.DELIVERED_ON_TIME,
        D("2025-06-27"),
        7,
    )


def test_transitions_give_the_exact_history_between_two_dates() -> None:
    found = [evidence("2025-09-10", evidence_id=4)]
    events = transitions(milestone(), found, D("2025-01-01"), D("2025-12-31"))
    assert [(e.from_status, e.to_status, e.on) for e in events] == [
        (Status.UPCOMING, Status.DUE_SOON, D("2025-05-31")),
        (Status.DUE_SOON, Status.MISSED, D("2025-07-01")),
        (Status.MISSED, Status.DELIVERED_LATE, D("2025-09-10")),
    ]
    assert events[-1].evidence_id == 4
    assert transitions(milestone(), found, D("2025-12-31"), D("2025-01-01")) == []
