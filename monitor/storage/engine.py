"""Opening the database: SQLite in WAL mode for one machine, PostgreSQL by URL beyond it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from monitor.config import redact_url
from monitor.errors import StorageError

SQLITE_BUSY_TIMEOUT_MS = 10_000


def create_engine(url: str) -> sa.Engine:
    """An engine for `url`; SQLite gets WAL, a busy timeout and foreign keys."""
    try:
        parsed = make_url(url)
    except (ValueError, sa.exc.ArgumentError) as exc:
        raise StorageError(
            f"invalid database URL {redact_url(url)} ({exc}); check database.url or "
            "MONITOR_DATABASE_URL"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _refuse_empty_file(Path(parsed.database))
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    f"cannot create the data directory for {parsed.database}: {exc.strerror}; "
                    "set MONITOR_DATA_DIR to a writable folder"
                ) from None
        engine = sa.create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return sa.create_engine(parsed, pool_pre_ping=True)
    raise StorageError(f"unsupported database {redact_url(url)}; use sqlite:// or postgresql://")


def _refuse_empty_file(path: Path) -> None:
    """A zero-byte file is what a failed copy or a full disk leaves; SQLite would take it as a
    new, empty database and the monitor would start again from nothing without a word."""
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return  # unreadable: opening it reports the real problem
    if empty:
        raise StorageError(
            f"the database file {path} is empty (0 bytes), not a monitor database; restore it "
            "from a backup, or delete it and run `monitor init` to start a new one"
        )


def _sqlite_begin(connection: sa.Connection) -> None:
    """Writers take the write lock at BEGIN, so they wait for it (busy timeout) instead of
    failing when a read transaction tries to become a write one."""
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.isolation_level = None  # autocommit at the driver; SQLAlchemy sends BEGIN
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
