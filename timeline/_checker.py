"""Validation of one parsed plan file: each mistake a PlanError at the line it stands on."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline._toml_lines import LineFinder
from timeline.errors import PlanError


class PlanChecker:
    """Validation of one parsed file, raising PlanError at the right line."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = LineFinder(text)

    def fail(self, message: str, *, field: str, index: int | None = None) -> PlanError:
        if index is None:
            line = self.lines.in_table("plan", field.removeprefix("plan."))
        else:
            line = self.lines.in_block("milestone", index, field)
        return PlanError(self.path, message, line=line, field=field)

    def unknown_keys(
        self, table: Mapping[str, Any], allowed: set[str], *, prefix: str, index: int | None
    ) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = (
                    f"; did you mean {close[0]!r}?"
                    if close
                    else f"; known fields: {', '.join(sorted(allowed))}"
                )
                raise self.fail(f"unknown field {key!r}{hint}", field=f"{prefix}{key}", index=index)

    def text(
        self,
        table: Mapping[str, Any],
        key: str,
        *,
        required: bool,
        index: int | None,
        prefix: str = "",
    ) -> str:
        value = table.get(key, None)
        if value is None:
            if required:
                raise self.fail(f"missing required field {key!r}", field=prefix + key, index=index)
            return ""
        if not isinstance(value, str):
            raise self.fail(
                f"{key!r} must be a string, not {type(value).__name__}",
                field=prefix + key,
                index=index,
            )
        if required and not value.strip():
            raise self.fail(f"{key!r} must not be empty", field=prefix + key, index=index)
        return value.strip()
