"""A cut made without (forced) dismissals: "schrapt 200 banen zonder gedwongen ontslagen",
"suprimirá 300 empleos sin despidos forzosos", "taglia 400 posti senza licenziamenti",
"baut 300 Stellen ohne Kündigungen ab". The negation says how the jobs go (by attrition,
early retirement, voluntary departures), not that they stay: said after a figure a verb of
cutting governs, in its sentence, it denies nothing of the figure. Without a figure ("a
reorganisation without forced redundancies") it still denies the cut. Pure; split from
`not_cuts`, which asks it of each denial.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses import lexicon as lx

# What opens every phrase `_WITHOUT` reads: the cheap test before it.
_LITERALS = ("ohne ", "zonder ", "sin ", "senza ", "sans ", "bez ", "without ")
_WITHOUT = re.compile(
    r"(?:ohne|zonder|sin|senza|sans|bez|without)\s(?:[^\W\d_]+\s){0,2}?"
    r"(?:kundigungen|entlassungen|ontslagen|despidos|licenziament\w*|licenciements?"
    r"|zwolnien\w*|redundancies|layoffs|lay-offs|dismissals)\b"
)
_CUT_REACH = 30  # characters before the figure in which its verb of cutting may stand


def of_the_way(t: str, negation: re.Match[str], figure_at: int) -> bool:
    """Whether `negation` is a "without dismissals" said after the figure at `figure_at`, in
    its sentence, of a cut a verb or noun of losing jobs names around the figure."""
    at = negation.start()
    if at <= figure_at or not any(word in t[at : at + 8] for word in _LITERALS):
        return False
    if _WITHOUT.match(t, at) is None:
        return False
    sentence = max(t.rfind(". ", 0, figure_at), t.rfind(": ", 0, figure_at)) + 2
    if ". " in t[figure_at:at]:
        return False  # the denial is another sentence's
    # the cue may close after the denial ("baut 300 Stellen ... ohne Kündigungen ab")
    cut = lx.LOSS.search(t, max(sentence - 2, figure_at - _CUT_REACH, 0))
    return cut is not None and cut.start() < at
