"""A cue lexicon's alternation searched branch by branch, only where a text can match it.

Each cue lexicon is one regular expression of a few hundred branches, `\\b(?:a|b|...)\\b`.
Python's `re` tries every branch at every position of the text: about 100 µs a text, most
of the job-loss extractor's time. A search of an alternation finds the leftmost position
where some branch matches, and there the first such branch in pattern order. So the same
match (the same span, the same text) is the least, by start and then by branch order, of
the searches of `\\b(?:a)\\b`, `\\b(?:b)\\b` ... each alone. `Alternation` searches them
that way, and only the branches whose literal pieces the text holds (`Prefilter`, run per
branch); a branch that begins with a literal is tried only where that literal stands, with
`re.match`, which skips the slow scan of every position a leading `\\b` forces on `re`.

Patterns this cannot reproduce exactly (capturing groups, a branch that may match the empty
string, no top-level alternation) are searched whole, as `re` does. Pure: no IO.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from re import _constants as sre_constants  # type: ignore[attr-defined]  # re's own parser
from re import _parser as sre_parse  # type: ignore[attr-defined]

from monitor.judgement.joblosses.prefilter import Prefilter, UnfilterableError, requirements

__all__ = ["Alternation", "Branches", "split_alternation"]


@dataclass(frozen=True, slots=True)
class _Branch:
    regex: re.Pattern[str]  # the head, this branch alone in a group, the tail
    lead: str  # the literal every match starts with, "" when none is sure


def split_alternation(pattern: str) -> tuple[str, list[str], str] | None:
    """`pattern` as (head, branches, tail) when it is `head(?:b1|b2|...)tail` with one
    top-level group holding the alternation (verbose-mode comments and classes are read as
    `re` reads them), else None."""
    depth = 0
    group_start: int | None = None
    group_end: int | None = None
    cuts: list[int] = []
    index, size = 0, len(pattern)
    in_class = False
    while index < size:
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":  # a "]" first in a class is a member
                index += 1
        elif char == "#":  # a comment, in verbose mode, runs to the end of its line
            newline = pattern.find("\n", index)
            index = size if newline < 0 else newline
            continue
        elif char == "(":
            if depth == 0:
                if group_start is not None or not pattern.startswith("(?:", index):
                    return None  # a second top-level group, or one that is not plain
                group_start = index
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                group_end = index
        elif char == "|":
            if depth == 0:
                return None  # an alternation outside the group
            if depth == 1:
                cuts.append(index)
        index += 1
    if group_start is None or group_end is None or not cuts:
        return None
    bounds = [group_start + 3, *(c + 1 for c in cuts)]
    ends = [*cuts, group_end]
    branches = [pattern[start:end] for start, end in zip(bounds, ends, strict=True)]
    return pattern[:group_start], branches, pattern[group_end + 1 :]


def _lead(body: str, flags: int) -> str:
    """The literal characters every match of `body` begins with ("" when it begins with a
    class, a group or a repeat)."""
    if flags & re.IGNORECASE:
        return ""
    lead = []
    for op, arg in sre_parse.parse(body, flags):
        if op is not sre_constants.LITERAL:
            break
        lead.append(chr(arg))
    return "".join(lead)


class Branches:
    """The branches of several alternations behind one prefilter, so that one pass over a
    text says which branches of each it can hold (the extractor asks all four cue lexicons
    of every text). Built on first use, when every alternation has joined."""

    def __init__(self) -> None:
        self._regexes: list[re.Pattern[str]] = []
        self._prefilter: Prefilter | None = None
        self._filtered: list[int] = []  # the prefilter's patterns, by branch number
        self._always: frozenset[int] = frozenset()  # branches with no literal piece
        self._last: tuple[str, frozenset[int]] = ("", frozenset())

    def add(self, regexes: Sequence[re.Pattern[str]]) -> int:
        """Take an alternation's branch regexes; the number its first one gets."""
        if self._prefilter is not None:
            raise RuntimeError("branches joined after their prefilter was built")
        first = len(self._regexes)
        self._regexes.extend(regexes)
        return first

    def possible(self, text: str) -> frozenset[int]:
        """The branches, by number, whose literal pieces `text` holds (the last text's
        answer is kept: one text is asked about several times in a row)."""
        last = self._last
        if last[0] is text or last[0] == text:
            return last[1]
        prefilter = self._prefilter or self._build()
        found = frozenset(self._filtered[n] for n in prefilter.possible(text)) | self._always
        self._last = (text, found)
        return found

    def _build(self) -> Prefilter:
        filtered, always = [], []
        for number, regex in enumerate(self._regexes):
            try:
                requirements(regex, spaces=True)  # as the prefilter reads them
            except UnfilterableError:
                always.append(number)
            else:
                filtered.append(number)
        self._filtered, self._always = filtered, frozenset(always)
        self._prefilter = Prefilter(self._regexes[n] for n in filtered)
        return self._prefilter


