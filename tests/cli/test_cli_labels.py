"""Trustworthy labels: one evidence id form (e12) everywhere, accepted with or without the
letter; every evidence line says who decided; the human-confirmed record on its own."""

from __future__ import annotations

import getpass
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli

from conftest import FrozenClock
from sites import Site, rss, serve

EUROVIGNETTE = "eurovignette-zev-exemption"
FLEETS = "corporate-fleets-communication"
NEWS = [
    (
        "ec-1",
        "Commission proposes to exempt zero-emission trucks from road tolls under the "
        "Eurovignette directive",
        "The European Commission today proposed a targeted amendment of the Eurovignette "
        "Directive extending the exemption of zero-emission heavy-duty vehicles.",
    )
]


def timeline(*args: str) -> Result:
    return CliRunner().invoke(timeline_cli, list(args))


def monitor(*args: str) -> Result:
    return CliRunner().invoke(monitor_cli, list(args))


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/news.xml", rss("News", NEWS))
        yield running


@pytest.fixture
def env(
    cli_env: dict[str, str], site: Site, tmp_path: Path, frozen_clock: FrozenClock
) -> dict[str, str]:
    (tmp_path / "monitor.toml").write_text(
        "[sources]\ndefaults = false\n\n"
        f'[[sources.feed]]\nname = "news"\nurl = "{site.url("/news.xml")}"\n'
    )
    assert monitor("init").exit_code == 0
    assert monitor("evaluate").exit_code == 0
    return cli_env


def evidence_of(milestone: str) -> list[dict[str, object]]:
    shown = timeline("show", milestone, "--json")
    assert shown.exit_code == 0, shown.output
    return json.loads(shown.output)["evidence"]  # type: ignore[no-any-return]


def test_one_evidence_id_form_everywhere_with_or_without_the_letter(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")  # even a narrow terminal shows the evidence id
    recorded = timeline(
        "record", FLEETS, "--delivered", "2025-06-27", "--source", "https://ec.europa.eu/a"
    )
    assert recorded.exit_code == 0
    (item,) = evidence_of(FLEETS)
    ref = f"e{item['id']}"
    assert item["ref"] == ref
    assert recorded.output.startswith(f"Recorded evidence {ref}.")
    outputs = [
        recorded.output,
        timeline("show", FLEETS).output,
        timeline("reject", ref).output,
        timeline("confirm", str(item["id"])).output,
        timeline("diff", "--from", "2025-06-01", "--to", "2025-12-31").output,
    ]
    assert outputs[2].startswith(f"Rejected evidence {ref}.")
    assert outputs[3].startswith(f"Confirmed evidence {ref}.")
    assert ref in outputs[1]
    assert ref in outputs[4]
    for text in outputs:
        assert not re.search(r"#\d", text), text
    again = monitor("review", "reject", str(item["id"]))
    assert again.exit_code == 0
    assert again.output.strip() == f"Rejected evidence {ref}."
    wrong = timeline("confirm", "x12")
    assert wrong.exit_code == 2
    assert "use e12" in wrong.output


def test_every_evidence_line_says_who_decided(env: dict[str, str], tmp_path: Path) -> None:
    assert monitor("poll").exit_code == 0
    (found,) = evidence_of(EUROVIGNETTE)
    assert found["state"] == "auto"
    assert "found by the monitor (" in str(found["provenance"])
    assert "accepted automatically" in str(found["provenance"])
    report = tmp_path / "before.html"
    assert timeline("report", "--html", str(report)).exit_code == 0
    assert "accepted automatically, not yet confirmed by a person" in report.read_text()

    confirmed = timeline("confirm", f"e{found['id']}", "--note", "the Commission's own page")
    assert confirmed.exit_code == 0
    who = getpass.getuser()
    (item,) = evidence_of(EUROVIGNETTE)
    assert item["state"] == "confirmed"
    assert item["decided_by"] == who
    said = str(item["provenance"])
    assert said.startswith("found by the monitor (")
    assert f"confirmed by {who} on 2025-07-01" in said
    assert "the Commission's own page" in said
    assert said in timeline("show", EUROVIGNETTE).output
    assert timeline("report", "--html", str(report)).exit_code == 0
    page = report.read_text()
    assert f"confirmed by {who} on 2025-07-01" in page
    assert "accepted automatically" not in page.split("Each piece of evidence says")[0]

    recorded = timeline(
        "record", FLEETS, "--delivered", "2025-06-27", "--source", "https://ec.europa.eu/a"
    )
    assert recorded.exit_code == 0
    (mine,) = evidence_of(FLEETS)
    assert mine["provenance"] == f"recorded by {who} on 2025-07-01"


def test_the_human_confirmed_record_alone(env: dict[str, str], tmp_path: Path) -> None:
    assert monitor("poll").exit_code == 0  # the monitor accepts a Eurovignette delivery itself

    def status(*args: str) -> str:
        rows = json.loads(timeline("list", "--json", *args).output)
        return str(next(r for r in rows if r["id"] == EUROVIGNETTE)["status"])

    assert status().startswith("delivered")
    assert status("--confirmed") == "missed"
    report = tmp_path / "confirmed.html"
    assert timeline("report", "--html", str(report), "--confirmed").exit_code == 0
    assert "only the human-confirmed record" in report.read_text()

    (found,) = evidence_of(EUROVIGNETTE)
    assert timeline("confirm", str(found["id"])).exit_code == 0
    assert status("--confirmed").startswith("delivered")


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_list_shows_titles_cut_to_the_terminal_width(
    env: dict[str, str], columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = timeline("list", "--at", "2025-07-01")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert all(len(line.rstrip()) <= columns for line in lines), max(lines, key=len)
    rows = json.loads(timeline("list", "--json", "--at", "2025-07-01").output)
    for row in rows:
        assert row["id"] in result.output  # ids are never cut: they are what you type next
        assert row["title"][:12] in result.output  # every title shows, cut if need be
    long_title = max((r["title"] for r in rows), key=len)
    assert long_title not in result.output  # it did not fit: cut with an ellipsis
    assert "…" in result.output
    assert "missed" in result.output
    assert "2025-06-30" in result.output
