"""What the job-loss extractor tests share: the bundled watch list, read once, and one call
that reads a sentence as a news item of a given language."""

from __future__ import annotations

import datetime as dt
from functools import cache

from monitor.config import BUNDLED_SEEDS
from monitor.judgement.joblosses import Watchlist, extract_announcement, load_watchlist
from monitor.model.joblosses import Announcement

PUBLISHED = dt.date(2024, 5, 1)


@cache
def bundled_watchlist() -> Watchlist:
    """The watch list `make run` uses (loaded once per test process)."""
    return load_watchlist(BUNDLED_SEEDS / "watchlists" / "automotive.toml")


def read(watchlist: Watchlist, lang: str, title: str, summary: str = "") -> Announcement | None:
    """The announcement the extractor finds in a headline (and lead) of language `lang`."""
    return extract_announcement(
        title, summary, published=PUBLISHED, language=lang, watchlist=watchlist
    )


def read_found(watchlist: Watchlist, lang: str, title: str, summary: str) -> tuple[str, int, str]:
    """Company, job count and kind of the announcement a text must make."""
    found = read(watchlist, lang, title, summary)
    assert found is not None
    assert found.jobs is not None
    return found.company, found.jobs.value, found.jobs_kind.value
