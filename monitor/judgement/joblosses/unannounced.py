"""Figures an item names without announcing them: a hiring halted or put off, and a figure a
third party demands ("the unions demand 300 hires"). Split from `extract`, which asks these
only once it has a figure and a kind, so most texts never pay for them.
"""

from __future__ import annotations

from monitor.judgement.joblosses import lexicon_context as cx
from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.clauses import clause_span

_DEMAND_REACH = 40  # characters read before a figure for the demand that asks for it


def hiring_halted(folded: Folded, at: int) -> bool:
    """Whether the clause around offset `at` halts, freezes or puts off a hiring ("suspend
    l'embauche de 180", "puts hiring of 250 on hold"): the jobs do not come, for now."""
    start, end = clause_span(folded, at)
    return cx.HIRING_HALTED.search(folded.text, start, end) is not None


def demanded(folded: Folded, figure_start: int) -> bool:
    """Whether a third party demands the figure at `figure_start`: a union, a council or a
    ministry names it just after a verb of demanding in the same clause ("la CGT réclame 120
    embauches"). A company that "asks for" cuts ("chiede 140 esuberi") announces them."""
    t = folded.text
    start = clause_span(folded, figure_start)[0]
    reach = max(start, figure_start - _DEMAND_REACH)
    demand = cx.DEMAND.search(t[reach:figure_start])
    if demand is None:
        return False
    return cx.THIRD_PARTY.search(t, start, reach + demand.start()) is not None
