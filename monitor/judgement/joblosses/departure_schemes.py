"""Schemes of voluntary departure, in the words companies use for them: "a programme of
voluntary departures for up to 180 staff", "voluntary redundancy scheme", "een vrijwillige
vertrekregeling", "Freiwilligenprogramm", "önkéntes távozási program". The jobs go, by
agreement rather than by dismissal: a cue of loss, as "départs volontaires", "uscite
volontarie", "bajas voluntarias" and "dobrowolne odejścia" are in `lexicon` already.

Top-level branches of folded text, put into `lexicon.LOSS` at its slot (`DEPARTURES`: the
slot and the branches), whose alternation searches each only where its literal stands.
"""

from __future__ import annotations

DEPARTURE_SCHEMES = (
    r"voluntary\s(?:departures?|redundanc\w*|leavers?|severance|exits?)"
    r"(?:\s(?:schemes?|programmes?|programs?|plans?))?"
    r"|vrijwillige\s(?:vertrek\w*|afvloei\w*)|vertrekregeling\w*"
    r"|freiwilligenprogramm\w*|abfindungsprogramm\w*|onkentes\stavoz\w*"
)
DEPARTURES = ("{departure_schemes}", DEPARTURE_SCHEMES)
