"""Sources and their polling state: validators, health, backoff, the fetch log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from monitor.errors import NotFoundError
from monitor.model.sources import SourceSpec
from monitor.storage.schema import fetch_log, sources


@dataclass(frozen=True, slots=True)
class Source:
    """A stored source with its health."""

    id: int
    name: str
    title: str
    url: str
    kind: str
    language: str
    interval_s: int
    origin: str
    enabled: bool
    disabled_reason: str
    verified: bool
    etag: str | None
    last_modified: str | None
    last_attempt: dt.datetime | None
    last_success: dt.datetime | None
    last_error: str | None
    failures: int
    next_poll: dt.datetime | None


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """What one poll of one source changed, for the source row and the fetch log."""

    started_at: dt.datetime
    duration_s: float
    status: str  # ok | not_modified | error | gone
    http_status: int | None
    bytes: int
    new: int
    updated: int
    error: str | None
    next_poll: dt.datetime
    failures: int
    etag: str | None
    last_modified: str | None
    new_url: str | None = None
    warnings: str = ""


def _source(row: Any) -> Source:
    return Source(**{name: getattr(row, name) for name in Source.__dataclass_fields__})


# Why a source is off when a file, not a person, switched it off. The files' `enabled` is
# applied when it changes (kept in `configured_enabled`), so a person's enable or disable of
# a source stays until the files say otherwise.
_FILE_DISABLED = {
    "bundled": "disabled in the bundled source list",
    "config": "disabled in the configuration",
    "cli": "disabled by a person",
}
_GONE_FROM_FILES = "removed from the configuration"


def _source_changes(
    stored: dict[str, Any], specs: Sequence[SourceSpec]
) -> tuple[list[SourceSpec], list[tuple[int, dict[str, Any]]]]:
    """(sources to insert, (id, changes) to apply) to bring the stored sources in line.

    A person's `disable`/`remove` wins over the files; a source gone from the files is
    disabled (its entries stay), unless it was added with the CLI. The configured URL is kept
    apart from the URL polled, which permanent redirects may have moved on.
    """
    inserts: list[SourceSpec] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    for spec in specs:
        row = stored.get(spec.name)
        if row is None:
            inserts.append(spec)
            continue
        values = {
            "title": spec.title,
            "kind": spec.kind,
            "language": spec.language,
            "interval_s": spec.interval_s,
            "origin": spec.origin,
            "verified": spec.verified,
        }
        changes = {k: v for k, v in values.items() if getattr(row, k) != v}
        if row.configured_url != spec.url:  # the file changed the URL: poll the new one
            changes.update(url=spec.url, configured_url=spec.url)
        if row.configured_enabled != spec.enabled:  # the file switched it: that wins, once
            changes.update(
                configured_enabled=spec.enabled,
                enabled=spec.enabled,
                disabled_reason="" if spec.enabled else _FILE_DISABLED[spec.origin],
            )
        elif row.disabled_reason == _GONE_FROM_FILES:  # back in the files
            changes.update(enabled=spec.enabled, disabled_reason="")
        if changes:
            updates.append((row.id, changes))
    wanted = {spec.name for spec in specs}
    for name, row in stored.items():
        if name not in wanted and row.origin != "cli" and row.enabled:
            updates.append((row.id, {"enabled": False, "disabled_reason": _GONE_FROM_FILES}))
    return inserts, updates


def sources_in_step(conn: sa.Connection, specs: Sequence[SourceSpec]) -> bool:
    """Whether the stored sources already match the files (checked without a write lock)."""
    stored = {row.name: row for row in conn.execute(sa.select(sources))}
    inserts, updates = _source_changes(stored, specs)
    return not inserts and not updates


def sync_sources(conn: sa.Connection, specs: Sequence[SourceSpec], now: dt.datetime) -> None:
    """Insert new configured sources and update changed ones; keep polling state and choices."""
    stored = {row.name: row for row in conn.execute(sa.select(sources))}
    inserts, updates = _source_changes(stored, specs)
    for spec in inserts:
        conn.execute(
            sources.insert().values(
                name=spec.name,
                title=spec.title,
                url=spec.url,
                configured_url=spec.url,
                kind=spec.kind,
                language=spec.language,
                interval_s=spec.interval_s,
                origin=spec.origin,
                verified=spec.verified,
                enabled=spec.enabled,
                configured_enabled=spec.enabled,
                disabled_reason="" if spec.enabled else _FILE_DISABLED[spec.origin],
                removed=False,
                failures=0,
                warnings="",
                created_at=now,
                updated_at=now,
            )
        )
    for source_id, changes in updates:
        conn.execute(
            sources.update().where(sources.c.id == source_id).values(**changes, updated_at=now)
        )


def list_sources(conn: sa.Connection, *, include_removed: bool = False) -> list[Source]:
    query = sa.select(sources).order_by(sources.c.name)
    if not include_removed:
        query = query.where(sources.c.removed.is_(False))
    return [_source(row) for row in conn.execute(query)]


def get_source(conn: sa.Connection, name: str) -> Source:
    row = conn.execute(
        sa.select(sources).where(sources.c.name == name, sources.c.removed.is_(False))
    ).first()
    if row is None:
        names = [
            r.name
            for r in conn.execute(sa.select(sources.c.name).where(sources.c.removed.is_(False)))
        ]
        import difflib

        close = difflib.get_close_matches(name, names, n=3)
        hint = (
            f"; did you mean {', '.join(close)}?"
            if close
            else "; `monitor sources list` shows them"
        )
        raise NotFoundError(f"no source named {name!r}{hint}")
    return _source(row)


def add_source(conn: sa.Connection, spec: SourceSpec, now: dt.datetime) -> Source:
    """A person adds a source; re-adding a removed one brings it back."""
    existing = conn.execute(sa.select(sources).where(sources.c.name == spec.name)).first()
    values = {
        "title": spec.title,
        "url": spec.url,
        "configured_url": spec.url,
        "configured_enabled": True,
        "kind": spec.kind,
        "language": spec.language,
        "interval_s": spec.interval_s,
        "origin": spec.origin,
        "enabled": True,
        "removed": False,
        "disabled_reason": "",
        "verified": spec.verified,
        "updated_at": now,
    }
    if existing is not None:
        if not existing.removed:
            raise ValueError(f"a source named {spec.name!r} exists; pick another name")
        conn.execute(sources.update().where(sources.c.id == existing.id).values(**values))
    else:
        conn.execute(
            sources.insert().values(
                name=spec.name, failures=0, warnings="", created_at=now, **values
            )
        )
    return get_source(conn, spec.name)


def set_enabled(
    conn: sa.Connection, name: str, enabled: bool, reason: str, now: dt.datetime
) -> Source:
    source = get_source(conn, name)
    values: dict[str, Any] = {
        "enabled": enabled,
        "disabled_reason": "" if enabled else reason,
        "updated_at": now,
    }
    if enabled:
        values.update(failures=0, next_poll=None)
    conn.execute(sources.update().where(sources.c.id == source.id).values(**values))
    return get_source(conn, name)


def remove_source(conn: sa.Connection, name: str, now: dt.datetime) -> None:
    """Stop watching a source for good; its entries and evidence stay."""
    source = get_source(conn, name)
    conn.execute(
        sources.update()
        .where(sources.c.id == source.id)
        .values(enabled=False, removed=True, disabled_reason="removed by a person", updated_at=now)
    )


def record_outcome(conn: sa.Connection, source: Source, outcome: FetchOutcome) -> None:
    """Update the source's health and append to the fetch log, in the caller's transaction."""
    values: dict[str, Any] = {
        "last_attempt": outcome.started_at,
        "failures": outcome.failures,
        "next_poll": outcome.next_poll,
        "updated_at": outcome.started_at,
        "etag": outcome.etag,
        "last_modified": outcome.last_modified,
    }
    if outcome.status in ("ok", "not_modified"):
        values.update(last_success=outcome.started_at, last_error=None, warnings=outcome.warnings)
    else:
        values["last_error"] = outcome.error
    if outcome.status == "gone":
        values.update(enabled=False, disabled_reason="gone: the server answered 410 Gone")
    if outcome.new_url:
        values["url"] = outcome.new_url
    # Statements built once and given their values at execution: a poll records thousands of
    # outcomes, and building and caching a statement per call cost more than running it.
    conn.execute(_UPDATE_SOURCE, {"source_key": source.id, **values})
    conn.execute(
        _APPEND_FETCH_LOG,
        {
            "source_id": source.id,
            "started_at": outcome.started_at,
            "duration_s": outcome.duration_s,
            "status": outcome.status,
            "http_status": outcome.http_status,
            "bytes": outcome.bytes,
            "new": outcome.new,
            "updated": outcome.updated,
            "error": outcome.error,
        },
    )


# The SET clause follows the keys given at execution.
_UPDATE_SOURCE = sources.update().where(sources.c.id == sa.bindparam("source_key"))
_APPEND_FETCH_LOG = fetch_log.insert()


def fetch_history(conn: sa.Connection, name: str, limit: int = 20) -> list[dict[str, Any]]:
    source = get_source(conn, name)
    query = (
        sa.select(fetch_log)
        .where(fetch_log.c.source_id == source.id)
        .order_by(fetch_log.c.id.desc())
        .limit(limit)
    )
    return [dict(row._mapping) for row in conn.execute(query)]


def get_source_by_id(conn: sa.Connection, source_id: int) -> Source | None:
    """The source with this id, or None once it is removed (a queued job may outlive it)."""
    row = conn.execute(
        sa.select(sources).where(sources.c.id == source_id, sources.c.removed.is_(False))
    ).first()
    return None if row is None else _source(row)
