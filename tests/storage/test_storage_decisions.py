"""People's decisions through the Monitor, as the CLI and the review desk take them: who
decided, the state the person saw (one of two people wins, the other is told, nothing is
written for them), and one status event however many people decide at once."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from monitor import faults
from monitor.app import Monitor
from monitor.errors import ConflictError
from timeline.model import EvidenceKind, EvidenceState

from desk_support import MILESTONE, add_evidence, add_report


def test_a_decision_records_who_took_it(app: Monitor) -> None:
    number = add_evidence(app)
    app.decide(number, EvidenceState.CONFIRMED, by="Alice Martin", note="checked")
    (logged,) = app.evidence_details(number).decisions
    assert (logged.by, logged.note) == ("Alice Martin", "checked")


def test_without_a_name_the_login_name_decides_as_before(app: Monitor) -> None:
    import getpass

    number = add_evidence(app)
    app.decide(number, EvidenceState.REJECTED)
    assert app.evidence_details(number).evidence.decided_by == getpass.getuser()


def test_a_decision_on_evidence_someone_else_decided_is_refused_and_writes_nothing(
    app: Monitor,
) -> None:
    number = add_evidence(app)
    app.decide(number, EvidenceState.CONFIRMED, by="alice", expect=EvidenceState.PENDING)
    with pytest.raises(ConflictError, match=rf"e{number} is confirmed now by alice"):
        app.decide(number, EvidenceState.REJECTED, by="bob", expect=EvidenceState.PENDING)
    with pytest.raises(ConflictError):
        app.assign(number, "co2-standards-review", by="bob", expect=EvidenceState.PENDING)
    details = app.evidence_details(number)
    assert details.evidence.state is EvidenceState.CONFIRMED
    assert [d.by for d in details.decisions] == ["alice"]
    assert [h.event.to_status.value for h in app.history(MILESTONE)] == ["delivered_on_time"]


def test_an_assignment_checks_what_the_person_saw(app: Monitor) -> None:
    number = add_evidence(app, state=EvidenceState.CANDIDATE)
    decision = app.assign(
        number, MILESTONE, kind=EvidenceKind.DELIVERED, by="alice", expect=EvidenceState.CANDIDATE
    )
    assert decision.evidence.decided_by == "alice"


def test_a_report_someone_else_decided_is_refused(app: Monitor) -> None:
    report = add_report(app)
    app.decide_report(report, EvidenceState.REJECTED, by="alice", expect=EvidenceState.PENDING)
    with pytest.raises(ConflictError, match=rf"r{report} is rejected now by alice"):
        app.decide_report(report, EvidenceState.CONFIRMED, by="bob", expect=EvidenceState.PENDING)


def test_a_source_switched_off_says_by_whom(app: Monitor) -> None:
    name = app.sources()[0].name
    assert app.set_source_enabled(name, False, by="alice").disabled_reason == "disabled by alice"
    assert app.set_source_enabled(name, False).disabled_reason == "disabled by a person"


@pytest.fixture
def postgres_only(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("on SQLite one writer at a time: the two decisions cannot overlap")


def test_two_people_confirming_two_deliveries_of_one_milestone_log_one_status_event(
    app: Monitor, postgres_only: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = add_evidence(app)
    second = add_evidence(app, url="https://ec.europa.eu/other-page")
    reached, release = threading.Event(), threading.Event()
    pausing: list[threading.Thread] = []

    def point(name: str) -> None:
        if name == "events.logged" and threading.current_thread() in pausing:
            reached.set()
            release.wait(timeout=60)

    monkeypatch.setattr(faults, "point", point)
    alice = threading.Thread(
        target=app.decide, args=(first, EvidenceState.CONFIRMED), kwargs={"by": "alice"}
    )
    bob = threading.Thread(
        target=app.decide, args=(second, EvidenceState.CONFIRMED), kwargs={"by": "bob"}
    )
    pausing.append(alice)
    alice.start()
    assert reached.wait(timeout=60)  # alice's events are written, not committed
    bob.start()
    while bob.is_alive() and not _someone_waits_for_a_lock(app):
        bob.join(timeout=0.05)  # bob either finishes (no lock) or waits for alice
    release.set()
    alice.join(timeout=60)
    bob.join(timeout=60)
    events = [h.event for h in app.history(MILESTONE)]
    assert [e.to_status.value for e in events] == ["delivered_on_time"]


def _someone_waits_for_a_lock(app: Monitor) -> bool:
    with app.db.read() as conn:
        query = sa.text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()"
        )
        return bool(conn.execute(query).scalar())
