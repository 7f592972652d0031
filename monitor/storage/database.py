"""The one storage handle: short transactions, database errors turned into advice."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from monitor.config import redact_url
from monitor.errors import DatabaseBusyError, StorageError
from monitor.storage.engine import create_engine

_DAMAGED = ("file is not a database", "malformed", "file is encrypted")


class Database:
    """An engine plus the transaction discipline every caller follows."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A read-only transaction."""
        with _translated(self.url), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        with _translated(self.url), self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                yield conn

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _translated(url: str) -> Iterator[None]:
    try:
        yield
    except sa.exc.OperationalError as exc:
        message = str(exc.orig) if exc.orig else str(exc)
        lowered = message.lower()
        if "locked" in lowered or "busy" in lowered:
            raise DatabaseBusyError(
                "the database is busy: another monitor process held it too long; try again"
            ) from exc
        if "disk" in lowered and ("full" in lowered or _out_of_space(url)):
            # A full disk can also surface as "disk I/O error" (WAL files that cannot grow).
            raise StorageError(
                "the disk holding the database is full; free some space, nothing was written"
            ) from exc
        if "connect" in lowered or "could not" in lowered:
            raise StorageError(
                f"cannot reach the database at {redact_url(url)}: {message.strip()}; "
                "check database.url or MONITOR_DATABASE_URL"
            ) from exc
        raise StorageError(f"database error: {message.strip()}") from exc
    except sa.exc.DatabaseError as exc:
        message = str(exc.orig) if exc.orig else str(exc)
        if not any(sign in message.lower() for sign in _DAMAGED):
            raise  # a constraint or a bug in a query: not the user's to fix
        raise StorageError(
            f"the database {_where(url)} is damaged ({message.strip()}); restore it from a "
            "backup, or move it away and run `monitor init` to start a new one"
        ) from exc


def _where(url: str) -> str:
    """The file of a SQLite URL (what a user would restore), else the redacted URL."""
    try:
        parsed = sa.make_url(url)
    except (ValueError, sa.exc.ArgumentError):
        return redact_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return f"file {parsed.database}"
    return redact_url(url)


def _out_of_space(url: str) -> bool:
    """Whether the folder of a SQLite database file has (almost) no free space left."""
    try:
        database = sa.make_url(url).database
        if not url.startswith("sqlite") or not database or database == ":memory:":
            return False
        return shutil.disk_usage(Path(database).parent).free < 1024 * 1024
    except (OSError, ValueError, sa.exc.ArgumentError):
        return False
