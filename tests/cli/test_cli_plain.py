"""Plain-text columns: cut to their width, aligned, styled only at a terminal."""

from __future__ import annotations

import click
import pytest

from monitor.cli import plain


def test_text_longer_than_its_column_ends_in_an_ellipsis() -> None:
    assert plain.cut("Battery passport", 8) == "Battery…"
    assert plain.cut("Battery", 8) == "Battery"
    assert plain.cut("Battery", 1) == "…"
    assert plain.cut("Battery", 0) == ""


def test_a_row_has_one_space_at_each_edge_and_two_between_columns() -> None:
    columns = [plain.Column("title", 10), plain.Column("id", 4), plain.Column("ev.", 3, right=True)]
    assert plain.row(columns, ["Eurovignette amendment", "ev-1", "7"]) == " Eurovigne…  ev-1    7"
    assert plain.row(columns, ["Clean mobility"]) == " Clean mob…"  # no trailing blanks


def test_styles_are_escape_codes_that_click_drops_when_the_output_is_no_terminal() -> None:
    columns = [plain.Column("status", 8), plain.Column("id", 3)]
    line = plain.row(columns, [plain.Cell("missed", "bold red"), "a"])
    assert line == " " + click.style("missed", fg="red", bold=True) + "    a"
    assert click.unstyle(line) == " missed    a"
    assert plain.styled("x", "dim underline") == click.style("x", dim=True, underline=True)
    assert plain.styled("x") == "x"


@pytest.mark.parametrize(("columns", "expected"), [("60", 60), ("", plain.PIPE_WIDTH), ("0", 120)])
def test_piped_output_is_as_wide_as_columns_says_else_a_wide_page(
    monkeypatch: pytest.MonkeyPatch, columns: str, expected: int
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert plain.width() == expected  # pytest's captured stdout is no terminal
