"""One poll cycle: fetch due sources, parse, store, record health.

Each source's entries, its new polling state and its fetch-log line are written in one
transaction, so a process killed mid-cycle leaves either all of a source's results or none.
A source that sent entries gets a transaction of its own; those that sent nothing to store
(304 Not Modified, failures) are written together, up to `BATCH` at a time, since a poll of
unchanged feeds otherwise spends most of its time committing. One source's failure is
recorded on that source and never stops the others.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from monitor import clock, faults
from monitor.config import Config
from monitor.errors import ConfigError
from monitor.ingest.backoff import next_poll
from monitor.ingest.fetch import Fetcher, FetchRequest, FetchResult, FetchStatus
from monitor.ingest.parsing import ParseError, iter_erm_csv, parse_feed
from monitor.model.entries import FeedEntry
from monitor.model.sources import FEED_KINDS
from monitor.storage import Database
from monitor.storage import entries as entry_store
from monitor.storage import erm as erm_store
from monitor.storage import sources as source_store
from monitor.storage.entries import StoredEntry
from monitor.storage.sources import FetchOutcome, Source

AfterStore = Callable[[Any, Sequence[StoredEntry]], None]  # (connection, new or changed entries)
BATCH = 100  # outcomes with nothing to store, written in one transaction
BATCH_SECONDS = 1.0  # and never held longer than this once the first one arrived


@dataclass(frozen=True, slots=True)
class SourcePoll:
    """What happened to one source in a cycle; the `monitor poll --json` shape."""

    name: str
    url: str
    status: str  # ok | not_modified | error | backoff
    new: int = 0
    updated: int = 0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class PollReport:
    sources: tuple[SourcePoll, ...] = field(default_factory=tuple)

    @property
    def new(self) -> int:
        return sum(s.new for s in self.sources)

    @property
    def updated(self) -> int:
        return sum(s.updated for s in self.sources)

    @property
    def failed(self) -> int:
        return sum(1 for s in self.sources if s.status == "error")

    @property
    def ok(self) -> int:
        return sum(1 for s in self.sources if s.status in ("ok", "not_modified"))

    @property
    def all_failed(self) -> bool:
        """Sources were tried and none answered: `monitor poll` exits non-zero."""
        return self.failed > 0 and self.ok == 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "updated": self.updated,
            "failed": self.failed,
            "ok": self.ok,
            "partial": self.failed > 0 and self.ok > 0,
            "all_failed": self.all_failed,
            "sources": [
                {
                    "name": s.name,
                    "url": s.url,
                    "status": s.status,
                    "new": s.new,
                    "updated": s.updated,
                    "error": s.error,
                }
                for s in self.sources
            ],
        }


def select_sources(
    sources: Sequence[Source], now: dt.datetime, *, force: bool, due_only: bool
) -> tuple[list[Source], list[Source]]:
    """(to poll, held back by failure backoff). Pure.

    The daemon polls what is due (`due_only`); `monitor poll` polls every enabled source now,
    except those backing off after failures, which only `force` overrides.
    """
    chosen: list[Source] = []
    held: list[Source] = []
    for source in sources:
        if not source.enabled:
            continue
        waiting = source.next_poll is not None and source.next_poll > now
        if due_only and waiting:
            continue
        if waiting and source.failures > 0 and not force:
            held.append(source)
            continue
        chosen.append(source)
    return chosen, held


# [fetch] key -> (Fetcher argument, accepted type, what a value must be)
_FETCH_SETTINGS: dict[str, tuple[str, type | tuple[type, ...], str]] = {
    "timeout": ("read_timeout", (int, float), "a positive number of seconds"),
    "max_bytes": ("max_bytes", int, "a positive number of bytes"),
    "concurrency": ("max_connections", int, "a positive number of connections"),
    "per_host": ("per_host", int, "a positive number of connections"),
    "user_agent": ("user_agent", str, "a string"),
    "block_private_addresses": ("block_private_addresses", bool, "true or false"),
}


def fetcher_settings(config: Config) -> dict[str, Any]:
    """Fetcher keyword arguments from the `[fetch]` section, each value checked."""
    section = config.sections.get("fetch", {})
    settings: dict[str, Any] = {}
    for key, (argument, kind, expected) in _FETCH_SETTINGS.items():
        if key not in section:
            continue
        value = section[key]
        valid = isinstance(value, kind) and isinstance(value, bool) == (kind is bool)
        if valid and kind not in (bool, str):
            valid = value > 0
        if not valid:
            raise ConfigError(
                f"must be {expected}, not {value!r}", path=config.path, key=f"fetch.{key}"
            )
        settings[argument] = value
    if "read_timeout" in settings:
        settings["total_timeout"] = max(float(settings["read_timeout"]) * 2, 1.0)
    return settings


class Poller:
    """Runs poll cycles against one database with one set of fetch settings."""

    def __init__(
        self,
        db: Database,
        config: Config,
        *,
        after_store: AfterStore | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.db = db
        self.config = config
        self.after_store = after_store
        self.rng = rng or random.Random()  # noqa: S311 - jitter, not secrets

    def poll(
        self,
        sources: Sequence[Source],
        *,
        held: Sequence[Source] = (),
        progress: Callable[[SourcePoll], None] | None = None,
    ) -> PollReport:
        """Poll these sources now; report each one, including those held back."""
        results = [SourcePoll(s.name, s.url, "backoff", error=s.last_error) for s in held]
        if sources:
            results += asyncio.run(self._poll(sources, progress))
        return PollReport(tuple(sorted(results, key=lambda r: r.name)))

    async def _poll(
        self, sources: Sequence[Source], progress: Callable[[SourcePoll], None] | None
    ) -> list[SourcePoll]:
        started = clock.now()
        by_url: dict[str, list[Source]] = {}
        for source in sources:
            by_url.setdefault(source.url, []).append(source)
        requests = [FetchRequest(s.url, s.etag, s.last_modified) for s in sources]
        done: list[SourcePoll] = []
        waiting: list[tuple[Source, FetchResult]] = []  # nothing to store but the outcome
        since = 0.0

        def store(results: list[tuple[Source, FetchResult]]) -> None:
            for report in self.apply_many(results):
                done.append(report)
                if progress:
                    progress(report)
            results.clear()

        async with Fetcher(**fetcher_settings(self.config)) as fetcher:
            async for result in fetcher.fetch_many(requests, now=started.replace(tzinfo=dt.UTC)):
                source = by_url[result.request_url].pop(0)
                if result.content is not None:
                    store([(source, result)])
                    continue
                if not waiting:
                    since = time.monotonic()
                waiting.append((source, result))
                if len(waiting) >= BATCH or time.monotonic() - since >= BATCH_SECONDS:
                    store(waiting)
        if waiting:
            store(waiting)
        return done

    def apply(self, source: Source, result: FetchResult) -> SourcePoll:
        """Store one fetch result and the source's new state, in one transaction."""
        return self.apply_many([(source, result)])[0]

    def apply_many(self, results: Sequence[tuple[Source, FetchResult]]) -> list[SourcePoll]:
        """Store fetch results and their sources' new states, all in one transaction."""
        with self.db.write() as conn:
            polled = [self._record(conn, source, result) for source, result in results]
        for _ in polled:  # counted per source, as `poll.stored` is, however they were grouped
            faults.point("poll.committed")
        return polled

    def _record(self, conn: Any, source: Source, result: FetchResult) -> SourcePoll:
        """One source's entries (judged), state and fetch-log line, in the caller's transaction."""
        now = clock.now()
        aware_now = now.replace(tzinfo=dt.UTC)
        status, error = result.status.value, result.error
        stored = _Stored()
        if result.status is FetchStatus.OK and result.content is not None:
            try:
                stored = self._store_content(conn, source, result, now)
            except (ParseError, UnicodeDecodeError) as exc:
                status, error = "error", str(exc)
        failed = status in ("error", "gone")
        failures = source.failures + 1 if failed else 0
        retry_after = result.retry_after if failed else None
        outcome = FetchOutcome(
            started_at=now,
            duration_s=result.duration_s,
            status=status,
            http_status=result.http_status,
            bytes=result.bytes_read,
            new=stored.new,
            updated=stored.updated,
            error=error if failed else None,
            next_poll=next_poll(
                now=aware_now,
                interval=dt.timedelta(seconds=source.interval_s),
                failures=failures,
                retry_after=retry_after,
                rng=self.rng,
            ).replace(tzinfo=None),
            failures=failures,
            etag=result.etag if not failed else source.etag,
            last_modified=result.last_modified if not failed else source.last_modified,
            new_url=result.permanent_url,
            warnings=stored.warnings,
        )
        source_store.record_outcome(conn, source, outcome)
        if self.after_store and stored.changed:
            self.after_store(conn, stored.changed)
        faults.point("poll.stored")
        shown = "error" if status == "gone" else status
        return SourcePoll(source.name, source.url, shown, stored.new, stored.updated, outcome.error)

    @staticmethod
    def _store_content(conn: Any, source: Source, result: FetchResult, now: dt.datetime) -> _Stored:
        """Parse a body and store what it holds; raises ParseError for a body that is no feed."""
        assert result.content is not None
        if source.kind not in FEED_KINDS:
            text = result.content.decode("utf-8-sig")
            records = iter_erm_csv(io.StringIO(text), path=result.final_url)
            counts = erm_store.upsert_factsheets(conn, records, now)
            return _Stored(counts.new, counts.updated)
        parsed = parse_feed(
            result.content,
            url=result.final_url,
            headers=result.headers,
            now=now.replace(tzinfo=dt.UTC),
            source=source.name,
        )
        entries = _in_language(parsed.entries, source.language)
        stored = entry_store.store_entries(conn, source.id, entries, now)
        return _Stored(
            len(stored.new),
            len(stored.updated),
            "; ".join(parsed.warnings)[:2000],
            stored.stored,
        )


@dataclass(frozen=True, slots=True)
class _Stored:
    """What one body added: counts, the parser's warnings, the entries to judge."""

    new: int = 0
    updated: int = 0
    warnings: str = ""
    changed: tuple[StoredEntry, ...] = ()


def _in_language(entries: Sequence[FeedEntry], language: str) -> Sequence[FeedEntry]:
    """Entries whose feed says no language take the source's configured one ("" when mixed)."""
    if not language or all(e.language for e in entries):
        return entries
    return [e if e.language else replace(e, language=language) for e in entries]
