"""Fold text for matching: lower case, no accents, punctuation reduced to word and clause breaks.

Folding runs on every entry of every feed, so it uses tables built once: `str.lower()`, then
one `str.translate()`: ASCII-only for ASCII text, which CPython runs on a fast path, else one
table that also folds the non-ASCII characters (é -> e, ß -> ss, œ -> oe, ä -> ae). NFKD per
entry is about five times slower, see PERFORMANCE.md.

A folded text is its words joined by single spaces. Apostrophes, hyphens and slashes become
word breaks ("state-of-health" reads as "state of health", "l'Union" as "l union"); sentence
and clause punctuation becomes the token `|` so that a phrase never matches across it and the
classifier can tell clauses apart; `?` stays a token of its own (a question is a cue).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

BREAK = "|"
QUESTION = "?"

# Letters that NFKD does not take apart, or that fold to more than one letter.
_SPECIAL = {
    "ä": "ae",  # German spells umlauts out this way; it keeps "fördert" apart from "fordert"
    "ö": "oe",
    "ü": "ue",
    "Ä": "ae",
    "Ö": "oe",
    "Ü": "ue",
    "ß": "ss",
    "œ": "oe",
    "æ": "ae",
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ŀ": "l",
    "ħ": "h",
    "ŧ": "t",
    "ĸ": "k",
    "ŉ": "n",
    "ſ": "s",
}
# Punctuation that ends a clause (becomes `|`); every other non-alphanumeric sign separates words.
# A full stop or comma ends a clause only before a space: "1.8bn", "1,8 Mrd." and "U.S." do not.
_ASCII_BREAKS = ';:!()[]{}"|'
_OTHER_BREAKS = "«»“”„‟‹›–—―…•·"


def _ascii_table() -> dict[int, str]:
    """One character for one: `str.translate` keeps its fast path on ASCII text only so."""
    table = {code: " " for code in range(0x21, 0x80) if not chr(code).isalnum()}
    table.update({ord(c): " " for c in "\t\n\r\f\v"})
    table.update({ord(c): BREAK for c in _ASCII_BREAKS})
    for kept in ".,?":
        del table[ord(kept)]
    return table


def _other_map() -> dict[str, str]:
    """Folds for the non-ASCII characters an entry may hold (others are kept as they are)."""
    folds: dict[str, str] = {}
    for code in range(0x80, 0x250):
        char = chr(code)
        if char in _SPECIAL:
            folds[char] = _SPECIAL[char]
        elif char.isalnum():
            base = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            if base != char:
                folds[char] = base.lower()
        else:
            folds[char] = " "
    for code in range(0x2000, 0x2070):  # general punctuation: spaces, dashes, quotes
        folds[chr(code)] = " "
    for code in range(0x2070, 0x20A0):  # superscript and subscript digits: CO₂ reads as co2
        digits = unicodedata.normalize("NFKD", chr(code))
        if digits.isdigit():
            folds[chr(code)] = digits
    for code in range(0x0300, 0x0370):  # combining marks left by decomposed input or lower()
        folds[chr(code)] = ""
    folds.update(dict.fromkeys(_OTHER_BREAKS, BREAK))
    folds["€"] = " eur "
    return folds


def _full_table(ascii_table: dict[int, str], other: dict[str, str]) -> dict[int, str]:
    """Both folds in one table, for text with a non-ASCII character.

    Every ASCII character is in it, if only as itself: `str.translate` off its ASCII fast
    path pays a failed lookup for each character the table lacks, which made one pass over
    the whole text dearer than folding the non-ASCII runs one character at a time. One pass
    does both folds because what `other` gives (letters, spaces, breaks) is unchanged by
    `ascii_table`."""
    table = {code: chr(code) for code in range(0x80)}
    table.update(ascii_table)
    for char, folded in other.items():
        if folded.translate(ascii_table) != folded:
            raise ValueError(f"the fold of {char!r} would be folded again")
        table[ord(char)] = folded
    return table


_ASCII = _ascii_table()
_FULL = _full_table(_ASCII, _other_map())


# "(EU)", "(COD)", "(UE)": a short word in brackets is part of a name or a citation, not an
# aside that ends the clause.
_SHORT_BRACKETS = re.compile(r"\((\w{1,8})\)")
# A full stop before a lower-case word ends no sentence: "Komisarz ds. transportu", "m.in. o".
_ABBREVIATION = re.compile(r"\.(?= +\w)")


# Polish word-final "ą" (a plural verb, an instrumental): folded to "a" it reads like the
# singular present ("przedstawią", will present, as "przedstawia", presents). It folds to
# "om" instead, which the Polish stemmer strips as it strips "a" ("umową" -> "umow").
_FINAL_OGONEK = re.compile(r"ą(?![^\W_])")


def _keep_abbreviation(match: re.Match[str]) -> str:
    following = match.string[match.end() :].lstrip(" ")[:1]
    return " " if following.islower() else "."


def _words(text: str) -> list[str]:
    if "(" in text:
        text = _SHORT_BRACKETS.sub(r" \1 ", text)
    if ". " in text:
        text = _ABBREVIATION.sub(_keep_abbreviation, text)
    folded = text.lower()
    if "ą" in folded:
        folded = _FINAL_OGONEK.sub("om", folded)
    folded = folded.translate(_ASCII if folded.isascii() else _FULL)
    folded = folded.replace(BREAK, f" {BREAK} ").replace(QUESTION, f" {QUESTION} {BREAK} ")
    folded = folded.replace(". ", f" {BREAK} ").replace(", ", f" {BREAK} ")
    return folded.replace(".", " ").replace(",", " ").split()


def fold(text: str) -> str:
    """Fold `text` into lower-case unaccented words joined by single spaces."""
    return " ".join(_words(text))


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text made of one or more parts (a title, a summary) kept apart by a break.

    `parts` holds the index of the first word of each part. Word positions are computed on
    demand, because only the few entries that hit a rule ever need them.
    """

    text: str
    parts: tuple[int, ...] = (0,)

    @property
    def words(self) -> list[str]:
        return self.text.split(" ") if self.text else []

    def word_at(self, offset: int) -> int:
        """The index of the word that holds character `offset` of `text`."""
        return self.text.count(" ", 0, offset)

    def part_of(self, word: int) -> int:
        """Which part (0 = the first) word number `word` belongs to."""
        return bisect_right(self.parts, word) - 1


def fold_text(*parts: str) -> Folded:
    """Fold each part and join them with a clause break, remembering where each one starts."""
    words: list[str] = []
    starts: list[int] = []
    for part in parts:
        if words:
            words.append(BREAK)
        starts.append(len(words))
        words.extend(_words(part))
    return Folded(" ".join(words), tuple(starts) or (0,))
