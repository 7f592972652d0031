"""Serving the desk with waitress (a maintained, pure-Python, multi-threaded WSGI server).

Requests are served by a few threads, so a page answers while another waits for the database;
SQLite in WAL mode lets the desk read while `monitor run` writes.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from types import FrameType

from monitor.app import Monitor
from monitor.desk.application import create_app
from monitor.desk.settings import DeskSettings
from monitor.errors import ConfigError

THREADS = 4


def address(host: str, port: int) -> str:
    """The desk's address as a browser takes it ([::1] for an IPv6 host)."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


def serve(monitor: Monitor, settings: DeskSettings, *, announce: Callable[[str], None]) -> None:
    """Listen, say where (once listening), and serve until Ctrl-C or SIGTERM."""
    from waitress.server import create_server

    app = create_app(monitor, settings)
    try:
        server = create_server(
            app, host=settings.host, port=settings.port, threads=THREADS, ident="milestone-monitor"
        )
    except OSError as exc:
        raise ConfigError(
            f"cannot listen on {settings.host} port {settings.port}: {exc.strerror}; choose "
            "another with --port (or [desk] port)"
        ) from None
    port = int(getattr(server, "effective_port", settings.port))
    signal.signal(signal.SIGTERM, _stop)
    who = (
        "sign in with the desk's password"
        if settings.needs_sign_in
        else (f"decisions are recorded as {settings.local_user}")
    )
    announce(f"Review desk on {address(settings.host, port)} ({who}); Ctrl-C stops it.")
    try:
        server.run()
    finally:
        server.close()


def _stop(signum: int, frame: FrameType | None) -> None:
    sys.exit(0)  # SIGTERM: stop serving; a request's transaction is whole or not at all
