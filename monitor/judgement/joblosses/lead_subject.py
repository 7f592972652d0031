"""The company a lead's sentence opens with when a clause about it stands between the name
and its verb: "Ashcombe Drivetrain, which employs 2,400 people ... and turned over £610
million in 2023, said it would cut 420 jobs". The verb of cutting comes too late for the name
to be walked back to from it, so the name opening the sentence, closed by a comma and a
relative pronoun or a word of ownership, is read as the sentence's subject. Pure; split from
`company`, which finds the other names.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded, fold_text
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.name_cleaning import clean_name, is_name_token

# What opens the clause after the name's comma: a relative pronoun, or its owner or trade.
_CLAUSE = re.compile(
    r",\s(?:which|who|whose|owned\sby|part\sof|a\s(?:subsidiary|unit)\sof|qui|dont|filiale"
    r"|propriete|che|di\sproprieta|controllat[ao]|parte\sdel|que|cuya|cuyo|filial|propiedad"
    r"|der|die|das|dessen|deren|eine?\stochter|teil\sder|dat|onderdeel\svan|een\sdochter"
    r"|ktor[aey]|nalezac\w*|spolka\szalezna)\b"
)
_SENTENCE = re.compile(r"(?:^|[.!?:]\s)(?=[A-ZÀ-Þ])")
_REACH = 60  # characters from a sentence's start in which its name closes with a comma


def lead_openings(folded: Folded, title_end: int) -> list[NameMention]:
    """Names opening the lead's sentences, each closed by a comma and a clause about it."""
    if ", " not in folded.text[title_end:]:
        return []  # the cheap test first: a lead with no comma opens no clause
    found = []
    original = folded.original
    lead_start = folded.original_offset(title_end)
    for sentence in _SENTENCE.finditer(original, lead_start):
        start = sentence.end()
        comma = original.find(",", start, start + _REACH)
        if comma < 0:
            continue
        if _CLAUSE.match(fold_text(original[comma : comma + 24])) is None:
            continue
        tokens = original[start:comma].split()
        if not tokens or not all(is_name_token(t) for t in tokens) or len(tokens) > 5:
            continue
        name = clean_name(tokens)
        if name:
            found.append(
                NameMention(name, " ".join(tokens), comma, "subject")
            )  # ß aside, folded = original
    return found
