"""Read the numbers news uses for jobs: "1,100", "1.100", "1 100", "13'000", "3.5k",
"1.2 million", "2 mila", "1,6 tys.", "a thousand", "deux mille", "zweitausend", "duizend",
with their qualifiers (`qualifiers`) and number words (`number_words`).

Works on folded text (see `_fold`): lower case, every kind of space made a plain
space and every apostrophe a plain "'". Deciding whether a number counts jobs is
the extractor's job; this module only reads numbers and the words around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.number_words import find_word_numbers
from monitor.judgement.joblosses.qualifiers import qualify
from monitor.model.joblosses import JobCount, Qualifier

_DIGITS = re.compile(
    r"(?<![\w.,'/+])(?<![a-z]-)"
    r"(?P<num>\d{1,3}(?P<sep>[,.' ])\d{3}(?:(?P=sep)\d{3})*|\d+(?:[.,]\d+)?)"
    r"(?!\d|[.,]\d)"
    r"(?:\s?(?P<mult>k|thousand|millions?|mio\.?|millionen|mille|tausend|tsd\.?|mila|mil|duizend|tys\.?"
    r"|tysiecy|tysiace|milioni|milione|millones|millon|miljoen|mln\.?|ezer)(?![a-z]))?"
    r"(?P<plus>\+)?"
    r"(?![a-z0-9])"
)

_VAGUE_BEFORE = re.compile(
    r"(?:several|many|a few|plusieurs|quelques|des|mehrere|einige|per|pour|par|diverse|varie"
    r"|alcune|varios|varias|algunos|enkele|meerdere|kilka|kilkanascie|kilkadziesiat"
    r"|tobb|nehany|sok|tobbszaz)\s+$"
)
_ARTICLE = re.compile(r"(?:une?|un|una|uno|ein|eine|een|a)\s")
_MULTIPLIERS = {
    "k": 1_000, "thousand": 1_000, "mille": 1_000, "tausend": 1_000, "mila": 1_000,
    "mil": 1_000, "duizend": 1_000, "tys": 1_000, "tys.": 1_000, "tysiecy": 1_000,
    "tsd": 1_000, "tsd.": 1_000,
    "tysiace": 1_000, "ezer": 1_000,
}  # fmt: skip


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
        value *= _MULTIPLIERS.get(mult, 1_000_000)
    return round(value)


def find_numbers(text: str, language: str | None = None) -> list[NumberMention]:
    """Every number in folded `text`, in order; vague ones ("several thousand") are left out.

    `language` chooses the number words read (see `number_words`); digits read alike in all.
    """
    found: list[NumberMention] = []
    for match in _DIGITS.finditer(text):
        value = _digits_value(match["num"], match["sep"], match["mult"])
        if value is None:
            continue
        q = qualify(text, match.start(), match.end())
        qualifier = Qualifier.AT_LEAST if match["plus"] else q.qualifier
        plain = match["sep"] is None and match["mult"] is None and qualifier is Qualifier.EXACT
        found.append(
            NumberMention(value, qualifier, q.start, q.end, match.start(), match.end(), plain)
        )
    taken = [(m.number_start, m.number_end) for m in found]
    for word in find_word_numbers(text, language):
        if any(start <= word.start < end for start, end in taken):
            continue
        if _VAGUE_BEFORE.search(text, max(0, word.start - 14), word.start) and not (
            _ARTICLE.match(text, word.start)  # "per una sessantina di": no "per cento"
        ):
            continue
        q = qualify(text, word.start, word.end)
        qualifier = q.qualifier if q.qualifier is not Qualifier.EXACT else word.qualifier
        found.append(
            NumberMention(word.value, qualifier, q.start, q.end, word.start, word.end, False)
        )
    found.sort(key=lambda m: m.number_start)
    return found


def parse_job_count(text: str, language: str | None = None) -> JobCount | None:
    """The first number in `text` as a `JobCount` (the original spelling kept), or None."""
    folded = fold(text)
    mentions = find_numbers(folded.text, language)
    if not mentions:
        return None
    first = mentions[0]
    return JobCount(first.value, first.qualifier, folded.original_span(first.start, first.end))
