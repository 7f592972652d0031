"""Legal citations in a news entry, placed on its words, for matching with milestones' anchors.

The grammar of citations is `timeline.legal`'s (plan files and news share it); this module
finds them in an entry's title, summary and address and says which words they stand on, so
the clause around a citation can be read like the clause around any other term. A citation
found only in the address (an EUR-Lex link) stands on no word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.legal import Reference, find_citations

if TYPE_CHECKING:
    from monitor.judgement.matching.fold import Folded

__all__ = ["Cited", "citations_in"]


@dataclass(frozen=True, slots=True)
class Cited:
    """A citation and where it stands: `part` 0 title, 1 summary, None the address."""

    reference: Reference
    start: int | None = None
    end: int | None = None
    part: int | None = None


def citations_in(title: str, summary: str, url: str | None, folded: Folded) -> list[Cited]:
    """Every citation of the entry, once, title first, then summary, then address."""
    found: dict[str, Cited] = {}
    words: list[str] | None = None  # split on the first citation: most entries cite nothing
    for part, text in enumerate((title, summary)):
        for reference in find_citations(text):
            if reference.key not in found:
                words = folded.words if words is None else words
                start = folded.parts[part] if part < len(folded.parts) else len(words)
                end = folded.parts[part + 1] - 1 if part + 1 < len(folded.parts) else len(words)
                at = _place(reference, words, start, end)
                found[reference.key] = Cited(
                    reference, at, at + 1 if at is not None else None, part
                )
    for reference in find_citations(url or ""):
        found.setdefault(reference.key, Cited(reference))
    return list(found.values())


def _place(reference: Reference, words: Sequence[str], start: int, end: int) -> int | None:
    """The word holding the citation's number ("631" of act:2019/631) in words[start:end]."""
    number = reference.key.rsplit("/", 1)[-1]
    for index in range(start, end):
        if words[index].lstrip("0") == number.lstrip("0"):
            return index
    return None
