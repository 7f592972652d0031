"""Deciding from the desk: one Monitor call per action, recorded under the person's name; two
people on the same evidence, one wins and the other is told; a busy database loses nothing."""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from monitor.app import Monitor
from monitor.desk import actions
from monitor.desk.application import create_app
from monitor.storage import Database
from monitor.storage import engine as storage_engine
from monitor.storage.schema import evidence_decisions
from timeline.model import EvidenceState

from desk_support import (
    MILESTONE,
    add_evidence,
    add_report,
    csrf_of,
    desk_settings,
    import_factsheets,
)


def decide(
    client: FlaskClient, ref: str, decision: str, *, seen: str = "pending", note: str = ""
) -> object:
    page = client.get("/review").get_data(True)
    kind = "reports" if ref.startswith("r") else "evidence"
    return client.post(
        f"/review/{kind}/{ref[1:]}/decide",
        data={"csrf_token": csrf_of(page), "decision": decision, "seen": seen, "note": note},
    )


def status_of(client: FlaskClient, milestone: str) -> str:
    page = client.get("/").get_data(True)
    found = re.search(rf'data-milestone="{milestone}" data-status="([^"]+)"', page)
    assert found
    return found.group(1)


def test_confirming_a_delivery_changes_the_milestone_on_the_timeline(
    client: FlaskClient, app: Monitor
) -> None:
    number = add_evidence(app)
    assert status_of(client, MILESTONE) == "missed"
    answer = decide(client, f"e{number}", "confirm", note="the Commission's own page")
    assert answer.status_code == 302
    said = client.get("/review").get_data(True)
    assert f"Confirmed e{number}. {MILESTONE} is now delivered on time." in said
    assert status_of(client, MILESTONE) == "delivered_on_time"
    details = app.evidence_details(number)
    assert details.evidence.state is EvidenceState.CONFIRMED
    (logged,) = details.decisions
    assert (logged.by, logged.from_state, logged.to_state) == ("tester", "pending", "confirmed")
    assert logged.note == "the Commission's own page"


def test_rejecting_keeps_the_note_and_the_evidence_never_counts(
    client: FlaskClient, app: Monitor
) -> None:
    number = add_evidence(app)
    assert (
        decide(client, f"e{number}", "reject", note="a draft, not the proposal").status_code == 302
    )
    found = app.evidence_details(number).evidence
    assert found.state is EvidenceState.REJECTED
    assert found.note == "a draft, not the proposal"
    assert status_of(client, MILESTONE) == "missed"


def test_assigning_a_candidate_makes_it_confirmed_evidence_of_the_milestone(
    client: FlaskClient, app: Monitor
) -> None:
    candidate = add_evidence(
        app,
        milestone=MILESTONE,
        url="https://ec.europa.eu/tolls-proposal",
        state=EvidenceState.CANDIDATE,
        signals=(f"closest: {MILESTONE} (0.5)",),
    )
    page = client.get("/review").get_data(True)
    answer = client.post(
        f"/review/evidence/{candidate}/assign",
        data={
            "csrf_token": csrf_of(page),
            "milestone": MILESTONE,
            "kind": "delivered",
            "seen": "candidate",
            "note": "it is the proposal",
        },
    )
    assert answer.status_code == 302
    (status,) = app.statuses(milestones=[app.milestone(MILESTONE)])
    assert status.status.value == "delivered_on_time"
    assert status.delivery is not None
    assert status.delivery.decided_by == "tester"


def test_reports_are_confirmed_and_rejected_from_the_queue(
    client: FlaskClient, app: Monitor
) -> None:
    first = add_report(app)
    second = add_report(app, url="https://news.example.org/other", company="Bosch")
    assert decide(client, f"r{first}", "confirm").status_code == 302
    assert decide(client, f"r{second}", "reject", note="an old story").status_code == 302
    states = {r.id: r.state for r in app.cases() for r in []}  # cases hold accepted ones only
    assert not states
    assert [v.case.company for v in app.cases()] == ["Volkswagen"]
    assert app.cases()[0].confirmed


