"""The company a lead names only as "the company": "Kessels Trailers grijpt in na verliesjaar.
Het bedrijf schrapt 180 functies", "Harnisch Antriebe zieht die Reißleine. Das Unternehmen will
350 Stellen streichen". The headline opens with the name and an idiom of its own (no cue of
jobs), the lead says what is cut and refers back with a generic noun: the name that opens the
headline is the one the lead means.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded
from monitor.judgement.joblosses.company import NameMention
from monitor.judgement.joblosses.headline_subject import headline_opening

# "The company" and its kin, as a lead refers back to the headline's company (EN FR DE IT ES
# NL PL), at the start of a sentence or after a preposition.
THE_COMPANY = re.compile(
    r"(?:^|[.:;!?]\s|\s(?:of|de|di|van|von|z|at|bei|bij|chez|presso|en|alla|della)\s)"
    r"(?:the\s(?:company|firm|group|carmaker|supplier|manufacturer)|het\s(?:bedrijf|concern)"
    r"|de\s(?:onderneming|fabrikant|toeleverancier|producent)|das\sunternehmen|der\s(?:konzern"
    r"|zulieferer|hersteller)|die\sfirma|l'(?:entreprise|equipementier|usine|azienda)"
    r"|la\s(?:societe|compania|empresa|firma|societa|fabbrica)|le\s(?:groupe|fabricant)"
    r"|el\s(?:grupo|fabricante)|il\s(?:gruppo|produttore)|firma|spolka|koncern|producent)\b"
)


def headline_referent(folded: Folded, title_end: int) -> NameMention | None:
    """The name that opens the headline, when the lead refers back to it as "the company"."""
    if not THE_COMPANY.search(folded.text, title_end):
        return _unnamed_in_lead(folded, title_end)
    found = headline_opening(folded, title_end, cue_in_clause=False)
    if found is None or " " in found.raw:
        return found
    # one capitalised word opening a headline that names someone in two capitalised words later
    # is the headline's first word, not a name ("Trudne chwile w Ferropol Serwis"); a German
    # noun alone ("zieht die Reißleine") names no one
    later = folded.original[len(found.raw) : folded.original_offset(title_end)]
    return None if _CAPITAL.search(later) else found


_CAPITAL = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*\s[A-ZÀ-Þ]")


def _unnamed_in_lead(folded: Folded, title_end: int) -> NameMention | None:
    """The name of several words that opens the headline, when the lead that tells the cut
    names no one at all ("Harnisch Antriebe zieht die Reißleine. Bis Ende 2025 sollen 350
    Stellen wegfallen"): the lead's cut is the headline subject's. A lead naming anyone (two
    capitalised words past a sentence's first) leaves it unsaid."""
    lead_start = folded.original_offset(title_end)
    lead = folded.original[lead_start:]
    if not lead.strip():
        return None
    found = headline_opening(folded, title_end, cue_in_clause=False)
    if found is None or " " not in found.raw:
        return None
    for capital in _CAPITAL.finditer(lead):
        before = lead[: capital.start()].rstrip()
        if before and before[-1] not in ".:;!?":
            return None  # a name inside the lead: the cut may be another company's
    return found
