"""The parsing package's exceptions: one base class, each subclass also the builtin users expect."""

from __future__ import annotations

from monitor.errors import MonitorError


class ParseError(MonitorError):
    """Base class of every error the parsing package raises."""


class FeedParseError(ParseError, ValueError):
    """Fetched bytes that hold no feed at all (an HTML page, an empty body, garbage)."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url} {reason}")


class ErmFormatError(ParseError, ValueError):
    """A Eurofound ERM export that cannot be read; names the file, line and column to look at."""

    def __init__(
        self,
        path: str,
        message: str,
        *,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        what = f" column {column!r}:" if column else ""
        super().__init__(f"{where}:{what} {message}")
