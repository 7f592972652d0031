"""A share of a workforce as the figure cut: "a fifth of its 2,000 workers", "die Hälfte der
600 Jobs", "un tiers des 900 salariés", "la metà dei 300 dipendenti", "15% of its 2,000 jobs".

The number written is the workforce; the jobs announced are the share of it, and that is the
figure a reader takes from the sentence (2,000 workers, a fifth cut: 400 jobs). A qualifier
before the share ("almost half", "fast die Hälfte") qualifies the figure. Works on folded
text (see `_fold`); pure.
"""

from __future__ import annotations

import dataclasses
import re
from fractions import Fraction

from monitor.judgement.joblosses.numbers import NumberMention
from monitor.judgement.joblosses.qualifiers import qualify

# Share words, folded, by the fraction they name (several languages may spell one alike).
SHARES: dict[str, Fraction] = {
    # English
    "half": Fraction(1, 2), "a half": Fraction(1, 2), "one half": Fraction(1, 2),
    "a third": Fraction(1, 3), "one third": Fraction(1, 3), "two thirds": Fraction(2, 3),
    "a quarter": Fraction(1, 4), "one quarter": Fraction(1, 4),
    "three quarters": Fraction(3, 4), "a fifth": Fraction(1, 5), "one fifth": Fraction(1, 5),
    "a tenth": Fraction(1, 10), "one tenth": Fraction(1, 10),
    # French
    "la moitie": Fraction(1, 2), "un tiers": Fraction(1, 3), "deux tiers": Fraction(2, 3),
    "un quart": Fraction(1, 4), "trois quarts": Fraction(3, 4),
    "un cinquieme": Fraction(1, 5), "un dixieme": Fraction(1, 10),
    # German
    "die halfte": Fraction(1, 2), "halfte": Fraction(1, 2), "ein drittel": Fraction(1, 3),
    "einem drittel": Fraction(1, 3), "zwei drittel": Fraction(2, 3),
    "ein viertel": Fraction(1, 4), "drei viertel": Fraction(3, 4),
    "ein funftel": Fraction(1, 5), "ein zehntel": Fraction(1, 10),
    # Italian
    "la meta": Fraction(1, 2), "meta": Fraction(1, 2), "un terzo": Fraction(1, 3),
    "due terzi": Fraction(2, 3), "un quarto": Fraction(1, 4), "tre quarti": Fraction(3, 4),
    "un quinto": Fraction(1, 5), "un decimo": Fraction(1, 10),
    # Spanish
    "la mitad": Fraction(1, 2), "mitad": Fraction(1, 2), "un tercio": Fraction(1, 3),
    "dos tercios": Fraction(2, 3), "una cuarta parte": Fraction(1, 4),
    "tres cuartas partes": Fraction(3, 4), "una quinta parte": Fraction(1, 5),
    "una decima parte": Fraction(1, 10),
    # Dutch
    "de helft": Fraction(1, 2), "helft": Fraction(1, 2), "een derde": Fraction(1, 3),
    "twee derde": Fraction(2, 3), "een kwart": Fraction(1, 4), "drie kwart": Fraction(3, 4),
    "een vijfde": Fraction(1, 5), "een tiende": Fraction(1, 10),
    # Polish
    "polowa": Fraction(1, 2), "polowe": Fraction(1, 2), "polowy": Fraction(1, 2),
    "jedna trzecia": Fraction(1, 3), "jedna trzecia czesc": Fraction(1, 3),
    "dwie trzecie": Fraction(2, 3), "jedna czwarta": Fraction(1, 4),
    "jedna piata": Fraction(1, 5),
    # the genitive, after a noun of cutting: "redukcja jednej czwartej z 1200 etatów"
    "jednej trzeciej": Fraction(1, 3), "dwoch trzecich": Fraction(2, 3),
    "jednej czwartej": Fraction(1, 4), "trzech czwartych": Fraction(3, 4),
    "jednej piatej": Fraction(1, 5), "jednej dziesiatej": Fraction(1, 10),
    "co drugi": Fraction(1, 2), "co drugiego": Fraction(1, 2), "co trzeci": Fraction(1, 3),
    "co trzeciego": Fraction(1, 3), "co czwarty": Fraction(1, 4),
    "co czwartego": Fraction(1, 4), "co piaty": Fraction(1, 5), "co piatego": Fraction(1, 5),
    # English shares written with a hyphen: "one-third of its 900 jobs"
    "one-half": Fraction(1, 2), "one-third": Fraction(1, 3), "two-thirds": Fraction(2, 3),
    "one-quarter": Fraction(1, 4), "three-quarters": Fraction(3, 4),
    "one-fifth": Fraction(1, 5), "one-tenth": Fraction(1, 10),
    # one in N: "jeder dritte der 900 Jobs", "one in four of the 800 jobs", "un sur trois des"
    "jeder zweite": Fraction(1, 2), "jeder dritte": Fraction(1, 3),
    "jeder vierte": Fraction(1, 4), "jeder funfte": Fraction(1, 5),
    "jede zweite": Fraction(1, 2), "jede dritte": Fraction(1, 3), "jede vierte": Fraction(1, 4),
    "jede funfte": Fraction(1, 5),
    "one in two": Fraction(1, 2), "one in three": Fraction(1, 3), "one in four": Fraction(1, 4),
    "one in five": Fraction(1, 5), "one in ten": Fraction(1, 10),
    "un sur deux": Fraction(1, 2), "un sur trois": Fraction(1, 3), "un sur quatre": Fraction(1, 4),
    "uno su due": Fraction(1, 2), "uno su tre": Fraction(1, 3), "uno su quattro": Fraction(1, 4),
    "uno de cada dos": Fraction(1, 2), "uno de cada tres": Fraction(1, 3),
    "uno de cada cuatro": Fraction(1, 4),
    "een op de twee": Fraction(1, 2), "een op de drie": Fraction(1, 3),
    "een op de vier": Fraction(1, 4),
}  # fmt: skip

