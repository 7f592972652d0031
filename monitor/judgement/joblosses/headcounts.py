"""A figure that sizes a workforce rather than changing it, told by the words around it: a
relative clause with its verb last ("dat 480 mensen in dienst heeft", "das 600 Mitarbeiter
beschäftigt", "where 900 people work"), and the Hungarian "N fős" before anything but a cut
("a 400 fős Zala Kábel", the 400-strong Zala Kábel). Split from `jobs`, which scores figures.
Folded text; pure.
"""

from __future__ import annotations

import re

# A relative clause that counts the workforce, its verb last: "het bedrijf, dat 480 mensen in
# dienst heeft", "das 1.500 Mitarbeiter beschäftigt", "waar 600 mensen werken", "where 900
# people work". The figure is the workforce's size, not the change.
_RELATIVE_BEFORE = re.compile(
    r"(?:,\s(?:dat|die|das|der|welke|welches|welcher)|\b(?:waar|wo|where|in\sdem|in\sder))\s"
    r"(?:(?:nu|er|momenteel|ruim|bijna|ongeveer|zo'n|circa|jetzt|derzeit|rund|etwa|knapp|gut"
    r"|about|around|some|nearly)\s)*$"
)
_HEADCOUNT_VERB_AFTER = re.compile(
    r"\s(?:(?:\S+\s)?in\sdienst\s(?:heeft|hebben|had|hadden)|telt|tellen|telde|beschaftigt"
    r"|beschaftigen|beschaftigte|zahlt|werken|werkten|werkzaam\s(?:zijn|waren)|arbeiten"
    r"|arbeiteten|work|worked|are\semployed)\b"
)


def relative_headcount(text: str, before: str, noun_end: int) -> bool:
    """Whether the figure before `noun_end` is counted by a relative clause with its verb last
    (`before`: the text just before the figure)."""
    # the anchored match first: it fails at once for most figures
    return bool(_HEADCOUNT_VERB_AFTER.match(text, noun_end) and _RELATIVE_BEFORE.search(before))


# Hungarian "N fős" before anything but a cut is a size, as English "N-strong" is: "a 400 fős
# Zala Kábel 80 dolgozót bocsát el" (the 400-strong Zala Kábel lays off 80); "300 fős
# leépítés" (a 300-person cut) stays a cut.
_FOS_CUT_AFTER = re.compile(r"\s(?:csoportos\s)?(?:letszam)?(?:leepit|elbocsat|csokkent)")


def sized_by_fos(text: str, noun: re.Match[str]) -> bool:
    """Whether the job noun matched after a figure is a Hungarian "fős" of size."""
    return noun["noun"] == "fos" and not _FOS_CUT_AFTER.match(text, noun.end())
