"""The schema of the whole configuration file, checked when any command starts.

One msgspec Struct per table, `forbid_unknown_fields` on every one, the `[[alerts.channel]]`
tables a union tagged by `kind`. msgspec checks types strictly (a string where a number or a
boolean belongs is refused, never coerced), so the checks here are the schema itself plus
`__post_init__` for values no type says (intervals, schedules, URLs, languages, time zones).
`monitor.config_check.check_file` turns the first mistake into a ConfigError naming the file,
the line, the setting and, for a misspelt key, the closest valid one.

Checks that need the environment (the SMTP password, webhook secrets) or later stages (the
minimum poll interval of bundled sources) stay with `monitor.alerting.channels_config` and
`monitor.ingest.sources`; `monitor run`, `monitor worker` and `monitor config --check` run those
at start too.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec

# Only a file with alert channels needs their schedules read, only a mistake needs its line
# found and the closest key suggested: those imports wait for them (every command starts here).

# The source kinds of monitor.model.sources.KINDS (a later layer; a test keeps them equal).
SourceKind = Literal["rss", "atom", "jsonfeed", "erm-csv"]
Days = Annotated[int, msgspec.Meta(ge=0, le=365)]
Positive = Annotated[int, msgspec.Meta(gt=0)]
Words = list[Annotated[str, msgspec.Meta(min_length=1)]]

_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_INTERVAL_S = 5 * 60  # as monitor.ingest.sources: polite by default
_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_SOURCE_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CHANNEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class Table(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A TOML table: every key it may hold is a field; any other key is a mistake."""


def _invalid(key: str, message: str) -> ValueError:
    """A value error `check_file` can place: `key: message`."""
    return ValueError(f"{key}: {message}")


def _check_zone(key: str, name: str | None) -> None:
    if not name:  # absent, or empty as the monitor always read it: the default applies
        return
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _invalid(
            key, f"unknown time zone {name!r}; use an IANA name like 'Europe/Brussels'"
        ) from None


def _check_interval(key: str, text: str | None) -> None:
    if text is not None and not _INTERVAL.match(text):
        raise _invalid(key, f"interval {text!r} is not like '30m', '2h' or '1d'")


def _seconds(text: str) -> int:
    """An interval already checked by `_check_interval`, in seconds."""
    match = _INTERVAL.match(text)
    assert match is not None
    return int(match.group(1)) * _UNIT_SECONDS[match.group(2)]


def _check_url(key: str, url: str) -> None:
    if not _URL.match(url):
        raise _invalid(key, f"{url!r} is not an http(s) URL")


class DataTable(Table, kw_only=True):
    dir: str | None = None


class DatabaseTable(Table, kw_only=True):
    url: str | None = None

    def __post_init__(self) -> None:
        if self.url and not self.url.startswith(("sqlite", "postgresql")):  # "" is the default
            raise _invalid("url", "database URL must start with sqlite:// or postgresql://")


class TimelineTable(Table, kw_only=True):
    plans: list[str] | None = None
    due_soon_days: Days | None = None
    timezone: str | None = None

    def __post_init__(self) -> None:
        _check_zone("timezone", self.timezone)


class MatchingTable(Table, kw_only=True):
    auto_accept: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)] | None = None


class JoblossesTable(Table, kw_only=True):
    auto_accept: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)] | None = None


class FeedTable(Table, kw_only=True):
    """One `[[sources.feed]]`: the keys `monitor sources add` takes, plus enabled/verified."""

    name: str
    url: str
    kind: SourceKind = "rss"
    language: str = ""
    interval: str = "1h"
    enabled: bool = True
    verified: bool | None = None
    title: str = ""

    def __post_init__(self) -> None:
        if not _SOURCE_NAME.match(self.name):
            raise _invalid(
                "name", f"source name {self.name!r} must be a lowercase slug like 'my-paper'"
            )
        _check_url("url", self.url)
        if self.language and not _LANGUAGE.match(self.language):
            raise _invalid("language", f"{self.language!r} is not a two-letter code like 'fr'")
        _check_interval("interval", self.interval)


class SourcesTable(Table, kw_only=True):
    defaults: bool = True
    feed: list[FeedTable] = msgspec.field(default_factory=list)
    watchlist: str | None = None
    min_interval: str | None = None

    def __post_init__(self) -> None:
        _check_interval("min_interval", self.min_interval)
        minimum = _seconds(self.min_interval) if self.min_interval else MIN_INTERVAL_S
        for index, feed in enumerate(self.feed):
            if _seconds(feed.interval) < minimum:
                raise _invalid(
                    f"feed[{index}].interval",
                    f"interval {feed.interval!r} is shorter than the "
                    f"{self.min_interval or '5m'} minimum; poll less often",
                )


