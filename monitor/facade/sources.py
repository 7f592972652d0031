"""The facade's sources: listing, adding, switching and syncing the feeds to poll.

A mixin of `monitor.app.Monitor`; the storage module is imported by each method, so commands
that never read sources (`timeline list`) do not load it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor import clock
from monitor.config import Config
from monitor.storage import Database

if TYPE_CHECKING:
    from monitor.model.sources import SourceSpec
    from monitor.storage.sources import Source


class SourceDesk:
    """The sources as stored, kept in line with the bundled list and the config file."""

    config: Config
    db: Database

    def sync_sources(self) -> None:
        """Bring the stored sources in line with the bundled list and the config file."""
        from monitor.ingest.sources import configured_sources
        from monitor.storage import sources as source_store

        specs = configured_sources(self.config)
        with self.db.read() as conn:
            if source_store.sources_in_step(conn, specs):
                return  # the usual case: no write lock taken, nothing to wait for
        with self.db.write() as conn:
            source_store.sync_sources(conn, specs, clock.now())

    def sources(self) -> list[Source]:
        from monitor.storage import sources as source_store

        with self.db.read() as conn:
            return source_store.list_sources(conn)

    def add_source(self, spec: SourceSpec) -> Source:
        from monitor.storage import sources as source_store

        with self.db.write() as conn:
            return source_store.add_source(conn, spec, clock.now())

    def set_source_enabled(self, name: str, enabled: bool, *, by: str | None = None) -> Source:
        """Switch a source on or off; `by` names who switched it off in its reason."""
        from monitor.storage import sources as source_store

        with self.db.write() as conn:
            return source_store.set_enabled(
                conn, name, enabled, f"disabled by {by or 'a person'}", clock.now()
            )

    def remove_source(self, name: str) -> None:
        from monitor.storage import sources as source_store

        with self.db.write() as conn:
            source_store.remove_source(conn, name, clock.now())
