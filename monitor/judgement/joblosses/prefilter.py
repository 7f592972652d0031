"""A cheap first look: can this text hold any cue of losing or creating jobs at all?

The cue lexicons are large regular-expression alternations, and most news says nothing
about jobs, so running them over every text is the extractor's main cost. Every match of a
cue contains literal pieces of it ("cut", "licenzi", "banen"); the pieces are read from the
compiled patterns themselves (so they follow every edit of the lexicon) and searched at once
with an Aho-Corasick automaton, the index the milestone matcher uses.

Each branch of a cue is read as a requirement: all of its literal runs must occur, each
spelt in one of the ways the pattern allows ("cre(?:er|e|ation)" as "creer", "cree" or
"creation"; "vor\\sdem\\saus" as "vor dem aus", the prefilter reading every whitespace
character as a space), and of a nested alternation at least one piece ("cost" or "kostet"
... in "(?:cost|kostet)\\s\\w+\\sjobs"). Whole runs are rare where their parts are not:
"ation", "das" and "aus" are in most news. A text that meets no branch's requirement
cannot match any cue and is skipped. The requirement is necessary, never sufficient: the
regular expressions still decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import product
from re import _constants as sre_constants  # type: ignore[attr-defined]  # re's own parser
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Protocol

import ahocorasick

_MIN = 2  # shorter pieces would let nearly every text through
_EXPAND = 64  # alternatives a sequence may multiply into before its branches are merged


class Compiled(Protocol):
    """What the requirements are read from: a compiled pattern's source and flags."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


class UnfilterableError(ValueError):
    """A cue has no literal piece that every match must contain: write one into it."""


Piece = tuple[str, bool]  # the literal, and whether a match starts a word with it
# A literal as it is searched for: the text, whether a word starts with it, whether one ends.
Key = tuple[str, bool, bool]
Clause = frozenset[Key]  # at least one of these occurs in every match
Need = tuple[Clause, ...]  # all of these clauses hold in every match of one branch
Needs = list[Need]  # every match meets at least one of these


def _is_boundary(item: Any) -> bool:
    """After (or before) "\\b" or "\\s", a literal of word characters starts (or ends) a word."""
    op, arg = item
    return (op is sre_constants.AT and arg is sre_constants.AT_BOUNDARY) or (
        op is sre_constants.IN and arg == [(sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)]
    )


def _merged(needs: Needs) -> Needs:
    """One alternative standing for all of `needs`: of each, its most selective clause,
    united (a match meets one of them, so it holds one of these pieces)."""
    clause: set[Key] = set()
    for need in needs:
        if not need:
            return [()]  # one alternative asks nothing: neither does the whole
        clause |= max(need, key=lambda c: min(len(text) for text, _, _ in c))
    return [(frozenset(clause),)]


def _char(code: int, spaces: bool) -> str:
    """A literal character as the text is read: with `spaces`, any whitespace as " "."""
    char = chr(code)
    return " " if spaces and char.isspace() else char


def _strings(item: Any, spaces: bool, limit: int) -> list[str] | None:
    """Every string `item` matches, when it matches only literal text and at most `limit`
    strings ("(?:er|e|ation)", "[ie]", "s?"; a whitespace class as " " with `spaces`),
    else None."""
    op, arg = item
    if op is sre_constants.LITERAL:
        return [_char(arg, spaces)]
    if op is sre_constants.IN:
        chars = []
        for member, value in arg:
            if member is sre_constants.LITERAL:
                chars.append(_char(value, spaces))
            elif member is sre_constants.CATEGORY and value is sre_constants.CATEGORY_SPACE:
                if not spaces:
                    return None
                chars.append(" ")
            else:  # a range, a negation, another category: too many strings
                return None
        return list(dict.fromkeys(chars)) if len(chars) <= limit else None
    if op is sre_constants.SUBPATTERN and not arg[1] and not arg[2]:  # no flags of its own
        return _concatenated(arg[-1], spaces, limit)
    if op is sre_constants.BRANCH:
        found: list[str] = []
        for branch in arg[1]:
            strings = _concatenated(branch, spaces, limit - len(found))
            if strings is None:
                return None
            found += strings
        return list(dict.fromkeys(found)) if len(found) <= limit else None
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[1] <= 1:
        body = _concatenated(arg[2], spaces, limit)
        if body is None or len(body) + 1 > limit:
            return None
        if arg[1] == 0:
            return [""]
        return ["", *body] if arg[0] == 0 else body
    return None


