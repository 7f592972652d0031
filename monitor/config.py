"""Configuration: one TOML file, environment overrides for secrets, XDG directories by default.

Lookup order for the file: `--config`, `$MONITOR_CONFIG`, `./monitor.toml`, then
`$XDG_CONFIG_HOME/milestone-monitor/monitor.toml`. No file at all is fine: defaults apply.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.config_check import check_file
from monitor.errors import ConfigError

APP_NAME = "milestone-monitor"
CONFIG_FILE_NAME = "monitor.toml"
# The bundled seeds/ folder sits beside the packages in a checkout or an editable install.
BUNDLED_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True, slots=True)
class Config:
    """Resolved settings. Sections owned by later features stay available in `sections`."""

    path: Path | None
    data_dir: Path
    database_url: str
    plan_files: tuple[Path, ...]
    seeds_dir: Path
    due_soon_days: int = 30
    timezone: str = "UTC"
    auto_accept: float = 0.8
    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def watchlist_file(self) -> Path:
        """The watch list of companies and plants: `[sources] watchlist`, else the bundled one."""
        configured = self.sections.get("sources", {}).get("watchlist")
        return Path(configured) if configured else self.seeds_dir / "watchlists" / "automotive.toml"


def find_config_file(explicit: Path | None, env: Mapping[str, str]) -> Path | None:
    """The configuration file to read, following the documented lookup order."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"configuration file {explicit} does not exist; check --config")
        return explicit
    from_env = env.get("MONITOR_CONFIG")
    if from_env:
        path = Path(from_env).expanduser()
        if not path.is_file():
            raise ConfigError(f"$MONITOR_CONFIG points to {path}, which does not exist")
        return path
    local = Path.cwd() / CONFIG_FILE_NAME
    if local.is_file():
        return local
    xdg = Path(_user_dir("config")) / CONFIG_FILE_NAME
    return xdg if xdg.is_file() else None


def load_config(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read the configuration file (if any) and apply environment overrides."""
    env = os.environ if env is None else env
    path = find_config_file(explicit, env)
    data: dict[str, Any] = {}
    if path is not None:
        text = _read(path)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"line (\d+)", str(exc))
            raise ConfigError(
                f"not valid TOML: {exc}", path=path, line=int(found.group(1)) if found else None
            ) from None
        check_file(data, path, text)  # the whole file, channels and sources included
    base = path.parent if path else Path.cwd()

    data_dir = Path(
        env.get("MONITOR_DATA_DIR") or _get(data, "data", "dir", str, path) or _user_dir("data")
    ).expanduser()
    if not data_dir.is_absolute():
        data_dir = (base / data_dir).resolve()

    database_url = (
        env.get("MONITOR_DATABASE_URL")
        or _get(data, "database", "url", str, path)
        or f"sqlite:///{data_dir / 'monitor.sqlite3'}"
    )
    if not database_url.startswith(("sqlite", "postgresql")):
        raise ConfigError(
            "database URL must start with sqlite:// or postgresql://", path=path, key="database.url"
        )

    seeds_dir = Path(env.get("MONITOR_SEEDS_DIR") or BUNDLED_SEEDS)
    plans_setting = _get(data, "timeline", "plans", list, path)
    if plans_setting is None:
        plan_files = tuple(sorted((seeds_dir / "plans").glob("*.toml")))
    else:
        if not all(isinstance(p, str) for p in plans_setting):
            raise ConfigError("must be a list of file paths", path=path, key="timeline.plans")
        plan_files = tuple(_resolve(base, p) for p in plans_setting)

    due_soon = _get(data, "timeline", "due_soon_days", int, path)
    if due_soon is not None and not 0 <= due_soon <= 365:
        raise ConfigError("must be between 0 and 365 days", path=path, key="timeline.due_soon_days")
    timezone = _get(data, "timeline", "timezone", str, path) or "UTC"
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"unknown time zone {timezone!r}; use an IANA name like 'Europe/Brussels'",
            path=path,
            key="timeline.timezone",
        ) from None
    auto_accept = _get(data, "matching", "auto_accept", float, path)
    if auto_accept is not None and not 0.0 <= auto_accept <= 1.0:
        raise ConfigError("must be between 0 and 1", path=path, key="matching.auto_accept")

    return Config(
        path=path,
        data_dir=data_dir,
        database_url=database_url,
        plan_files=plan_files,
        seeds_dir=seeds_dir,
        due_soon_days=30 if due_soon is None else due_soon,
        timezone=timezone,
        auto_accept=0.8 if auto_accept is None else auto_accept,
        sections={k: v for k, v in data.items() if isinstance(v, dict)},
    )


def _user_dir(kind: Literal["config", "data"]) -> str:
    """The platform's folder for this app's configuration or data. platformdirs is imported
    here: with the file and data folder named (--config, $MONITOR_CONFIG) no command needs it,
    and its import was ~8 ms of every start."""
    import platformdirs

    if kind == "config":
        return platformdirs.user_config_dir(APP_NAME)
    return platformdirs.user_data_dir(APP_NAME)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text ({exc.reason}); save it as UTF-8", path=path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read it: {exc.strerror}", path=path) from None


def _resolve(base: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else (base / path).resolve()


def _get(data: Mapping[str, Any], section: str, key: str, kind: type, path: Path | None) -> Any:
    value = data.get(section, {}).get(key)
    if value is None:
        return None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(
            f"expected {kind.__name__}, got {type(value).__name__} {value!r}",
            path=path,
            key=f"{section}.{key}",
        )
    return value


_PASSWORD_PARAMETER = re.compile(r"([?&](?:password|sslpassword)=)[^&#]*", re.IGNORECASE)


def redact_url(url: str) -> str:
    """A database URL safe to print: the password (in the user part or, as libpq also accepts,
    in a `password=` query parameter) replaced by ***."""
    url = _PASSWORD_PARAMETER.sub(r"\1***", url)
    scheme, sep, rest = url.partition("://")
    location, question, query = rest.partition("?")
    if not sep or "@" not in location:
        return url
    credentials, _, host = location.rpartition("@")
    user, has_password, _ = credentials.partition(":")
    return f"{scheme}://{user}{':***' if has_password else ''}@{host}{question}{query}"
