"""Word stems by language, so a vocabulary written once matches every inflected form.

"tolls", "péages", "pedaggi", "peajes" and "opłat" meet "toll", "péage", "pedaggio", "peaje"
and "opłata" when both sides are reduced to their stems with the same language's rules. The
Snowball stemmers (PyStemmer: C, a few MB, millions of words a second) cover the EU's main
languages; Polish, which Snowball lacks, uses the light stemmer in `polish` (the maintained
Polish libraries load tens to hundreds of MB of dictionaries; `polish` says more).

Stems are computed on folded words (lower case, no accents, as `matching.fold` makes them),
on both sides, so they only have to agree with each other. Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from monitor.judgement import polish

__all__ = ["LANGUAGES", "stem_words"]

_SNOWBALL = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "es": "spanish",
    "nl": "dutch",
    "pt": "portuguese",
    "hu": "hungarian",
    "ro": "romanian",
    "sv": "swedish",
    "da": "danish",
    "fi": "finnish",
}
LANGUAGES = frozenset({*_SNOWBALL, "pl"})
_KEEP = frozenset({"|", "?"})  # clause breaks and question marks are not words


@cache
def _stemmer(language: str) -> Callable[[list[str]], list[str]] | None:
    if language == "pl":
        return polish.stem_words
    name = _SNOWBALL.get(language)
    if name is None:
        return None
    import Stemmer  # PyStemmer: imported on first use, so commands that judge nothing skip it

    return Stemmer.Stemmer(name).stemWords  # type: ignore[no-any-return]


# Words remembered per language. News repeats its words (a few thousand make most of any
# day's text), so nearly every word is a hit; the bound keeps a daemon's memory flat (about
# 150 bytes a word) and a full table is simply started again.
_CACHE_WORDS = 20_000


class _Stems(dict[str, str]):
    """One language's word -> stem table, filled on a miss.

    Looking words up through `dict.__getitem__` (`map` in `stem_words`) runs no Python code
    per word that has been seen before: stemming a list word by word and applying the keep
    rule in a comprehension cost more than the stemming itself.
    """

    def __init__(self, stemmer: Callable[[list[str]], list[str]]) -> None:
        super().__init__()
        self._stemmer = stemmer

    def __missing__(self, word: str) -> str:
        if len(self) >= _CACHE_WORDS:
            self.clear()
        stem = word if word in _KEEP or word[:1].isdigit() else self._stemmer([word])[0]
        self[word] = stem
        return stem


@cache
def _stems(language: str) -> _Stems | None:
    stemmer = _stemmer(language)
    return _Stems(stemmer) if stemmer is not None else None


def stem_words(words: Sequence[str], language: str | None) -> list[str]:
    """The stem of each folded word, position for position; words of an unknown language, and
    digits and breaks, are kept as they are."""
    stems = _stems(language) if language else None
    if stems is None:
        return list(words)
    return list(map(stems.__getitem__, words))
