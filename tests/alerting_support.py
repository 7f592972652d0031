"""Helpers for the alerting tests: a small plan, a monitor over it, and real receivers on
127.0.0.1 (an aiosmtpd SMTP server and an HTTP server that checks webhook signatures)."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from alerts.errors import SignatureError
from alerts.signing import new_secret, verify
from monitor.app import Monitor
from monitor.config import BUNDLED_SEEDS, Config

SECRET = new_secret()
SECRET_ENV = {"TEST_WEBHOOK_SECRET": SECRET}
DEADLINE_ID = "battery-booster"  # due end of September 2025 ("T3 2025")
DELIVERED_ID = "skills-academy"  # due end of 2025 ("fin 2025")
DELIVERY_URL = "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_1"


def write_plan(folder: Path, *, deadline_title: str = "Launch the battery booster") -> Path:
    """A two-milestone plan: one that will be missed, one that will be delivered."""
    path = folder / "test-plan.toml"
    path.write_text(
        f"""
[plan]
id = "test-plan"
title = "Test action plan"
reference = "T(2025) 1"
published = 2025-03-05
url = "https://example.org/plan"

[plan.pillars]
clean-mobility = "Clean mobility"
skills-social = "Skills and social dimension"

[[milestone]]
id = "{DEADLINE_ID}"
pillar = "clean-mobility"
title = {json.dumps(deadline_title)}
title_fr = "Lancer le programme batteries"
period = "T3 2025"
kind = "initiative"
actor = "European Commission"
source = "test"

[[milestone]]
id = "{DELIVERED_ID}"
pillar = "skills-social"
title = "Open the automotive skills academy"
title_fr = "Ouvrir l'académie des compétences"
period = "fin 2025"
kind = "initiative"
actor = "European Commission"
source = "test"
""",
        encoding="utf-8",
    )
    return path


def make_config(
    tmp_path: Path, database_url: str, channels: Sequence[Mapping[str, Any]] = (), **plan: str
) -> Config:
    alerts: dict[str, Any] = {"channel": [dict(c) for c in channels]} if channels else {}
    return Config(
        path=None,
        data_dir=tmp_path,
        database_url=database_url,
        plan_files=(write_plan(tmp_path, **plan),),
        seeds_dir=BUNDLED_SEEDS,
        sections={"alerts": alerts},
    )


def open_monitor(config: Config) -> Monitor:
    monitor = Monitor(config)
    monitor.init()
    return monitor


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# -- SMTP ---------------------------------------------------------------------------------------


class Inbox:
    """An aiosmtpd handler keeping every message it accepts."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted"

    def forget_overview(self) -> None:
        """Check the channel's first digest arrived, an overview, and forget it."""
        (first,) = self.messages()
        assert "where things stand" in str(first["Subject"])
        self.envelopes.clear()

    def messages(self) -> list[EmailMessage]:
        found = []
        for envelope in self.envelopes:
            message = email.message_from_bytes(
                envelope.original_content or b"", policy=email.policy.default
            )
            assert isinstance(message, EmailMessage)
            found.append(message)
        return found


@contextmanager
def smtp_server(port: int, inbox: Inbox) -> Iterator[Controller]:
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def email_channel(port: int, **extra: Any) -> dict[str, Any]:
    return {
        "name": "officers",
        "kind": "email",
        "schedule": "daily 08:00",
        "to": ["officer@example.org"],
        "from": "monitor@example.org",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
        **extra,
    }


def parts(message: EmailMessage) -> tuple[str, str]:
    """The plain-text and HTML bodies of a digest e-mail."""
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None
    assert html is not None
    return str(text.get_content()), str(html.get_content())


# -- webhooks -----------------------------------------------------------------------------------


@dataclass
class Receiver:
    """Answers with the scripted statuses in turn (then 200) and keeps every signed request."""

    statuses: list[int] = field(default_factory=list)
    requests: list[tuple[int, dict[str, str], dict[str, Any]]] = field(default_factory=list)
    unsigned: list[str] = field(default_factory=list)  # why requests failed verification
    forgotten: list[str] = field(default_factory=list)  # webhook-ids of overviews let go
    port: int = 0
    # Set `gate` to hold every answer until it opens; `arrived` is set when a request came.
    gate: threading.Event | None = None
    arrived: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/digest"

    def ids(self) -> list[str]:
        return [headers["webhook-id"] for _status, headers, _payload in self.requests]

    def delivered(self) -> list[dict[str, Any]]:
        return [payload for status, _h, payload in self.requests if 200 <= status < 300]

    def forget_overview(self) -> None:
        """Check the channel's first digest arrived, an overview, and forget it."""
        (first,) = self.delivered()
        assert first["overview"] is True
        self.forgotten += self.ids()
        self.requests.clear()


HELD_AT_MOST = 120.0  # s: a bound for a test that fails, never what a passing test waits for


@contextmanager
def webhook_receiver(statuses: Sequence[int] = ()) -> Iterator[Receiver]:
    receiver = Receiver(list(statuses))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                verify(SECRET, headers, body, now=time.time())
            except SignatureError as exc:
                receiver.unsigned.append(str(exc))
                status = 401
            else:
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                receiver.arrived.set()
                if receiver.gate is not None:
                    receiver.gate.wait(HELD_AT_MOST)
                receiver.requests.append((status, headers, json.loads(body)))
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


def webhook_channel(url: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": "newsroom",
        "kind": "webhook",
        "schedule": "immediate",
        "url": url,
        "secret_env": "TEST_WEBHOOK_SECRET",
        **extra,
    }
