"""Find the line of a value in a TOML plan file, so validation errors can point at it.

`tomllib` returns plain values without positions; plan files are line-oriented (one
`[[milestone]]` block after another), so scanning the text is enough to point at a line.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(?:#.*)?$")


class LineFinder:
    """Maps (table, index, dotted key) to the 1-based line that defines it."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._blocks: dict[str, list[int]] = {}  # array-of-tables name -> header line numbers
        self._tables: dict[str, int] = {}
        self._headers: list[int] = []
        for number, line in enumerate(self._lines, start=1):
            match = _HEADER.match(line)
            if not match:
                continue
            name = match.group(1).replace(" ", "")
            self._headers.append(number)
            if line.lstrip().startswith("[["):
                self._blocks.setdefault(name, []).append(number)
            else:
                self._tables.setdefault(name, number)

    def table(self, name: str) -> int | None:
        return self._tables.get(name)

    def block(self, name: str, index: int) -> tuple[int, int] | None:
        """First and last line of the `index`-th `[[name]]` block."""
        starts = self._blocks.get(name, [])
        if index >= len(starts):
            return None
        first = starts[index]
        return first, self._end_of_block(first)

    def _end_of_block(self, first: int) -> int:
        """The last line before the next `[[...]]` header (sub-tables belong to their block)."""
        for number in self._headers:
            if number > first and self._lines[number - 1].lstrip().startswith("[["):
                return number - 1
        return len(self._lines)

    def key(self, key: str, first: int, last: int) -> int | None:
        """The line in [first, last] assigning `key` (dotted keys match their tail too)."""
        parts = key.split(".")
        candidates = {".".join(parts[i:]) for i in range(len(parts))}
        pattern = re.compile(
            r"^\s*("
            + "|".join(re.escape(c) for c in sorted(candidates, key=len, reverse=True))
            + r")\s*="
        )
        for number in range(first, min(last, len(self._lines)) + 1):
            if pattern.match(self._lines[number - 1]):
                return number
        return None

    def in_block(self, name: str, index: int, key: str | None) -> int | None:
        """Best line for `key` of the `index`-th `[[name]]` block (its header when not found)."""
        span = self.block(name, index)
        if span is None:
            return None
        if key:
            found = self.key(key, *span)
            if found:
                return found
        return span[0]

    def in_table(self, name: str, key: str | None) -> int | None:
        start = self.table(name)
        if start is None:
            return None
        if key:
            later = [n for n in self._headers if n > start]
            found = self.key(key, start, min(later, default=len(self._lines) + 1) - 1)
            if found:
                return found
        return start
