"""Secrets never reach output: not in logs, error messages, `--json` output or the outbox.

The secrets are real and in use (the SMTP server receives the login, the webhook receiver gets
signed requests), so their absence from everything a person can read means something.
"""

from __future__ import annotations

import base64
import json
import os
import socketserver
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from monitor.config import redact_url

MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]
TIMELINE = [sys.executable, "-c", "from monitor.cli.timeline_cli import main; main()"]
SMTP_PASSWORD = "smtp-Pa55word-7f2e"
WEBHOOK_KEY = b"webhook-signing-key-0123456789ab"
WEBHOOK_SECRET = "whsec_" + base64.b64encode(WEBHOOK_KEY).decode()
HOOK_TOKEN = "T0KEN-in-the-path-91c4"
DB_PASSWORD = "db-Pa55word-3b8d"


def forms(secret: str) -> list[str]:
    """A secret as it might leak: as is, and base64-encoded (SMTP AUTH PLAIN, whsec keys)."""
    return [secret, base64.b64encode(secret.encode()).decode().rstrip("=")]


SECRETS = [*forms(SMTP_PASSWORD), WEBHOOK_SECRET, WEBHOOK_SECRET[6:], HOOK_TOKEN, DB_PASSWORD]


def assert_no_secret(*outputs: str) -> None:
    for output in outputs:
        for secret in SECRETS:
            assert secret not in output, f"{secret!r} leaked into: {output[:500]}"
        assert "Traceback" not in output, output


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://monitor:s3cret@db.example.org/monitor", "postgresql://monitor:***@db.example.org/monitor"),
        ("postgresql+psycopg://u:p%40ss@h:5432/db", "postgresql+psycopg://u:***@h:5432/db"),
        ("postgresql://u:p@ss@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u@h/db?password=s3cret&sslmode=require", "postgresql://u@h/db?password=***&sslmode=require"),
        ("postgresql://u:pw@h/db?options=-c%20a@b", "postgresql://u:***@h/db?options=-c%20a@b"),
        ("postgresql://h/db?sslpassword=s3cret", "postgresql://h/db?sslpassword=***"),
        ("sqlite:////var/lib/m@x/monitor.sqlite3", "sqlite:////var/lib/m@x/monitor.sqlite3"),
    ],
)  # fmt: skip
def test_database_urls_are_shown_without_their_password(url: str, shown: str) -> None:
    assert redact_url(url) == shown


@dataclass
class SmtpLog:
    lines: list[str] = field(default_factory=list)


class _RefusingSmtp(socketserver.StreamRequestHandler):
    """Just enough SMTP to receive a login and refuse it."""

    log: SmtpLog

    def handle(self) -> None:
        self.wfile.write(b"220 smtp.test ESMTP\r\n")
        for _ in range(20):  # bounded conversation
            line = self.rfile.readline().decode("latin-1").strip()
            if not line:
                return
            self.log.lines.append(line)
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.wfile.write(b"250-smtp.test\r\n250 AUTH PLAIN LOGIN\r\n")
            elif verb == "AUTH":
                self.wfile.write(b"535 5.7.8 Authentication credentials invalid\r\n")
            elif verb == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, SmtpLog]]:
    log = SmtpLog()
    handler = type("Handler", (_RefusingSmtp,), {"log": log})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server.server_address[1], log
    finally:
        server.shutdown()
        server.server_close()


