"""Which watch-list companies a text names only as a supplier's customer: "Nissan supplier
cuts 300 jobs", "Supplier to Nissan", "Zulieferer von BMW", "BMW-Zulieferer", "fornitore di
Stellantis", "un proveedor de SEAT", "toeleverancier van VDL Nedcar", "dostawca Stellantisa".

The jobs are the supplier's, named in the lead or nowhere; the carmaker is only whom it
supplies. A company the text also names elsewhere, outside such a phrase ("BMW cuts 500
jobs; a supplier to BMW ..."), is no mere customer. Read on folded text; pure.
"""

from __future__ import annotations

import re

from monitor.judgement.joblosses._fold import Folded, fold
from monitor.judgement.joblosses.watchlist import CompanyMention, Watchlist

_SUPPLIER = (
    r"(?:suppliers?|subcontractors?|fournisseurs?|sous-traitants?|equipementiers?|\w*zulieferer"
    r"|\w*lieferanten?|fornitor[ei]|subfornitor[ei]|proveedor(?:es)?|toeleveranciers?"
    r"|leveranciers?|dostawc[ay]|poddostawc[ay])"
)
# The supplier's word, a link and maybe an article, just before the customer's name.
_BEFORE = re.compile(
    rf"\b{_SUPPLIER}\s(?:(?:to|of|for|de|du|des|von|vom|der|di|del|della|dello|dei|van|voor"
    r"|dla)\s|d'|dell')(?:(?:the|la|le|les|el|los|het|die|der|den|il|lo)\s|l')?$"
)
# The supplier's word just after the customer's name: "Nissan supplier", "BMW-Zulieferer".
_AFTER = re.compile(rf"(?:'s|s)?[\s-]{_SUPPLIER}\b")
# A Polish supplier's word and the customer's name in the genitive: "dostawca Stellantisa".
_GENITIVE = re.compile(rf"\b{_SUPPLIER}\s(?P<name>[a-z][\w-]{{2,}})")
_REACH = 40
# A cheap first look: some piece of a supplier's word, anywhere ("zulieferer" in "BMW-Zulieferer").
_ANY_SUPPLIER = re.compile(
    r"suppl|subcontract|fournisseur|sous-traitant|equipementier|lieferant|zulieferer|fornitor"
    r"|proveedor|leverancier|dostawc"
)


def customers(folded: Folded, watchlist: Watchlist, mentions: list[CompanyMention]) -> set[str]:
    """The ids of the companies `folded` names only as a supplier's customer."""
    t = folded.text
    if _ANY_SUPPLIER.search(t) is None:
        return set()  # no supplier is spoken of: most texts stop here
    only: dict[str, bool] = {}
    for m in mentions:
        customer = bool(
            _BEFORE.search(t, max(0, m.start - _REACH), m.start) or _AFTER.match(t, m.end)
        )
        only[m.company.id] = only.get(m.company.id, True) and customer
    found = {company for company, always in only.items() if always}
    for match in _GENITIVE.finditer(t):
        name = match["name"]
        if watchlist.find_companies(fold(name)):
            continue  # the name as written: the supplier itself ("dostawca Bosch")
        for ending in ("owi", "em", "a", "u", "y"):
            stem = name.removesuffix(ending)
            if stem != name and len(stem) >= 3:
                listed = watchlist.find_companies(fold(stem))
                if listed and listed[0].end - listed[0].start == len(stem):
                    if listed[0].company.id not in only:
                        found.add(listed[0].company.id)
                    break
    return found
