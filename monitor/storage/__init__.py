"""Storage: the SQLAlchemy schema, migrations, and one module per kind of record."""

from monitor.storage.database import Database

__all__ = ["Database"]
