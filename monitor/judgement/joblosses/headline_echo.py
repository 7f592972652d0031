"""Whether the lead names a headline's "at X" again as a company: a headline that names no
company puts a region, a demonym or a town after its preposition ("jobs to go at Midlands
parts plant", "300 despidos en Ávila", "Druga fala zwolnień w Mielcu"), and the lead names the
company as its subject. A headline name the lead never repeats, or repeats only after a
locative preposition ("trabajadores en Ávila"), yields to the company the lead names by its
verb. Pure; split from `companies`, which chooses among the names.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses import name_words as nw
from monitor.judgement.joblosses._fold import Folded, fold_text


def echoed_in_lead(folded: Folded, title_end: int, name: str) -> bool:
    """Whether the lead (after `title_end`) names `name`'s first word other than as a place
    after a locative preposition ("en Ávila", "in Mielec")."""
    head = fold_text(name).split(" ", 1)[0]
    if len(head) < 3:
        return False
    lead = folded.text[title_end:]
    if head not in lead:
        return False  # the cheap test first: most leads never repeat it
    for found in re.finditer(rf"(?<!\w){re.escape(head)}", lead):
        before = lead[: found.start()].split()
        if not (before and before[-1] in nw.LOCATIVE):
            return True
    return False
