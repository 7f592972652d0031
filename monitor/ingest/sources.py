"""Which sources to watch: the bundled list, the config file's, and the rules they follow."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from monitor.config import Config
from monitor.errors import ConfigError
from monitor.model.sources import KINDS, SourceSpec

MIN_INTERVAL_S = 5 * 60
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str, *, minimum: int = MIN_INTERVAL_S) -> int:
    """Read "30m", "2h", "1d" as seconds; at least `minimum` (five minutes), to stay polite."""
    match = _INTERVAL.match(text)
    if not match:
        raise ValueError(f"interval {text!r} is not like '30m', '2h' or '1d'")
    seconds = int(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds < minimum:
        raise ValueError(
            f"interval {text!r} is shorter than the {format_interval(minimum)} minimum; "
            "poll less often"
        )
    return seconds


def format_interval(seconds: int) -> str:
    for unit in ("d", "h", "m", "s"):
        if seconds % _UNIT_SECONDS[unit] == 0:
            return f"{seconds // _UNIT_SECONDS[unit]}{unit}"
    return f"{seconds}s"


def check_url(url: str) -> str:
    """Only http(s) URLs are fetched: never file:, ftp: or anything else."""
    if not re.match(r"^https?://[^\s/]+", url, re.IGNORECASE):
        raise ValueError(f"{url!r} is not an http(s) URL")
    return url


def make_spec(
    raw: Mapping[str, Any], *, origin: str, min_interval_s: int = MIN_INTERVAL_S
) -> SourceSpec:
    """Validate one source table (bundled file, config file or CLI); ValueError says what."""
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValueError(f"source name {name!r} must be a lowercase slug like 'my-paper'")
    url = raw.get("url")
    if not isinstance(url, str):
        raise ValueError(f"source {name!r} needs a url")
    kind = raw.get("kind", "rss")
    if kind not in KINDS:
        raise ValueError(f"source {name!r}: kind {kind!r} is not one of {', '.join(KINDS)}")
    language = raw.get("language", "")
    if not isinstance(language, str) or (language and not re.fullmatch(r"[a-z]{2}", language)):
        raise ValueError(f"source {name!r}: language must be a two-letter code like 'fr'")
    interval = raw.get("interval", "1h")
    try:
        check_url(url)
        interval_s = parse_interval(str(interval), minimum=min_interval_s)
    except ValueError as exc:
        raise ValueError(f"source {name!r}: {exc}") from None
    return SourceSpec(
        name=name,
        url=url,
        kind=kind,
        language=language,
        interval_s=interval_s,
        origin=origin,
        enabled=bool(raw.get("enabled", True)),
        verified=bool(raw.get("verified", origin != "bundled")),
        title=str(raw.get("title", "")),
    )


def bundled_sources(path: Path) -> list[SourceSpec]:
    """The default sources shipped in seeds/sources.toml (empty when the file is absent)."""
    if not path.is_file():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [make_spec(raw, origin="bundled") for raw in data.get("source", [])]


def configured_sources(config: Config) -> list[SourceSpec]:
    """Bundled sources (unless `[sources] defaults = false`) plus `[[sources.feed]]` tables."""
    section = config.sections.get("sources", {})
    defaults = section.get("defaults", True)
    if not isinstance(defaults, bool):
        raise ConfigError("must be true or false", path=config.path, key="sources.defaults")
    minimum = min_interval(config)
    specs = bundled_sources(config.seeds_dir / "sources.toml") if defaults else []
    feeds = section.get("feed", [])
    if not isinstance(feeds, list):
        raise ConfigError("use [[sources.feed]] tables", path=config.path, key="sources.feed")
    names = {s.name for s in specs}
    for index, raw in enumerate(feeds, start=1):
        try:
            spec = make_spec(raw, origin="config", min_interval_s=minimum)
        except ValueError as exc:
            raise ConfigError(f"[[sources.feed]] #{index}: {exc}", path=config.path) from None
        if spec.name in names:
            specs = [s for s in specs if s.name != spec.name]  # the config overrides a default
        names.add(spec.name)
        specs.append(spec)
    return specs


def min_interval(config: Config) -> int:
    """`[sources] min_interval` (default 5m): the shortest poll interval allowed.

    Lower it only to test against servers of your own.
    """
    text = config.sections.get("sources", {}).get("min_interval")
    if text is None:
        return MIN_INTERVAL_S
    try:
        return parse_interval(str(text), minimum=1)
    except ValueError as exc:
        raise ConfigError(str(exc), path=config.path, key="sources.min_interval") from None


def by_name(specs: Sequence[SourceSpec]) -> dict[str, SourceSpec]:
    return {s.name: s for s in specs}
