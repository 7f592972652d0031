"""Digests end to end: status events in the database, real SMTP and webhook receivers on
127.0.0.1, the outbox in between. Runs on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import datetime as dt
import getpass
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alerting_support import (
    DEADLINE_ID,
    DELIVERED_ID,
    DELIVERY_URL,
    HELD_AT_MOST,
    SECRET_ENV,
    Inbox,
    email_channel,
    free_port,
    make_config,
    open_monitor,
    parts,
    smtp_server,
    webhook_channel,
    webhook_receiver,
)

from alerts.channels.smtp import message_id
from alerts.digest import CaseItem, Source
from monitor.alerting import (
    AlertsReport,
    OutboxStatus,
    Outcome,
    Result,
    deliver_now,
    outbox,
    outbox_rows,
    run_alerts,
    send_now,
)
from monitor.alerting import state as channel_state
from monitor.alerting.retry import MAX_ATTEMPTS
from monitor.app import Monitor

# The conftest's FrozenClock: set(), current.
Clock = Any


@pytest.fixture
def make_monitor(tmp_path: Path, database_url: str, frozen_clock: Clock) -> Iterator[Any]:
    opened: list[Monitor] = []

    def make(channels: Sequence[Mapping[str, Any]], **plan: str) -> Monitor:
        monitor = open_monitor(make_config(tmp_path, database_url, channels, **plan))
        opened.append(monitor)
        return monitor

    yield make
    for monitor in opened:
        monitor.close()


def baseline(monitor: Monitor, clock: Clock) -> None:
    """1 July 2025: both milestones upcoming; each channel's first digest, an overview of where
    things stand, goes out, and news is counted from here."""
    clock.set("2025-07-01T09:00:00")
    monitor.evaluate()
    run_alerts(monitor, env=SECRET_ENV)


def news(monitor: Monitor, clock: Clock) -> None:
    """2 October: the September deadline has passed, and a person records a delivery."""
    clock.set("2025-10-02T09:00:00")
    monitor.evaluate()
    monitor.record_delivery(
        DELIVERED_ID,
        url=DELIVERY_URL,
        delivered_on=dt.date(2025, 10, 1),
        title="Skills academy opens its doors",
    )


def later(clock: Clock, **delta: float) -> None:
    clock.current = clock.current + dt.timedelta(**delta)


def results(report: AlertsReport) -> list[Result]:
    return [a.result for a in report.attempts]


def test_missed_and_delivered_milestones_reach_email_and_webhook_once(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    inbox, port = Inbox(), free_port()
    with smtp_server(port, inbox), webhook_receiver() as hook:
        monitor = make_monitor([email_channel(port), webhook_channel(hook.url)])
        baseline(monitor, frozen_clock)
        inbox.forget_overview()
        hook.forget_overview()

        news(monitor, frozen_clock)
        report = run_alerts(monitor, env=SECRET_ENV)
        assert sorted(results(report)) == [Result.SENT, Result.SENT]

        (mail,) = inbox.messages()
        text, html = parts(mail)
        assert "Launch the battery booster" in text
        assert "skills academy" in text
        assert DELIVERY_URL in html
        assert f"recorded by {getpass.getuser()} on 2025-10-02" in text  # who decided
        digest_id = next(r.digest_id for r in report.built if r.channel == "officers")
        assert mail["Message-ID"] == message_id(str(digest_id))

        (payload,) = hook.delivered()
        assert [m["milestone_id"] for m in payload["missed"]] == [DEADLINE_ID]
        (delivered,) = payload["delivered"]
        assert delivered["milestone_id"] == DELIVERED_ID
        assert delivered["evidence_url"] == DELIVERY_URL
        assert delivered["confirmed_by_person"] is True
        assert payload["summary"]["counts"]["missed"] == 1
        assert hook.unsigned == []

        # Neither the same run again nor the next day's digest repeats the news.
        run_alerts(monitor, env=SECRET_ENV)
        later(frozen_clock, days=1)
        run_alerts(monitor, env=SECRET_ENV)
        assert len(inbox.envelopes) == 1
        assert len(hook.requests) == 1


def test_a_receiver_that_hangs_does_not_hold_the_decision_when_sending_in_background(
    make_monitor: Any, frozen_clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desk's way: the digest is queued before the decision's call returns, and sent by
    the background sender while the receiver takes its time."""
    for name, value in SECRET_ENV.items():
        monkeypatch.setenv(name, value)
    with webhook_receiver() as hook:
        monitor = make_monitor([webhook_channel(hook.url)])
        baseline(monitor, frozen_clock)
        hook.forget_overview()
        hook.gate, hook.arrived = threading.Event(), threading.Event()
        monitor.send_in_background()
        news(monitor, frozen_clock)  # returns with the receiver's answer still held
        (queued,) = [r for r in outbox_rows(monitor) if r.status is not OutboxStatus.SENT]
        assert hook.arrived.wait(HELD_AT_MOST)  # the send is under way, on another thread
        assert hook.requests == []
        hook.gate.set()
        monitor.wait_for_deliveries()
        (payload,) = hook.delivered()
        assert payload["id"] == queued.digest_id
        (row,) = [r for r in outbox_rows(monitor) if r.digest_id == queued.digest_id]
        assert row.status is OutboxStatus.SENT


