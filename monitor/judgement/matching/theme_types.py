"""What the vocabulary finds in a text: the kind of theme, its words and its strength.

Shared by the index that finds themes (`themes`), the placing of descriptions (`placing`)
and the matcher that reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ThemeKind(StrEnum):
    NAME = "name"
    ABOUT = "about"
    LEGAL = "legal"
    PARTIAL = "partial"  # a description short of one concept: delivered only by a clear deed


@dataclass(frozen=True, slots=True)
class Found:
    """A vocabulary phrase found in a text, in words: `end` is the word after it."""

    phrase: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Theme:
    """Why a text is about one milestone."""

    milestone_id: str
    kind: ThemeKind
    strength: float
    found: tuple[Found, ...]  # the phrases (or the citation) that make it so
    part: int | None  # 0 title, 1 summary; None when spread over both, or only in the address
    detail: str  # "name 'Eurovignette'", "toll + zero-emission + truck", "act:1999/62"


@dataclass(frozen=True, slots=True)
class Closest:
    """A milestone a text comes near without naming it: part of one of its descriptions."""

    milestone_id: str
    coverage: float  # share of the best description's concepts the text holds
    detail: str  # "toll, truck of toll + zero-emission + truck"
