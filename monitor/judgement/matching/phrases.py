"""Find many phrases at once in folded text: one Aho-Corasick pass plus word-boundary checks.

One automaton holds every phrase, so the cost of a scan depends on the text and the number of
hits, not on the number of phrases (a regex alternation slows down and goes wrong as phrases
overlap, see PERFORMANCE.md). A word ending in `*` matches any word that starts with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

import ahocorasick

from monitor.judgement.matching.fold import BREAK, Folded, fold

T = TypeVar("T")


class PhraseError(ValueError):
    """A phrase that cannot be matched: empty, or with `*` anywhere but at its end."""

    def __init__(self, phrase: str, reason: str) -> None:
        self.phrase = phrase
        self.reason = reason
        super().__init__(f"phrase {phrase!r}: {reason}")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase as written, the folded key the automaton finds, and the words checked after it.

    `key` is the whole folded phrase unless a word before the last one ends in `*`
    ("steuerliche* Anreiz*"); then `key` runs up to that word and `rest` holds the words that
    must follow, each with whether it is a prefix.
    """

    text: str
    key: str
    prefix: bool
    rest: tuple[tuple[str, bool], ...] = ()
    words: int = 1

    def follows(self, text: str, last: int) -> bool:
        """Whether `rest` follows the key that ends at character `last` of `text`."""
        if not self.rest:
            return True
        gap = text.find(" ", last + 1)
        if gap < 0:
            return False
        after = text[gap + 1 :].split(" ", len(self.rest))
        if len(after) < len(self.rest):
            return False
        return all(
            word.startswith(token) if prefix else word == token
            for word, (token, prefix) in zip(after, self.rest, strict=False)
        )


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """`fold` of one word of a phrase, remembered: compiling the bundled plan folds 40,000
    words, most of them many times over (the same words recur in every language's phrases,
    and each phrase is parsed both as its stems and as its folded words)."""
    return fold(word)


def parse_phrase(text: str) -> Phrase:
    """Fold a phrase; a word ending in `*` matches any word that starts with it."""
    tokens: list[tuple[str, bool]] = []
    for raw in text.split():
        prefix = raw.endswith("*")
        body = raw[:-1] if prefix else raw
        if "*" in body:
            raise PhraseError(text, "`*` may only end a word (write 'propos*', not 'pro*osal')")
        folded = _fold_word(body).split()
        tokens.extend((token, False) for token in folded)
        if prefix and folded:
            tokens[-1] = (folded[-1], True)
    while tokens and tokens[-1][0] == BREAK:  # "?" folds to "? |": the break is not a word
        tokens.pop()
    if all(token == BREAK for token, _ in tokens):
        raise PhraseError(text, "it has no letters or digits; remove it or write a word")
    cut = next((i for i, (_, prefix) in enumerate(tokens) if prefix), len(tokens) - 1)
    key = " ".join(token for token, _ in tokens[: cut + 1])
    return Phrase(text, key, tokens[cut][1], tuple(tokens[cut + 1 :]), len(tokens))


@dataclass(frozen=True, slots=True)
class Occurrence(Generic[T]):
    """Where a phrase was found, in words: `start` is the first word, `end` the one after it."""

    value: T
    phrase: Phrase
    start: int
    end: int
    matched: str = ""  # the folded words of the text that the phrase matched


class PhraseIndex(Generic[T]):
    """Phrases, each with a value, compiled once into one automaton.

    Keys are stored with the spaces around them (" battery passport ", or " propos" for a
    prefix) and the text is scanned with a space at each end, so the automaton itself enforces
    word boundaries and reports no hit inside a longer word.
    """

    def __init__(self, entries: Iterable[tuple[Phrase, T]]) -> None:
        by_key: dict[str, list[tuple[Phrase, T]]] = {}
        for phrase, value in entries:
            padded = f" {phrase.key}" if phrase.prefix else f" {phrase.key} "
            by_key.setdefault(padded, []).append((phrase, value))
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
        for key, found in by_key.items():
            tail = 1 if key.endswith(" ") else 0
            self._automaton.add_word(key, (len(key), tail, tuple(found)))
        self._empty = not by_key
        if not self._empty:
            self._automaton.make_automaton()
        self.size = sum(len(found) for found in by_key.values())
        self._by_key = by_key

    def keyed(self) -> Iterator[tuple[str, list[T]]]:
        """Each key as the automaton holds it (with its spaces) and the values under it, for
        an index that looks for these keys beside others (`theme_keys.KeyIndex`)."""
        for key, found in self._by_key.items():
            yield key, [value for _, value in found]

    def scan(self, folded: Folded, keep: Callable[[T], bool] | None = None) -> list[Occurrence[T]]:
        """Every phrase in `folded` on word boundaries (whose value `keep` accepts, if given)."""
        if self._empty:
            return []
        text = folded.text
        found: list[Occurrence[T]] = []
        for end, (length, tail, entries) in self._automaton.iter(f" {text} "):
            first = end - length + 1  # the padding space before the phrase = its first char
            last = end - 1 - tail  # the phrase's last character in `text`
            for phrase, value in entries:
                if (keep is None or keep(value)) and phrase.follows(text, last):
                    start = folded.word_at(first)
                    stop = _words_end(text, first, phrase.words)
                    found.append(
                        Occurrence(value, phrase, start, start + phrase.words, text[first:stop])
                    )
        return found

    def values(self, folded: Folded) -> Iterator[T]:
        """The values of the keys found in `folded`, cheaply: no positions, no phrase checks."""
        if self._empty:
            return
        for _, (_, _, entries) in self._automaton.iter(f" {folded.text} "):
            for _, value in entries:
                yield value


def _words_end(text: str, first: int, words: int) -> int:
    """Where the `words` words of `text` that begin at character `first` end: at the space
    after the last of them, or at the end of the text.

    A few `str.find` calls per phrase found: the texts are a few hundred characters and hold
    a handful of phrases, so this is cheaper than a table of every word's start."""
    stop = first - 1
    for _ in range(words):
        stop = text.find(" ", stop + 1)
        if stop < 0:
            return len(text)
    return stop
