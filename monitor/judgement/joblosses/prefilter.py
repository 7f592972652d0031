"""A cheap first look: can this text hold any cue of losing or creating jobs at all?

The cue lexicons are large regular-expression alternations, and most news says nothing
about jobs, so running them over every text is the extractor's main cost. Every match of a
cue contains some literal piece of it ("cut", "licenzi", "banen"); the pieces are read from
the compiled patterns themselves (so they follow every edit of the lexicon) and searched at
once with an Aho-Corasick automaton, the index the milestone matcher uses. A text with none
of them cannot match any cue and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre_constants  # type: ignore[attr-defined]  # re's own parser
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_MIN = 2  # shorter pieces would let nearly every text through


class UnfilterableError(ValueError):
    """A cue has no literal piece that every match must contain: write one into it."""


Piece = tuple[str, bool]  # the literal, and whether a match starts a word with it


def _sequence(items: Any, at_word: bool = False) -> set[Piece] | None:
    """Pieces at least one of which occurs in every match of `items`, or None; among the
    mandatory ones, the longest (the rarer in text, the better the filter)."""
    best: set[Piece] | None = None
    best_length = 0
    run: list[str] = []
    run_at_word = at_word

    def close() -> None:
        nonlocal best, best_length
        if len(run) >= _MIN and len(run) > best_length:
            best, best_length = {("".join(run), run_at_word)}, len(run)

    for op, arg in items:
        if op is sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        close()
        run = []
        starts_word = (op is sre_constants.AT and arg is sre_constants.AT_BOUNDARY) or (
            op is sre_constants.IN
            and arg == [(sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)]
        )  # after "\b" or "\s" a piece starts a word
        run_at_word = starts_word
        found: set[Piece] | None = None
        if op is sre_constants.SUBPATTERN:
            found = _sequence(arg[-1], at_word)
        elif op is sre_constants.BRANCH:
            found = _branches(arg[1], at_word)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] >= 1:
            found = _sequence(arg[2])
        if found is not None:
            length = min(len(piece) for piece, _ in found)
            if length > best_length:
                best, best_length = found, length
        at_word = starts_word
    close()
    return best


def _branches(branches: Iterable[Any], at_word: bool) -> set[Piece] | None:
    pieces: set[Piece] = set()
    for branch in branches:
        found = _sequence(branch, at_word)
        if found is None:
            return None
        pieces |= found
    return pieces


def literal_pieces(pattern: re.Pattern[str]) -> set[Piece]:
    """The pieces of `pattern` (see the module docstring); raises UnfilterableError when a
    branch has none."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    found = _sequence(list(parsed))
    if found is None:
        raise UnfilterableError(f"no literal piece in every match of {pattern.pattern[:80]!r}")
    return found


class Prefilter:
    """Says whether a folded text contains a piece of any of the patterns."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        starts: dict[str, bool] = {}
        for pattern in patterns:
            for piece, at_word in literal_pieces(pattern):
                starts[piece] = starts.get(piece, True) and at_word
        automaton = ahocorasick.Automaton()
        for piece, at_word in starts.items():
            automaton.add_word(piece, (len(piece), at_word))
        automaton.make_automaton()
        self._automaton = automaton

    def may_match(self, text: str) -> bool:
        for end, (length, at_word) in self._automaton.iter(text):
            start = end - length + 1
            if at_word and start > 0 and text[start - 1].isalnum():
                continue  # the cue starts a word; this is the middle of another
            return True
        return False
