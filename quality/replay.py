"""Replay labelled real reporting through the monitor's own pipeline, offline.

Items are served as RSS feeds, one per language, by an HTTP server on 127.0.0.1; a fresh
monitor (SQLite in a temporary folder, only these feeds as sources) polls them as
`monitor poll` does, and what it stored is read back: entries, evidence, job-loss reports.
So the figures measure what users would see, parsing and storage included, not a function
called on strings.

The labelled sets live outside the repository (`../shared/realworld/`, or
`$MONITOR_REALWORLD_DIR`); a user's clone has none, so callers skip when `realworld_dir()` is
None. Every third item (by line) is kept out of tuning: `part()` says which part an item is in.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from monitor.app import Monitor
from monitor.config import load_config
from quality.item_ids import ItemIds

ROOT = Path(__file__).resolve().parents[1]
TUNING, HELD_OUT = "tuning", "held-out"


def realworld_dir() -> Path | None:
    """Where the labelled real reporting is, or None when this checkout has none."""
    configured = os.environ.get("MONITOR_REALWORLD_DIR")
    folder = Path(configured) if configured else ROOT.parent / "shared" / "realworld"
    return folder if folder.is_dir() else None


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled item: its line number is its id; `label` holds the set's own fields."""

    number: int
    lang: str
    title: str
    summary: str
    url: str
    published: dt.date
    label: Mapping[str, Any]

    @property
    def part(self) -> str:
        return part(self.number)


def part(number: int) -> str:
    """Every third item (lines 3, 6, 9, ...) is held out of tuning; the rest is for tuning."""
    return HELD_OUT if number % 3 == 0 else TUNING


def load_items(path: Path) -> list[Item]:
    """Read a labelled JSON-lines file; a malformed line raises ValueError naming it."""
    items = []
    ids = ItemIds(path)
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                ids.check(raw.get("id"), number)
                items.append(
                    Item(
                        number,
                        raw["lang"],
                        raw["title"],
                        raw.get("summary") or "",
                        raw["url"],
                        dt.date.fromisoformat(raw["published"]),
                        raw,
                    )
                )
            except (KeyError, TypeError, ValueError) as error:
                raise ValueError(f"{path}:{number}: bad item ({error})") from error
    return items


def item_link(item: Item, repeated: bool) -> str:
    """The item's own address; a second item at the same address gets a distinct query, since
    the monitor (rightly) stores one entry per address."""
    if not repeated:
        return item.url
    separator = "&" if "?" in item.url else "?"
    return f"{item.url}{separator}replay-item={item.number}"


def rss(language: str, items: Sequence[Item], links: Mapping[int, str]) -> bytes:
    """An RSS 2.0 document of the items, newest first, as a publisher would serve them."""
    body = []
    for item in sorted(items, key=lambda i: (i.published, i.number), reverse=True):
        moment = dt.datetime.combine(item.published, dt.time(9, 0), tzinfo=dt.UTC)
        body.append(
            f"<item><guid isPermaLink='false'>replay-{item.number}</guid>"
            f"<title>{escape(item.title)}</title><link>{escape(links[item.number])}</link>"
            f"<description>{escape(item.summary)}</description>"
            f"<pubDate>{email.utils.format_datetime(moment)}</pubDate></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Replay ({language})</title><link>http://127.0.0.1/</link>"
        f"<language>{language}</language>{''.join(body)}</channel></rss>"
    ).encode()


@contextmanager
def serve(documents: Mapping[str, bytes]) -> Iterator[str]:
    """Serve `documents` by path on 127.0.0.1; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = documents.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass(frozen=True, slots=True)
class Replayed:
    """A monitor that has polled the items, and which stored entry each item became."""

    monitor: Monitor
    entry_of: Mapping[int, int]  # item number -> entry id
    items: tuple[Item, ...]


@contextmanager
def replay(items: Iterable[Item], *, config: str = "") -> Iterator[Replayed]:
    """Poll `items` with a fresh monitor; `config` is extra TOML for its configuration file."""
    chosen = tuple(items)
    seen: dict[str, int] = {}
    links = {}
    for item in chosen:
        links[item.number] = item_link(item, item.url in seen)
        seen.setdefault(item.url, item.number)
    languages = sorted({i.lang for i in chosen})
    documents = {
        f"/{lang}.xml": rss(lang, [i for i in chosen if i.lang == lang], links)
        for lang in languages
    }
    with tempfile.TemporaryDirectory(prefix="monitor-replay-") as folder, serve(documents) as base:
        root = Path(folder)
        feeds = "".join(
            f'[[sources.feed]]\nname = "replay-{lang}"\nurl = "{base}/{lang}.xml"\n'
            f'kind = "rss"\nlanguage = "{lang}"\ninterval = "1h"\n\n'
            for lang in languages
        )
        path = root / "monitor.toml"
        path.write_text(
            f'[data]\ndir = "{root / "data"}"\n\n[sources]\ndefaults = false\n\n{feeds}{config}\n'
        )
        monitor = Monitor(load_config(path, env={}))
        try:
            monitor.init()
            report = monitor.poll(force=True)
            failed = [s for s in report.sources if s.status == "error"]
            if failed:
                raise RuntimeError(f"replay feeds failed: {[(s.name, s.error) for s in failed]}")
            yield Replayed(monitor, _entries_by_item(monitor), chosen)
        finally:
            monitor.close()


def _entries_by_item(monitor: Monitor) -> dict[int, int]:
    """Item number -> stored entry id, through the feed's guid ("replay-N")."""
    import sqlalchemy as sa

    from monitor.storage.schema import entries

    with monitor.db.read() as conn:
        rows = conn.execute(sa.select(entries.c.id, entries.c.entry_id)).all()
    return {
        int(row.entry_id.removeprefix("replay-")): int(row.id)
        for row in rows
        if row.entry_id.startswith("replay-")
    }
