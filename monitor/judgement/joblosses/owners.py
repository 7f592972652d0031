"""Whether a name is given as the owner of the company that cuts: "Northgate Interiors, a
subsidiary of the Swedish group Holmqvist AB, will close", "la Fonderia Lodrini, di proprietà
del gruppo tedesco Hartwig", "eine Tochter des Schweizer Konzerns Arvena", "należąca do
niemieckiej grupy Kellner". The reader names the unit that cuts, so the owner is read only
when no other name will do. Works on folded text; pure.
"""

from __future__ import annotations

import re

# Literal pieces, one of which every phrase of ownership below holds: the cheap test first.
_STEMS = ("subsidiar", "owned", "unit of", "division of", "arm of", "part of", "filial",
          "propri", "controllat", "parte d", "tochter", "onderdeel", "dochter", "nalez",
          "zalezn")  # fmt: skip
_OWNED_BY = re.compile(
    r"\b(?:(?:a\s|the\s)?(?:\w+\s)?(?:subsidiary|unit|division|arm)\sof|owned\sby|part\sof"
    r"|filiale\s(?:\w+\s)?(?:du|de|d')|propriete\sd[ue]|appartenant\sa"
    r"|(?:di\s)?proprieta\sd\w*|controllat[ao]\sda\w*|parte\sd\w*|filial\s(?:\w+\s)?del?"
    r"|propiedad\sdel?|(?:eine?\s)?tochter\s(?:des|der|von)"
    r"|onderdeel\svan|(?:een\s)?dochter\svan|nalezac\w*\sdo|spolka\szalezna)\s"
    r"(?:[\w'-]+\s){0,3}$"
)
_REACH = 60  # characters before a name in which its phrase of ownership is looked for


def owned_by(text: str, name: str) -> bool:
    """Whether folded `text` names folded `name` only after a phrase naming it an owner."""
    if not any(stem in text for stem in _STEMS) or len(name) < 2:
        return False  # the cheap test first: most items name no owner
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return bool(found) and all(
        _OWNED_BY.search(text, max(0, at - _REACH), at) is not None for at in found
    )
