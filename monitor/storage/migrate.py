"""Schema migrations (Alembic), run by `monitor init` and, on SQLite, on first use."""

from __future__ import annotations

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from monitor.errors import StorageError
from monitor.storage.database import Database

SCRIPT_LOCATION = "monitor.storage:migrations"


def _alembic_config() -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    # Through Database, the first contact with the database: an unreachable server, a locked or
    # full disk become a StorageError the CLI reports in one line, not a traceback.
    with db.read() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database) -> None:
    """Bring the schema to the latest revision (idempotent)."""
    config = _alembic_config()
    with db.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def ensure_schema(db: Database, *, create: bool) -> None:
    """Check the schema is current; create or upgrade it when allowed (the embedded default)."""
    current = current_revision(db)
    if current == head_revision():
        return
    if create:
        upgrade(db)
        return
    state = "has no monitor schema" if current is None else f"is at schema {current}"
    raise StorageError(
        f"the database {state}, this version needs {head_revision()}; "
        "run `monitor init` once (before starting workers)"
    )
