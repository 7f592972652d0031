"""The subject German and Dutch put after the verb when a time opens the sentence: "Am Dienstag
kündigte Stadler Antriebe an, 300 Stellen zu streichen", "Dinsdag maakte Verhoeven
Aandrijftechniek bekend dat 260 banen verdwijnen", "Gestern teilte X mit". The verb comes
second, the name third; walking back from the verb finds only the day. Read in the lead's
sentences, and only when a word of time is there (the cheap test first). Pure.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded, fold_text
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.name_cleaning import clean_name, is_name_token

_DAYS = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "heute",
    "gestern", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "vandaag", "gisteren",
)  # fmt: skip
_OPENING = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:(?:Am|Op|Seit|Bereits|Noch)\s)?(?:"
    + "|".join(day.capitalize() for day in _DAYS)
    + r"|Heute|Gestern|Vandaag|Gisteren)(?:\s(?:morgen|abend|ochtend|avond|middag))?"
    r"\s(?P<verb>[a-zäöüß]+)\s(?P<name>(?:[A-ZÄÖÜ][\w&'’.-]*\s?){1,4})"
)


def inverted_subjects(folded: Folded, title_end: int) -> list[NameMention]:
    """The names that follow a time and a verb opening the lead's sentences."""
    lead = folded.text[title_end:]
    if not any(day in lead for day in _DAYS):
        return []
    found = []
    original = folded.original
    for match in _OPENING.finditer(original, folded.original_offset(title_end)):
        tokens = [t.rstrip(",.:;") for t in match["name"].split()]
        if not tokens or not all(is_name_token(t) for t in tokens):
            continue
        name = clean_name(tokens)
        if name and fold_text(match["verb"]) not in ("die", "der", "das", "de", "het"):
            found.append(NameMention(name, " ".join(tokens), match.start("name"), "subject"))
    return found
