"""Dates by month name that are still to come when the item is published.

"Commission presents Battery Booster in December", "Kommission legt am 16. Dezember vor",
"KE przedstawi pakiet w grudniu": in the present tense, a deed dated ahead of the item's own
date is a schedule, not a delivery, as one dated "next week" is (`dates_ahead`). A month
with a year is compared with the publication date; a month without one is taken to lie
ahead when it falls in the next four months (a schedule looks a few months ahead; "in
March", read in November, more likely recalls the March before). The month the item is
published in is not ahead: "on 16 December", read on the 17th, is done.

Month names are a closed class, like number words: they are listed here, folded as the
texts are, in the forms the languages use after a day or a preposition (Polish declines
them). Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from monitor.judgement.matching.cues import Cue, CueKind
from monitor.judgement.matching.phrases import Occurrence, parse_phrase

# Folded month names by language, January first; Polish in the nominative, the genitive
# ("16 grudnia", "do grudnia") and the locative ("w grudniu").
_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("january",), ("february",), ("march",), ("april",), ("may",), ("june",),
           ("july",), ("august",), ("september",), ("october",), ("november",),
           ("december",)),
    "fr": (("janvier",), ("fevrier",), ("mars",), ("avril",), ("mai",), ("juin",),
           ("juillet",), ("aout",), ("septembre",), ("octobre",), ("novembre",),
           ("decembre",)),
    "de": (("januar", "jaenner"), ("februar",), ("maerz", "marz"), ("april",), ("mai",),
           ("juni",), ("juli",), ("august",), ("september",), ("oktober",), ("november",),
           ("dezember",)),
    "it": (("gennaio",), ("febbraio",), ("marzo",), ("aprile",), ("maggio",), ("giugno",),
           ("luglio",), ("agosto",), ("settembre",), ("ottobre",), ("novembre",),
           ("dicembre",)),
    "es": (("enero",), ("febrero",), ("marzo",), ("abril",), ("mayo",), ("junio",),
           ("julio",), ("agosto",), ("septiembre", "setiembre"), ("octubre",),
           ("noviembre",), ("diciembre",)),
    "nl": (("januari",), ("februari",), ("maart",), ("april",), ("mei",), ("juni",),
           ("juli",), ("augustus",), ("september",), ("oktober",), ("november",),
           ("december",)),
    "pl": (("styczen", "stycznia", "styczniu"), ("luty", "lutego", "lutym"),
           ("marzec", "marca", "marcu"), ("kwiecien", "kwietnia", "kwietniu"),
           ("maj", "maja", "maju"), ("czerwiec", "czerwca", "czerwcu"),
           ("lipiec", "lipca", "lipcu"), ("sierpien", "sierpnia", "sierpniu"),
           ("wrzesien", "wrzesnia", "wrzesniu"), ("pazdziernik", "pazdziernika", "pazdzierniku"),
           ("listopad", "listopada", "listopadzie"), ("grudzien", "grudnia", "grudniu")),
}  # fmt: skip

# Words that may be a month or something else ("may" the verb, "mai", "maj", "mei" the
# Dutch flower, "marzo"...): read as a month only after a day or a preposition of time.
_AMBIGUOUS = frozenset({"may", "mai", "maj", "mei", "mars", "luty"})
# Prepositions of time a month follows ("in December", "d'ici décembre", "entro dicembre").
_BEFORE = frozenset({
    "in", "by", "until", "from", "early", "late", "en", "d", "ici", "fin", "debut", "courant",
    "im", "bis", "ab", "anfang", "ende", "mitte", "a", "nel", "entro", "da", "fine", "inizio",
    "para", "hasta", "desde", "finales", "principios", "op", "tegen", "vanaf", "eind", "begin",
    "w", "do", "od", "koniec", "poczatek", "pod",
})  # fmt: skip
_AHEAD_MONTHS = 4  # how far a month named without a year is read as ahead


@dataclass(frozen=True, slots=True)
class MonthMention:
    """A month named in the words, from `start` to `end` (words), and the month (1-12)."""

    start: int
    end: int
    month: int
    day: int | None
    year: int | None


def _month_of(language: str | None) -> dict[str, int]:
    tables = [_NAMES[language]] if language in _NAMES else list(_NAMES.values())
    return {
        name: number for table in tables for number, names in enumerate(table, 1) for name in names
    }


_BY_LANGUAGE = {language: _month_of(language) for language in (*_NAMES, None)}


def month_mentions(words: Sequence[str], language: str | None) -> Iterator[MonthMention]:
    """Every month named in `words` (folded) with its day and year when written beside it."""
    names = _BY_LANGUAGE.get(language, _BY_LANGUAGE[None])
    for index, word in enumerate(words):
        month = names.get(word)
        if month is None:
            continue
        start, end = index, index + 1
        day = _day(words, index)
        if day is not None:
            start = index - (2 if words[index - 1] == "de" else 1)  # "16 de diciembre"
        elif word not in _AMBIGUOUS and end < len(words) and _is_day(words[end]):
            day, end = int(words[end]), end + 1  # "December 16"
        elif index == 0 or words[index - 1] not in _BEFORE:
            continue  # "the December package", "may": a name or a word, not a date
        year = _year(words, end)
        if year is not None:
            end += 2 if words[end] == "de" else 1
        yield MonthMention(start, end, month, day, year)


def ahead(mention: MonthMention, published: dt.date) -> bool:
    """Whether the month named lies after `published` (see the module docstring)."""
    if mention.year is not None:
        if mention.year != published.year:
            return mention.year > published.year
        if mention.month != published.month:
            return mention.month > published.month
        return mention.day is not None and mention.day > published.day
    months = (mention.month - published.month) % 12
    if months == 0:
        return mention.day is not None and mention.day > published.day
    return months <= _AHEAD_MONTHS


def _day(words: Sequence[str], index: int) -> int | None:
    if index >= 1 and _is_day(words[index - 1]):
        return int(words[index - 1])
    if index >= 2 and words[index - 1] == "de" and _is_day(words[index - 2]):
        return int(words[index - 2])
    return None


def _is_day(word: str) -> bool:
    return word.isdigit() and 1 <= int(word) <= 31 and len(word) <= 2


def _year(words: Sequence[str], at: int) -> int | None:
    if (
        at < len(words)
        and len(words[at]) == 4
        and words[at].isdigit()
        and words[at][:2] in ("19", "20")
    ):
        return int(words[at])
    return None


def dates_ahead(
    words: Sequence[str], published: dt.date, language: str | None
) -> list[Occurrence[Cue]]:
    """The months named ahead of `published`, as future cues that date a deed to come."""
    found = []
    for mention in month_mentions(words, language):
        if ahead(mention, published):
            text = " ".join(words[mention.start : mention.end])
            cue = Cue(CueKind.FUTURE, language or "*", ahead=True)
            found.append(Occurrence(cue, parse_phrase(text), mention.start, mention.end, text))
    return found
