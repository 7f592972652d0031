"""Recognise restructuring and job-loss (or job-creation) announcements in news text.

Pure functions over plain values: `extract_announcement` reads one news item,
`merge_into_cases` groups reports of the same event, `load_watchlist` reads the
companies and plants to recognise.

The extractor and the watch-list reader are imported on first use: commands that only
read cases (`timeline record`, digests) do not compile the cue lexicons.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from monitor.judgement.joblosses.grouping import meets_eurofound_threshold, merge_into_cases
from monitor.judgement.joblosses.numbers import parse_job_count
from monitor.judgement.joblosses.watchlist import Company, Place, Watchlist, WatchlistError
from monitor.model.joblosses import (
    Announcement,
    Case,
    JobCount,
    JobsKind,
    Qualifier,
    Report,
    RestructuringType,
    Revision,
)

if TYPE_CHECKING:
    from monitor.judgement.joblosses.extract import extract_announcement
    from monitor.judgement.joblosses.watchlist_file import load_watchlist, parse_watchlist

_LAZY = {
    "extract_announcement": "monitor.judgement.joblosses.extract",
    "load_watchlist": "monitor.judgement.joblosses.watchlist_file",
    "parse_watchlist": "monitor.judgement.joblosses.watchlist_file",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Announcement",
    "Case",
    "Company",
    "JobCount",
    "JobsKind",
    "Place",
    "Qualifier",
    "Report",
    "RestructuringType",
    "Revision",
    "Watchlist",
    "WatchlistError",
    "extract_announcement",
    "load_watchlist",
    "meets_eurofound_threshold",
    "merge_into_cases",
    "parse_job_count",
    "parse_watchlist",
]
