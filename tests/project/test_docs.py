"""The documentation stays true to the code: CLI reference, README commands, JSON fields."""

from __future__ import annotations

import pytest

from monitor.cli.main import cli as monitor_cli
from monitor.cli.reference import command_paths, reference
from monitor.cli.timeline_cli import cli as timeline_cli

from conftest import ROOT


def test_cli_reference_is_generated_from_the_current_help() -> None:
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == reference(), "run: python -m monitor.cli.reference > docs/cli.md"


@pytest.mark.parametrize(
    "path",
    [
        *command_paths(timeline_cli, ("timeline",)),
        *command_paths(monitor_cli, ("monitor",)),
    ],
    ids=" ".join,
)
def test_readme_mentions_every_command(path: tuple[str, ...]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert " ".join(path) in readme
