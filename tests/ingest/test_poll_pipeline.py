"""Polling against a real HTTP server on 127.0.0.1: storage once, 304s, faults, health."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from monitor.app import Monitor
from monitor.config import Config
from monitor.storage.schema import entries, fetch_log

from conftest import FrozenClock
from sites import Site, rss, serve


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


def watching(config: Config, site: Site, paths: list[str], **fetch: Any) -> Monitor:
    feeds = [
        {"name": f"feed-{i}", "url": site.url(path), "kind": "rss", "interval": "30m"}
        for i, path in enumerate(paths)
    ]
    sections = {
        "sources": {"defaults": False, "feed": feeds},
        "fetch": {"timeout": 1.0, **fetch},
    }
    monitor = Monitor(dataclasses.replace(config, sections=sections))
    monitor.init()
    monitor.sync_sources()
    return monitor


def stored_count(monitor: Monitor) -> int:
    with monitor.db.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(entries)).scalar_one())


def items(feed: int, count: int = 5) -> list[tuple[str, str, str]]:
    return [
        (f"f{feed}-i{n}", f"Feed {feed} item {n}", f"Body {n} of feed {feed}") for n in range(count)
    ]


def test_fifty_feeds_store_each_entry_once_then_all_not_modified(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    paths = [f"/feeds/{i}.xml" for i in range(50)]
    for i, path in enumerate(paths):
        site.feed(path, rss(f"Feed {i}", items(i)))
    monitor = watching(config, site, paths)

    first = monitor.poll()
    assert (first.new, first.updated, first.failed) == (250, 0, 0)
    assert {s.status for s in first.sources} == {"ok"}
    assert stored_count(monitor) == 250

    second = monitor.poll()
    assert {s.status for s in second.sources} == {"not_modified"}
    assert (second.new, second.updated) == (0, 0)
    assert stored_count(monitor) == 250
    monitor.close()


def test_changed_entry_is_updated_not_duplicated(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    site.feed("/a.xml", rss("A", items(1)))
    monitor = watching(config, site, ["/a.xml"])
    monitor.poll()
    changed = items(1)
    changed[2] = ("f1-i2", "Feed 1 item 2 (corrected)", "New body")
    site.feed("/a.xml", rss("A", changed))
    report = monitor.poll()
    assert (report.new, report.updated) == (0, 1)
    assert stored_count(monitor) == 5
    with monitor.db.read() as conn:
        row = conn.execute(sa.select(entries).where(entries.c.entry_id == "f1-i2")).one()
    assert (row.title, row.revisions) == ("Feed 1 item 2 (corrected)", 1)
    monitor.close()


def test_same_article_from_two_sources_is_stored_once(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    site.feed("/a.xml", rss("A", [("a-1", "Shared story", "x")]))
    # another feed with another guid but the same link (tracking parameter aside)
    other = rss("B", [("b-1", "Shared story", "x")]).replace(
        b"https://news.example.org/b-1", b"https://news.example.org/a-1?utm_source=rss"
    )
    site.feed("/b.xml", other)
    monitor = watching(config, site, ["/a.xml", "/b.xml"])
    report = monitor.poll()
    assert report.new == 1
    assert stored_count(monitor) == 1
    monitor.close()


FAULTS = {
    "/timeout.xml": lambda s: s.hang("/timeout.xml", 3.0),
    "/reset.xml": lambda s: s.reset("/reset.xml"),
    "/500.xml": lambda s: s.status("/500.xml", 500),
    "/404.xml": lambda s: None,
    "/429.xml": lambda s: s.status("/429.xml", 429, {"Retry-After": "7200"}),
    "/html.xml": lambda s: s.raw(
        "/html.xml",
        b"<!doctype html><html><body><p>Hello</p></body></html>",
        {"Content-Type": "text/html"},
    ),
    "/truncated.xml": lambda s: s.raw(
        "/truncated.xml", rss("T", items(9))[:60], {"Content-Type": "application/rss+xml"}
    ),
    "/bomb.xml": lambda s: s.gzip_bomb("/bomb.xml", 50 * 1024 * 1024),
    "/endless.xml": lambda s: s.endless("/endless.xml"),
}


def test_each_fault_is_recorded_on_its_source_and_others_complete(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    site.feed("/good.xml", rss("Good", items(1)))
    site.raw(  # declared latin-1 but sent as windows-1252 bytes: recoverable, entries kept
        "/charset.xml",
        rss("C", [("c-1", "Prix de l’électrique", "x")]).replace(b"utf-8", b"iso-8859-1"),
        {"Content-Type": "application/rss+xml; charset=iso-8859-1"},
    )
    for make in FAULTS.values():
        make(site)
    monitor = watching(config, site, ["/good.xml", "/charset.xml", *FAULTS], max_bytes=1024 * 1024)
    report = {s.url.rsplit("/", 1)[1]: s for s in monitor.poll().sources}

    assert report["good.xml"].status == "ok"
    assert report["good.xml"].new == 5
    assert report["charset.xml"].status == "ok"
    assert report["charset.xml"].new == 1
    for path in FAULTS:
        result = report[path.lstrip("/")]
        assert result.status == "error", path
        assert result.error, path
    assert "HTML" in (report["html.xml"].error or "")

    now = frozen_clock()
    by_name = {s.url.rsplit("/", 1)[1]: s for s in monitor.sources()}
    for path in FAULTS:
        source = by_name[path.lstrip("/")]
        assert source.failures == 1
        assert source.last_error
        assert source.next_poll is not None
        assert source.next_poll > now
    assert by_name["429.xml"].next_poll >= now + dt.timedelta(hours=2)
    assert by_name["good.xml"].failures == 0
    assert by_name["good.xml"].last_success == now

    # Backoff holds failing sources back unless forced.
    held = {s.url.rsplit("/", 1)[1]: s.status for s in monitor.poll().sources}
    assert held["500.xml"] == "backoff"
    assert held["good.xml"] == "not_modified"
    forced = {s.url.rsplit("/", 1)[1]: s.status for s in monitor.poll(force=True).sources}
    assert forced["500.xml"] == "error"
    assert {s.url.rsplit("/", 1)[1]: s for s in monitor.sources()}["500.xml"].failures == 2
    monitor.close()


def test_gone_source_is_disabled(config: Config, site: Site, frozen_clock: FrozenClock) -> None:
    site.status("/gone.xml", 410)
    monitor = watching(config, site, ["/gone.xml"])
    (result,) = monitor.poll().sources
    assert result.status == "error"
    (source,) = monitor.sources()
    assert not source.enabled
    assert "410" in source.disabled_reason
    assert monitor.poll().sources == ()
    monitor.close()


def test_permanent_redirect_updates_the_stored_url(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    site.feed("/new.xml", rss("N", items(2)))
    site.status("/old.xml", 301, {"Location": site.url("/new.xml")})
    monitor = watching(config, site, ["/old.xml"])
    assert monitor.poll().new == 5
    (source,) = monitor.sources()
    assert source.url == site.url("/new.xml")
    monitor.sync_sources()  # the configuration still names the old URL: the move is kept
    (source,) = monitor.sources()
    assert source.url == site.url("/new.xml")
    assert monitor.poll().sources[0].status == "not_modified"
    assert site.hits.get("/old.xml") == 1
    monitor.close()


def test_fetch_log_records_every_attempt(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    site.feed("/a.xml", rss("A", items(1)))
    site.status("/b.xml", 500)
    monitor = watching(config, site, ["/a.xml", "/b.xml"])
    monitor.poll()
    monitor.poll(force=True)
    with monitor.db.read() as conn:
        rows = conn.execute(sa.select(fetch_log).order_by(fetch_log.c.id)).all()
    assert sorted(r.status for r in rows) == ["error", "error", "not_modified", "ok"]
    ok = next(r for r in rows if r.status == "ok")
    assert (ok.new, ok.http_status) == (5, 200)
    assert ok.bytes > 0
    assert all(r.error for r in rows if r.status == "error")
    monitor.close()


def test_entries_of_a_feed_that_names_no_language_take_the_sources(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    def unlabelled(guid: str) -> bytes:
        body = rss("Motoryzacja", [(guid, "Fabryka", "Krótko")])
        return body.replace(b"<language>en</language>", b"")

    site.feed("/pl.xml", unlabelled("p1"))
    site.feed("/mixed.xml", unlabelled("m1"))
    feeds = [
        {"name": "pl-news", "url": site.url("/pl.xml"), "kind": "rss", "language": "pl"},
        {"name": "mixed", "url": site.url("/mixed.xml"), "kind": "rss"},
    ]
    sections = {"sources": {"defaults": False, "feed": feeds}, "fetch": {"timeout": 1.0}}
    monitor = Monitor(dataclasses.replace(config, sections=sections))
    monitor.init()
    monitor.poll()
    with monitor.db.read() as conn:
        rows = conn.execute(sa.select(entries.c.entry_id, entries.c.language)).all()
    assert dict(rows) == {"p1": "pl", "m1": None}
    monitor.close()
