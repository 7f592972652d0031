"""A threaded HTTP server on 127.0.0.1 serving generated feeds, with ETags and fault routes.

Used by the poll, daemon and CLI tests, which call the monitor synchronously (or in a
subprocess), so the server runs in its own thread.
"""

from __future__ import annotations

import gzip
import hashlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

Route = Callable[[BaseHTTPRequestHandler], None]


def rss(title: str, items: list[tuple[str, str, str]], *, language: str = "en") -> bytes:
    """An RSS 2.0 document; items are (guid, title, description)."""
    body = "".join(
        f"<item><guid>{escape(guid)}</guid><title>{escape(t)}</title>"
        f"<link>https://news.example.org/{escape(guid)}</link>"
        f"<description>{escape(d)}</description>"
        f"<pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>"
        for guid, t, d in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://news.example.org/</link>"
        f"<language>{language}</language>{body}</channel></rss>"
    ).encode()


@dataclass
class Site:
    """Routes by path; feeds get an ETag and answer conditional requests with 304."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def feed(self, path: str, body: bytes, content_type: str = "application/rss+xml") -> None:
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

        def route(handler: BaseHTTPRequestHandler) -> None:
            if handler.headers.get("If-None-Match") == etag:
                handler.send_response(304)
                handler.send_header("ETag", etag)
                handler.end_headers()
                return
            handler.send_response(200)
            handler.send_header("Content-Type", content_type)
            handler.send_header("ETag", etag)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        self.routes[path] = route

    def status(self, path: str, code: int, headers: dict[str, str] | None = None) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(code)
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        self.routes[path] = route

    def raw(self, path: str, body: bytes, headers: dict[str, str]) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.write(body)

        self.routes[path] = route

    def gzip_bomb(self, path: str, size: int) -> None:
        payload = gzip.compress(b"<" * size)
        self.raw(
            path,
            payload,
            {
                "Content-Encoding": "gzip",
                "Content-Type": "application/rss+xml",
                "Content-Length": str(len(payload)),
            },
        )

    def endless(self, path: str, limit: int = 64 * 1024 * 1024) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "application/rss+xml")
            handler.end_headers()
            chunk = b"<item>" * 10_000
            sent = 0
            try:
                while sent < limit:  # bounded: the client gives up long before
                    handler.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                pass

        self.routes[path] = route

    def hang(self, path: str, seconds: float) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            time.sleep(seconds)

        self.routes[path] = route

    def reset(self, path: str) -> None:
        def route(handler: BaseHTTPRequestHandler) -> None:
            handler.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            handler.connection.close()

        self.routes[path] = route


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:
        path = self.path
        self.site.hits[path] = self.site.hits.get(path, 0) + 1
        route = self.site.routes.get(path)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        route(self)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site: Site | None = None) -> Iterator[Site]:
    site = site or Site()
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
