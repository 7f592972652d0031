"""People counted by the word for what is done to them: "300 licenziati", "300 despedidos",
"300 zwolnionych", "120 licenciés", "80 Entlassene", "180 afectados por el ERE", "400 unità in
esubero". A participle (or "unità") standing for the people dismissed says the number counts
them, as a job noun would: without it the bare number after a comma or colon reads as nothing.
Works on folded text; pure.
"""

from __future__ import annotations

import re

_DISMISSED = re.compile(
    r"\s+(?P<noun>licenziati|licenziate|despedidos|despedidas|licencies|licenciees|zwolnionych"
    r"|zwolnieni|entlassene[n]?|gekundigte[n]?|ontslagenen"
    # the affected, when the cut that affects them is named: "180 afectados por el ERE"
    r"|(?:afectados|coinvolti|affected|concernes|betroffene[n]?|dotknietych)(?=\s(?:por|dal|dalla"
    r"|dai|dagli|by|par|von|door|przez)\s)"
    # "400 unità in esubero", "120 unità lavorative": the Italian unit of staff
    r"|unita(?=\s(?:in\sesubero|lavorative|di\spersonale)))\b"
)


def dismissed_noun(text: str, end: int) -> re.Match[str] | None:
    """The word for the people dismissed right after a number ending at `end`, or None."""
    return _DISMISSED.match(text, end)
