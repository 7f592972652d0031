"""Fold case and accents so cue lexicons can be written once, in plain ASCII.

Extraction reads folded text, but company and site names that are not on the
watch list must be reported as the article spells them, so a fold keeps a map
from folded offsets back to the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPECIAL = {
    "ß": "ss",
    "ẞ": "ss",
    "œ": "oe",
    "æ": "ae",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ı": "i",
    "þ": "th",
    "\u00ad": "",  # soft hyphen
    "’": "'",
    "‘": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "´": "'",
    "`": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "‹": '"',
    "›": '"',
    "–": "-",
    "—": "-",
    "‒": "-",
    "−": "-",
    "‐": "-",
    "‑": "-",
}
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\t\n\r"


def _build_table() -> dict[int, str]:
    # Characters up to U+024F are in the table, if only as themselves: off its ASCII fast
    # path `str.translate` pays a failed lookup for each character the table lacks, and that
    # made folding a text with one accent three times dearer.
    table: dict[int, str] = {code: chr(code) for code in range(0x250)}
    table.update({ord(c): " " for c in _SPACES})
    for code in range(0x00C0, 0x0250):
        char = chr(code).lower()
        if len(char) != 1:
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if base != char and base.isascii():
            table[ord(char)] = base
    table.update({ord(k): v for k, v in _SPECIAL.items()})
    return table


_TABLE = _build_table()
# Characters whose folded form is not one character long (ß -> ss, œ -> oe): only these move
# offsets, so only these are looked at when mapping back to the original text.
_RESIZING = re.compile(
    "[" + "".join(re.escape(chr(code)) for code, v in _TABLE.items() if len(v) != 1) + "]"
)


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text plus the way back to the original spelling."""

    original: str
    text: str
    _origin: tuple[int, ...] | None = None  # None: offsets are the same in both

    def original_offset(self, index: int) -> int:
        """The offset in the original text of folded offset `index`."""
        if self._origin is None:
            return index
        if index >= len(self._origin):
            return len(self.original)
        return self._origin[index]

    def original_span(self, start: int, end: int) -> str:
        """The original text behind folded offsets `start:end`."""
        if self._origin is None:
            return self.original[start:end]
        if start >= end:
            return ""
        first = self._origin[start]
        last = self._origin[end - 1] + 1
        return self.original[first:last]


def fold(text: str) -> Folded:
    """Lower-case `text`, strip accents, and normalise spaces, quotes and dashes."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters (İ) grow when lowered
        lowered = "".join(c.lower()[0] for c in text)
    folded = lowered.translate(_TABLE)
    if len(folded) == len(text):
        return Folded(text, folded)
    origin: list[int] = []
    done = 0
    for match in _RESIZING.finditer(lowered):
        index = match.start()
        origin.extend(range(done, index))
        origin.extend([index] * len(_TABLE[ord(lowered[index])]))
        done = index + 1
    origin.extend(range(done, len(lowered)))
    return Folded(text, folded, tuple(origin))


def fold_text(text: str) -> str:
    """Just the folded string (for keys such as aliases)."""
    return fold(text).text
