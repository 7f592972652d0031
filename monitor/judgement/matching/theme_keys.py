"""The vocabulary's lookups beside the phrase automata: what a phrase stands for
(`ThemeKey`), one-word phrases inside German and Dutch compounds (`CompoundIndex`), and the
cheap exit that tells most texts hold no description worth placing (`DescriptionGate`).
Split from `themes`, which places names and descriptions with them. Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import ahocorasick

from monitor.judgement.matching.fold import BREAK, Folded
from monitor.judgement.matching.phrases import Occurrence, parse_phrase

COMPOUND_LANGUAGES = frozenset({"de", "nl"})
COMPOUND_MIN = 4  # letters of a phrase that may stand as part of a compound
COMPOUND_WORD = 7  # letters of a word that may be a compound
PARTIAL_GROUP = 3  # concepts a description needs to be recognised short of one (themes)


@dataclass(frozen=True, slots=True)
class ThemeKey:
    """What a vocabulary phrase stands for: a milestone's name, or a concept."""

    language: str
    milestone: int | None  # set for names
    concept: str | None  # set for concept phrases


class CompoundIndex:
    """One-word phrases found as the first or last part of a longer word (German, Dutch).

    Stemming a compound and stemming its last part need not agree ("Mautbefreiung" gives
    "mautbefrei", "Befreiung" stays "befreiung"), so both the folded and the stemmed form of
    each phrase are looked for, in both the folded and the stemmed word.
    """

    def __init__(self, entries: Iterable[tuple[str, ThemeKey]]) -> None:
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
        keys: dict[str, list[ThemeKey]] = {}
        for word, key in entries:
            if len(word) >= COMPOUND_MIN and " " not in word:
                keys.setdefault(word, []).append(key)
        for word, found in keys.items():
            # The phrase is read once here, not at every hit.
            phrase = parse_phrase(word)
            self._automaton.add_word(word, (word, phrase, tuple(dict.fromkeys(found))))
        self._empty = not keys
        self._keys = keys
        if not self._empty:
            self._automaton.make_automaton()

    def keyed(self, language: str) -> Iterator[tuple[str, list[ThemeKey]]]:
        """Each word looked for inside compounds, with its keys of `language`."""
        for word, found in self._keys.items():
            mine = [key for key in found if key.language == language]
            if mine:
                yield word, mine

    def scan(self, words: Folded, stems: Folded, language: str) -> list[Occurrence[ThemeKey]]:
        if self._empty:
            return []
        found: dict[tuple[int, ThemeKey], Occurrence[ThemeKey]] = {}
        surface, stemmed = words.text.split(" "), stems.text.split(" ")
        if len(surface) != len(stemmed):
            raise ValueError("stems must be the words' own, position for position")
        for position in self._holding(words, stems):
            word, stem = surface[position], stemmed[position]
            if word == BREAK or len(word) < COMPOUND_WORD:
                continue
            for form in {word, stem}:
                for end, (part, phrase, keys) in self._automaton.iter(form):
                    start = end - len(part) + 1
                    at_edge = start == 0 or end == len(form) - 1
                    if not at_edge or (start == 0 and end == len(form) - 1):
                        continue  # inside the word, or the whole word (found already)
                    for key in keys:
                        if key.language == language and (position, key) not in found:
                            found[(position, key)] = Occurrence(
                                key, phrase, position, position + 1, word
                            )
        return list(found.values())

    def _holding(self, words: Folded, stems: Folded) -> list[int]:
        """The positions, in order, of the words or stems that hold a key anywhere.

        One pass of the automaton over each whole text instead of two per word: a key has no
        space, so each hit lies inside one word, and `scan` examines only those words."""
        positions = {
            text.word_at(end)
            for text in (words, stems)
            for end, _ in self._automaton.iter(text.text)
        }
        return sorted(positions)


class KeyIndex:
    """Every key a text in one language is asked about before the gate (the phrases of all
    languages and of its own, as stems and as written, and the parts of its compounds) in
    one automaton, read over the words and the stems at once: one pass instead of up to
    five, which is what most news costs before the gate turns it away.

    What it finds is a superset of what each index finds in its own text (a key may also be
    met in the other text, or across the two), which `DescriptionGate` allows."""

    def __init__(self, keyed: Iterable[tuple[str, Iterable[ThemeKey]]]) -> None:
        found: dict[str, list[ThemeKey]] = {}
        for text, keys in keyed:
            found.setdefault(text, []).extend(keys)
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
        for text, keys in found.items():
            distinct = tuple(dict.fromkeys(keys))
            named = any(k.milestone is not None for k in distinct)
            concepts = frozenset(k.concept for k in distinct if k.concept is not None)
            self._automaton.add_word(text, (distinct, named, concepts))
        self._empty = not found
        if not self._empty:
            self._automaton.make_automaton()

    def keys(self, words: Folded, stems: Folded) -> Iterator[ThemeKey]:
        """The keys held in `words` or `stems`, padded with a space at each end as the
        phrase indexes read them (a phrase key starts and ends at a space)."""
        if self._empty:
            return
        for _, (found, _named, _concepts) in self._automaton.iter(_joined(words, stems)):
            yield from found

    def held(self, words: Folded, stems: Folded) -> tuple[bool, set[str]]:
        """What the gate asks of `keys`, without yielding each key: whether one is a name
        (the search stops there), and the concepts they hold."""
        concepts: set[str] = set()
        if self._empty:
            return False, concepts
        for _, (_found, named, held) in self._automaton.iter(_joined(words, stems)):
            if named:
                return True, concepts
            concepts |= held
        return False, concepts


def _joined(words: Folded, stems: Folded) -> str:
    return f" {words.text} {BREAK} {stems.text} "


class DescriptionGate:
    """A cheap exit before names and descriptions are placed: most texts hold a few of the
    plan's common concepts ("eu", "vehicle") but no name and no description within one concept
    of complete, and for those `_names`, `_descriptions` and `_partial` find nothing. Necessary,
    never sufficient: the placing still decides."""

    def __init__(self, groups: Sequence[Sequence[tuple[str, ...]]]) -> None:
        self._groups_of: dict[str, list[int]] = {}
        self._needed: list[int] = []
        for milestone_groups in groups:
            for group in milestone_groups:
                concepts = set(group)
                for name in concepts:
                    self._groups_of.setdefault(name, []).append(len(self._needed))
                partial = len(concepts) >= PARTIAL_GROUP  # such a description may lack one
                self._needed.append(len(concepts) - 1 if partial else len(concepts))

    def may_theme(self, keys: Iterable[ThemeKey]) -> bool:
        """Whether the keys found hold a name, or a description within one concept of whole.
        More keys never make it False, so a superset of a text's keys may be asked first."""
        concepts: set[str] = set()
        for key in keys:
            if key.milestone is not None:
                return True  # a name
            if key.concept is not None:
                concepts.add(key.concept)
        return self.admits(False, concepts)

    def admits(self, named: bool, concepts: Iterable[str]) -> bool:
        """`may_theme` for what `KeyIndex.held` found: a name, or these concepts."""
        if named:
            return True
        held: dict[int, int] = {}
        for name in concepts:
            for group in self._groups_of.get(name, ()):
                held[group] = held.get(group, 0) + 1
        return any(count >= self._needed[group] for group, count in held.items())
