"""Period expressions of EU texts ("T2 2025", "by Q3 2026", "fin 2025") as date windows.

Interface contract (the parser body is being written): `parse_period(text) -> Period`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.errors import PeriodError


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
    raise PeriodError(text, "not implemented yet")
