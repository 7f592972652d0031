"""Whether a job figure is the earlier stage of a cut made in stages: "after 150 last year, a
further 90", "nachdem im Vorjahr 200 Stellen weggefallen waren, weitere 160", "Na 120
ontslagen vorig jaar ... nog eens 80", "po zwolnieniu 150 osób w ubiegłym roku ... kolejnych
90". A figure next to a word of a past period ("last year", "l'an dernier", "im Vorjahr") is
the stage done, when the item names another figure as a further one; the further figure is
the news. Works on folded text; pure.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.jobs import JobFigure

# Literal pieces, one of which every past period below holds: the cheap test first.
_STEMS = ("last", "dernier", "passe", "vorjahr", "vergangen", "letzt", "scors", "passat",
          "pasad", "vorig", "ubieg", "zeszl", "przeszl")  # fmt: skip
_PERIOD = re.compile(
    r"\b(?:last\s(?:year|month|spring|summer|autumn|winter)|(?:l'an|l'annee|le\smois)\sdernier"
    r"|(?:l'an|l'annee)\spasse|(?:im|des)\svorjahr\w*|(?:im\s)?vergangenen\sjahr|letztes\sjahr"
    r"|(?:l'anno|lo\sanno|il\smese)\s(?:scorso|passato)|(?:el\s)?ano\spasado|(?:el\s)?mes\spasado"
    r"|vorig\w*\s(?:jaar|maand)|(?:w\s)?(?:ubieglym|zeszlym|przeszlym)\sroku"
    r"|(?:ubieglego|zeszlego)\sroku)\b"
)
_REACH = 40  # characters each side of a figure in which its period is looked for


def earlier_stages(folded: Folded, figures: list[JobFigure]) -> set[int]:
    """The starts of the figures that are a cut's earlier stage (see the module docstring):
    none unless another figure is a further one."""
    t = folded.text
    if not any(f.additional for f in figures) or not any(s in t for s in _STEMS):
        return set()
    stages = set()
    for figure in figures:
        if figure.additional:
            continue
        m = figure.mention
        lo, hi = clause_span(folded, m.start)
        for period in _PERIOD.finditer(t, max(lo, m.start - _REACH), min(hi, m.end + _REACH)):
            mine = _distance(figure, period.start(), period.end())
            if all(_distance(o, period.start(), period.end()) >= mine for o in figures):
                stages.add(m.start)
    return stages


def _distance(figure: JobFigure, start: int, end: int) -> int:
    m = figure.mention
    return start - m.end if start >= m.end else max(0, m.start - end)