def _concatenated(items: Sequence[Any], spaces: bool, limit: int) -> list[str] | None:
    """Every string the sequence `items` matches (see `_strings`), or None."""
    found = [""]
    for item in items:
        strings = _strings(item, spaces, limit)
        if strings is None or len(found) * len(strings) > limit:
            return None
        found = [a + b for a in found for b in strings]
    return found


def _sequence(items: Sequence[Any], before_word: bool, after_word: bool, spaces: bool) -> Needs:
    """The requirements every match of the sequence `items` meets.

    Adjacent literal parts make one run, spelt every way it can be: "cre(?:er|e|ation)" is
    one of "creer", "cree", "creation" (all rarer in text than "cre" or "ation" alone), up
    to `_EXPAND` spellings; with `spaces`, a whitespace class joins its neighbours as " "."""
    needs: Needs = [()]
    run: list[str] = []  # the spellings of the run under way; empty: no run
    run_starts = before_word

    def close(ends_word: bool) -> None:
        nonlocal needs
        if run and all(len(text.strip()) >= _MIN for text in run):
            clause = frozenset(
                (text, run_starts and text[0].isalnum(), ends_word and text[-1].isalnum())
                for text in run
            )
            needs = [(*need, clause) for need in needs]
        run.clear()

    for index, item in enumerate(items):
        op, arg = item
        before = _is_boundary(items[index - 1]) if index else before_word
        strings = _strings(item, spaces, _EXPAND)
        if strings is not None and len(run or [""]) * len(strings) <= _EXPAND:
            if not run:
                run_starts = before
            run[:] = [a + b for a in run or [""] for b in strings]
            continue
        close(_is_boundary(item))
        after = _is_boundary(items[index + 1]) if index < len(items) - 1 else after_word
        found: Needs | None = None
        if op is sre_constants.SUBPATTERN:
            found = _sequence(arg[-1], before, after, spaces)
        elif op is sre_constants.BRANCH:
            found = [n for branch in arg[1] for n in _sequence(branch, before, after, spaces)]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
            found = _merged(_sequence(arg[2], False, False, spaces))  # no edge is sure
        if found is None or found == [()]:
            continue
        if len(needs) > 1 and len(found) > 1 and len(needs) * len(found) > _EXPAND:
            found = _merged(found)  # a product of two alternations would grow too large
        needs = [(*a, *b) for a, b in product(needs, found)]
    close(after_word)
    return needs


def requirements(pattern: Compiled, *, spaces: bool = False) -> Needs:
    """What every match of `pattern` holds (see the module docstring); raises
    UnfilterableError when a branch holds no literal piece. With `spaces`, for text whose
    every whitespace character is a space (`Prefilter` reads text so), a whitespace class
    between literals reads as " " and joins them ("vor dem aus", not "vor", "dem", "aus")."""
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    needs = _sequence(parsed, False, False, spaces)  # a word edge only where it says one
    if any(not need for need in needs):
        raise UnfilterableError(f"no literal piece in every match of {pattern.pattern[:80]!r}")
    return needs


def literal_pieces(pattern: Compiled) -> set[Piece]:
    """The pieces the requirements of `pattern` are made of."""
    return {(text, starts) for need in requirements(pattern) for c in need for text, starts, _ in c}


