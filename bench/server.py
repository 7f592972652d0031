"""A small HTTP/1.1 feed server on 127.0.0.1, run in its own process for the poll benchmarks.

In a process of its own, the server does not compete with the client under measure for the
GIL; written on asyncio streams with keep-alive, it answers thousands of requests a second, so
the figures measure the client. Every feed has an ETag and a Last-Modified date and answers a
matching conditional request with 304. `GET /stats` returns how many 200s and 304s the feeds
got (itself not counted).
The process serves only loopback, and stops when its parent closes its stdin or after
`--lifetime` seconds, whichever comes first.

    python -m bench.server --feeds 1000 --items 50   # prints the port, then serves
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.request import urlopen

from bench.feeds import make_feeds

LAST_MODIFIED = "Mon, 02 Jun 2025 10:00:00 GMT"
_STARTUP_TIMEOUT_S = 120.0


@dataclass(frozen=True, slots=True)
class FeedServer:
    """A running server: where its feeds are."""

    port: int
    feeds: int

    def url(self, number: int) -> str:
        return f"http://127.0.0.1:{self.port}/feed/{number}"

    @property
    def urls(self) -> list[str]:
        return [self.url(n) for n in range(self.feeds)]

    def stats(self) -> dict[str, int]:
        """Responses sent so far, by status code ("200", "304", "404")."""
        with urlopen(f"http://127.0.0.1:{self.port}/stats", timeout=10) as response:
            counts: dict[str, int] = json.load(response)
        return counts


@contextmanager
def serve_feeds(
    feeds: int, items: int, *, seed: int = 7, lifetime: float = 1800
) -> Iterator[FeedServer]:
    """Start the server process with `feeds` synthetic feeds; stop it on exit."""
    command = [
        sys.executable,
        "-m",
        "bench.server",
        f"--feeds={feeds}",
        f"--items={items}",
        f"--seed={seed}",
        f"--lifetime={lifetime}",
    ]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.isdigit():
            raise RuntimeError(
                f"the bench feed server did not start (it printed {line!r}); "
                f"run {' '.join(command)} to see why"
            )
        yield FeedServer(int(line), feeds)
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the server's signal to stop
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class _Handler:
    def __init__(self, bodies: list[bytes]) -> None:
        self.bodies = bodies
        self.etags = ['"' + hashlib.sha256(b).hexdigest()[:20] + '"' for b in bodies]
        self.counts: dict[str, int] = {}

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                keep_alive = self._answer(head, writer)
                await writer.drain()
                if not keep_alive:
                    break
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass  # the client went away
        except asyncio.CancelledError:
            pass  # shutting down; ending quietly spares a traceback per open connection
        finally:
            writer.close()

    def _answer(self, head: bytes, writer: asyncio.StreamWriter) -> bool:
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        _method, path, version = [*request_line.split(" "), "", "", ""][:3]
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        keep_alive = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
        number = path.removeprefix("/feed/")
        extra = b""
        if path == "/stats":
            status, body, ctype = "200 OK", json.dumps(self.counts).encode(), b"application/json"
        elif number.isdigit() and int(number) < len(self.bodies):
            etag = self.etags[int(number)]
            extra = f"ETag: {etag}\r\nLast-Modified: {LAST_MODIFIED}\r\n".encode()
            ctype = b"application/rss+xml; charset=utf-8"
            if headers.get("if-none-match") == etag or (
                "if-none-match" not in headers and headers.get("if-modified-since") == LAST_MODIFIED
            ):
                status, body = "304 Not Modified", b""
            else:
                status, body = "200 OK", self.bodies[int(number)]
        else:
            status, body, ctype = "404 Not Found", b"", b"text/plain"
        code = status[:3]
        if path != "/stats":
            self.counts[code] = self.counts.get(code, 0) + 1
        length = b"" if code == "304" else b"Content-Length: %d\r\n" % len(body)
        writer.write(
            f"HTTP/1.1 {status}\r\n".encode()
            + extra
            + (b"Content-Type: " + ctype + b"\r\n" if code != "304" else b"")
            + length
            + (b"" if keep_alive else b"Connection: close\r\n")
            + b"\r\n"
            + body
        )
        return keep_alive


async def _serve(feeds: int, items: int, seed: int, lifetime: float) -> None:
    handler = _Handler(make_feeds(feeds, items, seed=seed))
    server = await asyncio.start_server(handler, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    parent_gone = asyncio.Event()

    def watch_stdin() -> None:
        sys.stdin.read()  # returns at EOF: the parent closed the pipe or died
        loop.call_soon_threadsafe(parent_gone.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    async with server:
        await asyncio.wait_for(parent_gone.wait(), timeout=lifetime)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.server", description=__doc__)
    parser.add_argument("--feeds", type=int, required=True)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lifetime", type=float, default=1800.0, help="seconds before exiting")
    args = parser.parse_args(argv)
    try:
        asyncio.run(_serve(args.feeds, args.items, args.seed, args.lifetime))
    except TimeoutError:
        print("bench.server: lifetime over, exiting", file=sys.stderr)


if __name__ == "__main__":
    main()
