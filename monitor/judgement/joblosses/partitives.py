"""A part of a workforce named with the whole: "350 der 1.900 Stellen", "300 of its 1,200
staff", "300 des 1 200 salariés", "300 dei 1.200 dipendenti", "120 de sus 600 empleados",
"300 van de 1.400 banen", "250 z 1200 pracowników".

The first number is what goes (or comes); the second, larger one is the workforce it is
taken from. The job noun after the whole is the part's noun too, and the whole is no figure
of the announcement. Works on folded text (see `_fold`); pure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from monitor.judgement.joblosses import lexicon_figures as lf
from monitor.judgement.joblosses.numbers import NumberMention

# What joins a part to its whole, folded: "of (its)", "des", "der (insgesamt)", "dei (suoi)",
# "de sus", "van de", "z", "sur les", "out of".
_JOIN = (
    r"(?:out\sof|of|des|du|de(?:\s(?:ses|leurs|nos|sus|los|las|la|l'))?|der|von(?:\s(?:den"
    r"|seinen|ihren))?|seiner|ihrer|dei(?:\ssuoi)?|degli|delle(?:\ssue)?|sui|van(?:\s(?:de|het"
    r"|zijn|haar|hun))?|z|ze|sposrod|sur(?:\s(?:les|ses))?)"
)
# The gap between the two numbers: an optional noun after the part, the join, and up to two
# words before the whole ("of the roughly", "der insgesamt", "of the company's").
_GAP = re.compile(rf"\s(?:[\w-]+\s)?{_JOIN}\s(?:[\w'-]+\s){{0,2}}?")
_MAX_GAP = 48


# A new figure said before the one it replaces, the noun after the old: "1.500 statt 1.000
# Stellen", "900 instead of 600 jobs", "450 au lieu de 300 postes": the noun is both's.
_INSTEAD = re.compile(
    r"\s(?:instead\sof|rather\sthan|statt|anstatt|anstelle\svon|au\slieu\sdes?|plutot\sque"
    r"|invece\sdi|anziche|en\slugar\sde|en\svez\sde|in\splaats\svan|zamiast|a\snie)\s"
    r"(?:(?:the|les|die|de|le|los|i|gli)\s)?"
)


def partitive_pairs(text: str, mentions: Sequence[NumberMention]) -> dict[int, NumberMention]:
    """Part -> whole, by the part's `number_start`: each number that a larger one with a job
    noun follows across a partitive join ("350 der 1.900 Stellen"), or that the figure it
    replaces follows ("1.500 statt 1.000 Stellen": the noun after the old is the new one's)."""
    pairs: dict[int, NumberMention] = {}
    for part, whole in itertools.pairwise(mentions):
        if whole.number_start - part.number_end > _MAX_GAP:
            continue
        if _INSTEAD.fullmatch(text, part.number_end, whole.number_start):
            if lf.NUMBER_THEN_JOB.match(text, whole.end) is not None:
                pairs[part.number_start] = whole
            continue
        if whole.value <= part.value:
            continue
        if not _GAP.fullmatch(text, part.number_end, whole.number_start):
            continue
        if lf.UNIT_AFTER.match(text, part.number_end):
            continue  # "20 Prozent der 1.500 Stellen": a share, read by `shares`
        if lf.NUMBER_THEN_JOB.match(text, whole.end) is None:
            continue
        pairs[part.number_start] = whole
    return pairs


# Dutch "er" stands for the noun a number counts, said earlier in the sentence: "Van de 1.100
# banen verdwijnen er ruim 200", "Bij de fabriek komen er 300 banen bij".
_ER_BEFORE = re.compile(r"\s(?:[\w-]+\s)?er\s$")
_JOB_NOUN = re.compile(rf"\b(?P<noun>{lf.JOB_NOUN})\b")
_SENTENCE_END = re.compile(r"[.!?;:]\s")
_ER_REACH = 80


def er_noun(text: str, start: int) -> re.Match[str] | None:
    """The job noun that Dutch "er" just before `start` stands for, or None."""
    if text[max(0, start - 4) : start] != " er ":  # the cheap test first
        return None
    window_start = max(0, start - _ER_REACH)
    ends = list(_SENTENCE_END.finditer(text, window_start, start))
    sentence_start = ends[-1].end() if ends else window_start
    if not _ER_BEFORE.search(text, sentence_start, start):
        return None
    nouns = list(_JOB_NOUN.finditer(text, sentence_start, start))
    return nouns[-1] if nouns else None
