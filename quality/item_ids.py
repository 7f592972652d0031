"""Item ids of a labelled JSON-lines file, each allowed once (both the matching and the
replayed sets read them), without importing what replaying them needs."""

from __future__ import annotations

from pathlib import Path


class ItemIds:
    """The ids of a labelled file's items, each allowed once: two batches written apart may
    take the same numbers, and a score or a known miss would then name the wrong item."""

    def __init__(self, path: Path | str) -> None:
        self._path = path
        self._lines: dict[str, int] = {}

    def check(self, item_id: object, number: int) -> None:
        """ValueError when `item_id` was used on an earlier line; items without an id pass."""
        if not isinstance(item_id, str):
            return
        first = self._lines.setdefault(item_id, number)
        if first != number:
            raise ValueError(
                f"{self._path}:{number}: id {item_id!r} is already used on line {first};"
                " give this item the next free number of its language"
            )
