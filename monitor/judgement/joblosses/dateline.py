"""A headline opened by its place, as regional press writes it ("Melfi, la Ferri Plastica
lascia a casa 90 lavoratori", "Zwickau: Lindner setzt 200 Leute vor die Tür"): the headline's
subject comes after the town, and is read there as it is at the headline's start.
"""

from __future__ import annotations

import dataclasses
import re

from monitor.judgement.joblosses._fold import Folded, fold
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.countries import find_countries
from monitor.judgement.joblosses.headline_subject import headline_opening
from monitor.judgement.joblosses.watchlist import Watchlist

_DATELINE = re.compile(r"([^\W\d][\w'-]*(?:\s[\w'-]+){0,2})\s?[,:]\s")


def _is_place(words: str, watchlist: Watchlist) -> bool:
    folded = fold(words)
    spans = [(m.start, m.end) for m in watchlist.find_places(folded)]
    spans += [(c.start, c.end) for c in find_countries(folded)]
    return (0, len(folded.text)) in spans


def after_place(folded: Folded, title_end: int, watchlist: Watchlist) -> NameMention | None:
    """The subject that follows a known place opening the headline with a comma or a colon."""
    opening = _DATELINE.match(folded.original)
    if opening is None or not _is_place(opening.group(1), watchlist):
        return None
    rest = folded.original[opening.end() : folded.original_offset(title_end)]
    found = headline_opening(fold(rest), len(fold(rest).text))
    if found is None:
        return None
    return dataclasses.replace(found, start=len(fold(folded.original[: opening.end()]).text))
