"""Aligned columns in plain text, for the command people type most.

`timeline list` drew its table with rich, whose import and layout were about a sixth of the
command's wall time (measured ~40 ms of ~0.3 s). Its layout is simple: fixed columns and one
title column cut to the width. So it is drawn here with `str` methods and click's styles,
which `click.echo` drops when the output is not a terminal. Widths count characters, which
is right for the European languages the plan is written in.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass

import click

ELLIPSIS = "…"
#: The width of piped output without $COLUMNS: a wide page, so tables are not squeezed.
PIPE_WIDTH = 120


def width() -> int:
    """The terminal's width; piped output gets $COLUMNS, else a wide page (as `console()`)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if not sys.stdout.isatty():
        return PIPE_WIDTH
    return shutil.get_terminal_size((PIPE_WIDTH, 24)).columns


def cut(text: str, size: int) -> str:
    """`text` in at most `size` characters, its end replaced by an ellipsis if it is longer."""
    if len(text) <= size:
        return text
    return text[: max(0, size - 1)] + ELLIPSIS if size > 0 else ""


def styled(text: str, style: str = "") -> str:
    """`text` in a style named as rich names them ("bold red", "dim", "bold underline")."""
    if not style:
        return text
    words = style.split()
    colour = next((w for w in words if w not in _ATTRIBUTES), None)
    return click.style(text, fg=colour, **{_ATTRIBUTES[w]: True for w in words if w in _ATTRIBUTES})


_ATTRIBUTES = {"bold": "bold", "dim": "dim", "underline": "underline", "italic": "italic"}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    width: int
    right: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's text and its style; the text is cut to the column, the style kept."""

    text: str
    style: str = ""


def row(columns: Sequence[Column], cells: Sequence[str | Cell]) -> str:
    """One line: a space at each edge, two between columns (rich's layout without a box).
    A row with fewer cells than columns leaves the rest blank."""
    parts = []
    for column, value in zip(columns, [*cells, *[""] * (len(columns) - len(cells))], strict=True):
        cell = value if isinstance(value, Cell) else Cell(value)
        text = cut(cell.text, column.width)
        pad = " " * (column.width - len(text))
        shown = styled(text, cell.style)
        parts.append(pad + shown if column.right else shown + pad)
    return (" " + "  ".join(parts)).rstrip()


def header(columns: Sequence[Column]) -> str:
    return row(columns, [Cell(c.name, "bold") for c in columns])