def test_deliver_now_reaches_immediate_channels_only(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    inbox, port = Inbox(), free_port()
    with smtp_server(port, inbox), webhook_receiver() as hook:
        monitor = make_monitor([email_channel(port), webhook_channel(hook.url)])
        baseline(monitor, frozen_clock)
        inbox.forget_overview()
        hook.forget_overview()
        later(frozen_clock, hours=3)  # 12:00, after the e-mail channel's 08:00 slot
        monitor.record_delivery(
            DELIVERED_ID, url=DELIVERY_URL, delivered_on=dt.date(2025, 7, 1), title="Opened"
        )
        report = deliver_now(monitor, env=SECRET_ENV)

        assert [r.channel for r in report.built] == ["newsroom"]
        (payload,) = hook.delivered()
        assert payload["delivered"][0]["milestone_id"] == DELIVERED_ID
        assert inbox.envelopes == []
        later(frozen_clock, days=1)  # the next 08:00 slot brings it by e-mail
        run_alerts(monitor, env=SECRET_ENV)
        assert "skills academy" in parts(inbox.messages()[0])[0]


def test_channel_filters_keep_only_the_pillars_asked_for(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    with webhook_receiver() as hook:
        monitor = make_monitor([webhook_channel(hook.url, pillars=["skills-social"])])
        baseline(monitor, frozen_clock)
        hook.forget_overview()
        news(monitor, frozen_clock)
        run_alerts(monitor, env=SECRET_ENV)
        (payload,) = hook.delivered()
        assert payload["missed"] == []
        assert [m["milestone_id"] for m in payload["delivered"]] == [DELIVERED_ID]


def test_digest_waits_for_a_smtp_server_that_is_down_and_arrives_once(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    inbox, port = Inbox(), free_port()
    monitor = make_monitor([email_channel(port)])
    with smtp_server(port, inbox):
        baseline(monitor, frozen_clock)
    inbox.forget_overview()
    news(monitor, frozen_clock)
    report = run_alerts(monitor, env=SECRET_ENV)
    assert results(report) == [Result.RETRY]
    assert "ConnectionRefusedError" in str(report.attempts[0].error)

    with smtp_server(port, inbox):
        assert results(run_alerts(monitor, env=SECRET_ENV)) == []  # not yet due again
        later(frozen_clock, seconds=10)
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.SENT]
        later(frozen_clock, hours=1)
        run_alerts(monitor, env=SECRET_ENV)
    assert len(inbox.envelopes) == 1
    overview, row = sorted(outbox_rows(monitor), key=lambda r: r.id)
    assert (overview.status, overview.attempts) == (OutboxStatus.SENT, 1)
    assert row.status is OutboxStatus.SENT
    assert row.attempts == 2


def test_webhook_500_then_200_delivers_once_with_the_same_webhook_id(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    with webhook_receiver([200, 500]) as hook:
        monitor = make_monitor([webhook_channel(hook.url)])
        baseline(monitor, frozen_clock)
        hook.forget_overview()
        news(monitor, frozen_clock)
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.RETRY]
        later(frozen_clock, seconds=10)
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.SENT]
        later(frozen_clock, hours=1)
        run_alerts(monitor, env=SECRET_ENV)

    assert [status for status, _h, _p in hook.requests] == [500, 200]
    first, second = hook.ids()
    assert first == second
    assert len(hook.delivered()) == 1


def test_webhook_410_switches_the_channel_off_until_a_digest_is_retried(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    with webhook_receiver([200, 410]) as hook:
        monitor = make_monitor([webhook_channel(hook.url)])
        baseline(monitor, frozen_clock)
        hook.forget_overview()
        news(monitor, frozen_clock)
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.PARKED]
        with monitor.db.read() as conn:
            state = channel_state.get(conn, "newsroom")
        assert state is not None
        assert state.disabled
        assert "410" in state.disabled_reason

        later(frozen_clock, days=1)
        report = run_alerts(monitor, env=SECRET_ENV)
        assert [r.outcome for r in report.built] == [Outcome.DISABLED]
        assert len(hook.requests) == 1

        (row,) = outbox_rows(monitor, OutboxStatus.PARKED)
        revived = monitor.retry_digest(str(row.id), by="Ana")
        assert revived.channel_enabled
        assert revived.row.retried_by == "Ana"
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.SENT]
    assert len(hook.delivered()) == 1


