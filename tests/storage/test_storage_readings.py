"""Entries' readings are stored when they are first judged and read back on a rematch, on
SQLite and PostgreSQL; a changed entry, or other code, gets a new reading; judging from a
stored reading gives what judging from the text gives."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from monitor.app import Monitor
from monitor.config import Config
from monitor.judgement import judge as judge_module
from monitor.judgement.matching import reading as reading_module
from monitor.judgement.matching.reading import read_entry
from monitor.model.entries import FeedEntry
from monitor.model.sources import SourceSpec
from monitor.storage import entries as entry_store
from monitor.storage import joblosses as report_store
from monitor.storage import readings as reading_store
from monitor.storage import sources as source_store

NOW = dt.datetime(2025, 7, 1, 9, 0)
TEXTS = [
    (
        "Commission proposes to extend the Eurovignette toll exemption for zero-emission trucks",
        "The proposal amends Directive 1999/62/EC until 2031.",
        "en",
    ),
    ("Ford streicht 2.000 Stellen in Köln", "Der Autobauer baut weiter ab.", "de"),
    ("Le conseil municipal adopte le budget", "Après un long débat.", None),
]


def _entry(n: int, title: str, summary: str, language: str | None) -> FeedEntry:
    return FeedEntry(
        source="wire",
        entry_id=f"item-{n}",
        url=f"https://eur-lex.europa.eu/eli/dir/1999/62/oj?n={n}",
        title=title,
        summary=summary,
        published=dt.datetime(2025, 6, 1, 12, tzinfo=dt.UTC) + dt.timedelta(hours=n),
        published_from_feed=True,
        language=language,
        content_hash=hashlib.sha256(f"{n}{title}{summary}".encode()).hexdigest(),
    )


def _stored(app: Monitor, found: list[FeedEntry]) -> list[int]:
    with app.db.write() as conn:
        known = {s.name: s for s in source_store.list_sources(conn)}
        source = known.get("wire") or source_store.add_source(
            conn,
            SourceSpec("wire", "https://news.example.org/feed", "rss", "en", 3600, "cli"),
            NOW,
        )
        result = entry_store.store_entries(conn, source.id, found, NOW)
        app.judge().judge(conn, result.stored, NOW)
    return sorted(result.new + result.updated)


def test_a_reading_is_stored_and_read_back_as_it_was_read(app: Monitor) -> None:
    app.open()
    ids = _stored(app, [_entry(n, *text) for n, text in enumerate(TEXTS)])
    with app.db.read() as conn:
        entries = entry_store.load_entries(conn, ids)
        stored = reading_store.load_readings(conn, ids)
    assert sorted(stored) == ids
    for entry in entries:
        again = judge_module._from_stored(stored[entry.id])
        assert again == read_entry(entry.title, entry.summary, entry.language, entry.url)
    assert any(judge_module._from_stored(r).citations for r in stored.values())


def test_a_changed_entry_gets_a_new_reading_and_an_unchanged_one_keeps_its_own(
    app: Monitor,
) -> None:
    app.open()
    ids = _stored(app, [_entry(n, *text) for n, text in enumerate(TEXTS)])
    with app.db.read() as conn:
        before = reading_store.load_readings(conn, ids)
    _stored(app, [_entry(1, "Ford streicht 3.000 Stellen in Köln", "Mehr als geplant.", "de")])
    with app.db.read() as conn:
        after = reading_store.load_readings(conn, ids)
        entries = {e.id: e for e in entry_store.load_entries(conn, ids)}
    changed = [i for i in ids if after[i] != before[i]]
    assert changed == [ids[1]]
    edited = entries[ids[1]]
    assert judge_module._from_stored(after[ids[1]]) == read_entry(
        edited.title, edited.summary, edited.language, edited.url
    )


def test_a_rematch_reads_stored_readings_and_new_code_reads_again(
    app: Monitor, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.open()
    ids = _stored(app, [_entry(n, *text) for n, text in enumerate(TEXTS)])
    read: list[str] = []
    original = judge_module.read_entry

    def counting(title: str, *args: object) -> reading_module.Reading:
        read.append(title)
        return original(title, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(judge_module, "read_entry", counting)
    app.rematch()
    assert read == []  # every reading was in store
    monkeypatch.setattr(reading_module, "code_version", lambda: "another-release")
    app.rematch()
    assert len(read) == len(ids)  # stale: read again, stored again
    read.clear()
    app.rematch()
    assert read == []


def test_judging_from_a_stored_reading_is_judging_from_the_text(app: Monitor) -> None:
    app.open()
    matcher = app.judge().matcher
    for n, (title, summary, language) in enumerate(TEXTS):
        url = _entry(n, title, summary, language).url
        reading = read_entry(title, summary, language, url)
        kept = judge_module._from_stored(judge_module._to_stored(reading, "key"))
        plain = matcher.match(title, summary, language=language, url=url)
        assert matcher.match(title, summary, language=language, url=url, reading=kept) == plain
        assert matcher.closest(title, summary, language=language, reading=kept) == (
            matcher.closest(title, summary, language=language)
        )


def _counting_extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles read for job losses from now on."""
    read: list[str] = []
    original = judge_module.extract_announcement

    def counting(title: str, *args: object, **kwargs: object) -> object:
        read.append(title)
        return original(title, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(judge_module, "extract_announcement", counting)
    return read


def _reports(app: Monitor) -> list[report_store.StoredReport]:
    with app.db.read() as conn:
        return report_store.list_reports(conn)


def test_a_rematch_reads_job_losses_again_only_where_text_or_rules_changed(
    app: Monitor, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.open()
    ids = _stored(app, [_entry(n, *text) for n, text in enumerate(TEXTS)])
    before = _reports(app)
    assert [r.report.announcement.company for r in before] == ["Ford"]
    read = _counting_extractions(monkeypatch)
    app.rematch()
    assert read == []  # same texts, same rules: the reports stand as they were
    assert _reports(app) == before
    _stored(app, [_entry(1, "Ford streicht 3.000 Stellen in Köln", "Mehr als geplant.", "de")])
    assert read == ["Ford streicht 3.000 Stellen in Köln"]  # a changed text is read at once
    read.clear()
    app.rematch()
    assert read == []
    app.rematch(full=True)
    assert len(read) == len(ids)


def test_new_job_loss_rules_make_a_rematch_read_every_entry_once(
    app: Monitor, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.open()
    ids = _stored(app, [_entry(n, *text) for n, text in enumerate(TEXTS)])
    read = _counting_extractions(monkeypatch)
    monkeypatch.setattr(judge_module, "_judgement_code", lambda: "another-release")
    released = Monitor(app.config)  # a new release runs in a new process, compiled afresh
    try:
        released.rematch()
        assert len(read) == len(ids)
        read.clear()
        released.rematch()
        assert read == []
    finally:
        released.close()


def test_an_edited_watch_list_makes_a_rematch_read_every_entry_again(
    config: Config, frozen_clock: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied = shutil.copytree(config.watchlist_file.parent, tmp_path / "watchlists")
    watchlist = copied / config.watchlist_file.name
    app = Monitor(replace(config, sections={"sources": {"watchlist": str(watchlist)}}))
    try:
        app.init()
        ids = _stored(app, [_entry(n, *text) for n, text in enumerate(TEXTS)])
        read = _counting_extractions(monkeypatch)
        app.rematch()
        assert read == []
        watchlist.write_text(watchlist.read_text(encoding="utf-8") + "\n# edited\n", "utf-8")
        app.rematch()
        assert len(read) == len(ids)
        read.clear()
        included = next(p for p in copied.glob("*.toml") if p != watchlist)
        included.write_text(included.read_text(encoding="utf-8") + "\n# edited\n", "utf-8")
        app.rematch()
        assert len(read) == len(ids)  # a file the watch list includes is the watch list too
    finally:
        app.close()
