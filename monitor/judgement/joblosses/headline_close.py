"""The company a regional headline names last, when the lead tells the cut of "the company":
"Quale futuro per i 300 della Ferrandi Componenti? L'azienda ha comunicato la chiusura",
"Onrust in Venlo over plannen Mulder Remsystemen. De directie wil ... 75 banen worden
geschrapt", "Wałbrzych traci fabrykę Dolmech. Firma przenosi produkcję". The headline opens
with a place, an emotion or a question and closes with the name; the lead refers back to it
with a generic noun and names no one else. Read last (`companies.choose_actor`), after every
set place of a name, so most items never pay for it.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import Folded, fold_text
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.name_cleaning import clean_name, is_name_token
from monitor.judgement.joblosses.polish_genitive import nominative
from monitor.judgement.joblosses.referent import THE_COMPANY

# The management or board that speaks for the company ("De directie wil", "Zarząd spółki
# zapowiedział", "La direction a annoncé"), beside referent's "the company".
_MANAGEMENT = re.compile(
    r"(?:^|[.:;!?]\s)(?:de\sdirectie|zarzad\sspolki|la\sdirection|la\sdirezione"
    r"|die\sgeschaftsfuhrung|the\smanagement)\b"
)
_CAPITAL = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*\s[A-ZÀ-Þ]")
_WORD = re.compile(r"\S+")
_QUOTES = "\"'“”„«»()"


def headline_closing(folded: Folded, title_end: int) -> NameMention | None:
    """The name closing the headline, after a lower-case word, when the lead says "the
    company" (or its management) and names no one itself."""
    lead = folded.text[title_end:].lstrip(" .")
    if not (THE_COMPANY.search(folded.text, max(title_end - 1, 0)) or _MANAGEMENT.search(lead)):
        return None
    original = folded.original
    lead_start = folded.original_offset(title_end)
    for capital in _CAPITAL.finditer(original, lead_start):
        before = original[lead_start : capital.start()].rstrip()
        if before and before[-1] not in ".:;!?":
            return None  # the lead names someone: the cut may be theirs
    title = original[:lead_start].rstrip().rstrip("?!.").rstrip(_QUOTES + " ")
    words = _WORD.findall(title)
    tokens: list[str] = []
    while words and len(tokens) < 4:
        bare = words[-1].strip(_QUOTES)
        if bare != words[-1] or not (is_name_token(bare) or fold_text(bare) in nw.CONNECTORS):
            break
        tokens.insert(0, bare)
        words.pop()
    while tokens and fold_text(tokens[0]) in nw.CONNECTORS:
        words.append(tokens.pop(0))  # "della X": the link opens the name's phrase
    if not tokens or not words or not words[-1][:1].islower() or words[-1][-1:] in ",:;":
        return None  # the whole headline, or a clause of its own, is capitalised
    before = fold_text(words[-1])
    if len(tokens) == 1 and before in nw.LOCATIVE:
        return None  # "... w Mielcu", "... in Born": one word after "in" is a town
    name = clean_name(tokens, after_preposition=before in nw.LOCATIVE)
    if name is None:
        return None
    name = nominative(name, before + " ")
    at = len(fold_text(title))
    return NameMention(name, " ".join(tokens), at, "headline")