class FetchTable(Table, kw_only=True):
    timeout: Annotated[float, msgspec.Meta(gt=0)] | None = None
    max_bytes: Positive | None = None
    concurrency: Positive | None = None
    per_host: Positive | None = None
    block_private_addresses: bool | None = None
    user_agent: str | None = None


class Channel(Table, tag_field="kind", kw_only=True):
    """The keys every `[[alerts.channel]]` shares; `kind` picks the rest."""

    name: str
    schedule: str
    heartbeat: bool = False
    pillars: Words = msgspec.field(default_factory=list)
    milestones: Words = msgspec.field(default_factory=list)
    countries: Words = msgspec.field(default_factory=list)
    companies: Words = msgspec.field(default_factory=list)
    min_jobs: Annotated[int, msgspec.Meta(ge=0)] | None = None

    def __post_init__(self) -> None:
        if not _CHANNEL_NAME.fullmatch(self.name):
            raise _invalid(
                "name",
                f"{self.name!r}: use letters, digits, '.', '-' or '_' (at most 64 characters)",
            )
        from alerts.errors import ScheduleError
        from alerts.schedule import parse_schedule

        try:
            schedule = parse_schedule(self.schedule)
        except ScheduleError as exc:
            raise _invalid("schedule", str(exc)) from None
        if self.heartbeat and schedule.at is None:
            raise _invalid(
                "heartbeat",
                "an immediate channel has no slots to beat in; use a daily or weekly schedule",
            )


class EmailChannel(Channel, tag="email", kw_only=True):
    to: Annotated[list[str], msgspec.Meta(min_length=1)]
    sender: str = msgspec.field(name="from")
    smtp_host: Annotated[str, msgspec.Meta(min_length=1)]
    smtp_port: Annotated[int, msgspec.Meta(gt=0, lt=65536)] | None = None
    smtp_security: Literal["none", "starttls", "tls"] = "starttls"
    smtp_user: str | None = None
    format: Literal["html"] = "html"

    def __post_init__(self) -> None:
        super().__post_init__()
        if not all("@" in address for address in self.to):
            raise _invalid("to", f"expected a list of e-mail addresses, got {self.to!r}")


class WebhookChannel(Channel, tag="webhook", kw_only=True):
    url: str
    secret_env: str | None = None
    format: Literal["json", "slack"] = "json"

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_url("url", self.url)


class FileChannel(Channel, tag="file", kw_only=True):
    path: Annotated[str, msgspec.Meta(min_length=1)]
    format: Literal["text", "json"] = "text"


class AlertsTable(Table, kw_only=True):
    channel: list[EmailChannel | WebhookChannel | FileChannel] = msgspec.field(default_factory=list)
    due_soon_days: Days | None = None
    timezone: str | None = None

    def __post_init__(self) -> None:
        _check_zone("timezone", self.timezone)


class DeskTable(Table, kw_only=True):
    """`monitor serve`: where the review desk listens, and its password's argon2 hash."""

    host: Annotated[str, msgspec.Meta(min_length=1)] | None = None
    port: Annotated[int, msgspec.Meta(ge=0, le=65535)] | None = None
    password_hash: str | None = None

    def __post_init__(self) -> None:
        if self.password_hash and not self.password_hash.startswith("$argon2"):
            raise _invalid(
                "password_hash",
                "not an argon2 hash; make one with `monitor serve --hash-password`",
            )


class ConfigFile(Table, kw_only=True):
    """The whole file; every table is optional."""

    data: DataTable = msgspec.field(default_factory=DataTable)
    database: DatabaseTable = msgspec.field(default_factory=DatabaseTable)
    timeline: TimelineTable = msgspec.field(default_factory=TimelineTable)
    matching: MatchingTable = msgspec.field(default_factory=MatchingTable)
    joblosses: JoblossesTable = msgspec.field(default_factory=JoblossesTable)
    sources: SourcesTable = msgspec.field(default_factory=SourcesTable)
    fetch: FetchTable = msgspec.field(default_factory=FetchTable)
    alerts: AlertsTable = msgspec.field(default_factory=AlertsTable)
    desk: DeskTable = msgspec.field(default_factory=DeskTable)