def test_digest_is_dead_lettered_when_the_schedule_runs_out_then_retried(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    with webhook_receiver([200] + [503] * MAX_ATTEMPTS) as hook:
        monitor = make_monitor([webhook_channel(hook.url)])
        baseline(monitor, frozen_clock)
        hook.forget_overview()
        news(monitor, frozen_clock)
        seen: list[Result] = []
        for _ in range(MAX_ATTEMPTS + 2):
            seen += results(run_alerts(monitor, env=SECRET_ENV))
            later(frozen_clock, hours=30)
        assert seen == [Result.RETRY] * (MAX_ATTEMPTS - 1) + [Result.DEAD]
        (row,) = outbox_rows(monitor, OutboxStatus.DEAD)
        assert row.attempts == MAX_ATTEMPTS
        assert "HTTP 503" in str(row.last_error)

        monitor.retry_digest(row.digest_id, by="Ana")
        (row,) = outbox_rows(monitor, OutboxStatus.PENDING)
        assert (row.retried_by, row.attempts) == ("Ana", 0)
        assert row.retried_at == frozen_clock.current.replace(tzinfo=None)
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.SENT]
    assert len(hook.requests) == MAX_ATTEMPTS + 1
    assert len(set(hook.ids())) == 1


def test_crash_between_send_and_commit_resends_with_the_same_id(
    make_monitor: Any, frozen_clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with webhook_receiver() as hook:
        monitor = make_monitor([webhook_channel(hook.url)])
        baseline(monitor, frozen_clock)
        hook.forget_overview()
        news(monitor, frozen_clock)

        def power_cut(*args: Any) -> None:
            raise SystemExit("killed after sending, before noting it")

        with monkeypatch.context() as patch:
            patch.setattr(outbox, "mark_sent", power_cut)
            with pytest.raises(SystemExit):
                run_alerts(monitor, env=SECRET_ENV)
        assert len(hook.requests) == 1
        # the news, held by the dead sender (the overview went out before it)
        assert len(outbox_rows(monitor, OutboxStatus.SENDING)) == 1
        assert results(run_alerts(monitor, env=SECRET_ENV)) == []  # still held by the lease

        later(frozen_clock, minutes=1)  # the lease of the dead sender is over within a minute
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.SENT]
    first, second = hook.ids()
    assert first == second
    assert hook.delivered()[0]["id"] == hook.delivered()[1]["id"] == first


def test_backlog_after_an_outage_goes_out_in_order_within_a_minute_of_recovery(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    with webhook_receiver([503] * 1000) as hook:
        monitor = make_monitor([webhook_channel(hook.url, schedule="daily 08:00", heartbeat=True)])
        baseline(monitor, frozen_clock)
        for _ in range(3):  # three more digests made during the outage
            send_now(monitor, env=SECRET_ENV)
            later(frozen_clock, seconds=1)
        made = [row.digest_id for row in sorted(outbox_rows(monitor), key=lambda r: r.id)]
        assert len(made) == 4
        for _ in range(20):  # twenty minutes down, the daemon trying as it goes
            later(frozen_clock, minutes=1)
            run_alerts(monitor, env=SECRET_ENV)
        tried = {headers["webhook-id"] for _status, headers, _payload in hook.requests}
        assert tried == {made[0]}, "only the oldest digest is retried; the others wait behind it"

        hook.statuses.clear()  # the receiver answers again
        later(frozen_clock, minutes=1)
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.SENT] * 4
    assert [payload["id"] for payload in hook.delivered()] == made


