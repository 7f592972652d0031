"""The migrations build the schema the code declares, and a database of 0001 upgrades."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from monitor.storage import Database
from monitor.storage.migrate import HEAD_REVISION, _alembic_config, current_revision, upgrade
from monitor.storage.schema import metadata


def indexes(db: Database) -> dict[str, set[tuple[str, tuple[str, ...]]]]:
    with db.read() as conn:
        inspector = sa.inspect(conn)
        return {
            table: {
                (i["name"], tuple(str(c) for c in i["column_names"]))
                for i in inspector.get_indexes(table)
                if not i.get("unique")
            }
            for table in metadata.tables
        }


def declared() -> dict[str, set[tuple[str, tuple[str, ...]]]]:
    return {
        name: {
            (str(i.name), tuple(c.name for c in i.columns)) for i in table.indexes if not i.unique
        }
        for name, table in metadata.tables.items()
    }


def test_migrated_indexes_are_the_declared_ones(database_url: str) -> None:
    db = Database(database_url)
    try:
        upgrade(db)
        assert current_revision(db) == HEAD_REVISION
        assert indexes(db) == declared()
    finally:
        db.close()


def test_a_database_at_0001_upgrades_to_the_evidence_indexes(database_url: str) -> None:
    db = Database(database_url)
    try:
        config = _alembic_config()
        with db.write() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        assert current_revision(db) == "0001"
        upgrade(db)
        assert current_revision(db) == HEAD_REVISION
        names = {name for name, _ in indexes(db)["evidence"]}
        assert {"ix_evidence_entry", "ix_evidence_milestone_published"} <= names
        assert "ix_evidence_milestone" not in names
    finally:
        db.close()
