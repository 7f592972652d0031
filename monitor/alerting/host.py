"""What the alerting stage needs of the monitor, as a Protocol, so it never imports `app`.

`monitor.app.Monitor` satisfies it; tests may pass anything that does.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import sqlalchemy as sa

    from alerts.digest import CaseItem
    from monitor.config import Config
    from monitor.storage import Database


class AlertHost(Protocol):
    """Configuration, database, today's date and the job-loss case feed."""

    config: Config
    db: Database

    def today(self) -> dt.date: ...

    def case_feed(
        self, conn: sa.Connection, watermark: int
    ) -> tuple[list[CaseItem], list[CaseItem], int]: ...
