"""Whether a job figure is told of a past period: "after 150 last year, a further 90",
"nachdem im Vorjahr 200 Stellen weggefallen waren, weitere 160", "Na 120 ontslagen vorig jaar
... nog eens 80", "Renault posts record profit after cutting 2,000 jobs last year". A figure
next to a word of a past period ("last year", "l'an dernier", "im Vorjahr") is a cut done:
background, as a figure dated to an earlier year is (`dating`). When the item names a further
figure, that one is the news; when it names none, the item looks back. Works on folded text;
pure.
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
    """The starts of the figures told of a past period (see the module docstring), other than
    a further stage ("a further 90")."""
    t = folded.text
    if not any(s in t for s in _STEMS):
        return set()
    stages = set()
    for figure in figures:
        if figure.additional:
            continue
        m = figure.mention
        lo, hi = clause_span(folded, m.start)
        for period in _PERIOD.finditer(t, max(lo, m.start - _REACH), min(hi, m.end + _REACH)):
            mine = _distance(figure, period.start(), period.end())
            between = t[m.end : period.start()] if period.start() >= m.end else ""
            if any(c.isdigit() for c in between):
                continue  # "300 jobs would go after sales fell 20% last year": the 20%'s period
            if all(_distance(o, period.start(), period.end()) >= mine for o in figures):
                stages.add(m.start)
    return stages


def _distance(figure: JobFigure, start: int, end: int) -> int:
    m = figure.mention
    return start - m.end if start >= m.end else max(0, m.start - end)
