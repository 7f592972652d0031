"""A plant said to close with an aside between it and its verb: "L'usine Ardeval de
Charleville, qui emploie 420 personnes, va fermer", "Das Werk in Zwickau, in dem 700 Menschen
arbeiten, soll geschlossen werden", "Fabryka w Kaliszu, zatrudniająca 250 osób, zostanie
zamknięta". The cue lists bridge a few words between a plant and its closing verb, never a
clause set off by commas; this reads the plant, the aside and the verb as one closure cue,
whatever the aside says (its head count is read as the workforce a closure puts out of work).
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses import lexicon as lx
from monitor.judgement.joblosses import lexicon_figures as lf

_W = r"[\w'-]+"
# The verbs a closed plant takes, after up to three words ("va", "soll ... werden",
# "zostanie", "will"): EN FR DE IT ES NL PL.
_CLOSING = (
    r"(?:clos(?:e|es|ed|ing)(?!\sto\b)|shut\w*|ferm(?:er|era|eront|e|ee|ees)"
    r"|schliess\w*|geschlossen|dicht|stillgelegt|chiud(?:e|ono|era|eranno)|chius[oae]"
    r"|cierr(?:a|an)|cerrar(?:a|an)?|cerrad[oa]|sluit|sluiten|gesloten|zamkniet\w*|zamknie"
    r"|zamkna|zlikwidowan\w*)"
)
# An aside: one stretch between commas, numbers with their separators included ("1.500").
_ASIDE = r"(?:[^,.;:!?]|[.,](?=\d))"
# A word that negates the verb ("ne fermera pas", "wird nicht geschlossen") is no closure.
_NOT = r"(?!(?:ne|n'|not|won't|nicht|kein\w*|non|no|niet|geen|nie)\b)"
_PLANT_ASIDE_CLOSING = re.compile(
    rf"(?:{lx.SITE_NOUN.pattern})(?:\s{_W}){{0,6}},\s{_ASIDE}{{3,90}}?,\s(?:{_NOT}{_W}\s){{0,3}}?"
    rf"{_CLOSING}\b",
    re.VERBOSE,
)


# Or its head count without commas: "Das Werk in Gotha mit 520 Beschäftigten soll geschlossen
# werden", "lo stabilimento di Vasto con 210 dipendenti chiuderà".
_PLANT_HEADCOUNT_CLOSING = re.compile(
    rf"(?:{lx.SITE_NOUN.pattern})(?:\s{_W}){{0,6}}?\s(?:with|avec|mit|con|met|z|de)\s"
    rf"(?:{_W}\s)?\d[\d.,]*\s(?:{_W}\s)?{lf.JOB_NOUN}\s(?:{_NOT}{_W}\s){{0,3}}?{_CLOSING}\b",
    re.VERBOSE,
)


# A plant shut for a while is no closure: "schließt im Sommer für zwei Wochen", "ferme
# temporairement", "chiuderà per due settimane".
_FOR_A_WHILE = re.compile(
    r"\b(?:temporar\w*|temporair\w*|temporane\w*|temporal\w*|vorubergehend|tijdelijk"
    r"|tymczasowo|provisoire\w*|(?:for|fur|pendant|per|durante|voor|na)\s(?:\S+\s)?"
    r"(?:days|weeks|tage|tagen|wochen|jours|semaines|giorni|settimane|dias|semanas|dagen|weken"
    r"|dni|tygodni\w*))\b"
)


# The closing verb alone: most texts hold none, and then neither pattern is tried (their
# plant nouns, tried at every position, cost more).
_ANY_CLOSING = re.compile(rf"{_CLOSING}\b")


def plant_closed_after_aside(text: str) -> re.Match[str] | None:
    """The plant, its aside and its closing verb in folded `text`, or None."""
    if not _ANY_CLOSING.search(text):
        return None
    found = _PLANT_ASIDE_CLOSING.search(text) or _PLANT_HEADCOUNT_CLOSING.search(text)
    if found is None or _FOR_A_WHILE.search(text, found.start(), found.end() + 40):
        return None
    return found
