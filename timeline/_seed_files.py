"""Reading a seed file (a plan, a concept file) as text, with errors that say what to fix."""

from __future__ import annotations

from pathlib import Path

from timeline.errors import PlanError


def read_seed(path: Path, missing: str) -> str:
    """The UTF-8 text of `path`; PlanError with `missing` (what to check) when it is absent."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanError(path, missing) from None
    except UnicodeDecodeError as exc:
        raise PlanError(
            path, f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8"
        ) from None
