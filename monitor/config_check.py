r"""A configuration file checked against its schema: the checked values, or its first mistake
in the file's own words.

msgspec reports the first mistake in its terms (`Expected \`int\`, got \`str\` - at
\`$.fetch.timeout\``); `check_file` turns that into a ConfigError naming the file, the line
that defines the setting, the dotted key and, for a misspelt key, the closest valid one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import msgspec

from monitor.config_schema import (
    Channel,
    ConfigFile,
    EmailChannel,
    FileChannel,
    Table,
    WebhookChannel,
)
from monitor.errors import ConfigError

_CHANNELS: dict[str, type[Channel]] = {
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
    """The ConfigError for msgspec's `error` on `data`, read from `text` at `path`."""
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
    if issubclass(kind, Channel):
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
        if isinstance(candidate, type) and issubclass(candidate, Channel):
            chosen = value.get("kind") if isinstance(value, dict) else None
            return _CHANNELS.get(str(chosen), Channel)
        if isinstance(candidate, type) and issubclass(candidate, msgspec.Struct):
            return candidate
    return Table


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
