"""The monitor's exceptions. Each says what went wrong and what the user can do about it."""

from __future__ import annotations

from pathlib import Path


class MonitorError(Exception):
    """Base class of the errors the monitor reports to users without a traceback."""


class ConfigError(MonitorError, ValueError):
    """The configuration file or an environment variable is wrong."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        key: str | None = None,
        line: int | None = None,
    ) -> None:
        self.path = path
        self.key = key
        self.line = line
        where = (f"{path}:{line}: " if line else f"{path}: ") if path else ""
        what = f" (setting {key!r})" if key else ""
        super().__init__(f"{where}{message}{what}")


class StorageError(MonitorError):
    """The database cannot be used as it is (missing schema, unreachable server, full disk)."""


class DatabaseBusyError(StorageError):
    """Another process held the database's write lock past the busy timeout; nothing was
    written, so the same action can be tried again."""


class NotFoundError(MonitorError, LookupError):
    """Something the user named (evidence id, source) does not exist."""


class ConflictError(MonitorError):
    """Someone decided first: the evidence or report is no longer in the state the person saw,
    so their decision was not taken (nothing was written)."""