def test_rendered_html_escapes_a_milestone_title_with_a_script_tag(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    inbox, port = Inbox(), free_port()
    with smtp_server(port, inbox):
        monitor = make_monitor(
            [email_channel(port)], deadline_title="Booster <script>alert(1)</script>"
        )
        baseline(monitor, frozen_clock)
        inbox.forget_overview()
        news(monitor, frozen_clock)
        run_alerts(monitor, env=SECRET_ENV)
    _text, html = parts(inbox.messages()[0])
    assert "<script>" not in html
    assert "Booster &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_heartbeat_channel_gets_a_digest_without_news(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    inbox, port = Inbox(), free_port()
    with smtp_server(port, inbox):
        monitor = make_monitor([email_channel(port, heartbeat=True, schedule="weekly mon 08:00")])
        baseline(monitor, frozen_clock)  # a Tuesday: the first run sends at once
        later(frozen_clock, days=1)
        run_alerts(monitor, env=SECRET_ENV)  # Wednesday: not due
        later(frozen_clock, days=5)
        run_alerts(monitor, env=SECRET_ENV)  # Monday 09:00: due
    subjects = [m["Subject"] for m in inbox.messages()]
    assert len(subjects) == 2
    assert "where things stand" in subjects[0]  # the first digest: an overview
    assert "no news" in subjects[1]


def test_default_file_channel_writes_digests_to_the_data_dir(
    make_monitor: Any, frozen_clock: Clock, tmp_path: Path
) -> None:
    monitor = make_monitor([])
    baseline(monitor, frozen_clock)
    news(monitor, frozen_clock)  # the recorded delivery reaches the immediate channel at once
    written = (tmp_path / "digests.txt").read_text("utf-8")
    assert "===== milestone-monitor digest default-" in written
    assert "Launch the battery booster" in written
    assert "skills academy" in written
    report = run_alerts(monitor)
    assert all(r.digest_id is None for r in report.built)  # nothing left to send
    assert (tmp_path / "digests.txt").read_text("utf-8") == written


def test_a_channels_first_digest_tells_where_things_stand_and_the_first_evaluation_is_no_news(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    with webhook_receiver() as hook:
        monitor = make_monitor([webhook_channel(hook.url)])
        frozen_clock.set("2025-10-02T09:00:00")  # already past the September deadline
        run_alerts(monitor, env=SECRET_ENV)  # the channel's first digest, before any evaluation
        (overview,) = hook.delivered()
        assert overview["overview"] is True
        assert [m["milestone_id"] for m in overview["missed"]] == [DEADLINE_ID]
        monitor.evaluate()  # first statuses: one of them "missed", as the overview said
        report = run_alerts(monitor, env=SECRET_ENV)
    assert [r.outcome for r in report.built] == [Outcome.EMPTY], [
        (d["missed"], d["delivered"], d["due_soon"]) for d in hook.delivered()[1:]
    ]
    assert len(hook.requests) == 1


def test_refused_digest_is_dead_lettered_at_once(make_monitor: Any, frozen_clock: Clock) -> None:
    with webhook_receiver([200, 400]) as hook:
        monitor = make_monitor([webhook_channel(hook.url)])
        baseline(monitor, frozen_clock)
        hook.forget_overview()
        news(monitor, frozen_clock)
        assert results(run_alerts(monitor, env=SECRET_ENV)) == [Result.DEAD]
        later(frozen_clock, days=2)
        run_alerts(monitor, env=SECRET_ENV)
    assert len(hook.requests) == 1
    (row,) = outbox_rows(monitor, OutboxStatus.DEAD)
    assert "HTTP 400" in str(row.last_error)


CASES = (
    CaseItem(
        case_id="erm-1",
        company="Stellantis",
        site="Poissy",
        country="France",
        jobs=1500,
        jobs_kind="cut",
        type="restructuring",
        announced_on=dt.date(2025, 9, 30),
        sources=(Source("https://example.org/poissy", "Poissy to shed 1,500 jobs"),),
    ),
    CaseItem(
        case_id="erm-2",
        company="Small Parts GmbH",
        site="Zwickau",
        country="Germany",
        jobs=40,
        jobs_kind="cut",
        type="closure",
        announced_on=dt.date(2025, 10, 1),
    ),
)


def case_feed(
    conn: sa.Connection, watermark: int
) -> tuple[Sequence[CaseItem], Sequence[CaseItem], int]:
    """Two cases, numbered 1 and 2; the watermark is the last number reported."""
    return CASES[watermark:], (), len(CASES)


def test_job_loss_cases_from_the_feed_reach_the_channel_once_and_filtered(
    make_monitor: Any, frozen_clock: Clock
) -> None:
    with webhook_receiver() as hook:
        monitor = make_monitor([webhook_channel(hook.url, min_jobs=1000)])
        frozen_clock.set("2025-07-01T09:00:00")
        monitor.evaluate()
        # The channel starts at the feed's head: the two existing cases are history.
        run_alerts(monitor, env=SECRET_ENV, case_feed=lambda c, w: ((), (), 0))
        hook.forget_overview()
        run_alerts(monitor, env=SECRET_ENV, case_feed=case_feed)
        run_alerts(monitor, env=SECRET_ENV, case_feed=case_feed)
    (payload,) = hook.delivered()
    assert [c["case_id"] for c in payload["new_cases"]] == ["erm-1"]
    assert payload["new_cases"][0]["sources"][0]["url"] == "https://example.org/poissy"
