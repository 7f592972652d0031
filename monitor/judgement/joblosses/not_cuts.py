"""Figures and words that say the jobs do not go: a temporary measure or jobs kept said of a
figure ("Kurzarbeit für 2.000", "1.000 bleiben erhalten"), jobs elsewhere ("2.000 empleos
indirectos"), a denial or a cut called off, and a contrast after a denial that announces a cut
all the same ("keine Werksschließungen, aber 35.000 Stellen weg"). Split from `extract`, which
weighs them. Pure: folded text in, positions out.
"""

from __future__ import annotations

import itertools
import re

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import lexicon_context as cx
from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.clauses import clause_span
from monitor.judgement.joblosses.jobs import JobFigure
from monitor.judgement.joblosses.without_dismissals import of_the_way


def temporary(folded: Folded, figure: JobFigure, others: list[JobFigure] | None = None) -> bool:
    """Whether a temporary measure, or keeping the jobs, is said of `figure`: named in its
    clause just before it ("ERTE para 4.200", "Kurzarbeit für 2.000") or after it with no
    other figure between ("996 empleados ... por un ERTO", "1.000 bleiben erhalten")."""
    t = folded.text
    m = figure.mention
    start, end = clause_span(folded, m.start)
    between = [o.mention.start for o in others or () if o.mention.start != m.start]
    # read past the figure: staff moved are told by the words after the verb ("przeniesie 200
    # pracowników do")
    scan = cx.NOT_A_CUT.finditer(t, max(start, m.start - 40), m.end + 60)
    earlier = list(itertools.takewhile(lambda found: found.end() <= m.start, scan))
    before = earlier[-1] if earlier else None  # the last one before the figure
    # "Kurzarbeit für 800, 200 Stellen fallen weg": a number between says it of its own figure
    if (
        before
        and _FEW_WORDS.fullmatch(t, before.end(), m.start)
        and not _DIGIT.search(t, before.end(), m.start)
    ):
        return True
    after = cx.NOT_A_CUT.search(t, m.end, min(end, m.end + 70))
    if after is not None and _OWN_FIGURE.match(t, after.end()):
        return False  # "1.935 esuberi, cassa integrazione per gli altri 3.000": the 3,000's
    return after is not None and not any(m.end <= b < after.start() for b in between)


_FEW_WORDS = re.compile(r"(?:\s+\S+){0,2}\s*")  # "ERTE para 4.200", "Kurzarbeit für 2.000"
_DIGIT = re.compile(r"\d")
# The temporary measure's own figure after it: "cassa integrazione per gli altri 3.000",
# "Kurzarbeit für 800", not its length ("per 3 mesi", "für sechs Wochen")
_OWN_FIGURE = re.compile(
    r"\s+(?:per|para|pour|fur|voor|dla|for|a|de)\s+(?:[^\s\d]+\s+){0,2}?\d[\d.,']*"
    r"(?!\s+(?:mesi|settimane|giorni|anni|ore|meses|semanas|dias|anos|horas|mois|semaines|jours"
    r"|ans|heures|monate|wochen|tage|jahre|stunden|maanden|weken|dagen|jaar|uur|miesiace|miesiecy"
    r"|tygodni|dni|lat|godzin|months|weeks|days|years|hours)\b)"
)


def without_temporary(folded: Folded, figures: list[JobFigure]) -> list[JobFigure]:
    """The figures no temporary measure is said of, when there are any: people on short time
    keep their jobs, so the figure cut is another ("reduce to 626; 996 go on an ERTO")."""
    lasting = [f for f in figures if not temporary(folded, f, figures)]
    return lasting if lasting else figures


def indirect(folded: Folded, figure: JobFigure, others: list[JobFigure]) -> bool:
    """Whether `figure` counts jobs elsewhere: at suppliers, in the region, indirectly ("2.000
    empleos indirectos", "1.500 posti nell'indotto"), said just after it in its clause."""
    t = folded.text
    m = figure.mention
    end = clause_span(folded, m.start)[1]
    after = lx.INDIRECT.search(t, m.end, min(end, m.end + 40))
    return after is not None and not any(
        m.end <= o.mention.start < after.start() for o in others if o is not figure
    )


def without_indirect(folded: Folded, figures: list[JobFigure]) -> list[JobFigure]:
    """The figures of the company's own jobs, when the item gives any beside indirect ones."""
    own = [f for f in figures if not indirect(folded, f, figures)]
    return own if own else figures


def _not_a_cut_at(t: str, match: re.Match[str]) -> bool:
    """Whether the denying word `match` is a temporary measure, jobs kept or staff moved: read
    in place, as staff moved are told by the words after the verb."""
    same = cx.NOT_A_CUT.match(t, match.start())
    return same is not None and same.end() == match.end()


def denial(
    t: str, *, skip_temporary: bool, near: int, figure_at: int | None = None
) -> re.Match[str] | None:
    """The word that denies or calls off the cut, the nearest to `near` (the cue): a denial, a
    temporary measure (unless it is said of another figure than the one reported:
    `skip_temporary`), or a cut withdrawn; a recall before the first denial wins. A "without
    dismissals" after the lasting figure at `figure_at` says how its jobs go: no denial."""
    denials = [
        m
        for m in cx.NEGATION.finditer(t)
        if not (skip_temporary and _not_a_cut_at(t, m))
        and not (figure_at is not None and of_the_way(t, m, figure_at))
    ]
    recalled = cx.RECALLED.search(t)
    if recalled and (not denials or recalled.start() < denials[0].start()):
        return recalled
    return min(denials, key=lambda m: abs(m.start() - near), default=None)


def contrasted(t: str, negation_end: int, figure_start: int) -> bool:
    """Whether a contrast stands between a denial and the figure after it ("keine
    Werksschließungen, aber 35.000 Stellen weg"): the figure is announced all the same."""
    if negation_end >= figure_start:
        return False
    contrast = cx.CONTRAST.search(t, negation_end, figure_start)
    if contrast is None:
        return False
    # "keine Kündigungen, aber Kurzarbeit für 2.000": what follows the contrast is no cut
    return cx.NEGATION.search(t, contrast.end(), figure_start + 60) is None
