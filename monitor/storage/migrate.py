"""Schema migrations (Alembic), run by `monitor init` and, on SQLite, on first use.

Every command checks the schema's revision; that check reads Alembic's version table with one
query and imports Alembic only when there is something to migrate, so commands start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from monitor.errors import StorageError
from monitor.storage.database import Database

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

SCRIPT_LOCATION = "monitor.storage:migrations"
# The newest revision in migrations/versions; a test checks it against Alembic's own view.
HEAD_REVISION = "0007"
_VERSION_TABLE = "alembic_version"


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    """The newest revision according to the migration scripts (what HEAD_REVISION must be)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """The database's schema revision; None for a database without the monitor's schema.

    Through Database, the first contact with the database: an unreachable server, a locked or
    full disk become a StorageError the CLI reports in one line, not a traceback.
    """
    with db.read() as conn:
        if not sa.inspect(conn).has_table(_VERSION_TABLE):
            return None
        version = sa.table(_VERSION_TABLE, sa.column("version_num"))
        return conn.execute(sa.select(version.c.version_num)).scalar()


def upgrade(db: Database) -> None:
    """Bring the schema to the latest revision (idempotent)."""
    from alembic import command

    config = _alembic_config()
    with db.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def ensure_schema(db: Database, *, create: bool) -> None:
    """Check the schema is current; create or upgrade it when allowed (the embedded default)."""
    current = current_revision(db)
    if current == HEAD_REVISION:
        return
    if create:
        upgrade(db)
        return
    state = "has no monitor schema" if current is None else f"is at schema {current}"
    raise StorageError(
        f"the database {state}, this version needs {HEAD_REVISION}; "
        "run `monitor init` once (before starting workers)"
    )
