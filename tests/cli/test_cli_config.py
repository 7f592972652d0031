"""The configuration file's schema: mistakes anywhere in the file (sources and channels
included) are one line with file, line, setting and the closest valid key, from every command
at start; every configuration that was valid stays valid."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
from click.testing import CliRunner

from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli
from monitor.config_check import check_file
from monitor.config_schema import MIN_INTERVAL_S as SCHEMA_MIN_INTERVAL
from monitor.config_schema import SourceKind
from monitor.errors import ConfigError
from monitor.ingest.sources import MIN_INTERVAL_S
from monitor.model.sources import KINDS

from conftest import ROOT, FrozenClock

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
FEED = '[[sources.feed]]\nname = "paper"\nurl = "https://example.org/feed.xml"\n'
EMAIL = (
    '[[alerts.channel]]\nname = "officers"\nkind = "email"\nschedule = "daily 08:00"\n'
    'to = ["policy@example.org"]\nfrom = "monitor@example.org"\n'
)

# (file text, line of the mistake, setting, what the message says)
MISTAKES = [
    (FEED + 'langauge = "fr"\n', 4, "sources.feed[0].langauge", "did you mean 'language'?"),
    (FEED + 'enabled = "yes"\n', 4, "sources.feed[0].enabled", "expected true or false"),
    (FEED + "verified = 1\n", 4, "sources.feed[0].verified", "expected true or false"),
    (FEED + 'interval = "often"\n', 4, "sources.feed[0].interval", "not like '30m'"),
    (FEED + 'interval = "1m"\n', 4, "sources.feed[0].interval", "shorter than the 5m minimum"),
    (FEED + 'language = "french"\n', 4, "sources.feed[0].language", "two-letter code"),
    (FEED + 'kind = "RSS"\n', 4, "sources.feed[0].kind", "use rss, atom, jsonfeed, erm-csv"),
    (FEED.replace("https://", "ftp://"), 3, "sources.feed[0].url", "not an http(s) URL"),
    ('[fetch]\ntimeout = "ten"\n', 2, "fetch.timeout", "expected a number, got a string 'ten'"),
    ("[fetch]\nper_host = 0\n", 2, "fetch.per_host", "expected a whole number >= 1"),
    ("[fetch]\ntimout = 3\n", 2, "fetch.timout", "did you mean 'timeout'?"),
    ("[timline]\nplans = []\n", 1, "timline", "did you mean 'timeline'?"),
    ('[timeline]\ntimezone = "Europe/Brusels"\n', 2, "timeline.timezone", "unknown time zone"),
    ("[timeline]\ndue_soon_days = 400\n", 2, "timeline.due_soon_days", "<= 365"),
    (EMAIL + 'smtp_hots = "smtp.example.org"\n', 7, "alerts.channel[0].smtp_hots", "'smtp_host'"),
    (
        EMAIL.replace("daily 08:00", "dayly 08:00") + 'smtp_host = "h"\n',
        4,
        "alerts.channel[0].schedule",
        "unknown cadence 'dayly'",
    ),
    (
        EMAIL.replace('"email"', '"emial"'),
        3,
        "alerts.channel[0].kind",
        "use email, webhook or file",
    ),
    (EMAIL, 1, "alerts.channel[0]", "missing required setting 'smtp_host'"),
    ('[alerts]\ntimezone = "Mars/Olympus"\n', 2, "alerts.timezone", "unknown time zone"),
]


@pytest.mark.parametrize(("text", "line", "setting", "says"), MISTAKES)
def test_a_mistake_names_file_line_setting_and_fix(
    text: str, line: int, setting: str, says: str, tmp_path: Path
) -> None:
    import tomllib

    path = tmp_path / "monitor.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        check_file(tomllib.loads(text), path, text)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert f"(setting {setting!r})" in message
    assert says in message


def test_every_command_refuses_an_invalid_file_with_the_same_line(
    cli_env: dict[str, str], tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    (tmp_path / "monitor.toml").write_text(
        "[sources]\ndefaults = false\n\n" + FEED + 'langauge = "fr"\n'
    )
    expected = f"error: {tmp_path / 'monitor.toml'}:7: unknown setting; did you mean 'language'?"
    for group, args in [
        (monitor_cli, ["config", "--check"]),
        (monitor_cli, ["poll"]),
        (monitor_cli, ["run"]),
        (monitor_cli, ["digest", "send"]),
        (monitor_cli, ["sources", "list"]),
        (timeline_cli, ["list"]),
    ]:
        result = CliRunner().invoke(group, args)
        assert result.exit_code == 2, (args, result.output)
        (line,) = result.output.splitlines()
        assert line.startswith(expected), (args, line)


def test_run_refuses_a_channel_it_could_not_use_before_starting(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    """A channel whose secret is missing used to let the daemon start, then fail every run."""
    (tmp_path / "monitor.toml").write_text(
        "[sources]\ndefaults = false\n\n" + EMAIL + 'smtp_host = "h"\nsmtp_user = "monitor"\n'
    )
    env = {**cli_env, "MONITOR_SMTP_PASSWORD": ""}
    done = subprocess.run(
        [*MONITOR, "run"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert "MONITOR_SMTP_PASSWORD" in line
    checked = CliRunner().invoke(monitor_cli, ["config", "--check"], env=env)
    assert checked.exit_code == 2
    assert checked.output.splitlines() == [line]


def test_config_check_says_a_valid_file_is_valid(cli_env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "monitor.toml").write_text(FEED + EMAIL + 'smtp_host = "smtp.example.org"\n')
    result = CliRunner().invoke(monitor_cli, ["config", "--check"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(": valid")


def test_the_readme_configuration_examples_stay_valid(tmp_path: Path) -> None:
    """Every configuration documented (and so valid) before the schema is valid with it."""
    import tomllib

    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```toml\n(.*?)```", readme, re.DOTALL)
    assert len(blocks) >= 3
    for text in blocks:
        check_file(tomllib.loads(text), tmp_path / "monitor.toml", text)


def test_the_schema_knows_every_source_kind_and_the_minimum_interval() -> None:
    assert get_args(SourceKind) == KINDS
    assert SCHEMA_MIN_INTERVAL == MIN_INTERVAL_S


def test_empty_strings_the_monitor_read_as_defaults_stay_valid(tmp_path: Path) -> None:
    import tomllib

    text = '[data]\ndir = ""\n[database]\nurl = ""\n[timeline]\ntimezone = ""\n'
    check_file(tomllib.loads(text), tmp_path / "m.toml", text)


def test_ints_are_numbers_where_numbers_belong(tmp_path: Path) -> None:
    import tomllib

    text = "[fetch]\ntimeout = 30\n[matching]\nauto_accept = 1\n"
    checked = check_file(tomllib.loads(text), tmp_path / "m.toml", text)
    assert checked.fetch.timeout == 30
