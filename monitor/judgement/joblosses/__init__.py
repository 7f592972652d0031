"""Recognise restructuring and job-loss (or job-creation) announcements in news text.

Pure functions over plain values: `extract_announcement` reads one news item,
`merge_into_cases` groups reports of the same event, `load_watchlist` reads the
companies and plants to recognise.
"""

from monitor.judgement.joblosses.extract import extract_announcement
from monitor.judgement.joblosses.grouping import meets_eurofound_threshold, merge_into_cases
from monitor.judgement.joblosses.numbers import parse_job_count
from monitor.judgement.joblosses.watchlist import Company, Place, Watchlist, WatchlistError
from monitor.judgement.joblosses.watchlist_file import load_watchlist, parse_watchlist
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
