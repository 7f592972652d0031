"""The schema of the whole configuration file, checked when any command starts.

One msgspec Struct per table, `forbid_unknown_fields` on every one, the `[[alerts.channel]]`
tables a union tagged by `kind`. msgspec checks types strictly (a string where a number or a
boolean belongs is refused, never coerced), so the checks here are the schema itself plus
`__post_init__` for values no type says (intervals, schedules, URLs, languages, time zones).
`check_file` turns the first mistake into a ConfigError naming the file, the line, the setting
and, for a misspelt key, the closest valid one.

Checks that need the environment (the SMTP password, webhook secrets) or later stages (the
minimum poll interval of bundled sources) stay with `monitor.alerting.channels_config` and
`monitor.ingest.sources`; `monitor run`, `monitor worker` and `monitor config --check` run those
at start too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec

from monitor.errors import ConfigError

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


class _Table(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
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


class DataTable(_Table, kw_only=True):
    dir: str | None = None


class DatabaseTable(_Table, kw_only=True):
    url: str | None = None

    def __post_init__(self) -> None:
        if self.url and not self.url.startswith(("sqlite", "postgresql")):  # "" is the default
            raise _invalid("url", "database URL must start with sqlite:// or postgresql://")


class TimelineTable(_Table, kw_only=True):
    plans: list[str] | None = None
    due_soon_days: Days | None = None
    timezone: str | None = None

    def __post_init__(self) -> None:
        _check_zone("timezone", self.timezone)


class MatchingTable(_Table, kw_only=True):
    auto_accept: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)] | None = None


class JoblossesTable(_Table, kw_only=True):
    auto_accept: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)] | None = None


class FeedTable(_Table, kw_only=True):
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


class SourcesTable(_Table, kw_only=True):
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


class FetchTable(_Table, kw_only=True):
    timeout: Annotated[float, msgspec.Meta(gt=0)] | None = None
    max_bytes: Positive | None = None
    concurrency: Positive | None = None
    per_host: Positive | None = None
    block_private_addresses: bool | None = None
    user_agent: str | None = None


class _Channel(_Table, tag_field="kind", kw_only=True):
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


class EmailChannel(_Channel, tag="email", kw_only=True):
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


class WebhookChannel(_Channel, tag="webhook", kw_only=True):
    url: str
    secret_env: str | None = None
    format: Literal["json", "slack"] = "json"

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_url("url", self.url)


class FileChannel(_Channel, tag="file", kw_only=True):
    path: Annotated[str, msgspec.Meta(min_length=1)]
    format: Literal["text", "json"] = "text"


class AlertsTable(_Table, kw_only=True):
    channel: list[EmailChannel | WebhookChannel | FileChannel] = msgspec.field(default_factory=list)
    due_soon_days: Days | None = None
    timezone: str | None = None

    def __post_init__(self) -> None:
        _check_zone("timezone", self.timezone)


class DeskTable(_Table, kw_only=True):
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


class ConfigFile(_Table, kw_only=True):
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


_CHANNELS: dict[str, type[_Channel]] = {
    "email": EmailChannel,
    "webhook": WebhookChannel,
    "file": FileChannel,
}
_ERROR = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_STEP = re.compile(r"\.([A-Za-z0-9_-]+)|\[(\d+)\]")


def check_file(data: Mapping[str, Any], path: Path | None, text: str = "") -> ConfigFile:
    """The file's tables as checked values; the first mistake is a ConfigError with its line."""
    try:
        return msgspec.convert(dict(data), ConfigFile, strict=True)
    except msgspec.ValidationError as exc:
        raise _config_error(str(exc), data, path, text) from None


def _config_error(error: str, data: Mapping[str, Any], path: Path | None, text: str) -> ConfigError:
    import difflib

    match = _ERROR.match(error)
    assert match is not None  # the pattern matches any text
    message, where = match.group("message"), match.group("path") or ""
    steps: list[str | int] = [name if name else int(index) for name, index in _STEP.findall(where)]
    unknown = re.match(r"Object contains unknown field `(.+)`", message)
    if unknown:
        steps.append(unknown.group(1))
        fields = _fields_at(steps[:-1], data)
        close = difflib.get_close_matches(unknown.group(1), sorted(fields), n=1)
        message = "unknown setting" + (f"; did you mean {close[0]!r}?" if close else "")
        if not close and fields:
            message += f"; this table takes {', '.join(sorted(fields))}"
    elif own := re.match(r"^([A-Za-z_][A-Za-z0-9_.\[\]]*): (.*)$", message, re.DOTALL):
        # a value check of ours names its key first (`interval`, or `feed[2].interval`)
        steps += [n if n else int(i) for n, i in _STEP.findall("." + own.group(1))]
        message = own.group(2)
    else:
        message = _plain(message)
        if message.startswith("expected "):
            message += f" {_value_at(steps, data)!r}"
        if steps[-1:] == ["kind"] and steps[:2] == ["alerts", "channel"]:
            message += "; use email, webhook or file"
        elif message.startswith("Invalid enum value") and (allowed := _allowed(steps, data)):
            message = f"{message.removeprefix('Invalid enum value ')} is not allowed here; use "
            message += ", ".join(allowed)
    key = _dotted(steps)
    line = _line_of(steps, text) if text else None
    return ConfigError(message, path=path, key=key or None, line=line)


