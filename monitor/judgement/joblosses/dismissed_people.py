"""People counted by the word for what is done to them: "300 licenziati", "300 despedidos",
"300 zwolnionych", "80 Entlassene", "180 afectados por el ERE", "400 unità in
esubero". A participle (or "unità") standing for the people dismissed says the number counts
them, as a job noun would: without it the bare number after a comma or colon reads as nothing.
Works on folded text; pure.
"""

from __future__ import annotations

import re

_DISMISSED = re.compile(
    r"\s+(?P<noun>licenziati|licenziate|despedidos|entlassene[n]?|gekundigte[n]?|ontslagenen"
    # the Polish word is also "exempted": "zwolnionych z opłat" counts no one dismissed
    r"|(?:zwolnionych|zwolnieni)(?!\sz\s(?:oplat\w*|podatk\w*|obowiazk\w*|vat|akcyz\w*|skladek))"
    # the affected, when the cut that affects them is named: "180 afectados por el ERE", not
    # "afectados por las inundaciones"
    r"|(?:afectados|coinvolti|affected|betroffene[n]?|dotknietych)(?=\s(?:por|dal|dalla|dai"
    r"|dagli|by|von|przez)\s(?:el\s|la\s|los\s|las\s|il\s|lo\s|i\s|gli\s|the\s|den\s|der"
    r"\s|die\s)?(?:\w+\s)?(?:ere|erte?|despid\w*|licenziament\w*|esuber\w*|tagli\w*|cierre|chiusura"
    r"|closure|redundanc\w*|layoffs?|cuts?|job\scuts|zwolnieni\w*|recortes?|abbau|stellenabbau"
    r"|entlassung\w*|kundigung\w*|schliessung)\b)"
    # "400 unità in esubero", "120 unità lavorative": the Italian unit of staff
    r"|unita(?=\s(?:in\sesubero|lavorative|di\spersonale)))\b"
)


def dismissed_noun(text: str, end: int) -> re.Match[str] | None:
    """The word for the people dismissed right after a number ending at `end`, or None."""
    return _DISMISSED.match(text, end)
