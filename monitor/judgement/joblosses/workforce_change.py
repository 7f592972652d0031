"""A workforce said to go from one size to another: "workforce to shrink from 1,200 to 900",
"Belegschaft soll von 1.200 auf 900 sinken", "les effectifs passeront de 1 200 à 900",
"l'organico scende da 1.200 a 900", "reducirá su plantilla de 1.200 a 900", "krimpt van 1.200
naar 900 medewerkers", "zmniejszy zatrudnienie z 1200 do 900 osób".

Neither number is the figure announced: the change is (300 lost; a workforce grown from 900 to
1,200 gains 300). A pair counts when a workforce's noun stands before the first number, or a
job noun follows the second; "cut the planned redundancies from 1,500 to 600" names no
workforce, and stays a revision of a figure (`jobs`). Read on folded text; pure.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from monitor.judgement.joblosses import lexicon_figures as lf
from monitor.judgement.joblosses.numbers import NumberMention
from monitor.model.joblosses import JobsKind

# A company's staff as a whole.
_WORKFORCE = re.compile(
    r"\b(?:workforce|headcount|staff\snumbers|effectifs|belegschaft|mitarbeiterzahl|organico"
    r"|personale|forza\slavoro|plantilla|personeel|personeelsbestand|zatrudnienie|zaloga"
    r"|zalogi)\b"
)
_FROM = re.compile(r"\b(?:from|de|von|da|van|z)\s$")
_TO = re.compile(r"\s(?:[\w'-]+\s)?(?:to|a|auf|naar|tot|do)\s$")
_REACH = 60  # characters before the first number in which the workforce's noun is looked for
_JOB_AFTER = re.compile(rf"\s*(?:[\w'-]+\s+)?(?:{lf.JOB_NOUN})\b")


# Verbs of a size changing, not of a figure revised ("krimpt", "shrinks", "sinkt", "scende").
_SIZE_VERB = re.compile(
    r"\b(?:shrink\w*|grow\w*|krimp\w*|groei\w*|schrumpf\w*|wachs\w*|sink\w*|steig\w*"
    r"|scend\w*|sal[ei]\w*|cal[ai]\w*|baj[ae]\w*|sub[ei]\w*|daal\w*|dalen|stijg\w*|spad\w*"
    r"|wzros\w*|zmniejsz\w*|zwieksz\w*|pass(?:e|era|eront|er|ent))\s(?:\S+\s){0,3}?$"
)


def _staff_changes(text: str, first: NumberMention, second: NumberMention) -> bool:
    """Whether, with no workforce's noun, a verb of a size changing stands before the pair and
    a noun of people, not of cuts, after it ("krimpt van 1.200 naar 900 medewerkers"; not
    "reducir de 1.500 a 600 los despidos", a figure revised)."""
    if not _SIZE_VERB.search(text, max(0, first.start - _REACH), first.start):
        return False
    return bool(_JOB_AFTER.match(text, second.end)) and not lf.NUMBER_THEN_CUT.match(
        text, second.end
    )


@dataclass(frozen=True, slots=True)
class Change:
    """A workforce's change: how many jobs, lost or created, and the span that says it."""

    value: int
    kind: JobsKind
    start: int
    end: int
    first: NumberMention
    second: NumberMention


def workforce_changes(text: str, mentions: list[NumberMention]) -> list[Change]:
    """Every change of a workforce's size written in folded `text` (see the module docstring),
    from its numbers `mentions` in text order."""
    found = []
    for first, second in itertools.pairwise(mentions):
        if min(first.value, second.value) < 10 or first.value == second.value:
            continue
        if not _FROM.search(text, max(0, first.start - 6), first.start):
            continue
        if not _TO.search(text, first.end, second.start) or second.start - first.end > 16:
            continue
        named = _WORKFORCE.search(text, max(0, first.start - _REACH), first.start)
        if named is None and not _staff_changes(text, first, second):
            continue
        if 1900 <= first.value <= 2100 and 1900 <= second.value <= 2100:
            continue  # "from 2024 to 2026": years
        value = abs(first.value - second.value)
        kind = JobsKind.LOSS if first.value > second.value else JobsKind.CREATION
        found.append(Change(value, kind, first.start, second.end, first, second))
    return found
