"""What the scheduled jobs need of the monitor, as a Protocol, so nothing here imports `app`.

`monitor.app.Monitor` satisfies it; the CLI passes one in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from monitor.alerting.host import AlertHost

if TYPE_CHECKING:
    from monitor.ingest.poll import PollReport, SourcePoll
    from monitor.storage.milestones import SyncReport
    from monitor.storage.sources import Source
    from timeline.status import StatusEvent


class Host(AlertHost, Protocol):
    """Polling, evaluating and keeping plans and sources in step with their files."""

    def poll(
        self,
        names: Sequence[str] = (),
        *,
        force: bool = False,
        due_only: bool = False,
        progress: Callable[[SourcePoll], None] | None = None,
    ) -> PollReport: ...

    def evaluate(self, *, reason: str = "evaluation") -> list[StatusEvent]: ...

    def sync_plans(self, *, force: bool = False) -> SyncReport: ...

    def sync_sources(self) -> None: ...

    def sources(self) -> list[Source]: ...
