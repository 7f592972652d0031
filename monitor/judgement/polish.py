"""A light stemmer for Polish, on folded words (no diacritics: "opłat" arrives as "oplat").

Snowball has no Polish stemmer, and the maintained Polish libraries carry large data: Stempel
(pystempel) loads 40-180 MB of tables, simplemma's Polish dictionary over 400 MB. Matching a
vocabulary needs far less: every inflected form of a word must reach the same stem as its
base form. Light stemming does that by removing the longest known ending (case endings of
nouns and adjectives, verb endings, the "-enie/-anie" of verbal nouns) while keeping a stem
of at least three letters: "samochodów", "samochody" and "samochód" all give "samochod".

Two alternations are folded too, so that the forms of one word keep one stem: the adjective
endings after "k" and "g" keep their "i" ("europejskiego", "europejskim" -> "europejsk"), and a
final "-ek" loses its fleeting "e" ("wniosek", "wniosku" -> "wniosk"; the genitive plural
"ciężarówek" -> "ciężarówk", as "ciężarówki"), as the genitive plural "-eń" of verbal nouns
loses its "-en" ("zwolnień" -> "zwolni", as "zwolnienie"), and the "-ość" nouns keep
"-ość" in every case ("elastycznością" -> "elastyczność").
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["stem", "stem_words"]

# Endings in folded spelling, longest first within each group; a word loses the longest one
# that leaves at least `_MIN_STEM` letters.
_ENDINGS = tuple(
    sorted(
        {
            # verbal nouns: zwolnienie, zwolnienia, zwolnieniu, zwolnieniem, zwolnień ...
            "eniami", "eniach", "eniem", "enia", "eniu", "enie", "enio", "en",
            "aniami", "aniach", "aniem", "ania", "aniu", "anie",
            "ciami", "ciach", "ciem", "cia", "ciu", "cie",
            # verbs: -ować, -ował(a/o/i/y), -uje(my/cie), -ują ...
            "owalismy", "owaliscie", "owalas", "owales", "owala", "owali", "owalo", "owaly",
            "owal", "owac", "owany", "owana", "owane", "owanych", "owanym",
            "ujemy", "ujecie", "uja", "uje", "ujesz", "uj",
            "alismy", "aliscie", "ala", "ali", "alo", "aly", "al", "ac",
            "ilismy", "ila", "ili", "ilo", "ily", "il", "ic",
            "ela", "eli", "elo", "ely", "el", "ec",
            "yla", "yli", "ylo", "yly", "yl", "yc",
            # adjectives: -owy, -owego, -owych, -skiego, -nej ...
            "iejsza", "iejszy", "iejsze", "ejsza", "ejszy", "ejsze",
            "owego", "owemu", "owych", "owymi", "owym", "owej", "owa", "owe", "owy",
            "iego", "iemu", "ego", "emu", "ych", "ich", "ymi", "imi", "ym", "im", "ej", "iej",
            # nouns: -ami, -ach, -owi, -om, -ów ...
            "ami", "ach", "owi", "om", "ow", "em", "ie", "iu", "ia", "ii", "io",
            "a", "e", "i", "o", "u", "y",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
_MIN_STEM = 3
# Abstract nouns in "-ość" (elastyczność, możliwość): their "-ości", "-ością", "-ościach" keep
# the "-ość" stem; the verbal-noun ending "-cia" would otherwise cut "elastycznością" short.
_OSC_ENDINGS = ("osciami", "osciach", "osciom", "oscia", "osci", "osc")


def stem(word: str) -> str:
    """The stem of one folded Polish word; short words and numbers stay as they are."""
    if len(word) <= _MIN_STEM or not word.isalpha():
        return word
    if word.endswith("ek") and not word.endswith("iek") and len(word) > _MIN_STEM + 1:
        return word[:-2] + "k"  # the fleeting "e": wniosek/wniosku, ciężarówek/ciężarówki
    for ending in _OSC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)] + "osc"
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def stem_words(words: Iterable[str]) -> list[str]:
    return [stem(w) for w in words]
