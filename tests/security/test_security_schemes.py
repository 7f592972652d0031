"""Only http(s) is ever fetched or posted to: feed URLs, webhook URLs, and (in
tests/test_hostile_servers.py) redirects. A file:, ftp: or javascript: address is refused where
it is written, with a message that names it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from monitor.alerting import load_alert_settings
from monitor.cli.main import cli
from monitor.config import Config
from monitor.errors import ConfigError
from monitor.ingest.sources import configured_sources

from conftest import FrozenClock

NOT_HTTP = [
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "ftp://ftp.example.org/feed.xml",
    "javascript:alert(1)",
    "data:application/rss+xml,<rss/>",
    "gopher://example.org/",
    "/etc/passwd",
    "example.org/feed.xml",
    "http:/example.org/feed.xml",
    " https://example.org/feed.xml",
]


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("url", NOT_HTTP)
def test_sources_add_refuses_addresses_that_are_not_http(
    url: str, cli_env: dict[str, str], frozen_clock: FrozenClock
) -> None:
    result = run("sources", "add", "evil", url)

    assert result.exit_code == 2
    assert "http(s)" in result.output
    assert "Traceback" not in result.output
    listed = run("sources", "list", "--all", "--json")
    assert "evil" not in listed.output


@pytest.mark.parametrize("url", NOT_HTTP)
def test_configured_feed_that_is_not_http_is_a_configuration_error(
    url: str, config: Config
) -> None:
    feed = {"name": "evil", "url": url}
    configured = dataclasses.replace(config, sections={"sources": {"feed": [feed]}})
    with pytest.raises(ConfigError, match=r"http\(s\)"):
        configured_sources(configured)


@pytest.mark.parametrize("url", [u for u in NOT_HTTP if u.strip() == u])
def test_webhook_that_is_not_http_is_a_configuration_error(url: str, config: Config) -> None:
    channel = {"name": "hook", "kind": "webhook", "schedule": "immediate", "url": url}
    configured = dataclasses.replace(config, sections={"alerts": {"channel": [channel]}})
    with pytest.raises(ConfigError, match="http"):
        load_alert_settings(configured, env={})


def test_webhook_that_is_not_http_stops_digest_send_with_one_line(
    cli_env: dict[str, str], tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text(
        '[sources]\ndefaults = false\n\n[[alerts.channel]]\nname = "hook"\nkind = "webhook"\n'
        'schedule = "immediate"\nurl = "file:///tmp/digests"\n'
    )
    result = run("--config", str(path), "digest", "send")

    assert result.exit_code == 2
    assert result.output.startswith("error: ")
    assert "file:///tmp/digests" in result.output