# "One in N" in every language and (German) every case of "jeder N-te": "jeden fünften
# seiner 1.500 Jobs", "un sur cinq des", "uno su cinque dei", "uno de cada cinco de", "een
# op de vijf van de", "one in six of its".
_ONE_IN: dict[int, tuple[str, ...]] = {
    2: ("two", "deux", "due", "dos", "twee"),
    3: ("three", "trois", "tre", "tres", "drie"),
    4: ("four", "quatre", "quattro", "cuatro", "vier"),
    5: ("five", "cinq", "cinque", "cinco", "vijf"),
    6: ("six", "sei", "seis", "zes"),
    10: ("ten", "dix", "dieci", "diez", "tien"),
}
# The N of "one in N", by its word in any of those languages.
ONE_IN_WORDS = {word: n for n, words in _ONE_IN.items() for word in words}
_GERMAN_ORDINALS = {2: "zweit", 3: "dritt", 4: "viert", 5: "funft", 6: "sechst", 10: "zehnt"}
_ONE_IN_LEADS = ("one in", "un sur", "une sur", "uno su", "una su", "uno de cada", "una de cada",
                 "een op de", "een op")  # fmt: skip
_GERMAN_CASES = (("jeder", "e"), ("jede", "e"), ("jedes", "e"), ("jeden", "en"), ("jedem", "en"))


def _one_in_n() -> dict[str, Fraction]:
    shares: dict[str, Fraction] = {}
    for n, words in _ONE_IN.items():
        for word in words:
            shares.update({f"{lead} {word}": Fraction(1, n) for lead in _ONE_IN_LEADS})
        for article, ending in _GERMAN_CASES:
            shares[f"{article} {_GERMAN_ORDINALS[n]}{ending}"] = Fraction(1, n)
    return shares


SHARES = {**_one_in_n(), **SHARES}  # the words written above win where both spell one

# What joins the share to the workforce: "of its", "des", "der", "dei suoi", "de sus", "van
# de", "z".
OF = (
    r"(?:of\s(?:its|their|the|his|her)|of|de\s(?:ses|leurs|la|l')|des|du|der|seiner|ihrer"
    r"|von|dei|degli|delle|dei\ssuoi|delle\ssue|degli\sstessi|de\slos|de\slas|de\ssus|de"
    r"|van\sde|van\shet|van\szijn|van\shaar|van|z|ze)"
)
SHARE_WORDS = "|".join(sorted(map(re.escape, SHARES), key=len, reverse=True))
_SHARE_BEFORE = re.compile(rf"(?<![\w'])(?P<share>{SHARE_WORDS})\s{OF}\s$")
# A percentage of a workforce: "15% of its 2,000 jobs", "20 Prozent der 1.500 Stellen", "il 30%
# dei 600 dipendenti", "10 procent van de 700 banen".
_PERCENT_BEFORE = re.compile(
    r"(?<![\w.,])(?P<percent>\d{1,2}(?:[.,]\d)?)\s?(?:%|per\s?cent|percent|pour\s?cent|prozent"
    rf"|procent|proc\.?|por\sciento|per\scento)\s{OF}\s$"
)
_REACH = 48  # characters before a number in which its share is looked for


def as_share(text: str, mention: NumberMention) -> NumberMention | None:
    """`mention` as the share of it that a share word before it names, or None: "a fifth of
    its 2,000 workers" gives 400, spanning the share words and the number."""
    before = text[max(0, mention.number_start - _REACH) : mention.number_start]
    found = _SHARE_BEFORE.search(before)
    if found is not None:
        share = SHARES[found["share"]]
    else:
        found = _PERCENT_BEFORE.search(before)
        if found is None:
            return None
        share = Fraction(found["percent"].replace(",", ".")) / 100
    start = mention.number_start - len(before) + found.start()
    value = round(mention.value * share)
    if value < 1:
        return None
    q = qualify(text, start, mention.number_end)
    return dataclasses.replace(
        mention,
        value=value,
        qualifier=q.qualifier,
        start=q.start,
        end=mention.number_end,
        number_start=start,
        plain=False,
    )
