"""Whether a job figure is totalled over a span of time that has passed: "has created 5,000
jobs over the past ten years", "in den vergangenen zehn Jahren 3.000 Stellen abgebaut", "au
cours des dix dernières années", "negli ultimi dieci anni", "en los últimos diez años", "in de
afgelopen tien jaar", "w ciągu ostatnich dziesięciu lat", "az elmúlt tíz évben". Such a
figure sums up what a company did; it announces nothing, as one dated to an earlier year does
not (`dating`). Only unambiguous look-back words count: "will cut 3,000 jobs over three
years" or "in den nächsten drei Jahren" is an announcement.

Works on folded text; pure. The regex runs only when one of its literal words is present.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.jobs import JobFigure

# A count of years or decades, as a word or in digits ("ten", "zehn", "dix", "10").
_COUNT = r"(?:\d+|\w+)"
_YEARS = (
    r"(?:years?|decades?|jahre[n]?|jahrzehnte[n]?|annees|ans|anni|decenni|anos|decadas|jaar"
    r"|decennia|lat|latach|dekad\w*|ev\w*|evtized\w*)"
)
# The look-back itself: a word that puts the span in the past, then the span.
_SPAN = re.compile(
    rf"""\b(?:(?:over|in|during|for)\s(?:the\s)?(?:past|last|previous)\s(?:{_COUNT}\s)?{_YEARS}
    |(?:in\sden|wahrend\sder)\s(?:vergangenen|letzten)\s(?:{_COUNT}\s)?{_YEARS}
    |(?:au\scours\sdes|durant\sles|pendant\sles|ces)\s(?:{_COUNT}\s)?(?:dernieres|derniers)
      \s{_YEARS}|(?:au\scours\sdes|durant\sles|ces)\s(?:{_COUNT}\s)?{_YEARS}\s(?:passees|ecoulees)
    |(?:negli|nei|durante\sgli)\sultimi\s(?:{_COUNT}\s)?{_YEARS}
    |(?:en|durante)\s(?:los|las)\sultim[oa]s\s(?:{_COUNT}\s)?{_YEARS}
    |in\sde\s(?:afgelopen|voorbije|laatste)\s(?:{_COUNT}\s)?{_YEARS}
    |(?:w\sciagu|przez|w)\s(?:ostatnich|minionych)\s(?:{_COUNT}\s)?{_YEARS}
    |az\s(?:elmult|utobbi)\s(?:{_COUNT}\s)?{_YEARS})\b""",
    re.VERBOSE,
)
# Literal pieces one of which every match of `_SPAN` holds: the cheap test first.
_STEMS = ("past", "last", "previous", "vergangen", "letzten", "dernier", "passees", "ecoulees",
          "ultim", "afgelopen", "voorbije", "laatste", "ostatnich", "minionych", "elmult",
          "utobbi")  # fmt: skip


def looks_back(text: str) -> bool:
    """Whether `text` (folded) may hold a span in the past at all: the cheap test."""
    return any(stem in text for stem in _STEMS)


def over_past_span(folded: Folded, figure: JobFigure) -> bool:
    """Whether a span that has passed is written in `figure`'s clause ("over the past ten
    years", "negli ultimi dieci anni"): the figure is a total over it, not an announcement."""
    t = folded.text
    if not looks_back(t):
        return False
    lo, hi = clause_span(folded, figure.mention.start)
    return _SPAN.search(t, lo, hi) is not None
