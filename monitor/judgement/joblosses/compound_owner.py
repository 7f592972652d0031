"""A company named as the first part of a hyphenated compound with a noun of its kind: "de
fabriek van het Veldkamp-concern", "der Harnisch-Konzern", "de Brouwers-groep". Dutch and
German join the name to "concern", "Konzern" or "group" with a hyphen, so no separate name
token is read; the part before the hyphen is the company. Read last
(`companies.choose_actor`), gated on the hyphenated noun's literal ending.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.name_cleaning import clean_name

_ENDINGS = ("-concern", "-konzern", "-groep", "-gruppe", "-bedrijf", "-koncern")
_COMPOUND = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][^\W\d_]{2,})-(?:concern|[Kk]onzern|groep|[Gg]ruppe|bedrijf|koncern)"
    r"(?![\w-])"
)


def compound_owners(folded: Folded) -> list[NameMention]:
    """Names joined by a hyphen to a noun of a company's kind, in the order they come."""
    text = folded.text
    if not any(ending in text for ending in _ENDINGS):
        return []  # the cheap test first (folded text is lower case)
    found = []
    for match in _COMPOUND.finditer(folded.original):
        name = clean_name([match.group(1)])
        if name:
            found.append(
                NameMention(name, match.group(1), len(folded.original[: match.start()]), "of")
            )
    return found