_TYPES = {
    "float": "a number",
    "int": "a whole number",
    "bool": "true or false",
    "str": "a string",
    "array": "a list",
    "object": "a table",
}


def _plain(message: str) -> str:
    """msgspec's wording, in the words of a configuration file."""
    expected = re.match(r"Expected `(.+?)`, got `(.+?)`(.*)$", message, re.DOTALL)
    if expected:
        wanted = [_TYPES.get(t.strip(), t.strip()) for t in expected.group(1).split("|")]
        wanted = [w for w in wanted if w != "null"]
        got = _TYPES.get(expected.group(2), expected.group(2))
        return f"expected {' or '.join(wanted)}{expected.group(3)}, got {got}"
    bounded = re.match(r"Expected `(.+?)` (.*)$", message, re.DOTALL)
    if bounded:  # a number out of its range, a string not matching
        kind = bounded.group(1).split("|")[0].strip()
        return f"expected {_TYPES.get(kind, kind)} {bounded.group(2)}, got"
    missing = re.match(r"Object missing required field `(.+)`", message)
    if missing:
        return f"missing required setting {missing.group(1)!r}"
    return message.replace("`", "")


def _dotted(steps: list[str | int]) -> str:
    out = ""
    for step in steps:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def _fields_at(steps: list[str | int], data: Mapping[str, Any]) -> set[str]:
    """The keys the table at `steps` may hold (for a channel, those of its kind)."""
    kind = _struct_at(steps, data)
    names = {f.encode_name for f in msgspec.structs.fields(kind)}
    if issubclass(kind, _Channel):
        names.add("kind")
    return names


def _allowed(steps: list[str | int], data: Mapping[str, Any]) -> list[str]:
    """The values a Literal setting takes, for the message about a value it does not."""
    if not steps or not isinstance(steps[-1], str):
        return []
    kind = _struct_at(steps[:-1], data)
    info = {f.encode_name: f.type for f in msgspec.structs.fields(kind)}
    return [str(a) for t in _walk(info.get(steps[-1])) if _is_literal(t) for a in t.__args__]


def _is_literal(annotation: Any) -> bool:
    return getattr(annotation, "__origin__", None) is Literal


def _struct_at(steps: list[str | int], data: Mapping[str, Any]) -> type[msgspec.Struct]:
    kind: type[msgspec.Struct] = ConfigFile
    value: Any = data
    annotation: Any = None
    for position, step in enumerate(steps):
        if isinstance(step, int):
            value = value[step] if isinstance(value, list) and step < len(value) else None
        else:
            value = value.get(step) if isinstance(value, dict) else None
            annotation = {f.encode_name: f.type for f in msgspec.structs.fields(kind)}.get(step)
            if position + 1 < len(steps) and isinstance(steps[position + 1], int):
                continue  # an array of tables: its item decides (a channel by its kind)
        kind = _struct_of(annotation, value)
    return kind


def _value_at(steps: list[str | int], data: Mapping[str, Any]) -> Any:
    value: Any = data
    for step in steps:
        if isinstance(step, int):
            value = value[step] if isinstance(value, list) and step < len(value) else None
        else:
            value = value.get(step) if isinstance(value, dict) else None
    return value


def _struct_of(annotation: Any, value: Any) -> type[msgspec.Struct]:
    """The Struct a field holds (the list's items; the channel class its `kind` names)."""
    for candidate in _walk(annotation):
        if isinstance(candidate, type) and issubclass(candidate, _Channel):
            chosen = value.get("kind") if isinstance(value, dict) else None
            return _CHANNELS.get(str(chosen), _Channel)
        if isinstance(candidate, type) and issubclass(candidate, msgspec.Struct):
            return candidate
    return _Table


def _walk(annotation: Any) -> list[Any]:
    found = [annotation]
    for argument in getattr(annotation, "__args__", ()):
        found += _walk(argument)
    return found


def _line_of(steps: list[str | int], text: str) -> int | None:
    """The line defining `steps` (a table's key, or a key of the n-th array table)."""
    from timeline._toml_lines import LineFinder  # the plan files' line finder serves TOML too

    finder = LineFinder(text)
    names = [s for s in steps if isinstance(s, str)]
    if not names:
        return None
    if len(steps) > 2 and isinstance(steps[2], int):  # [[sources.feed]], [[alerts.channel]]
        key = names[2] if len(names) > 2 else None
        found = finder.in_block(".".join(names[:2]), steps[2], key)
        if found is not None:
            return found
    return finder.in_table(names[0], names[1] if len(names) > 1 else None)
