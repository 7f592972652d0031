"""Read the numbers news uses for jobs: "1,100", "1.100", "1 100", "13'000", "3.5k",
"1.2 million", "a thousand", "deux mille", "zweitausend", with their qualifiers.

Works on folded text (see `_fold`): lower case, every kind of space made a plain
space and every apostrophe a plain "'". Deciding whether a number counts jobs is
the extractor's job; this module only reads numbers and the words around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.judgement.joblosses._fold import fold
from monitor.model.joblosses import JobCount, Qualifier

_DIGITS = re.compile(
    r"(?<![\w.,'/+])(?<![a-z]-)"
    r"(?P<num>\d{1,3}(?P<sep>[,.' ])\d{3}(?:(?P=sep)\d{3})*|\d+(?:[.,]\d+)?)"
    r"(?!\d|[.,]\d)"
    r"(?:\s?(?P<mult>k|thousand|millions?|mio\.?|millionen|mille|tausend)\b)?"
    r"(?P<plus>\+)?"
    r"(?![a-z0-9])"
)

_UNITS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10,
    "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "cent": 100, "cents": 100, "hundert": 100,
    "thousand": 1000, "mille": 1000, "tausend": 1000,
}  # fmt: skip
_ROUND = {"centaine": 100, "millier": 1000}  # "une centaine": about a hundred

_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORDS = re.compile(
    rf"\b(?:(?P<unit>{_UNIT_WORDS})\s+)?(?P<scale>hundred|thousand|cents?|mille|hundert|tausend)\b"
    rf"|\b(?P<gunit>ein|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn)(?P<gscale>hundert|tausend)\b"
    r"|\b(?:une?|ein)\s+(?P<round>centaine|millier)\b"
)

_QUALIFIERS = (
    (Qualifier.UP_TO, r"up to|as many as|as much as|at most|jusqu'a|jusqu'au|au plus|"
     r"au maximum|bis zu|maximal|hochstens"),
    (Qualifier.FEWER_THAN, r"fewer than|less than|under|below|just under|moins de|"
     r"weniger als|unter|knapp unter"),
    (Qualifier.AT_LEAST, r"at least|more than|over|well over|just over|in excess of|upwards of|"
     r"a minimum of|plus de|au moins|pas moins de|mindestens|mehr als|uber|gut"),
    (Qualifier.ABOUT, r"about|around|some|roughly|approximately|approx\.?|nearly|almost|"
     r"close to|an estimated|circa|ca\.|c\.|environ|quelque|quelques|pres de|presque|"
     r"autour de|pas loin de|rund|etwa|knapp|fast|annahernd|ungefahr|an die|um die"),
)  # fmt: skip
_BEFORE = tuple(
    (qualifier, re.compile(rf"(?:^|[^\w])(?:{words})\s*$")) for qualifier, words in _QUALIFIERS
)
_AFTER_AT_LEAST = re.compile(r"\s*(?:\+|(?:or more|and more|et plus|ou plus|und mehr|oder mehr)\b)")
_VAGUE_BEFORE = re.compile(
    r"(?:several|many|a few|plusieurs|quelques|des|mehrere|einige|per|pour|par)\s+$"
)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in folded text, with the qualifier written before or after it."""

    value: int
    qualifier: Qualifier
    start: int  # offsets in the folded text, qualifier included
    end: int
    number_start: int  # offsets of the figure alone
    number_end: int
    plain: bool  # digits with no separator, multiplier or qualifier (could be a year)


def _digits_value(num: str, sep: str | None, mult: str | None) -> int | None:
    if sep is not None:
        value = float(num.replace(sep, ""))
    else:
        value = float(num.replace(",", "."))
        if value != int(value) and mult is None:
            return None  # "1.5" alone is not a head count
    if mult is not None:
        if mult == "k" or mult in ("thousand", "mille", "tausend"):
            value *= 1_000
        else:
            value *= 1_000_000
    return round(value)


def _qualify(text: str, start: int, end: int) -> tuple[Qualifier, int, int]:
    before = text[max(0, start - 24) : start]
    for qualifier, pattern in _BEFORE:
        match = pattern.search(before)
        if match:
            words_start = start - len(before) + match.start()
            if not text[words_start].isalnum():
                words_start += 1
            return qualifier, words_start, end
    after = _AFTER_AT_LEAST.match(text, end)
    if after:
        return Qualifier.AT_LEAST, start, after.end()
    return Qualifier.EXACT, start, end


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in folded `text`, in order; vague ones ("several thousand") are left out."""
    found: list[NumberMention] = []
    for match in _DIGITS.finditer(text):
        value = _digits_value(match["num"], match["sep"], match["mult"])
        if value is None:
            continue
        qualifier, start, end = _qualify(text, match.start(), match.end())
        if match["plus"]:
            qualifier = Qualifier.AT_LEAST
        plain = match["sep"] is None and match["mult"] is None and qualifier is Qualifier.EXACT
        found.append(NumberMention(value, qualifier, start, end, match.start(), match.end(), plain))
    for match in _WORDS.finditer(text):
        if _VAGUE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if match["round"]:
            value, default = _ROUND[match["round"]], Qualifier.ABOUT
        elif match["gscale"]:
            value, default = _UNITS[match["gunit"]] * _SCALES[match["gscale"]], Qualifier.EXACT
        else:
            unit = _UNITS[match["unit"]] if match["unit"] else 1
            value, default = unit * _SCALES[match["scale"]], Qualifier.EXACT
        qualifier, start, end = _qualify(text, match.start(), match.end())
        if qualifier is Qualifier.EXACT:
            qualifier = default
        found.append(NumberMention(value, qualifier, start, end, match.start(), match.end(), False))
    found.sort(key=lambda m: m.number_start)
    return found


def parse_job_count(text: str) -> JobCount | None:
    """The first number in `text` as a `JobCount` (the original spelling kept), or None."""
    folded = fold(text)
    mentions = find_numbers(folded.text)
    if not mentions:
        return None
    first = mentions[0]
    return JobCount(first.value, first.qualifier, folded.original_span(first.start, first.end))
