"""store_entries hands back the entries it wrote exactly as load_entries reads them back.

Judging takes them from store_entries in the poll's transaction instead of reading them again;
this holds the two to the same values and order, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from monitor.app import Monitor
from monitor.model.entries import FeedEntry
from monitor.model.sources import SourceSpec
from monitor.storage import entries as entry_store
from monitor.storage import sources as source_store

NOW = dt.datetime(2025, 7, 1, 9, 0)


def entry(n: int, *, title: str = "", hours: int = 0) -> FeedEntry:
    return FeedEntry(
        source="wire",
        entry_id=f"item-{n}",
        url=f"https://news.example.org/{n}" if n % 3 else None,
        title=title or f"Title {n}",
        summary=f"Summary {n} with accents: été, Straße",
        published=dt.datetime(2025, 6, 1, 12, tzinfo=dt.UTC) + dt.timedelta(hours=hours or -n),
        published_from_feed=True,
        language="fr" if n % 2 else None,
        content_hash=f"hash-{n}-{title}",
    )


def test_stored_entries_are_what_load_entries_reads(app: Monitor) -> None:
    with app.db.write() as conn:
        source = source_store.add_source(
            conn,
            SourceSpec("wire", "https://news.example.org/feed", "rss", "en", 3600, "cli"),
            NOW,
        )
        first = entry_store.store_entries(conn, source.id, [entry(n) for n in range(8)], NOW)
    assert sorted(e.id for e in first.stored) == sorted(first.new)
    with app.db.read() as conn:
        assert list(first.stored) == entry_store.load_entries(conn, first.new)

    edited = [dataclasses.replace(entry(2, title="Edited", hours=5)), entry(8), entry(9)]
    with app.db.write() as conn:
        second = entry_store.store_entries(conn, source.id, edited, NOW)
    assert len(second.updated) == 1
    with app.db.read() as conn:
        assert list(second.stored) == entry_store.load_entries(conn, second.new + second.updated)
