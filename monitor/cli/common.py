"""What every command shares: the --config option, dates, errors without tracebacks, output."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, TypeVar

import click

from monitor.config import Config, load_config
from monitor.errors import MonitorError, StorageError
from timeline.errors import TimelineError

if TYPE_CHECKING:
    from rich.console import Console

    from monitor.app import Monitor

P = ParamSpec("P")
R = TypeVar("R")

EXIT_USER_ERROR = 2  # bad input: fix the file, the id or the option
EXIT_RUNTIME_ERROR = 1  # the database or the network failed


class DateType(click.ParamType):  # type: ignore[type-arg]
    """An ISO date (2025-07-01); `today` is accepted too."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        if str(value).lower() == "today":
            return dt.datetime.now(dt.UTC).date()
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date; expected YYYY-MM-DD, e.g. 2025-07-01", param, ctx)


DATE = DateType()

config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar=None,
    help="Configuration file (default: $MONITOR_CONFIG, ./monitor.toml, then the XDG config dir).",
)


def current_config(ctx: click.Context) -> Config:
    """The configuration of this invocation, read once; commands check their input against it
    before touching the database, so a mistake is reported as such even on a fresh server."""
    root = ctx.find_root()
    config = root.meta.get("config")
    if config is None:
        config = load_config(root.params.get("config_path"))
        root.meta["config"] = config
    assert isinstance(config, Config)
    return config


def open_monitor(ctx: click.Context) -> Monitor:
    """The Monitor for this invocation, opened once and closed when the command ends."""
    # Imported here, not at the top: `--help` needs no database (tests/cli/test_cli_startup.py).
    from monitor.app import Monitor

    root = ctx.find_root()
    monitor = root.meta.get("monitor")
    if monitor is None:
        monitor = Monitor(current_config(ctx))
        root.meta["monitor"] = monitor
        root.call_on_close(monitor.close)
        monitor.open()
    assert isinstance(monitor, Monitor)
    return monitor


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Report our own errors as one clear line on stderr and a non-zero exit, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except StorageError as exc:
            fail(str(exc), EXIT_RUNTIME_ERROR)
        except (MonitorError, TimelineError) as exc:
            fail(str(exc), EXIT_USER_ERROR)

    return wrapper


def fail(message: str, code: int) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def console() -> Console:
    """Rich output; piped output gets a wide page so tables are not squeezed to 80 columns."""
    from rich.console import Console

    width = None if sys.stdout.isatty() else 120
    return Console(highlight=False, soft_wrap=False, width=width)


def json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"


def print_json(data: Any) -> None:
    click.echo(json_text(data), nl=False)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(row.get(k)) for k in columns})
    return buffer.getvalue()


def print_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    click.echo(csv_text(rows, columns), nl=False)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def output_format_options(func: Callable[P, R]) -> Callable[P, R]:
    """--json and --csv, for commands whose output scripts read."""
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV for spreadsheets.")(func)
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(func)
