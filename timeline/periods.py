"""Period expressions of EU texts ("T2 2025", "by Q3 2026", "fin 2025") as date windows.

`parse_period(text) -> Period` reads French, English and German period words. The text is
first folded (case, accents, apostrophes, dashes, spaces, a trailing full stop) and then
matched against a small table of forms, one regular expression each. "by" and "from" are
prefixes composed over the simple forms rather than forms of their own.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from timeline.errors import PeriodError

__all__ = ["Period", "parse_period"]


@dataclass(frozen=True, slots=True)
class Period:
    """A window of dates in which something is due, and the date it is due by.

    `start` is None for open-ended forms ("by 2026"). `normalised` is the canonical English
    spelling ("Q2 2025", "by Q3 2026", "end 2025"); parsing it gives the same Period back.
    """

    start: dt.date | None
    end: dt.date
    deadline: dt.date
    normalised: str


def parse_period(text: str) -> Period:
    """Read a period expression; raise PeriodError saying what is wrong."""
    folded = _fold(text)
    try:
        if not folded:
            raise _Rejected(f"the text is empty; write a period such as {_EXAMPLES}")
        return _match(_composed(), folded) or _parse_simple(folded)
    except _Rejected as exc:
        raise PeriodError(text, exc.reason) from None


_EXAMPLES = (
    "'Q2 2025', 'H1 2026', 'March 2025', '2026', 'end 2025', 'early 2026', 'mid 2026', "
    "'by Q3 2026', 'from 2026' or '2025 and 2026'"
)
_FIRST_YEAR, _LAST_YEAR = 1990, 2100


class _Rejected(Exception):
    """A text that matched a form but holds an impossible value; `reason` goes to the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- folding: make spelling variants of the same words identical -------------------------

_PUNCTUATION = str.maketrans(dict.fromkeys("’‘ʼ`´′", "'") | dict.fromkeys("‐‑‒–—―−", "-"))


def _fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes, collapse spaces, drop a '.'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split()).removesuffix(".").rstrip()


# --- values inside a form -----------------------------------------------------------------

