"""The `[[alerts.channel]]` tables of the configuration, read into checked values.

Every mistake is a ConfigError naming the channel and the key, raised when the monitor starts,
not when the first digest is due days later. Secrets never sit in the file: the SMTP password
comes from MONITOR_SMTP_PASSWORD and a webhook secret from the variable named by `secret_env`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from alerts.channels import Channel
from alerts.channels.file import FileChannel, FileFormat, FileSettings
from alerts.channels.smtp import SmtpChannel, SmtpSecurity, SmtpSettings
from alerts.channels.webhook import WebhookChannel, WebhookFormat, WebhookSettings
from alerts.digest import DigestFilter
from alerts.errors import ScheduleError, SignatureError
from alerts.schedule import Schedule, load_zone, parse_schedule
from alerts.signing import decode_secret
from monitor.config import Config
from monitor.errors import ConfigError

SMTP_PASSWORD_ENV = "MONITOR_SMTP_PASSWORD"  # noqa: S105 - the variable's name, not a secret
DEFAULT_CHANNEL_NAME = "default"
DEFAULT_DIGEST_FILE = "digests.txt"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_DEFAULT_PORTS = {SmtpSecurity.NONE: 25, SmtpSecurity.STARTTLS: 587, SmtpSecurity.TLS: 465}

_COMMON_KEYS = {
    "name",
    "kind",
    "schedule",
    "format",
    "heartbeat",
    "pillars",
    "milestones",
    "countries",
    "companies",
    "min_jobs",
}
_KIND_KEYS = {
    "email": {"to", "from", "smtp_host", "smtp_port", "smtp_security", "smtp_user"},
    "webhook": {"url", "secret_env"},
    "file": {"path"},
}
_FORMATS = {
    "email": ("html",),  # always multipart: plain text and HTML
    "webhook": tuple(f.value for f in WebhookFormat),
    "file": tuple(f.value for f in FileFormat),
}


class ChannelKind(StrEnum):
    EMAIL = "email"
    WEBHOOK = "webhook"
    FILE = "file"


Settings = SmtpSettings | WebhookSettings | FileSettings


@dataclass(frozen=True, slots=True)
class ChannelConfig:
    """One channel as configured; `secret` (SMTP password or webhook secret) is never shown."""

    name: str
    kind: ChannelKind
    schedule: Schedule
    settings: Settings
    filters: DigestFilter = field(default_factory=DigestFilter)
    heartbeat: bool = False
    secret: str | None = field(default=None, repr=False)

    def open(self) -> Channel:
        """The alerts channel that does the sending."""
        settings = self.settings
        if isinstance(settings, SmtpSettings):
            return SmtpChannel(settings, password=self.secret)
        if isinstance(settings, WebhookSettings):
            return WebhookChannel(settings, secret=self.secret)
        return FileChannel(settings)


@dataclass(frozen=True, slots=True)
class AlertSettings:
    """The `[alerts]` section: its channels, the zone schedules and dates are read in, and the
    longest coming-due horizon (None: every milestone the timeline calls due soon)."""

    channels: tuple[ChannelConfig, ...]
    tz: dt.tzinfo
    due_soon_days: int | None = None

    def channel(self, name: str) -> ChannelConfig:
        for channel in self.channels:
            if channel.name == name:
                return channel
        known = ", ".join(c.name for c in self.channels)
        raise ConfigError(f"no alert channel named {name!r}; configured channels: {known}")


def default_channel(config: Config) -> ChannelConfig:
    """With no channel configured, digests go to `<data dir>/digests.txt` as they happen."""
    return ChannelConfig(
        name=DEFAULT_CHANNEL_NAME,
        kind=ChannelKind.FILE,
        schedule=parse_schedule("immediate"),
        settings=FileSettings(config.data_dir / DEFAULT_DIGEST_FILE),
    )


def load_alert_settings(config: Config, env: Mapping[str, str] | None = None) -> AlertSettings:
    """Read and check the `[alerts]` section; `env` defaults to the process environment."""
    env = os.environ if env is None else env
    section = config.sections.get("alerts", {})
    zone_name = section.get("timezone", config.timezone)
    if not isinstance(zone_name, str):
        raise ConfigError("expected a time zone name", path=config.path, key="alerts.timezone")
    try:
        tz = load_zone(zone_name)
    except ScheduleError as exc:
        raise ConfigError(exc.reason, path=config.path, key="alerts.timezone") from None
    horizon = section.get("due_soon_days")
    if horizon is not None and (
        not isinstance(horizon, int) or isinstance(horizon, bool) or not 0 <= horizon <= 365
    ):
        raise ConfigError(
            "must be a whole number of days from 0 to 365",
            path=config.path,
            key="alerts.due_soon_days",
        )
    tables = section.get("channel", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(
            "write each channel as an [[alerts.channel]] table", path=config.path, key="alerts"
        )
    channels = tuple(_Reader(config, table, i, env).channel() for i, table in enumerate(tables))
    seen: set[str] = set()
    for channel in channels:
        if channel.name in seen:
            raise ConfigError(
                f"two channels are named {channel.name!r}; give each a unique name",
                path=config.path,
                key="alerts.channel.name",
            )
        seen.add(channel.name)
    return AlertSettings(channels or (default_channel(config),), tz, horizon)


class _Reader:
    """Reads one channel table, naming it in every error."""

    def __init__(
        self, config: Config, table: Mapping[str, Any], index: int, env: Mapping[str, str]
    ) -> None:
        self.config = config
        self.table = table
        self.env = env
        self.label = f"alerts.channel[{index}]"

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(message, path=self.config.path, key=f"{self.label}.{key}")

    def get(self, key: str, kind: type, default: Any = None) -> Any:
        value = self.table.get(key, default)
        if value is None:
            return None
        if kind is int and isinstance(value, bool):
            raise self.fail(key, f"expected a whole number, got {value!r}")
        if not isinstance(value, kind):
            raise self.fail(key, f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        return value

    def required(self, key: str, kind: type) -> Any:
        value = self.get(key, kind)
        if value is None or value == "" or value == []:
            raise self.fail(key, f"a {self.table.get('kind', '')} channel needs {key!r}")
        return value

    def words(self, key: str) -> frozenset[str]:
        value = self.get(key, list, [])
        if not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, "expected a list of non-empty strings")
        return frozenset(value)

    def channel(self) -> ChannelConfig:
        name = self.required("name", str)
        if not _NAME.fullmatch(name):
            raise self.fail(
                "name", f"{name!r}: use letters, digits, '.', '-' or '_' (at most 64 characters)"
            )
        self.label = f"alerts.channel[{name}]"
        kind_text = self.required("kind", str)
        if kind_text not in _KIND_KEYS:
            raise self.fail("kind", f"unknown kind {kind_text!r}; use email, webhook or file")
        kind = ChannelKind(kind_text)
        self._check_keys(kind)
        try:
            schedule = parse_schedule(self.required("schedule", str))
        except ScheduleError as exc:
            raise self.fail("schedule", str(exc)) from None
        min_jobs = self.get("min_jobs", int)
        if min_jobs is not None and min_jobs < 0:
            raise self.fail("min_jobs", "must be 0 or more")
        filters = DigestFilter(
            pillars=self.words("pillars"),
            milestones=self.words("milestones"),
            countries=self.words("countries"),
            companies=self.words("companies"),
            min_jobs=min_jobs,
        )
        format = self.get("format", str, _FORMATS[kind][0])
        if format not in _FORMATS[kind]:
            choices = ", ".join(_FORMATS[kind])
            raise self.fail("format", f"{format!r} is not a {kind} format; use {choices}")
        heartbeat = bool(self.get("heartbeat", bool, False))
        if heartbeat and schedule.at is None:
            raise self.fail(
                "heartbeat",
                "an immediate channel has no slots to beat in; use a daily or weekly schedule",
            )
        settings, secret = self._settings(kind, format)
        return ChannelConfig(
            name=name,
            kind=kind,
            schedule=schedule,
            settings=settings,
            filters=filters,
            heartbeat=heartbeat,
            secret=secret,
        )

    def _check_keys(self, kind: ChannelKind) -> None:
        allowed = _COMMON_KEYS | _KIND_KEYS[kind]
        for key in self.table:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise self.fail(key, f"not a setting of {kind} channels{hint}")

    def _settings(self, kind: ChannelKind, format: str) -> tuple[Settings, str | None]:
        if kind is ChannelKind.EMAIL:
            return self._email()
        if kind is ChannelKind.WEBHOOK:
            return self._webhook(WebhookFormat(format))
        path = Path(self.required("path", str)).expanduser()
        if not path.is_absolute():
            path = self.config.data_dir / path
        return FileSettings(path, FileFormat(format)), None

    def _email(self) -> tuple[Settings, str | None]:
        recipients = self.required("to", list)
        if not all(isinstance(r, str) and "@" in r for r in recipients):
            raise self.fail("to", "expected a list of e-mail addresses")
        security_text = self.get("smtp_security", str, SmtpSecurity.STARTTLS.value)
        if security_text not in {s.value for s in SmtpSecurity}:
            raise self.fail("smtp_security", f"{security_text!r}: use none, starttls or tls")
        security = SmtpSecurity(security_text)
        port = self.get("smtp_port", int, _DEFAULT_PORTS[security])
        if not 0 < port < 65536:
            raise self.fail("smtp_port", f"{port} is not a TCP port")
        user = self.get("smtp_user", str)
        password = self.env.get(SMTP_PASSWORD_ENV) if user else None
        if user and not password:
            raise self.fail("smtp_user", f"a login is set, so set {SMTP_PASSWORD_ENV} as well")
        try:
            settings = SmtpSettings(
                host=self.required("smtp_host", str),
                port=port,
                sender=self.required("from", str),
                recipients=tuple(recipients),
                security=security,
                username=user or None,
            )
        except ValueError as exc:  # a malformed address, or a password sent in clear
            key = "smtp_security" if user and security is SmtpSecurity.NONE else "to"
            raise self.fail(key, str(exc)) from None
        return settings, password

    def _webhook(self, format: WebhookFormat) -> tuple[Settings, str | None]:
        try:
            settings = WebhookSettings(self.required("url", str), format)
        except ValueError as exc:
            raise self.fail("url", str(exc)) from None
        variable = self.get("secret_env", str)
        if variable is None:
            return settings, None
        secret = self.env.get(variable)
        if not secret:
            raise self.fail(
                "secret_env",
                f"environment variable {variable} is not set; export the whsec_ secret",
            )
        try:
            decode_secret(secret)
        except SignatureError as exc:
            raise self.fail("secret_env", f"{variable}: {exc}") from None
        return settings, secret
