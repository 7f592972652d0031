"""Entries' stored readings: their folded words, stems, language and citations, as plain values.

Judging computes them (`judgement.matching.reading`) when an entry is stored or changed and
reads them back on a rematch, so only the decision runs again. A reading is replaced whole;
the caller's transaction holds it with the entry.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from monitor.storage.schema import entry_readings

_CHUNK = 500  # bound IN lists (SQLite's variable limit; PostgreSQL plan sizes)

Citation = tuple[str, str, int | None, int | None, int | None]  # key, text, start, end, part


@dataclass(frozen=True, slots=True)
class StoredReading:
    reading_key: str
    language: str | None
    words: str
    stems: str
    parts: tuple[int, ...]
    citations: tuple[Citation, ...]
    extracted_with: str | None = None  # the job-loss rules its reports were last read with


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


_LOAD = sa.select(
    entry_readings.c.entry_id,
    entry_readings.c.reading_key,
    entry_readings.c.language,
    entry_readings.c.words,
    entry_readings.c.stems,
    entry_readings.c.parts,
    entry_readings.c.citations,
    entry_readings.c.extracted_with,
).where(entry_readings.c.entry_id.in_(sa.bindparam("ids", expanding=True)))
_DELETE = entry_readings.delete().where(
    entry_readings.c.entry_id.in_(sa.bindparam("ids", expanding=True))
)


def load_readings(conn: sa.Connection, ids: Sequence[int]) -> dict[int, StoredReading]:
    """The stored readings of these entries, by entry id (entries without one are absent)."""
    found: dict[int, StoredReading] = {}
    for chunk in _chunks(list(ids)):
        # Unpacked as tuples: a rematch reads every entry's reading, and attribute access
        # by name cost as much as the query.
        rows = conn.execute(_LOAD, {"ids": list(chunk)}).all()
        for entry_id, key, language, words, stems, parts, citations, extracted in rows:
            found[int(entry_id)] = StoredReading(
                key,
                language,
                words,
                stems,
                tuple(parts),
                tuple(_citation(c) for c in citations),
                extracted,
            )
    return found


def _citation(value: Any) -> Citation:
    key, text, start, end, part = value
    return (str(key), str(text), start, end, part)


def save_readings(
    conn: sa.Connection, readings: Mapping[int, StoredReading], *, replacing: Sequence[int] = ()
) -> None:
    """Store readings by entry id; those of `replacing` (entries with a stale one) first go."""
    for chunk in _chunks(list(replacing)):
        conn.execute(_DELETE, {"ids": list(chunk)})
    if readings:
        conn.execute(
            entry_readings.insert(),
            [
                {
                    "entry_id": entry_id,
                    "reading_key": r.reading_key,
                    "language": r.language,
                    "words": r.words,
                    "stems": r.stems,
                    "parts": list(r.parts),
                    "citations": [list(c) for c in r.citations],
                    "extracted_with": r.extracted_with,
                }
                for entry_id, r in readings.items()
            ],
        )


_MARK = (
    entry_readings.update()
    .where(entry_readings.c.entry_id.in_(sa.bindparam("ids", expanding=True)))
    .values(extracted_with=sa.bindparam("rules"))
)


def mark_extracted(conn: sa.Connection, ids: Sequence[int], rules: str) -> None:
    """Record that these entries' job-loss reports were read with `rules` (their readings
    exist: `save_readings` comes first)."""
    for chunk in _chunks(list(ids)):
        conn.execute(_MARK, {"ids": list(chunk), "rules": rules})