def _selectivity(clause: Clause) -> int:
    """How rare a clause is in text, roughly: the length of its shortest piece."""
    return min(len(text) for text, _, _ in clause)


def _occurs(text: str, key: Key) -> bool:
    """Whether `key` occurs in `text`, at the start or end of a word when it asks so."""
    piece, starts, ends = key
    at = text.find(piece)
    while at >= 0:
        stop = at + len(piece)
        if (not starts or at == 0 or not text[at - 1].isalnum()) and (
            not ends or stop == len(text) or not text[stop].isalnum()
        ):
            return True
        at = text.find(piece, at + 1)
    return False


# Whitespace other than " " ("\\s" matches what `str.isspace` says, as `re` reads it).
_ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_OTHER_SPACE = re.compile(r"[^\S ]")


def _spaced(text: str) -> str:
    """`text` with each whitespace character as " ", as the requirements spell "\\s"
    (folded text has only spaces: it costs a check, 0.3 µs on 600 ASCII characters)."""
    if text.isascii():
        if not any(map(text.__contains__, _ASCII_SPACES)):
            return text
    elif _OTHER_SPACE.search(text) is None:
        return text
    return _OTHER_SPACE.sub(" ", text)


class Prefilter:
    """Says whether a folded text can hold a match of any of the patterns.

    One clause of each requirement, its most selective, is its trigger and goes into the
    automaton; only a requirement whose trigger is found has its other clauses checked, so
    most texts cost one pass and nothing more.
    """

    def __init__(self, patterns: Iterable[Compiled]) -> None:
        of: dict[Need, list[int]] = {}  # each requirement, and the patterns it is one of
        for index, pattern in enumerate(patterns):
            for need in requirements(pattern, spaces=True):
                of.setdefault(need, []).append(index)
        needs = list(of)
        self._patterns = [frozenset(of[need]) for need in needs]
        self._rest: list[tuple[Clause, ...]] = []
        triggers: dict[str, list[tuple[bool, bool, int]]] = {}
        for number, need in enumerate(needs):
            trigger = max(need, key=_selectivity)
            self._rest.append(tuple(c for c in need if c is not trigger))
            for text, starts, ends in trigger:
                triggers.setdefault(text, []).append((starts, ends, number))
        automaton = ahocorasick.Automaton()
        for text, found in triggers.items():
            automaton.add_word(text, (len(text), tuple(found)))
        automaton.make_automaton()
        self._automaton = automaton

    def may_match(self, text: str) -> bool:
        text = _spaced(text)
        size = len(text)
        tried: set[int] = set()
        for end, (length, found) in self._automaton.iter(text):
            start = end - length + 1
            starts = start == 0 or not text[start - 1].isalnum()
            ends = end + 1 == size or not text[end + 1].isalnum()
            for need_start, need_end, number in found:
                if (starts or not need_start) and (ends or not need_end) and number not in tried:
                    tried.add(number)
                    if all(any(_occurs(text, key) for key in c) for c in self._rest[number]):
                        return True  # every clause of one requirement holds
        return False

    def possible(self, text: str) -> frozenset[int]:
        """The patterns (by their place in the list given) that may match `text`: a pattern
        outside it cannot, so its search can be skipped."""
        text = _spaced(text)
        size = len(text)
        tried: set[int] = set()
        found: set[int] = set()
        for end, (length, uses) in self._automaton.iter(text):
            start = end - length + 1
            starts = start == 0 or not text[start - 1].isalnum()
            ends = end + 1 == size or not text[end + 1].isalnum()
            for need_start, need_end, number in uses:
                if (starts or not need_start) and (ends or not need_end) and number not in tried:
                    tried.add(number)
                    if self._patterns[number] <= found:
                        continue  # nothing it could add
                    if all(any(_occurs(text, key) for key in c) for c in self._rest[number]):
                        found |= self._patterns[number]
        return frozenset(found)
