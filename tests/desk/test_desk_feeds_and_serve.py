"""Feeds out (Atom read back with feedparser, JSON Feed 1.1 with the monitor's own reader),
and `monitor serve` as a user starts it: on a fresh database it prints its address and shows
the plan."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import feedparser
from flask.testing import FlaskClient

from monitor.app import Monitor
from monitor.ingest.parsing.jsonfeed import load_json_feed, parse_json_feed
from timeline.model import EvidenceState
from timeline.plan import load_plan

from conftest import BUNDLED_PLAN
from desk_support import MILESTONE, add_evidence, import_factsheets

NOW = dt.datetime(2025, 7, 1, tzinfo=dt.UTC)
MONITOR = [sys.executable, "-c", "from monitor.cli.main import main; main()"]


def test_the_atom_feed_has_status_changes_and_new_cases(client: FlaskClient, app: Monitor) -> None:
    app.decide(add_evidence(app), EvidenceState.CONFIRMED, by="bob")
    import_factsheets(app)
    answer = client.get("/feed.atom")
    assert answer.mimetype == "application/atom+xml"
    parsed = feedparser.parse(answer.get_data())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    titles = [e.title for e in parsed.entries]
    assert any(t.endswith(": delivered on time") for t in titles)
    case = app.cases()[0]
    assert any(e.link.endswith(f"/cases/{case.id}") for e in parsed.entries)
    assert any(e.link.endswith(f"/milestones/{MILESTONE}") for e in parsed.entries)
    assert len({e.id for e in parsed.entries}) == len(parsed.entries)


def test_the_json_feed_is_json_feed_1_1(client: FlaskClient, app: Monitor) -> None:
    app.decide(add_evidence(app), EvidenceState.CONFIRMED, by="bob")
    answer = client.get("/feed.json")
    assert answer.mimetype == "application/feed+json"
    data = json.loads(answer.get_data(True))
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    (item,) = data["items"]
    assert item["url"].endswith(f"/milestones/{MILESTONE}")
    assert item["date_published"].endswith("+00:00")
    # feedparser 6 reads no JSON Feed: the monitor's own JSON Feed reader reads it back
    document = load_json_feed(answer.get_data(), url="http://localhost/feed.json")
    assert document is not None
    parsed = parse_json_feed(document, url="http://localhost/feed.json", source="desk", now=NOW)
    assert parsed.warnings == ()
    (entry,) = parsed.entries
    assert entry.title == item["title"]


def test_monitor_serve_on_a_fresh_database_prints_its_address_and_shows_the_plan(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(cli_env, XDG_CONFIG_HOME=str(tmp_path / "xdg"))
    (tmp_path / "monitor.toml").write_text("[sources]\ndefaults = true\n")
    for step in (["init"], ["seed"]):  # what `make run` does before `monitor run`
        subprocess.run([*MONITOR, *step], env=env, cwd=tmp_path, check=True, capture_output=True)
    server = subprocess.Popen(
        [*MONITOR, "serve", "--port", "0"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # printed once it listens
        assert line.startswith("Review desk on http://127.0.0.1:"), line
        address = line.split()[3]
        with urllib.request.urlopen(address, timeout=30) as answer:
            page = answer.read().decode()
        for milestone in load_plan(BUNDLED_PLAN).milestones:
            assert f'data-milestone="{milestone.id}"' in page
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    assert server.returncode == 0, server.stderr.read() if server.stderr else ""