class _RefusingHook(BaseHTTPRequestHandler):
    """A webhook receiver that records each request's headers and answers 500."""

    received: list[dict[str, str]]

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.received.append({k.lower(): v for k, v in self.headers.items()})
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hook() -> Iterator[tuple[str, list[dict[str, str]]]]:
    received: list[dict[str, str]] = []
    handler = type("Handler", (_RefusingHook,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks/{HOOK_TOKEN}", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def env(
    tmp_path: Path, smtp_server: tuple[int, SmtpLog], hook: tuple[str, list[dict[str, str]]]
) -> dict[str, str]:
    port, _ = smtp_server
    hook_url, _ = hook
    config = tmp_path / "monitor.toml"
    config.write_text(
        f"""
[sources]
defaults = false

[[alerts.channel]]
name = "officers"
kind = "email"
schedule = "immediate"
to = ["policy@union.example.org"]
from = "monitor@union.example.org"
smtp_host = "127.0.0.1"
smtp_port = {port}
smtp_security = "none"
smtp_user = "monitor"

[[alerts.channel]]
name = "newsroom"
kind = "webhook"
schedule = "immediate"
url = "{hook_url}"
secret_env = "NEWSROOM_SECRET"
"""
    )
    environment = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    for name in ("MONITOR_SEEDS_DIR", "MONITOR_DATABASE_URL"):
        environment.pop(name, None)
    environment.update(
        MONITOR_CONFIG=str(config),
        MONITOR_DATA_DIR=str(tmp_path / "data"),
        MONITOR_SMTP_PASSWORD=SMTP_PASSWORD,
        NEWSROOM_SECRET=WEBHOOK_SECRET,
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
    )
    return environment


def run(command: list[str], env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.timeout(120)
def test_failed_deliveries_never_show_smtp_password_webhook_secret_or_token(
    env: dict[str, str],
    smtp_server: tuple[int, SmtpLog],
    hook: tuple[str, list[dict[str, str]]],
) -> None:
    outputs: list[str] = []
    for command, args in [
        (MONITOR, ("init",)),
        (MONITOR, ("evaluate",)),  # the baseline, so that the delivery below is news
        (
            TIMELINE,
            (
                "record",
                "eurovignette-zev-exemption",
                "--delivered",
                "2025-06-27",
                "--source",
                "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_1234",
            ),
        ),
        (MONITOR, ("digest", "send", "--json")),
        (MONITOR, ("outbox", "list", "--json")),
        (MONITOR, ("config",)),
        (MONITOR, ("digest", "preview")),
    ]:
        done = run(command, env, *args)
        outputs += [done.stdout, done.stderr]
    assert_no_secret(*outputs)

    _, smtp_log = smtp_server
    assert any(line.upper().startswith("AUTH") for line in smtp_log.lines), "no login tried"
    _, received = hook
    assert received
    assert all(r["webhook-signature"].startswith("v1,") for r in received)
    rows = json.loads(run(MONITOR, env, "outbox", "list", "--json").stdout)
    errors = " ".join(str(row) for row in rows)
    assert "login refused" in errors  # the failure is explained ...
    assert "500" in errors
    assert_no_secret(errors)  # ... without the secret


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://monitor:{DB_PASSWORD}@127.0.0.1:1/monitor",
        f"postgresql://monitor@127.0.0.1:1/monitor?password={DB_PASSWORD}",
        f"postgresql://monitor:{DB_PASSWORD}@127.0.0.1:notaport/monitor",
    ],
    ids=["password-in-userinfo", "password-in-query", "invalid-port"],
)
@pytest.mark.parametrize(
    "command",
    [
        [*MONITOR, "sources", "list", "--json"],
        [*MONITOR, "init"],
        [*TIMELINE, "list", "--json"],
    ],
    ids=["sources-list", "init", "timeline-list"],
)
def test_unreachable_database_error_is_one_line_without_the_password(
    env: dict[str, str], url: str, command: list[str]
) -> None:
    done = run(command, {**env, "MONITOR_DATABASE_URL": url})

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("error: ")
    assert "MONITOR_DATABASE_URL" in done.stderr
    assert_no_secret(done.stderr)


def test_monitor_config_hides_every_secret(env: dict[str, str]) -> None:
    url = f"postgresql://monitor:{DB_PASSWORD}@db.example.org/monitor?password={DB_PASSWORD}"
    done = run(MONITOR, {**env, "MONITOR_DATABASE_URL": url}, "config")

    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["database_url"] == "postgresql://monitor:***@db.example.org/monitor?password=***"
    assert_no_secret(done.stdout, done.stderr)
