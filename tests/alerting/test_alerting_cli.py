"""`monitor digest` and `monitor outbox` from the command line, against a real database and
real receivers on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alerting_support import (
    DEADLINE_ID,
    DELIVERED_ID,
    DELIVERY_URL,
    SECRET_ENV,
    Inbox,
    free_port,
    smtp_server,
    webhook_receiver,
    write_plan,
)
from click.testing import CliRunner

from monitor.alerting import run_alerts
from monitor.app import Monitor
from monitor.cli.main import cli
from monitor.config import load_config
from monitor.storage.schema import alert_channels, alert_outbox

Clock = Any  # the conftest's FrozenClock


def write_config(folder: Path, channels: str, **plan: str) -> None:
    write_plan(folder, **plan)
    (folder / "monitor.toml").write_text(
        f'[timeline]\nplans = ["test-plan.toml"]\n\n{channels}', encoding="utf-8"
    )


def webhook_table(url: str, schedule: str = "immediate") -> str:
    return f"""
[[alerts.channel]]
name = "newsroom"
kind = "webhook"
schedule = "{schedule}"
url = "{url}"
secret_env = "TEST_WEBHOOK_SECRET"
"""


def email_table(port: int) -> str:
    return f"""
[[alerts.channel]]
name = "officers"
kind = "email"
schedule = "daily 08:00"
to = ["officer@example.org"]
from = "monitor@example.org"
smtp_host = "127.0.0.1"
smtp_port = {port}
smtp_security = "none"
"""


@pytest.fixture
def with_news(
    cli_env: dict[str, str], frozen_clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """Set up a monitor from ./monitor.toml with a missed and a delivered milestone to report."""
    for key, value in SECRET_ENV.items():
        monkeypatch.setenv(key, value)
    opened: list[Monitor] = []

    def make() -> Monitor:
        monitor = Monitor(load_config())
        opened.append(monitor)
        monitor.init()
        frozen_clock.set("2025-07-01T09:00:00")
        monitor.evaluate()
        run_alerts(monitor)
        frozen_clock.set("2025-10-02T09:00:00")
        monitor.evaluate()
        monitor.record_delivery(
            DELIVERED_ID, url=DELIVERY_URL, delivered_on=dt.date(2025, 10, 1), title="Opened"
        )
        return monitor

    yield make
    for monitor in opened:
        monitor.close()


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def alert_tables(monitor: Monitor) -> tuple[list[Any], list[Any]]:
    with monitor.db.read() as conn:
        channels = [tuple(r) for r in conn.execute(sa.select(alert_channels))]
        rows = [tuple(r) for r in conn.execute(sa.select(alert_outbox))]
    return channels, rows


def test_preview_shows_the_digest_and_changes_nothing(tmp_path: Path, with_news: Any) -> None:
    with webhook_receiver() as hook:
        # A scheduled channel: an immediate one would already have received the news.
        write_config(
            tmp_path,
            webhook_table(hook.url, "daily 08:00"),
            deadline_title="Booster <script>x()</script>",
        )
        monitor = with_news()
        hook.forget_overview()
        before = alert_tables(monitor)

        text = invoke("digest", "preview")
        assert text.exit_code == 0, text.output
        assert "channel newsroom" in text.output
        assert "skills academy" in text.output
        as_json = invoke("digest", "preview", "--channel", "newsroom", "--format", "json")
        (payload,) = json.loads(as_json.output)
        assert [m["milestone_id"] for m in payload["missed"]] == [DEADLINE_ID]
        html = invoke("digest", "preview", "--format", "html").output
        assert "Booster &lt;script&gt;x()&lt;/script&gt;" in html
        assert "<script>" not in html

        assert alert_tables(monitor) == before
        assert hook.requests == []
        run_alerts(monitor)  # the news previewed is still there to send
        assert [p["id"] for p in hook.delivered()] == [payload["id"]]


def test_digest_send_then_outbox_list_and_retry(tmp_path: Path, with_news: Any) -> None:
    inbox, port = Inbox(), free_port()
    write_config(tmp_path, email_table(port))
    with smtp_server(port, inbox):
        with_news()  # the channel's first digest, an overview, goes out
    inbox.forget_overview()

    sent = invoke("digest", "send", "--channel", "officers", "--json")
    report = json.loads(sent.output)
    assert [b["outcome"] for b in report["built"]] == ["queued"]
    assert [a["result"] for a in report["attempts"]] == ["retry"]  # no server yet

    (row,) = json.loads(invoke("outbox", "list", "--status", "pending", "--json").output)
    assert row["attempts"] == 1
    assert "Connection" in row["last_error"]
    assert "No dead digests." in invoke("outbox", "list", "--status", "dead").output
    assert row["digest_id"] in invoke("outbox", "list").output

    assert row["retried_by"] is None
    retried = invoke("outbox", "retry", str(row["id"]))
    assert "pending again, due now" in retried.output
    (row,) = json.loads(invoke("outbox", "list", "--status", "pending", "--json").output)
    assert row["retried_by"]  # this computer's login name: who asked, kept on the row
    assert row["retried_at"]
    with smtp_server(port, inbox):
        second = invoke("digest", "send", "--channel", "officers")
    assert f"{row['digest_id']} to officers: sent" in second.output
    assert "no news since the last digest" in second.output
    assert len(inbox.envelopes) == 1

    again = invoke("outbox", "retry", row["digest_id"])
    assert again.exit_code == 2
    assert "nothing to retry" in again.output


def test_unknown_channel_is_a_user_error(tmp_path: Path, with_news: Any) -> None:
    write_config(tmp_path, email_table(free_port()))
    with_news()
    result = invoke("digest", "preview", "--channel", "desk")
    assert result.exit_code == 2
    assert "no alert channel named 'desk'" in result.output


@pytest.mark.parametrize(
    "command",
    [("digest", "preview"), ("digest", "send"), ("outbox", "list"), ("outbox", "retry")],
)
def test_every_command_explains_itself(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert len(result.output.splitlines()) > 4
