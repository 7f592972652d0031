"""A cut made without (forced) dismissals: "schrapt 200 banen zonder gedwongen ontslagen",
"suprimirá 300 empleos sin despidos forzosos", "baut 300 Stellen ohne Kündigungen ab", or
with them ruled out ("Betriebsbedingte Kündigungen sind ausgeschlossen", "The company ruled
out compulsory redundancies", "L'azienda esclude licenziamenti"). The negation says how the
jobs go (by attrition, early retirement, voluntary departures), not that they stay: said
after a figure a verb of cutting governs, it denies nothing of the figure. Without such a
figure ("a reorganisation without forced redundancies") it still denies the cut. Pure; split
from `not_cuts`, which asks it of each denial.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses import lexicon as lx

# What opens every phrase `_WITHOUT` reads: the cheap test before it.
_WITHOUT_WORDS = ("ohne ", "zonder ", "sin ", "senza ", "sans ", "bez ", "without ")
_DISMISSAL = (
    r"(?:kundigungen|entlassungen|ontslagen|despidos|licenziament\w*|licenciements?"
    r"|zwolnien\w*|redundancies|layoffs|lay-offs|dismissals)\b"
)
_WITHOUT = re.compile(
    r"(?:ohne|zonder|sin|senza|sans|bez|without)\s(?:[^\W\d_]+\s){0,2}?" + _DISMISSAL
)
# The pieces every dismissal noun holds: the cheap test before `_DISMISSAL_NOUN`.
_DISMISSAL_STEMS = ("kundig", "entlass", "ontsla", "despid", "licenzi", "licenci", "zwolni",
                    "redundan", "layoff", "lay-off", "dismiss")  # fmt: skip
_DISMISSAL_NOUN = re.compile(r"\b" + _DISMISSAL)
# Words of nobody let go, which a denial may hold ("no despedirá a nadie", "niemand ontslaan").
_NOBODY = ("nadie", "niemand", "nobody", "no one", "nessuno", "personne", "nikt", "nikogo")
_CUT_REACH = 40  # characters before the figure in which its verb of cutting may stand
_CUT_AFTER = 40  # and after it ("300 Stellen fallen weg")
_NOUN_REACH = 40  # characters around a denial in which the dismissals it denies are named


def of_the_way(t: str, negation: re.Match[str], figure_at: int) -> bool:
    """Whether `negation`, after the figure at `figure_at` that a verb or noun of losing jobs
    governs, denies only dismissals: "without dismissals" in the figure's sentence, or
    dismissals ruled out, in the figure's sentence or a later one."""
    at = negation.start()
    if at <= figure_at:
        return False
    sentence = t.rfind(". ", 0, figure_at) + 2
    cut = lx.LOSS.search(t, max(sentence - 2, figure_at - _CUT_REACH, 0))
    # the cue may close after the denial ("baut 300 Stellen ... ohne Kündigungen ab")
    if cut is None or cut.start() >= at or cut.start() > figure_at + _CUT_AFTER:
        return False
    if any(word in t[at : at + 8] for word in _WITHOUT_WORDS) and _WITHOUT.match(t, at):
        return ". " not in t[figure_at:at]  # in the figure's own sentence
    if any(word in negation.group() for word in _NOBODY):  # "..., pero nadie perderá su empleo"
        return ". " not in t[figure_at:at]
    start = max(t.rfind(". ", 0, at) + 2, at - _NOUN_REACH, figure_at)
    end = t.find(". ", negation.end())
    end = min(end if end >= 0 else len(t), negation.end() + _NOUN_REACH)
    window = t[start:end]
    if not any(stem in window for stem in _DISMISSAL_STEMS):
        return False
    noun = _DISMISSAL_NOUN.search(window)
    # the cut is told before the dismissals denied, not by them ("zatrudni 100 osób, zwolnienia
    # wykluczone" hires and rules dismissals out)
    return noun is not None and cut.start() < start + noun.start()
