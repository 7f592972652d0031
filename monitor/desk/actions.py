"""One Monitor call per action, tried again when the database was busy.

A busy database (another process held the write lock past the busy timeout) wrote nothing, so
the same call is safe to repeat; after `TRIES` the person is told their decision was not
recorded. Every other error goes to the page as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from monitor.errors import DatabaseBusyError

T = TypeVar("T")
TRIES = 3


def _no_pause(attempt: int) -> None:
    """Between tries: nothing to wait for, the busy timeout already waited (tests hook in)."""


on_retry: Callable[[int], None] = _no_pause


def attempt(call: Callable[[], T], tries: int = TRIES) -> T:
    """`call()`, again up to `tries` times while the database is busy."""
    for number in range(1, tries + 1):
        try:
            return call()
        except DatabaseBusyError:
            if number == tries:
                raise DatabaseBusyError(
                    f"the database stayed busy through {tries} tries (another monitor process "
                    "is holding it); your decision was not recorded: try again in a moment"
                ) from None
            on_retry(number)
    raise AssertionError("unreachable")  # pragma: no cover
