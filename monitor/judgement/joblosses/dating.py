"""Whether a job figure is dated to a year before the item's own: "X, which shed 1,200 jobs
in 2022, reports record orders", "après 400 suppressions en 2023", or told in a relative
clause in the past. Such a figure recalls a cut as background; the item announces nothing
with it.
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.jobs import JobFigure
from monitor.judgement.joblosses.past_period import earlier_stages
from monitor.judgement.joblosses.past_span import over_past_span
from monitor.judgement.joblosses.relative_past import in_past_relative

_REACH = 40  # characters read each side of the figure for its year
# A year after a preposition of time: "in 2022", "en 2023", "im Jahr 2021", "nel 2022", "w
# 2021 r.", "del 2022", "van 2021", "de 2023" (the ERE "de 2023").
_DATED = re.compile(
    r"\b(?:in|en|im|nel|w|del|van|de|dell'|du|des|der|des\sjahres|im\sjahr|en\sel\sano|nell'anno"
    r"|in\sthe\syear|w\sroku|in\shet\sjaar|en\sl'an)\s(?P<year>(?:19|20)\d\d)\b"
)

# Hungarian writes the year first, its ending hyphenated: "2022-ben", "2021-ben".
_DATED_BY_ENDING = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?:ban|ben)\b")


def dated_before(
    folded: Folded, figure: JobFigure, figures: list[JobFigure], published: dt.date
) -> bool:
    """Whether a year before `published`'s is written next to `figure`, in its clause, and
    nearer to it than to any other of `figures` ("qui a supprimé 400 postes en 2021, recrute
    150 techniciens": the year is the 400's)."""
    m = figure.mention
    lo, hi = clause_span(folded, m.start)
    span = (max(lo, m.start - _REACH), min(hi, m.end + _REACH))
    years = (*_DATED.finditer(folded.text, *span), *_DATED_BY_ENDING.finditer(folded.text, *span))
    for year in years:
        if int(year["year"]) >= published.year:
            continue
        mine = _distance(figure, year.start(), year.end())
        if all(_distance(o, year.start(), year.end()) >= mine for o in figures):
            return True
    return False


def _distance(figure: JobFigure, start: int, end: int) -> int:
    m = figure.mention
    return start - m.end if start >= m.end else max(0, m.start - end)


def recent(folded: Folded, figures: list[JobFigure], published: dt.date) -> list[JobFigure]:
    """The figures no earlier year is written next to (see `dated_before`), no relative
    clause in the past tense recalls (`relative_past`: "X, which cut 500 jobs, wins ..."), no
    span that has passed totals (`past_span`: "5,000 jobs over the past ten years"), and that
    are no earlier stage of a cut made in stages (`past_period`: "after 150 last year, a
    further 90")."""
    stages = earlier_stages(folded, figures)
    return [
        f
        for f in figures
        if not dated_before(folded, f, figures, published)
        and not in_past_relative(folded, f)
        and not over_past_span(folded, f)
        and f.mention.start not in stages
    ]
