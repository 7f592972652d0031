"""The timeline's exceptions: one base class, and each subclass also a builtin users expect."""

from __future__ import annotations

from pathlib import Path


class TimelineError(Exception):
    """Base class of every error the timeline package raises."""


class PeriodError(TimelineError, ValueError):
    """A period expression ("T2 2025", "by Q3 2026") that cannot be understood."""

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read period {text!r}: {reason}")


class CitationError(TimelineError, ValueError):
    """A legal citation that reads as no act, COM document, procedure or CELEX number."""


class PlanError(TimelineError, ValueError):
    """A plan file that is malformed or invalid; names the file, line and field to fix."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.line = line
        self.field = field
        self.message = message
        where = f"{self.path}:{line}" if line else str(self.path)
        what = f" (field {field!r})" if field else ""
        super().__init__(f"{where}: {message}{what}")


class UnknownMilestoneError(TimelineError, KeyError):
    """A milestone id that is not in the plan; carries the closest known ids."""

    def __init__(self, milestone_id: str, suggestions: list[str]) -> None:
        self.milestone_id = milestone_id
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no milestone {milestone_id!r}{hint}")

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])
