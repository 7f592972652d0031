"""The job functions both engines call: a source is polled only while it is due, so a job
queued twice (or retried after its worker died having polled) fetches once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from monitor.app import Monitor
from monitor.ingest.sources import make_spec
from monitor.running import jobs
from monitor.storage.sources import Source

from conftest import FrozenClock
from sites import Site, rss, serve


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/a.xml", rss("A", [("a-1", "First", "x")]))
        yield running


@pytest.fixture
def source(app: Monitor, site: Site) -> Source:
    spec = make_spec({"name": "local", "url": site.url("/a.xml"), "interval": "1h"}, origin="cli")
    return app.add_source(spec)


def test_a_job_queued_twice_polls_once(app: Monitor, site: Site, source: Source) -> None:
    first = jobs.poll_source(app, source.id)
    second = jobs.poll_source(app, source.id)
    assert first is not None
    assert (first.status, first.new) == ("ok", 1)
    assert second is None
    assert site.hits["/a.xml"] == 1


def test_a_source_is_due_again_after_its_interval(
    app: Monitor, site: Site, source: Source, frozen_clock: FrozenClock
) -> None:
    assert source.id in jobs.due_source_ids(app)
    jobs.poll_source(app, source.id)
    assert source.id not in jobs.due_source_ids(app)
    frozen_clock.current += dt.timedelta(hours=2)
    assert source.id in jobs.due_source_ids(app)
    again = jobs.poll_source(app, source.id)
    assert again is not None
    assert again.status == "not_modified"
    assert site.hits["/a.xml"] == 2


def test_a_removed_source_is_not_polled(app: Monitor, site: Site, source: Source) -> None:
    app.remove_source(source.name)
    assert jobs.poll_source(app, source.id) is None
    assert source.id not in jobs.due_source_ids(app)
    assert "/a.xml" not in site.hits
