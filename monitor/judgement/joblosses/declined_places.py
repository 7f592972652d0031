"""Place names as the declining languages write them: "w Tychach", "we Wrocławiu",
"w Bielsku-Białej", "Győrben".

The gazetteer lists each place in its nominative; Polish, Czech, Slovak and Hungarian add a
case ending to each word of the name. A word declines a name's word when, less one of the
endings, it is that word, or that word less its last one or two letters or its fleeting
"e" ("tychach" is "tych" + "ach", "tychy" less a letter; "mielcu" is "mielc" + "u"), no
stem shorter than four letters. Only texts in those languages are read so: elsewhere
"Rennes" and "en" make the German "rennen".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

#: Languages whose texts decline place names.
DECLINING = frozenset({"pl", "cs", "sk", "hu"})

# Polish locative, genitive and instrumental, their adjectival forms ("Białej",
# "Wielkopolskim"), and Hungarian "in/at/from".
_ENDINGS = (
    "ach", "ami", "iem", "ej", "im", "ym", "em", "ie", "iu", "u", "a", "y", "i", "e",
    "ben", "ban", "en", "on", "rol", "bol",
)  # fmt: skip
_SHORTEST = 4
_WORD = re.compile(r"[a-z0-9]+")


def _name_stems(word: str) -> Iterator[str]:
    for cut in (0, 1, 2):
        stem = word[: len(word) - cut]
        if len(stem) >= _SHORTEST:
            yield stem
    if _FLEETING_E.search(word) and len(word) > _SHORTEST:
        yield word[:-2] + word[-1]  # the "e" that declining drops: "w Mielcu", "v Plzni"


_FLEETING_E = re.compile(r"[^aeiouy]e[^aeiouy]$")


def _word_stems(word: str) -> Iterator[str]:
    yield word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST:
            yield word[: -len(ending)]


class DeclinedIndex(Generic[T]):
    """Names of one or two words (folded), found in their declined forms."""

    def __init__(self) -> None:
        self._single: dict[str, T] = {}
        self._first: dict[str, list[tuple[frozenset[str], T]]] = {}  # two-word names

    def add(self, folded_name: str, target: T) -> None:
        words = _WORD.findall(folded_name)
        if len(words) == 1:
            for stem in _name_stems(words[0]):
                self._single.setdefault(stem, target)
        elif len(words) == 2:
            second = frozenset(_name_stems(words[1]))
            if second:
                for stem in _name_stems(words[0]):
                    self._first.setdefault(stem, []).append((second, target))

    def find(self, text: str) -> list[tuple[T, int, int]]:
        """(target, start, end) of each declined name in folded `text`, in text order."""
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        found: list[tuple[T, int, int]] = []
        i = 0
        while i < len(words):
            word, start, end = words[i]
            if len(word) < _SHORTEST or not word.isalpha():
                i += 1
                continue
            stems = list(_word_stems(word))
            pair = self._pair(stems, words[i + 1][0]) if i + 1 < len(words) else None
            if pair is not None:
                found.append((pair, start, words[i + 1][2]))
                i += 2
                continue
            single = next((self._single[s] for s in stems if s in self._single), None)
            if single is not None:
                found.append((single, start, end))
            i += 1
        return found

    def _pair(self, stems: list[str], following: str) -> T | None:
        seconds = [entry for s in stems for entry in self._first.get(s, ())]
        if not seconds:
            return None
        after = set(_word_stems(following))
        return next((target for second, target in seconds if second & after), None)
