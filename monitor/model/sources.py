"""A source as configured: what to fetch, how often, in which language (not its polling state)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FEED_KINDS", "KINDS", "SourceSpec"]

KINDS = ("rss", "atom", "jsonfeed", "erm-csv")
FEED_KINDS = frozenset({"rss", "atom", "jsonfeed"})


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """A source as configured (not its polling state)."""

    name: str
    url: str
    kind: str
    language: str
    interval_s: int
    origin: str  # bundled | config | cli
    enabled: bool = True
    verified: bool = False
    title: str = ""
