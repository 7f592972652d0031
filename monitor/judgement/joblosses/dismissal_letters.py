"""Letters or notices of dismissal counted without their complement: "Licenziamenti alla X:
140 lettere in arrivo", "X envoie 80 lettres", "90 cartas en camino", "120 notices served".

A number before a noun of letters or notices counts the people dismissed when a word of
dismissal stands near it (the headline's "licenziamenti", "despidos", "layoffs"): written out
in full ("lettere di licenziamento") the noun is one of the lexicon's already. Works on folded
text; pure.
"""

from __future__ import annotations

import re

_LETTERS = re.compile(
    r"\s+(?P<noun>lettere|lettres|letters|notices|cartas|brieven|ontslagbrieven|pism|wypowiedzen"
    r"|wypowiedzenia|kundigungsschreiben|briefe)\b"
)
_DISMISSAL = re.compile(
    r"\b(?:licenzia\w*|licenci\w*|despid\w*|desped\w*|layoffs?|laid\soff|lay\soff|redundan\w*"
    r"|dismiss\w*|ontsla\w*|zwolni\w*|zwalni\w*|kundig\w*|entlass\w*)"
)
_REACH = 100


def letters_noun(text: str, end: int) -> re.Match[str] | None:
    """The noun of letters or notices right after a number ending at `end`, when a word of
    dismissal stands within reach of it; else None."""
    letters = _LETTERS.match(text, end)
    if letters is None:
        return None
    if _DISMISSAL.search(text, max(0, end - _REACH), letters.end() + _REACH) is None:
        return None
    return letters
