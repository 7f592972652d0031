"""Write the CLI reference (docs/cli.md) from the commands' own --help texts.

`python -m monitor.cli.reference > docs/cli.md`; a test fails when the file is out of date.
"""

from __future__ import annotations

from collections.abc import Iterator

import click
from click.testing import CliRunner

from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli


def command_paths(command: click.Command, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Every command and sub-command under `command`, as the words a user types."""
    yield path
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from command_paths(command.commands[name], (*path, name))


def help_text(root: click.Command, path: tuple[str, ...]) -> str:
    """Exactly what `PATH --help` prints, at a fixed width so the file is stable."""
    runner = CliRunner(env={"COLUMNS": "100"})
    result = runner.invoke(root, [*path[1:], "--help"], prog_name=path[0], terminal_width=100)
    return result.output.rstrip("\n")


def reference() -> str:
    parts = [
        "# Command-line reference",
        "",
        "Generated from the commands' `--help` by `python -m monitor.cli.reference`; "
        "do not edit by hand.",
    ]
    for root, name in ((timeline_cli, "timeline"), (monitor_cli, "monitor")):
        for path in command_paths(root, (name,)):
            parts += ["", f"## `{' '.join(path)}`", "", "```text", help_text(root, path), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(reference(), end="")