_ORDINAL_WORDS = {
    **dict.fromkeys(("premier", "premiere", "first", "erste", "ersten", "erstes", "erster"), 1),
    **dict.fromkeys(("deuxieme", "second", "seconde", "zweite", "zweiten", "zweites"), 2),
    **dict.fromkeys(("troisieme", "third", "dritte", "dritten", "drittes"), 3),
    **dict.fromkeys(("quatrieme", "fourth", "vierte", "vierten", "viertes"), 4),
}
_MONTH_NAMES = (
    ("janvier", "january", "januar", "janner", "jan"),
    ("fevrier", "february", "februar", "feb", "fev", "fevr"),
    ("mars", "march", "marz", "maerz", "mar"),
    ("avril", "april", "apr", "avr"),
    ("mai", "may"),
    ("juin", "june", "juni", "jun"),
    ("juillet", "july", "juli", "jul", "juil"),
    ("aout", "august", "aug"),
    ("septembre", "september", "sep", "sept"),
    ("octobre", "october", "oktober", "oct", "okt"),
    ("novembre", "november", "nov"),
    ("decembre", "december", "dezember", "dec", "dez"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
_ENGLISH_MONTHS = tuple(names[1].capitalize() for names in _MONTH_NAMES)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so that no word shadows a longer one."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_YEAR = r"(?P<y>\d+)"
_ORDINAL = (
    r"(?:(?P<n>\d{1,2})(?:er|re|ere|e|eme|ieme|nd|nde|d|st|rd|th|\.)?"
    rf"|(?P<w>{_alternatives(_ORDINAL_WORDS)}))"
)
_OF_YEAR = r"(?:\s+(?:of(?:\s+the\s+year)?|de(?:\s+l'annee)?|d'annee|du|des\s+jahres))?"
_SEP = r"(?:\s*[/-]\s*|\s+)"


def _ordinal(match: re.Match[str]) -> int:
    word = match["w"]
    return _ORDINAL_WORDS[word] if word is not None else int(match["n"])


def _year(token: str) -> int:
    if len(token) != 4:
        raise _Rejected(f"year {token!r} must have four digits, as in '2025'")
    year = int(token)
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise _Rejected(f"year {year} is outside {_FIRST_YEAR}-{_LAST_YEAR}; check for a typo")
    return year


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int, normalised: str) -> Period:
    """The whole months first..last of one year, due at the end of the last."""
    end = _month_end(year, last)
    return Period(dt.date(year, first, 1), end, end, normalised)


# --- builders: one per form ---------------------------------------------------------------


def _quarter(match: re.Match[str]) -> Period:
    quarter, year = _ordinal(match), _year(match["y"])
    if not 1 <= quarter <= 4:
        raise _Rejected(f"quarter {quarter} does not exist; it must be 1-4, as in 'Q2 2025'")
    return _months(year, 3 * quarter - 2, 3 * quarter, f"Q{quarter} {year}")


def _half(match: re.Match[str]) -> Period:
    half, year = _ordinal(match), _year(match["y"])
    if half not in (1, 2):
        raise _Rejected(f"half {half} does not exist; it must be 1 or 2, as in 'H1 2026'")
    return _months(year, 6 * half - 5, 6 * half, f"H{half} {year}")


def _named_month(match: re.Match[str]) -> Period:
    return _month(_MONTHS[match["name"]], match["y"])


def _numbered_month(match: re.Match[str]) -> Period:
    return _month(int(match["m"]), match["y"])


def _month(month: int, year_token: str) -> Period:
    year = _year(year_token)
    if not 1 <= month <= 12:
        raise _Rejected(f"month {month} does not exist; it must be 1-12, as in '2025-03'")
    return _months(year, month, month, f"{_ENGLISH_MONTHS[month - 1]} {year}")


def _whole_year(match: re.Match[str]) -> Period:
    year = _year(match["y"])
    return _months(year, 1, 12, str(year))


def _part_of_year(first: int, last: int, word: str) -> Callable[[re.Match[str]], Period]:
    def build(match: re.Match[str]) -> Period:
        year = _year(match["y"])
        return _months(year, first, last, f"{word} {year}")

    return build


def _two_years(match: re.Match[str]) -> Period:
    first, second = _year(match["y"]), _year(match["y2"])
    if second <= first:
        raise _Rejected(
            f"the second year ({second}) must be later than the first ({first}), "
            "as in '2025 and 2026'"
        )
    return Period(
        dt.date(first, 1, 1),
        dt.date(second, 12, 31),
        dt.date(second, 12, 31),
        f"{first} and {second}",
    )


def _by(match: re.Match[str]) -> Period:
    """Due by the end of the inner period, with no earliest date."""
    inner = _parse_simple(match["rest"])
    return Period(None, inner.end, inner.end, f"by {inner.normalised}")


def _from(match: re.Match[str]) -> Period:
    """Due to start within the inner period."""
    inner = _parse_simple(match["rest"])
    return Period(inner.start, inner.end, inner.deadline, f"from {inner.normalised}")


# --- the table of forms -------------------------------------------------------------------

_Builder = Callable[[re.Match[str]], Period]
_Form = tuple[re.Pattern[str], _Builder]

# Optional words before a simple form: "en", "in the", "au cours de l'", "im", "à la".
_LEAD = (
    r"(?:(?:en|in|im|au|aux|a|during|durant|pendant|courant|within|dans|au\s+cours\s+d[eu])\s+)?"
    r"(?:(?:the|le|la|les|der|die|das|dem|den)\s+|l')?"
)
_BY_WORDS = (
    r"d'ici(?:\s+a)?|jusqu'(?:a|au|en)|au\s+plus\s+tard|by|no\s+later\s+than|until"
    r"|bis(?:\s+zu[mr])?|spatestens"
)
_FROM_WORDS = (
    r"a\s+partir\s+(?:de|du|d')|a\s+compter\s+(?:de|du|d')|des|from|as\s+(?:of|from)"
    r"|starting(?:\s+(?:in|from))?|ab(?:\s+dem)?"
)


def _forms(*rows: tuple[str, _Builder], lead: str = _LEAD) -> tuple[_Form, ...]:
    """Compile each form to match a whole folded text, after optional leading words."""
    return tuple((re.compile(lead + body, re.ASCII), build) for body, build in rows)


@functools.cache
def _simple() -> tuple[_Form, ...]:
    """The simple forms, compiled on first use: reading stored milestones (`timeline list`)
    needs `Period` but parses no text, and compiling the table cost every start ~8 ms."""
    return _forms(
        (rf"[tq]\s?{_ORDINAL}{_SEP}{_YEAR}", _quarter),  # T2 2025, Q2/2025
        (rf"{_YEAR}{_SEP}[tq]\s?{_ORDINAL}", _quarter),  # 2025-Q2
        (rf"{_ORDINAL}\s*(?:trimestre|quarter|quartal){_OF_YEAR}\s+{_YEAR}", _quarter),
        (rf"[sh]\s?{_ORDINAL}{_SEP}{_YEAR}", _half),  # S1 2026, H2 2025
        (rf"{_YEAR}{_SEP}[sh]\s?{_ORDINAL}", _half),  # 2026-H1
        (
            rf"{_ORDINAL}\s*(?:semestre|half(?:[\s-]year)?|halbjahr|jahreshalfte|hj){_OF_YEAR}"
            rf"\s+{_YEAR}",
            _half,
        ),
        # mars 2025
        (rf"(?P<name>{_alternatives(_MONTHS)})\.?,?(?:\s+of)?\s+{_YEAR}", _named_month),
        (rf"{_YEAR}-(?P<m>\d{{1,2}})", _numbered_month),  # 2025-03
        (rf"(?P<m>\d{{1,2}})[/.]{_YEAR}", _numbered_month),  # 03/2025
        (rf"(?:(?:annee|year|jahr)\s+)?{_YEAR}", _whole_year),
        (rf"(?:fin|end|late|ende){_OF_YEAR}[\s-]*{_YEAR}", _part_of_year(10, 12, "end")),
        (
            rf"(?:debut|early|beginning|start|anfang){_OF_YEAR}[\s-]*{_YEAR}",
            _part_of_year(1, 3, "early"),
        ),
        (rf"(?:mi|mid|middle|milieu|mitte){_OF_YEAR}[\s-]*{_YEAR}", _part_of_year(5, 8, "mid")),
    )


@functools.cache
def _composed() -> tuple[_Form, ...]:
    """The "by", "from" and two-year forms, compiled on first use as `_simple` is."""
    return (
        *_forms(
            (rf"(?:{_BY_WORDS})(?:\s+|(?<='))(?P<rest>.+)", _by),
            (rf"(?:{_FROM_WORDS})(?:\s+|(?<='))(?P<rest>.+)", _from),
            lead="",
        ),
        *_forms(
            (
                rf"(?:(?:entre|between|zwischen)\s+)?(?:(?:annees|years|jahren)\s+)?"
                rf"{_YEAR}\s+(?:and|et|und|&)\s+(?P<y2>\d+)",
                _two_years,
            ),
            (rf"{_YEAR}\s*-\s*(?P<y2>\d{{3,}})", _two_years),  # 2025-2026, not the month 2025-03
        ),
    )


def _match(forms: tuple[_Form, ...], folded: str) -> Period | None:
    for pattern, build in forms:
        if match := pattern.fullmatch(folded):
            return build(match)
    return None


def _parse_simple(folded: str) -> Period:
    period = _match(_simple(), folded)
    if period is None:
        raise _Rejected(f"this is not a period form; expected one such as {_EXAMPLES}")
    return period