def test_the_second_of_two_people_deciding_the_same_evidence_is_told_and_nothing_changes(
    app: Monitor, desk: Flask
) -> None:
    number = add_evidence(app)
    alice, bob = desk.test_client(), desk.test_client()
    alice_page, bob_page = alice.get("/review").get_data(True), bob.get("/review").get_data(True)
    form = {"seen": "pending", "note": ""}
    won = alice.post(
        f"/review/evidence/{number}/decide",
        data={**form, "decision": "confirm", "csrf_token": csrf_of(alice_page)},
    )
    lost = bob.post(
        f"/review/evidence/{number}/decide",
        data={**form, "decision": "reject", "csrf_token": csrf_of(bob_page)},
    )
    assert won.status_code == 302
    assert lost.status_code == 409
    assert f"e{number} is confirmed now by tester" in lost.get_data(True)
    assert "your decision was not recorded" in lost.get_data(True)
    assert app.evidence_details(number).evidence.state is EvidenceState.CONFIRMED
    assert len(app.evidence_details(number).decisions) == 1


def test_two_people_deciding_at_the_same_moment_one_wins_and_nothing_is_half_written(
    app: Monitor, desk: Flask
) -> None:
    number = add_evidence(app)
    clients = [desk.test_client(), desk.test_client()]
    tokens = [csrf_of(c.get("/review").get_data(True)) for c in clients]
    start = threading.Barrier(2)
    answers: list[int] = []

    def take(client: FlaskClient, token: str, decision: str) -> None:
        start.wait(timeout=30)
        answer = client.post(
            f"/review/evidence/{number}/decide",
            data={"csrf_token": token, "decision": decision, "seen": "pending"},
        )
        answers.append(answer.status_code)

    threads = [
        threading.Thread(target=take, args=(c, t, d))
        for c, t, d in zip(clients, tokens, ("confirm", "reject"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(answers) == [302, 409]
    details = app.evidence_details(number)
    (logged,) = details.decisions
    assert details.evidence.state.value == logged.to_state
    with app.db.read() as conn:
        assert (
            conn.execute(sa.select(sa.func.count()).select_from(evidence_decisions)).scalar() == 1
        )


@pytest.fixture
def sqlite_only(database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("the write lock another process holds is SQLite's")


def hold_write_lock(url: str) -> sqlite3.Connection:
    """Another process's write transaction (what a poll holds while it stores a source)."""
    holder = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE sources SET title = title")
    return holder


@pytest.fixture
def impatient(
    app: Monitor, database_url: str, monkeypatch: pytest.MonkeyPatch, sqlite_only: None
) -> Flask:
    """The desk on a database handle that waits 50 ms for a lock instead of 10 s."""
    monkeypatch.setattr(storage_engine, "SQLITE_BUSY_TIMEOUT_MS", 50)
    quick = Monitor(app.config, database=Database(database_url))
    return create_app(quick, desk_settings())


def test_a_decision_waits_for_a_busy_database_and_is_tried_again_never_lost(
    app: Monitor, impatient: Flask, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = add_evidence(app)
    client = impatient.test_client()
    token = csrf_of(client.get("/review").get_data(True))
    holder = hold_write_lock(database_url)
    retries: list[int] = []

    def release(attempt: int) -> None:  # the poll commits while the desk waits to try again
        retries.append(attempt)
        holder.execute("COMMIT")

    monkeypatch.setattr(actions, "on_retry", release)
    answer = client.post(
        f"/review/evidence/{number}/decide",
        data={"csrf_token": token, "decision": "confirm", "seen": "pending"},
    )
    assert answer.status_code == 302
    assert retries == [1]
    assert app.evidence_details(number).evidence.state is EvidenceState.CONFIRMED
    holder.close()


def test_a_database_busy_through_every_try_says_the_decision_was_not_recorded(
    app: Monitor, impatient: Flask, database_url: str
) -> None:
    number = add_evidence(app)
    client = impatient.test_client()
    token = csrf_of(client.get("/review").get_data(True))
    holder = hold_write_lock(database_url)
    try:
        answer = client.post(
            f"/review/evidence/{number}/decide",
            data={"csrf_token": token, "decision": "confirm", "seen": "pending"},
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert answer.status_code == 503
    assert "your decision was not recorded: try again" in answer.get_data(True)
    assert app.evidence_details(number).evidence.state is EvidenceState.PENDING
    assert app.evidence_details(number).decisions == ()


def test_pages_answer_while_a_poll_holds_the_write_lock(
    app: Monitor, impatient: Flask, database_url: str
) -> None:
    """SQLite in WAL mode: readers never wait for the writer."""
    client = impatient.test_client()
    holder = hold_write_lock(database_url)
    try:
        for path in ("/", "/review", f"/milestones/{MILESTONE}", "/cases", "/sources", "/digests"):
            assert client.get(path).status_code == 200, path
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_cases_are_merged_from_the_case_page(client: FlaskClient, app: Monitor) -> None:
    import_factsheets(app)
    before = app.cases()
    first, second = before[0], before[1]
    page = client.get(f"/cases/{first.id}").get_data(True)
    merged = client.post(
        f"/cases/{first.id}/merge",
        data={"csrf_token": csrf_of(page), "other": second.id, "note": "one plan"},
    )
    assert merged.status_code == 302
    (together,) = [v for v in app.cases() if first.report_ids[0] in v.report_ids]
    assert set(second.report_ids) <= set(together.report_ids)
    assert len(app.cases()) == len(before) - 1
    assert f"Merged {first.id} with {second.id}." in client.get(f"/cases/{together.id}").get_data(
        True
    )


def test_reports_are_split_off_a_case_from_its_page(client: FlaskClient, app: Monitor) -> None:
    add_report(app, state=EvidenceState.AUTO)
    later = add_report(app, state=EvidenceState.AUTO, url="https://news.example.org/vw-again")
    (case,) = app.cases()
    assert len(case.report_ids) == 2
    page = client.get(f"/cases/{case.id}").get_data(True)
    split = client.post(
        f"/cases/{case.id}/split",
        data={"csrf_token": csrf_of(page), "reports": f"r{later}", "note": "another plant"},
    )
    assert split.status_code == 302
    assert sorted(v.report_ids for v in app.cases()) == [(case.report_ids[0],), (later,)]


def test_a_source_is_switched_off_and_on_under_the_name_of_who_did_it(
    client: FlaskClient, app: Monitor
) -> None:
    name = app.sources()[0].name
    token = csrf_of(client.get("/sources").get_data(True))
    assert client.post(f"/sources/{name}/disable", data={"csrf_token": token}).status_code == 302
    (source,) = [s for s in app.sources() if s.name == name]
    assert not source.enabled
    assert source.disabled_reason == "disabled by tester"
    assert client.post(f"/sources/{name}/enable", data={"csrf_token": token}).status_code == 302
    assert next(s for s in app.sources() if s.name == name).enabled


def test_a_dead_digest_is_retried_from_the_digests_page(client: FlaskClient, app: Monitor) -> None:
    import datetime as dt

    from alerts.sample import sample_digest
    from monitor.alerting import outbox
    from monitor.alerting.channels_config import DEFAULT_CHANNEL_NAME

    with app.db.write() as conn:
        row = outbox.add(
            conn,
            sample_digest(dt.datetime(2025, 7, 1, tzinfo=dt.UTC), channel=DEFAULT_CHANNEL_NAME),
            subject="Weekly",
            payload="{}",
            now=dt.datetime(2025, 7, 1),
        )
        outbox.kill(conn, row, "550 mailbox unavailable")
    page = client.get("/digests").get_data(True)
    assert "550 mailbox unavailable" in page
    answer = client.post(f"/digests/outbox/{row}/retry", data={"csrf_token": csrf_of(page)})
    assert answer.status_code == 302
    with app.db.read() as conn:
        revived = outbox.find(conn, str(row))
    assert revived.status is outbox.OutboxStatus.PENDING
    assert revived.retried_by == "tester"  # the person signed in, as every desk decision
    assert "retried by tester" in client.get("/digests").get_data(True)


def test_an_unknown_milestone_in_an_assignment_is_refused_with_the_closest_ids(
    client: FlaskClient, app: Monitor
) -> None:
    number = add_evidence(app)
    page = client.get("/review").get_data(True)
    answer = client.post(
        f"/review/evidence/{number}/assign",
        data={
            "csrf_token": csrf_of(page),
            "milestone": "eurovignete",
            "kind": "delivered",
            "seen": "pending",
        },
    )
    assert answer.status_code == 404
    assert MILESTONE in answer.get_data(True)
    assert app.evidence_details(number).evidence.state is EvidenceState.PENDING


def test_an_incomplete_form_changes_nothing(client: FlaskClient, app: Monitor) -> None:
    number = add_evidence(app)
    token = csrf_of(client.get("/review").get_data(True))
    answer = client.post(
        f"/review/evidence/{number}/decide", data={"csrf_token": token, "decision": "approve"}
    )
    assert answer.status_code == 400
    assert "nothing was changed" in answer.get_data(True)
    assert app.evidence_details(number).evidence.state is EvidenceState.PENDING


def test_evidence_is_confirmed_from_its_milestone_page_and_the_page_comes_back(
    client: FlaskClient, app: Monitor
) -> None:
    number = add_evidence(app, state=EvidenceState.AUTO, confidence=0.93)
    page = client.get(f"/milestones/{MILESTONE}").get_data(True)
    answer = client.post(
        f"/review/evidence/{number}/decide",
        data={
            "csrf_token": csrf_of(page),
            "decision": "confirm",
            "seen": "auto",
            "next": f"/milestones/{MILESTONE}",
        },
    )
    assert answer.headers["Location"] == f"/milestones/{MILESTONE}"
    assert "confirmed by tester" in client.get(f"/milestones/{MILESTONE}").get_data(True)


def test_a_person_records_a_delivery_from_the_milestone_page(
    client: FlaskClient, app: Monitor
) -> None:
    page = client.get(f"/milestones/{MILESTONE}").get_data(True)
    form = {
        "csrf_token": csrf_of(page),
        "delivered_on": "2025-06-27",
        "url": "https://eur-lex.europa.eu/proposal",
        "title": "COM(2025) 280",
        "note": "the proposal itself",
    }
    assert client.post(f"/milestones/{MILESTONE}/record", data=form).status_code == 302
    said = client.get(f"/milestones/{MILESTONE}").get_data(True)
    assert f"{MILESTONE} is now delivered on time." in said
    assert "recorded by tester on 2025-07-01" in said
    refused = client.post(
        f"/milestones/{MILESTONE}/record", data={**form, "url": "javascript:alert(1)"}
    )
    assert refused.status_code == 400
    assert "nothing was recorded" in refused.get_data(True)


def test_a_receiver_that_hangs_does_not_hold_the_page_of_a_recorded_delivery(
    tmp_path: Path, database_url: str, frozen_clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The delivery alert goes to an immediate webhook channel from the desk's background
    sender: the page answers while the receiver still holds its answer."""
    from alerting_support import (
        DELIVERED_ID,
        HELD_AT_MOST,
        SECRET_ENV,
        make_config,
        open_monitor,
        webhook_channel,
        webhook_receiver,
    )

    for name, value in SECRET_ENV.items():
        monkeypatch.setenv(name, value)
    with webhook_receiver() as hook:
        monitor = open_monitor(make_config(tmp_path, database_url, [webhook_channel(hook.url)]))
        try:
            monitor.evaluate()
            client = create_app(monitor, desk_settings()).test_client()
            hook.gate = threading.Event()
            page = client.get(f"/milestones/{DELIVERED_ID}").get_data(True)
            form = {
                "csrf_token": csrf_of(page),
                "delivered_on": "2025-06-30",
                "url": "https://example.org/delivered",
                "title": "Delivered",
                "note": "",
            }
            answer = client.post(f"/milestones/{DELIVERED_ID}/record", data=form)
            assert answer.status_code == 302
            assert hook.requests == []  # answered while the receiver's answer is still held
            assert hook.arrived.wait(HELD_AT_MOST)
            hook.gate.set()
            monitor.wait_for_deliveries()
            assert [p["overview"] for p in hook.delivered()] == [True]
            with monitor.db.read() as conn:
                sent = conn.execute(
                    sa.text("SELECT count(*) FROM alert_outbox WHERE status = 'sent'")
                ).scalar()
            assert sent == 1
        finally:
            monitor.close()
