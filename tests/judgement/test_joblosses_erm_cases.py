"""Eurofound factsheets are cases like any other: listed, summarised, reported, joined by news.

The factsheets and the news below are written for these tests; companies and figures are
invented.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli

from sites import Site, rss, serve

HEADER = "Id,Announcement date,Country,Company,Sector,Restructuring type,Employment Change\n"
ROWS = [
    "910001,2025-05-28,Germany,Bosch,Manufacturing,Internal restructuring,-1100",
    "910002,2025-04-02,France,Valeo,Manufacturing,Closure,-250",
    "910003,2025-03-11,Spain,Gestamp,Manufacturing,Business expansion,+300",
    "910004,2025-02-20,Italy,Marelli,Manufacturing,Closure,-229",
    "910005,2025-01-15,Poland,Lear,Manufacturing,Offshoring/Delocalisation,-400",
    "910006,2025-05-05,Belgium,Brusselse Bakkerij,Manufacturing,Bankruptcy,-120",
    "910007,2025-05-06,Netherlands,Hollandse Logistiek,Transport / Storage,"
    "Internal restructuring,-150",
    "910008,2025-04-30,Sweden,Nordic Cells,Manufacturing,Bankruptcy,-1600",
    "910009,2025-03-03,Austria,Alpine Textil,Manufacturing,Closure,None",
    "910010,2025-02-01,Czechia,Skoda Auto,Manufacturing,Business expansion,+500",
]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed(
            "/news.xml",
            rss("News", [("bosch-1", "Bosch to cut 1,100 jobs in Germany", "The supplier said.")]),
        )
        yield running


@pytest.fixture
def runner(cli_env: dict[str, str], tmp_path: Path, site: Site) -> CliRunner:
    (tmp_path / "monitor.toml").write_text(
        "[sources]\ndefaults = false\n\n"
        f'[[sources.feed]]\nname = "news"\nurl = "{site.url("/news.xml")}"\n'
    )
    (tmp_path / "erm.csv").write_text(HEADER + "\n".join(ROWS) + "\n")
    cli = CliRunner()
    assert cli.invoke(monitor_cli, ["init"]).exit_code == 0
    result = cli.invoke(monitor_cli, ["import", "erm", str(tmp_path / "erm.csv")])
    assert result.exit_code == 0, result.output
    return cli


def cases(runner: CliRunner) -> list[dict[str, object]]:
    result = runner.invoke(monitor_cli, ["joblosses", "list", "--json"])
    assert result.exit_code == 0, result.output
    listed: list[dict[str, object]] = json.loads(result.output)
    return listed


def test_every_imported_factsheet_is_a_listed_case(runner: CliRunner) -> None:
    listed = cases(runner)
    assert sorted(c["erm_id"] for c in listed) == sorted(int(r.split(",")[0]) for r in ROWS)  # type: ignore[type-var]
    valeo = next(c for c in listed if c["erm_id"] == 910002)
    assert (valeo["company"], valeo["country"], valeo["jobs"], valeo["jobs_kind"]) == (
        "Valeo",
        "FR",
        250,
        "loss",
    )
    assert valeo["erm_type"] == "Closure"
    assert valeo["erm_url"] == "https://apps.eurofound.europa.eu/restructuring-events/detail/910002"
    assert valeo["sector"] == "Manufacturing"


def test_the_summary_totals_by_eurofounds_dimensions(runner: CliRunner) -> None:
    result = runner.invoke(monitor_cli, ["joblosses", "summary", "--json"])
    summary = json.loads(result.output)
    assert {"year", "country", "sector", "type", "company"} <= set(summary)
    (year,) = summary["year"]
    assert (year["year"], year["cases"], year["created"]) == ("2025", 10, 800)
    assert year["lost"] == 1100 + 250 + 229 + 400 + 120 + 150 + 1600
    sectors = {row["sector"]: row["cases"] for row in summary["sector"]}
    assert sectors == {"Manufacturing": 9, "Transport / Storage": 1}
    closures = next(row for row in summary["type"] if row["type"] == "Closure")
    assert closures["cases"] == 3


def test_the_report_draws_the_factsheets(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = runner.invoke(timeline_cli, ["report", "--html", str(page), "--at", "2025-07-01"])
    assert result.exit_code == 0, result.output
    html = page.read_text()
    assert "Nordic Cells" in html
    assert "factsheet number 910008" in html


def test_later_news_of_a_factsheet_joins_its_case(runner: CliRunner) -> None:
    result = runner.invoke(monitor_cli, ["poll", "--json"])
    assert result.exit_code == 0, result.output
    listed = cases(runner)
    assert len(listed) == 10
    bosch = next(c for c in listed if c["erm_id"] == 910001)
    urls = {s["url"] for s in bosch["sources"]}  # type: ignore[attr-defined]
    assert urls == {
        "https://apps.eurofound.europa.eu/restructuring-events/detail/910001",
        "https://news.example.org/bosch-1",
    }


def test_a_person_splits_and_merges_cases(runner: CliRunner) -> None:
    runner.invoke(monitor_cli, ["poll"])
    bosch = next(c for c in cases(runner) if c["erm_id"] == 910001)
    news_report = bosch["report_ids"][-1]  # type: ignore[index]
    result = runner.invoke(
        monitor_cli, ["review", "split", str(bosch["id"]), news_report, "--note", "other plan"]
    )
    assert result.exit_code == 0, result.output
    listed = cases(runner)
    assert len(listed) == 11
    apart = next(c for c in listed if news_report in c["report_ids"])  # type: ignore[operator]
    assert apart["erm_id"] is None
    runner.invoke(monitor_cli, ["rematch"])
    assert len(cases(runner)) == 11  # a rematch never undoes a person's decision
    result = runner.invoke(
        monitor_cli, ["review", "merge", str(bosch["id"]), str(apart["id"]), "--json"]
    )
    assert result.exit_code == 0, result.output
    decision = json.loads(result.output)
    assert decision["action"] == "merge"
    assert decision["by"]
    assert len(cases(runner)) == 10


def test_splitting_every_report_off_is_refused(runner: CliRunner) -> None:
    valeo = next(c for c in cases(runner) if c["erm_id"] == 910002)
    (only,) = valeo["report_ids"]  # type: ignore[misc]
    result = runner.invoke(monitor_cli, ["review", "split", str(valeo["id"]), only])
    assert result.exit_code == 2
    assert "every report" in result.output


def test_digests_announce_recent_factsheets_not_the_archive(
    cli_env: dict[str, str], tmp_path: Path, site: Site, frozen_clock: object
) -> None:
    (tmp_path / "monitor.toml").write_text(
        "[sources]\ndefaults = false\n\n"
        '[[alerts.channel]]\nname = "archive"\nkind = "file"\nschedule = "daily 08:00"\n'
        'path = "digests/all.txt"\nformat = "json"\n'
    )
    rows = [ROWS[1], "800001,2019-03-01,France,Valeo,Manufacturing,Closure,-90"]
    (tmp_path / "erm.csv").write_text(HEADER + "\n".join(rows) + "\n")
    cli = CliRunner()
    assert cli.invoke(monitor_cli, ["init"]).exit_code == 0
    assert cli.invoke(monitor_cli, ["import", "erm", str(tmp_path / "erm.csv")]).exit_code == 0
    result = cli.invoke(monitor_cli, ["digest", "preview", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"erm_id": 910002' in result.output
    assert '"jobs_qualifier": "exact"' in result.output
    assert "800001" not in result.output
