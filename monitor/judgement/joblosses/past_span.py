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


# A verb told in the past or the perfect, which a total over the span takes ("has created",
# "hat ... abgebaut", "a créé", "ha assunto", "ha creado", "heeft geschrapt", "zatrudnił",
# "teremtett"), and a verb of what is to come, which makes the span a reason for a plan ("will
# cut 300 jobs after sales fell over the past year", "taglierà"): read in the figure's clause.
_PAST = re.compile(
    r"\b(?:has|have|had|[a-z]{3,}ed|cut|shed|lost|hat|haben|hatte|hatten|wurden?|ont|avait"
    # French "a" only before a participle of jobs: the letter is an article or a preposition
    # in other languages ("a kereslet", "despide a 150")
    r"|a(?=\s(?:[a-z]+\s)?(?:cree|supprime|licencie|embauche|recrute|perdu|detruit|elimine"
    r"|reduit)e?s?\b)"
    r"|avaient|ha|hanno|aveva|avevano|han|habia|habian|heeft|hebben|hadden|werden|werd"
    r"|[a-z]{3,}(?:il|yl|al|el)(?:a|o|i|y)?|teremtett\w*|letesitett\w*"
    r"|megszunt\w*|leepitett\w*|elbocsatott\w*|felvett\w*)\b"
)
_AHEAD = re.compile(
    r"\b(?:will|would|to|plans?|planned|intends?|wird|werden|soll|sollen|will|va|vont|veut"
    r"|sta\sper|vuole|intende|quiere|zal|zullen|gaat|gaan|wil|chce|planuje|zamierza|fog|fognak"
    r"|[a-z]{3,}(?:era|ira|eront|iront|eranno|iranno|aran|eran|iran|ara|ra))\b"
)


def looks_back(text: str) -> bool:
    """Whether `text` (folded) may hold a span in the past at all: the cheap test."""
    return any(stem in text for stem in _STEMS)


def over_past_span(folded: Folded, figure: JobFigure) -> bool:
    """Whether a span that has passed is written in `figure`'s clause ("over the past ten
    years", "negli ultimi dieci anni") and the clause tells of the past, not of what is to
    come: the figure is a total over the span, not an announcement."""
    t = folded.text
    if not looks_back(t):
        return False
    lo, hi = clause_span(folded, figure.mention.start)
    span = _SPAN.search(t, lo, hi)
    if span is None:
        return False
    past = _PAST.search(t, lo, span.start()) or _PAST.search(t, span.end(), hi)
    return past is not None and _AHEAD.search(t, lo, hi) is None
