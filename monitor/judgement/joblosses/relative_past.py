"""Whether a job figure sits in a relative clause told in the past: "X, which cut 500 jobs
during the downturn, wins a contract", "Ferlec, qui a supprimé 400 postes, recrute", "Wendt,
die 800 Stellen abgebaut hatte, ...". The clause recalls what the company did before; the
item's news is its main clause, so such a figure is background, as one dated to an earlier
year is (`dating`).

Only a relative clause set off by a comma counts: one that describes a name already given.
The tense is read per language from the words of the clause, verb first in English, French,
Italian, Spanish and Polish, verb last in German and Dutch. Works on folded text; pure.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.jobs import JobFigure

# The relative pronoun after a comma, by language ("die" is German and Dutch).
_OPENER = re.compile(
    r",\s(?:(?P<en>which|who)|(?P<fr>qui|lequel|laquelle)|(?P<it>che|il\squale|la\squale)"
    r"|(?P<es>que|el\scual|la\scual)|(?P<pl>ktora|ktory|ktore)|(?P<nl>dat)"
    r"|(?P<de>der|die|das|welche[rsnm]?))\s"
)
_ADVERB = (
    r"(?:(?:once|already|previously|recently|earlier|deja|recemment|gia|ya|juz|wczesniej"
    r"|niedawno)\s)?"
)
# The clause's verb, first: a past form or an auxiliary of a past tense and its participle.
_VERB_FIRST = {
    "en": re.compile(
        rf"{_ADVERB}(?:(?:had|has|have)\s{_ADVERB}[a-z]+|[a-z]+ed|cut|shed|lost|laid|let|made"
        r"|shut)\b"
    ),
    "fr": re.compile(rf"{_ADVERB}(?:a|avait|avaient|ont)\s{_ADVERB}[a-z]{{3,}}[eiut]e?s?\b"),
    "it": re.compile(
        rf"{_ADVERB}(?:ha|aveva|hanno|avevano)\s{_ADVERB}[a-z]{{3,}}(?:at|it|ut|us|ers|ott|ess)"
        r"[oiae]\b"
    ),
    "es": re.compile(
        rf"{_ADVERB}(?:(?:ha|habia|han|habian)\s[a-z]+(?:ado|ido)|[a-z]{{3,}}(?:[^\Waeiou]o|io))\b"
    ),
    "pl": re.compile(rf"{_ADVERB}[a-z]{{3,}}(?:il|yl|al|el)(?:a|o|i|y)?\b"),
}
# The clause's verb, last: an auxiliary of a past tense closing it, or a past form in it.
_VERB_LAST = {
    "de": re.compile(
        r"\b(?:hat|hatte|hatten|haben)$|\b(?:strich|strichen|entliess|entliessen|schloss"
        r"|schlossen|kurzte|kurzten|verlor|verloren)\b|\bbaute\w?\s(?:\S+\s){0,6}?ab$"
    ),
    "nl": re.compile(
        r"\b(?:schrapte|schrapten|ontsloeg|ontsloegen|sloot|sloten|verloor|verloren|stootte)\b"
        r"|\b(?:heeft|had|hebben|hadden)\b.*\b(?:ge[a-z]{3,}|ontslagen|afgestoten|opgeheven)\b"
        r"|\b(?:ge[a-z]{3,}|ontslagen|afgestoten|opgeheven)\s(?:heeft|had|hebben|hadden)$"
    ),
}
_CLAUSE_END = re.compile(r",\s|[.;:!?](?:\s|$)|\s[-–|]\s")
_REACH = 80  # characters before a figure in which its relative pronoun is looked for


def in_past_relative(folded: Folded, figure: JobFigure) -> bool:
    """Whether `figure` stands in a relative clause, set off by a comma, whose verb is in a
    past tense (see the module docstring)."""
    t = folded.text
    m = figure.mention
    openers = list(_OPENER.finditer(t, max(0, m.start - _REACH), m.start))
    if not openers:
        return False
    opener = openers[-1]
    end_at = _CLAUSE_END.search(t, opener.end())
    end = end_at.start() if end_at else len(t)
    if m.start >= end:
        return False  # the clause closed before the figure
    clause = t[opener.end() : end]
    language = opener.lastgroup
    if language in _VERB_FIRST:
        return _VERB_FIRST[language].match(clause) is not None
    languages = ("de", "nl") if language == "de" and opener["de"] == "die" else (language,)
    return any(_VERB_LAST[lang].search(clause) for lang in languages if lang in _VERB_LAST)
