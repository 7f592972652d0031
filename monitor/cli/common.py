"""What every command shares: the --config option, dates, errors without tracebacks, output."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gc
import io
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, TypeVar

import click

from monitor.cli import plain
from monitor.cli.views import parse_evidence_id
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
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells count it


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


class EvidenceIdType(click.ParamType):  # type: ignore[type-arg]
    """An evidence id as every command shows it, `e12`; `12` is accepted too."""

    name = "EVIDENCE_ID"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int):
            return value
        try:
            return parse_evidence_id(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


EVIDENCE_ID = EvidenceIdType()

config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar=None,
    help="Configuration file, anywhere on the line (default: $MONITOR_CONFIG, "
    "./monitor.toml, then the XDG config dir).",
)


def hoist_config(args: Sequence[str]) -> list[str]:
    """`--config FILE` moved to the front, wherever it was typed (`monitor sources list
    --config F` works as `monitor --config F sources list`); nothing after `--` is touched."""
    front: list[str] = []
    rest: list[str] = []
    words = list(args)
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            rest += words[index:]
            break
        if word == "--config" and index + 1 < len(words):
            front += words[index : index + 2]
            index += 2
            continue
        if word.startswith("--config="):
            front.append(word)
        else:
            rest.append(word)
        index += 1
    return front + rest


class RootGroup(click.Group):
    """The `monitor` and `timeline` groups: `--config` is accepted anywhere on the line."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_config(args))


#: The garbage collector's young generation while a command starts (Python's default: 700).
#: Start-up builds ~80,000 objects that live as long as the process; collecting among them
#: over 100 times (a dozen beyond the youngest generation, once in full) cost ~60 ms of
#: `timeline list` (bench/cli.py).
STARTING_THRESHOLD = 100_000
_usual_threshold: list[tuple[int, int, int]] = []  # kept by run_cli until `started`


def started() -> None:
    """Start-up is over (`open_monitor` calls it): what exists now lives as long as the
    process, so it is frozen out of every later collection, and the collector resumes its
    usual pace. Only in a process `run_cli` started; elsewhere (tests) it does nothing."""
    if _usual_threshold:
        gc.freeze()
        gc.set_threshold(*_usual_threshold.pop())


def run_cli(group: click.Group, prog_name: str) -> NoReturn:
    """Run a command group with the exit codes users and scripts expect: 0 done, 1 the
    database or network failed, 2 a user error, 130 interrupted (Ctrl-C, no traceback)."""
    # Larger steps, not none: a command that never calls `started` still collects garbage.
    usual = gc.get_threshold()
    _usual_threshold.append(usual)
    gc.set_threshold(STARTING_THRESHOLD, *usual[1:])
    try:
        code = group.main(prog_name=prog_name, standalone_mode=False)
    except click.exceptions.Abort:  # Click's name for KeyboardInterrupt and EOF at a prompt
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    finally:
        started()  # for a command that never opened the monitor: the usual thresholds again
        # The process ends here: the interpreter's last garbage collection would walk every
        # object SQLAlchemy, the plan and the command built, none of them garbage worth the
        # walk (~0.1 s of `timeline list`, a fifth: bench/cli.py). Frozen, they are skipped.
        gc.freeze()
    sys.exit(code if isinstance(code, int) else 0)


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


def check_runtime_config(config: Config) -> None:
    """What only running needs beyond the file's schema (checked by every command when it reads
    the file): the sources as a whole and each alert channel with its secrets from the
    environment. `monitor run`, `monitor worker` and `monitor config --check` call it at start,
    so a mistake stops them there, not in every alert run after."""
    # Imported here: the read-only commands never pay for the alerting stage.
    from monitor.alerting import load_alert_settings
    from monitor.ingest.sources import configured_sources

    configured_sources(config)
    load_alert_settings(config)


def open_monitor(ctx: click.Context, *, plans: bool = True, sources: bool = True) -> Monitor:
    """The Monitor for this invocation, opened once and closed when the command ends.

    A plan file that cannot be loaded is one warning line on stderr (the plan loaded before
    stays in force); `plans=False` is for the command that loads them itself, `sources=False`
    for commands that never read the sources (`timeline`: the next `monitor` command or the
    daemon brings them in step with the files)."""
    # Imported here, not at the top: `--help` needs no database (tests/cli/test_cli_startup.py).
    from monitor.app import Monitor

    root = ctx.find_root()
    monitor = root.meta.get("monitor")
    if monitor is None:
        monitor = Monitor(current_config(ctx))
        root.meta["monitor"] = monitor
        root.call_on_close(monitor.close)
        monitor.open(plans=plans, sources=sources)
        started()
        if monitor.plan_problem:
            click.echo(f"warning: {monitor.plan_problem}", err=True)
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
    """Rich output at the terminal's width; piped output gets $COLUMNS, else a wide page so
    tables are not squeezed to 80 columns."""
    from rich.console import Console

    width = None if sys.stdout.isatty() else plain.width()
    return Console(highlight=False, soft_wrap=False, width=width)


def json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"


def print_json(data: Any) -> None:
    click.echo(json_text(data), nl=False)


def iso_instant(moment: dt.datetime, *, timespec: str = "auto") -> str:
    """A moment in ISO 8601 with its offset; stored times are naive UTC, so they get +00:00."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat(timespec=timespec)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return iso_instant(value)
    if isinstance(value, dt.date):
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
    if isinstance(value, dt.datetime):
        return iso_instant(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def output_format_options(func: Callable[P, R]) -> Callable[P, R]:
    """--json and --csv, for commands whose output scripts read."""
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV for spreadsheets.")(func)
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(func)
