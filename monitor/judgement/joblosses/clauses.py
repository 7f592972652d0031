"""Clauses: the stretch of a sentence that has one subject and one verb.

"Nissan cierra en Barcelona y Alcoa anuncia 500 despidos": the 500 lay-offs are Alcoa's,
because they sit in Alcoa's clause. A clause ends at sentence punctuation, at a colon or a
semicolon, and where a coordinating conjunction opens a new subject (a capitalised word
follows it). Offsets are those of folded text, which keeps the original's letters in
`Folded.original` to tell capitals.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded

_HARD_END = re.compile(r"[.;:!?](?:\s|$)|\s[-–|]\s")
# "and", "but" and their kin in EN FR DE IT ES NL PL, before a capitalised word.
_COORDINATION = re.compile(
    r"\s(?:and|but|while|whereas|et|mais|alors\sque|tandis\sque|und|aber|wahrend|e|ma|mentre"
    r"|y|pero|mientras|en|maar|terwijl|i|ale|a)\s(?=\S)"
)


def clause_span(folded: Folded, at: int) -> tuple[int, int]:
    """The clause of folded text around offset `at`, as (start, end) folded offsets."""
    text = folded.text
    start, end = 0, len(text)
    for match in _HARD_END.finditer(text):
        if match.end() <= at:
            start = match.end()
        elif match.start() >= at:
            end = match.start()
            break
    for match in _COORDINATION.finditer(text, start, end):
        if not _capitalised_after(folded, match.end()):
            continue
        if match.end() <= at:
            start = match.end()
        elif match.start() >= at:
            end = match.start()
            break
    return start, end


def _capitalised_after(folded: Folded, index: int) -> bool:
    original = folded.original
    at = folded.original_offset(index)
    return at < len(original) and original[at].isupper()
