"""Storage: the SQLAlchemy schema, migrations, and one module per kind of record.

The base every stage writes through: it imports only `model`, `timeline` and the monitor's
`config` and `errors`, never a stage. Functions take a connection from `Database`;
the transaction is the caller's, so one poll or one decision commits as a whole.
"""

from monitor.storage.database import Database

__all__ = ["Database"]
