"""Reading `[[alerts.channel]]` tables: good ones become channels, mistakes name channel and key."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest

from alerts.channels.file import FileFormat, FileSettings
from alerts.channels.smtp import SmtpSecurity, SmtpSettings
from alerts.channels.webhook import WebhookFormat, WebhookSettings
from alerts.signing import new_secret
from monitor.alerting import ChannelKind, load_alert_settings
from monitor.alerting.retry import JITTER, MAX_ATTEMPTS, RETRY_DELAYS, next_attempt
from monitor.config import BUNDLED_SEEDS, Config
from monitor.errors import ConfigError

SECRET = new_secret()
ROOT = Path(__file__).resolve().parents[2]


def config(tmp_path: Path, *channels: dict[str, Any], **alerts: Any) -> Config:
    section: dict[str, Any] = dict(alerts)
    if channels:
        section["channel"] = list(channels)
    return Config(
        path=tmp_path / "monitor.toml",
        data_dir=tmp_path / "data",
        database_url="sqlite://",
        plan_files=(),
        seeds_dir=BUNDLED_SEEDS,
        timezone="Europe/Paris",
        sections={"alerts": section},
    )


def mail(**extra: Any) -> dict[str, Any]:
    return {
        "name": "officers",
        "kind": "email",
        "schedule": "daily 08:00",
        "to": ["a@example.org"],
        "from": "monitor@example.org",
        "smtp_host": "mail.example.org",
        **extra,
    }


def hook(**extra: Any) -> dict[str, Any]:
    return {
        "name": "newsroom",
        "kind": "webhook",
        "schedule": "immediate",
        "url": "https://hooks.example.org/digest",
        **extra,
    }


def test_without_channels_digests_go_to_a_file_in_the_data_dir(tmp_path: Path) -> None:
    (channel,) = load_alert_settings(config(tmp_path), env={}).channels
    assert channel.kind is ChannelKind.FILE
    assert channel.settings == FileSettings(tmp_path / "data" / "digests.txt")
    assert str(channel.schedule) == "immediate"


def test_email_channel_reads_its_settings_and_the_password_from_the_environment(
    tmp_path: Path,
) -> None:
    settings = load_alert_settings(
        config(tmp_path, mail(smtp_user="monitor", smtp_security="tls", pillars=["skills-social"])),
        env={"MONITOR_SMTP_PASSWORD": "hunter2"},
    )
    (channel,) = settings.channels
    assert channel.settings == SmtpSettings(
        "mail.example.org",
        465,
        "monitor@example.org",
        ("a@example.org",),
        SmtpSecurity.TLS,
        "monitor",
    )
    assert channel.secret == "hunter2"
    assert "hunter2" not in repr(channel)
    assert channel.filters.pillars == {"skills-social"}
    assert str(settings.tz) == "Europe/Paris"  # the timeline's zone unless [alerts] says


def test_webhook_secret_comes_from_the_variable_named_by_secret_env(tmp_path: Path) -> None:
    settings = load_alert_settings(
        config(tmp_path, hook(secret_env="HOOK_SECRET", format="slack"), timezone="UTC"),
        env={"HOOK_SECRET": SECRET},
    )
    (channel,) = settings.channels
    assert channel.settings == WebhookSettings(
        "https://hooks.example.org/digest", WebhookFormat.SLACK
    )
    assert channel.secret == SECRET
    assert str(settings.tz) == "UTC"


def test_relative_file_path_is_under_the_data_dir(tmp_path: Path) -> None:
    table = {"name": "log", "kind": "file", "schedule": "weekly mon 07:30", "path": "out/d.jsonl"}
    (channel,) = load_alert_settings(config(tmp_path, {**table, "format": "json"}), env={}).channels
    assert channel.settings == FileSettings(tmp_path / "data" / "out" / "d.jsonl", FileFormat.JSON)


@pytest.mark.parametrize(
    ("table", "env", "key", "words"),
    [
        (mail(smtp_hots="x"), {}, "alerts.channel[officers].smtp_hots", "did you mean 'smtp_host'"),
        (mail(schedule="hourly"), {}, "alerts.channel[officers].schedule", "unknown cadence"),
        (mail(smtp_security="ssl"), {}, "alerts.channel[officers].smtp_security", "starttls"),
        (mail(smtp_user="me"), {}, "alerts.channel[officers].smtp_user", "MONITOR_SMTP_PASSWORD"),
        (mail(to=[]), {}, "alerts.channel[officers].to", "needs 'to'"),
        (mail(heartbeat="yes"), {}, "alerts.channel[officers].heartbeat", "expected bool"),
        (mail(min_jobs=-1), {}, "alerts.channel[officers].min_jobs", "0 or more"),
        (hook(url="ftp://x.org/"), {}, "alerts.channel[newsroom].url", "http(s)"),
        (hook(secret_env="NOPE"), {}, "alerts.channel[newsroom].secret_env", "NOPE is not set"),
        (hook(secret_env="S"), {"S": "whsec_!!"}, "alerts.channel[newsroom].secret_env", "base64"),
        (hook(format="xml"), {}, "alerts.channel[newsroom].format", "json, slack"),
        (hook(heartbeat=True), {}, "alerts.channel[newsroom].heartbeat", "daily or weekly"),
        (hook(kind="sms"), {}, "alerts.channel[newsroom].kind", "email, webhook or file"),
        (hook(name="news room"), {}, "alerts.channel[0].name", "letters, digits"),
    ],
)
def test_mistakes_name_the_channel_and_the_key(
    tmp_path: Path, table: dict[str, Any], env: dict[str, str], key: str, words: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_alert_settings(config(tmp_path, table), env=env)
    assert caught.value.key == key
    assert words in str(caught.value)


def test_two_channels_with_one_name_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="two channels are named 'officers'"):
        load_alert_settings(config(tmp_path, mail(), mail()), env={})


def test_unknown_alerts_time_zone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_alert_settings(config(tmp_path, timezone="Mars/Olympus"), env={})
    assert caught.value.key == "alerts.timezone"


def test_unknown_channel_name_lists_the_configured_ones(tmp_path: Path) -> None:
    settings = load_alert_settings(config(tmp_path, mail(), hook()), env={})
    with pytest.raises(ConfigError, match="configured channels: officers, newsroom"):
        settings.channel("desk")


# -- retry policy --------------------------------------------------------------------------------

NOW = dt.datetime(2025, 7, 1, 9, 0)


def test_retry_delays_grow_from_seconds_to_a_day_with_jitter() -> None:
    rng = random.Random(7)
    waits = [next_attempt(n, NOW, rng=rng) for n in range(1, MAX_ATTEMPTS)]
    for wait, nominal in zip(waits, RETRY_DELAYS, strict=True):
        assert wait is not None
        assert nominal * 0.8 <= wait - NOW <= nominal * 1.2
    assert RETRY_DELAYS[0] == dt.timedelta(seconds=5)
    assert RETRY_DELAYS[-1] == dt.timedelta(hours=24)


def test_gives_up_after_the_last_attempt() -> None:
    assert len(RETRY_DELAYS) + 1 == MAX_ATTEMPTS
    total = sum(RETRY_DELAYS, dt.timedelta())
    assert dt.timedelta(hours=40) < total < dt.timedelta(hours=45)
    assert next_attempt(MAX_ATTEMPTS, NOW) is None


def test_retries_come_within_a_minute_during_the_first_hour() -> None:
    """A channel that answers again is seen within a minute, whatever the jitter."""
    first_hour = []
    elapsed = dt.timedelta()
    for delay in RETRY_DELAYS:
        if elapsed >= dt.timedelta(minutes=55):
            break
        first_hour.append(delay)
        elapsed += delay
    assert all(delay * (1 + JITTER) <= dt.timedelta(minutes=1) for delay in first_hour)


def test_the_readme_states_the_retry_schedule_in_force() -> None:
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert RETRY_DELAYS[:2] == (dt.timedelta(seconds=5), dt.timedelta(seconds=30))
    assert set(RETRY_DELAYS[2:-6]) == {dt.timedelta(seconds=50)}
    tail = [
        dt.timedelta(minutes=5),
        dt.timedelta(minutes=30),
        dt.timedelta(hours=2),
        dt.timedelta(hours=5),
        dt.timedelta(hours=10),
        dt.timedelta(hours=24),
    ]
    assert list(RETRY_DELAYS[-6:]) == tail
    assert (
        "about 5 s, 30 s, then every 50 s for the first hour, then 5 min, 30 min, 2 h, 5 h, 10 h "
        "and 24 h" in readme
    )


def test_retry_after_wins_when_longer_than_the_backoff() -> None:
    when = next_attempt(1, NOW, retry_after=120, rng=random.Random(1))
    assert when == NOW + dt.timedelta(seconds=120)
    thirty_minutes = RETRY_DELAYS.index(dt.timedelta(minutes=30)) + 1
    short = next_attempt(thirty_minutes, NOW, retry_after=1, rng=random.Random(1))
    assert short is not None
    assert short - NOW >= dt.timedelta(minutes=24)
