"""Hungarian numbers written in words, which text2num does not read: "háromszáz",
"négyszázötven", "kétezer", "ezerkétszáz", "kétezer-ötszáz".

Hungarian writes a number below 2,001 as one word and puts a hyphen after the thousands above
it; before a noun it takes no ending ("háromszáz embert"). Read on folded text (no accents:
"öt" is "ot", "négy" "negy"), one token at a time. Pure.
"""

from __future__ import annotations

import re

_UNITS = {"egy": 1, "ketto": 2, "ket": 2, "harom": 3, "negy": 4, "ot": 5, "hat": 6, "het": 7,
          "nyolc": 8, "kilenc": 9}  # fmt: skip
# Tens, as prefixes of a unit ("tizen-", "huszon-") or alone ("tiz", "husz").
_TENS = {"tizen": 10, "huszon": 20, "tiz": 10, "husz": 20, "harminc": 30, "negyven": 40,
         "otven": 50, "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(sorted(_TENS, key=len, reverse=True))
_BELOW_THOUSAND = rf"(?:(?:{_UNIT})?szaz)?(?:{_TEN})?(?:{_UNIT})?"
_NUMBER = re.compile(rf"(?:(?P<thousands>{_BELOW_THOUSAND})ezer-?)?(?P<rest>{_BELOW_THOUSAND})")
_PART = re.compile(rf"(?P<hundreds>(?:{_UNIT})?szaz)?(?P<tens>{_TEN})?(?P<unit>{_UNIT})?")


def _below_thousand(word: str) -> int | None:
    match = _PART.fullmatch(word)
    if match is None:
        return None
    value = 0
    if match["hundreds"]:
        value += 100 * (_UNITS.get(match["hundreds"][:-4], 1))
    if match["tens"]:
        tens = match["tens"]
        if tens in ("tizen", "huszon") and not match["unit"]:
            return None  # "tizen" alone is no number
        value += _TENS[tens]
    if match["unit"]:
        value += _UNITS[match["unit"]]
    return value


def hungarian_number(words: str) -> int | None:
    """The value of folded Hungarian number words ("ketezer-otszaz", "harom szaz"), or None."""
    word = words.replace(" ", "")
    match = _NUMBER.fullmatch(word)
    if match is None or not word:
        return None
    total = 0
    if match["thousands"] is not None:
        thousands = _below_thousand(match["thousands"]) if match["thousands"] else 1
        if thousands is None:
            return None
        total += 1000 * (thousands or 1)
    rest = _below_thousand(match["rest"]) if match["rest"] else 0
    if rest is None:
        return None
    total += rest
    return total or None