class Alternation:
    """A compiled alternation with the part of `re.Pattern`'s interface the cue lexicons are
    used through (`search`, `finditer`, `fullmatch`, `pattern`, `flags`), same results.
    Alternations that share `branches` share its one pass over each text."""

    def __init__(self, compiled: re.Pattern[str], branches: Branches | None = None) -> None:
        self.pattern: str = compiled.pattern
        self.flags: int = compiled.flags
        self._whole = compiled
        self._branches: list[_Branch] = []
        self._last: tuple[str, tuple[int, ...]] = ("", ())
        split = split_alternation(compiled.pattern) if compiled.groups == 0 else None
        if split is None:
            return
        head, bodies, tail = split
        found = [
            _Branch(
                re.compile(f"{head}(?:{body}){tail}", compiled.flags),
                _lead(body, compiled.flags) if head in ("", r"\b") else "",
            )
            for body in bodies
        ]
        if any(sre_parse.parse(b.regex.pattern, b.regex.flags).getwidth()[0] == 0 for b in found):
            return  # a branch may match nothing: finditer's steps would differ
        self._branches = found
        self._shared = branches or Branches()
        self._first = self._shared.add([b.regex for b in found])

    @property
    def whole(self) -> re.Pattern[str]:
        """The alternation as one regular expression, searched as `re` searches it."""
        return self._whole

    @property
    def split(self) -> bool:
        """Whether the pattern is searched branch by branch (else whole, as `re` does)."""
        return bool(self._branches)

    def candidates(self, text: str) -> tuple[int, ...]:
        """The branches, in pattern order, that may match somewhere in `text`: a branch
        outside them holds a literal piece that `text` lacks."""
        last = self._last
        if last[0] is text or last[0] == text:
            return last[1]
        first, possible = self._first, self._shared.possible(text)
        found = tuple(
            n - first for n in sorted(possible) if first <= n < first + len(self._branches)
        )
        self._last = (text, found)
        return found

    def may_match(self, text: str) -> bool:
        """Whether `text` can hold a match (necessary, not sufficient)."""
        return not self._branches or bool(self.candidates(text))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._branches:
            return self._whole.search(string, pos, endpos)
        best: re.Match[str] | None = None
        # `re` sees nothing after `endpos`: a word may end there ("assume|ra")
        seen = string if endpos >= len(string) else string[:endpos]
        for number in self.candidates(seen):
            branch = self._branches[number]
            # Only a match that starts before the best one so far can replace it.
            limit = endpos if best is None else best.start()
            found = _first(branch, string, pos, endpos, limit)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if best.start() == pos:
                    break  # no match starts earlier, and later branches lose ties
        return best

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self._branches:
            yield from self._whole.finditer(string, pos, endpos)
            return
        found = self.search(string, pos, endpos)
        while found is not None:  # no branch matches the empty string: each step moves on
            yield found
            found = self.search(string, found.end(), endpos)

    def fullmatch(self, string: str) -> re.Match[str] | None:
        if not self._branches:
            return self._whole.fullmatch(string)
        for number in self.candidates(string):
            found = self._branches[number].regex.fullmatch(string)
            if found is not None:
                return found
        return None


def _first(branch: _Branch, string: str, pos: int, endpos: int, limit: int) -> re.Match[str] | None:
    """The branch's leftmost match in `string[pos:endpos]`, if it starts before `limit`."""
    if not branch.lead:
        found = branch.regex.search(string, pos, endpos)
        return found if found is not None and found.start() < limit else None
    at = string.find(branch.lead, pos, min(limit + len(branch.lead), endpos))
    while 0 <= at < limit:
        found = branch.regex.match(string, at, endpos)
        if found is not None:
            return found
        at = string.find(branch.lead, at + 1, min(limit + len(branch.lead), endpos))
    return None
