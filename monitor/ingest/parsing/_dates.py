"""Feed dates in the shapes nearly every feed uses, read exactly as feedparser reads them.

RFC 822 ("Mon, 02 Jun 2025 10:00:00 GMT", "2 Jun 2025 10:00 +0200") and W3C/RFC 3339
("2025-06-02T10:00:00Z", "2025-06-02T10:00:00.5+02:00", "2025-06-02"), with a numeric offset or
GMT/UT/UTC/Z. Anything else (zone names such as EST or CET, two-digit years, other orders) is
`UNKNOWN`: feedparser's lenient readers then decide, on its own path. Years outside 1900-2199
are `UNKNOWN` too, so no conversion here can overflow where feedparser's would not.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Final

__all__ = ["UNKNOWN", "read_date"]


class _Unknown:
    """A date shape this module does not read (distinct from "no date": None)."""


UNKNOWN: Final = _Unknown()

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) "
    r"(\d{2}):(\d{2})(?::(\d{2}))? (?:GMT|UTC?|Z|([+-])(\d{2})(\d{2}))",
    re.ASCII,
)
# feedparser reads "+0530" wrongly in W3C dates (as +05:00), so only "+05:30" is read here.
_W3C = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2})))?",
    re.ASCII,
)


def read_date(text: str) -> datetime | _Unknown | None:
    """The moment `text` names, in UTC; None for an empty text; UNKNOWN for other shapes."""
    if not text:
        return None
    found = _W3C.fullmatch(text)
    if found:
        year, month, day, hour, minute, second, sign, off_h, off_m = found.groups()
    else:
        found = _RFC822.fullmatch(text)
        if found is None or found.group(2) not in _MONTHS:
            return UNKNOWN
        day, month_name, year, hour, minute, second, sign, off_h, off_m = found.groups()
        month = str(_MONTHS[month_name])
    if not 1900 <= int(year) <= 2199:
        return UNKNOWN
    try:
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=UTC,
        )
    except ValueError:  # 30 February, 25 o'clock: feedparser has its own ways
        return UNKNOWN
    if sign:
        offset = timedelta(hours=int(off_h), minutes=int(off_m))
        moment = moment - offset if sign == "+" else moment + offset
    return moment
