"""From fixture feeds to statuses and cases: poll, judge, review, rematch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.app import Monitor
from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli
from monitor.config import Config
from monitor.storage.evidence import list_evidence
from timeline.model import EvidenceKind, EvidenceState
from timeline.status import Status

from conftest import FrozenClock, copy_bundled_plan
from sites import Site, rss, serve

EUROVIGNETTE = "eurovignette-zev-exemption"
BATTERY = "battery-passport-state-of-health"

NEWS = [
    (
        "ec-1",
        "Commission proposes to exempt zero-emission trucks from road tolls under the "
        "Eurovignette directive",
        "The European Commission today proposed a targeted amendment of the Eurovignette "
        "Directive extending the exemption of zero-emission heavy-duty vehicles.",
    ),
    (
        "lobby-1",
        "Carmakers urge Commission to speed up battery passport state-of-health rules",
        "Industry groups called on Brussels to act on battery state of health data.",
    ),
    (
        "jobs-1",
        "Bosch to cut 1,100 jobs at its Reutlingen plant",
        "The supplier blamed weak demand.",
    ),
    (
        "jobs-2",
        "Bosch streicht 1.100 Stellen in Reutlingen",
        "Der Zulieferer nennt die schwache Nachfrage.",
    ),
    ("other-1", "Tourism board reports record summer", "Hotels were full across the coast."),
]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed("/news.xml", rss("News", NEWS))
        yield running


def config_text(site: Site) -> str:
    return (
        "[sources]\ndefaults = false\n\n"
        f'[[sources.feed]]\nname = "news"\nurl = "{site.url("/news.xml")}"\n'
    )


def make_monitor(config: Config, site: Site, plan: Path | None = None) -> Monitor:
    sections = {
        "sources": {"defaults": False, "feed": [{"name": "news", "url": site.url("/news.xml")}]}
    }
    changes: dict[str, object] = {"sections": sections}
    if plan:
        changes["plan_files"] = (plan,)
    monitor = Monitor(dataclasses.replace(config, **changes))  # type: ignore[arg-type]
    monitor.init()
    return monitor


def evidence_of(monitor: Monitor, milestone_id: str, at: str = "2025-07-01") -> list[object]:
    (status,) = monitor.statuses(dt.date.fromisoformat(at), [monitor.milestone(milestone_id)])
    return list(status.evidence)


def test_poll_turns_a_commission_proposal_into_an_accepted_delivery(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    monitor = make_monitor(config, site)
    monitor.evaluate()
    monitor.poll()
    (status,) = monitor.statuses(dt.date(2025, 7, 1), [monitor.milestone(EUROVIGNETTE)])
    assert status.status is Status.DELIVERED_ON_TIME  # the feed's items are dated 2025-06-02
    assert status.delivered_on == dt.date(2025, 6, 2)
    assert status.delivery is not None
    assert status.delivery.state is EvidenceState.AUTO
    assert status.delivery.url == "https://news.example.org/ec-1"
    # the status event was logged at once, not at the next daily evaluation
    history = monitor.history(EUROVIGNETTE)
    assert history[-1].event.to_status is Status.DELIVERED_ON_TIME
    assert history[-1].reason == "evidence"
    # ... and the default (immediate) channel was told at once
    digests = (config.data_dir / "digests.txt").read_text(encoding="utf-8")
    assert "https://news.example.org/ec-1" in digests
    # lobbying is never a delivery
    battery = evidence_of(monitor, BATTERY)
    assert all(e.kind is not EvidenceKind.DELIVERED for e in battery)  # type: ignore[attr-defined]
    monitor.close()


def test_reports_in_two_languages_merge_into_one_case(
    config: Config, site: Site, frozen_clock: FrozenClock
) -> None:
    monitor = make_monitor(config, site)
    monitor.poll()
    cases = monitor.cases()
    assert len(cases) == 1
    (case,) = cases
    assert (case.case.company, case.case.site, case.case.country, case.jobs) == (
        "Bosch",
        "Reutlingen",
        "DE",
        1100,
    )
    assert len(case.case.reports) == 2
    monitor.close()


def test_cli_shows_statuses_and_cases_after_poll(
    cli_env: dict[str, str], site: Site, tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    (tmp_path / "monitor.toml").write_text(config_text(site))
    runner = CliRunner()
    assert runner.invoke(monitor_cli, ["init"]).exit_code == 0
    assert runner.invoke(monitor_cli, ["poll", "--json"]).exit_code == 0
    rows = {
        r["id"]: r
        for r in json.loads(
            runner.invoke(timeline_cli, ["list", "--json", "--at", "2025-07-01"]).output
        )
    }
    assert rows[EUROVIGNETTE]["status"] == "delivered_on_time"
    assert rows[EUROVIGNETTE]["evidence"][0]["state"] == "auto"
    cases = json.loads(runner.invoke(monitor_cli, ["joblosses", "list", "--json"]).output)
    (case,) = cases
    for key in (
        "id",
        "company",
        "site",
        "country",
        "jobs",
        "jobs_kind",
        "type",
        "announced_on",
        "sources",
        "revisions",
    ):
        assert key in case
    assert (case["company"], case["country"], case["jobs"], case["jobs_kind"]) == (
        "Bosch",
        "DE",
        1100,
        "loss",
    )
    assert {s["url"] for s in case["sources"]} == {
        "https://news.example.org/jobs-1",
        "https://news.example.org/jobs-2",
    }
    assert set(case["sources"][0]) >= {"url", "title", "published"}
    summary = json.loads(runner.invoke(monitor_cli, ["joblosses", "summary", "--json"]).output)
    assert summary["year"] == [
        {"year": "2025", "cases": 1, "lost": 1100, "created": 0, "net": -1100}
    ]
    assert summary["country"][0]["country"] == "DE"
    assert (
        json.loads(
            runner.invoke(monitor_cli, ["joblosses", "list", "--json", "--country", "FR"]).output
        )
        == []
    )
    assert (
        json.loads(
            runner.invoke(monitor_cli, ["joblosses", "list", "--json", "--min-jobs", "2000"]).output
        )
        == []
    )


def test_review_reject_takes_the_delivery_back_and_rematch_keeps_it_rejected(
    config: Config, site: Site, frozen_clock: FrozenClock, tmp_path: Path
) -> None:
    plan = copy_bundled_plan(tmp_path)
    monitor = make_monitor(config, site, plan)
    monitor.poll()
    (delivery,) = [
        e for e in evidence_of(monitor, EUROVIGNETTE) if e.kind is EvidenceKind.DELIVERED
    ]  # type: ignore[attr-defined]
    monitor.decide(delivery.id, EvidenceState.REJECTED, note="not the amendment")  # type: ignore[attr-defined]
    (status,) = monitor.statuses(dt.date(2025, 7, 1), [monitor.milestone(EUROVIGNETTE)])
    assert status.status is Status.MISSED

    before = monitor.rematch()
    again = monitor.rematch()
    assert again.evidence_new == 0  # idempotent
    assert before.evidence_new == 0
    (status,) = monitor.statuses(dt.date(2025, 7, 1), [monitor.milestone(EUROVIGNETTE)])
    assert status.status is Status.MISSED  # the person's rejection stands

    # A plan edit that drops the milestone's terms: the machine's other evidence is retracted.
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('"eurovignette', '"vignette-that-no-news-uses'), encoding="utf-8")
    monitor.rematch()
    with monitor.db.read() as conn:
        stored = list_evidence(conn, [EUROVIGNETTE])
    assert [e.state for e in stored] == [EvidenceState.REJECTED]
    monitor.close()


def test_review_lists_pending_items_and_decides_by_prefixed_id(
    cli_env: dict[str, str], site: Site, tmp_path: Path, frozen_clock: FrozenClock
) -> None:
    (tmp_path / "monitor.toml").write_text(
        "[matching]\nauto_accept = 0.99\n\n[joblosses]\nauto_accept = 0.99\n\n" + config_text(site)
    )
    runner = CliRunner()
    runner.invoke(monitor_cli, ["init"])
    runner.invoke(monitor_cli, ["poll", "--json"])
    pending = json.loads(runner.invoke(monitor_cli, ["review", "--json"]).output)
    delivered = next(
        e
        for e in pending["evidence"]
        if e["milestone"] == EUROVIGNETTE and e["kind"] == "delivered"
    )
    assert delivered["explanation"]
    assert delivered["terms"]
    assert pending["reports"]
    rows = {
        r["id"]: r
        for r in json.loads(
            runner.invoke(timeline_cli, ["list", "--json", "--at", "2025-07-01"]).output
        )
    }
    assert rows[EUROVIGNETTE]["status"] == "missed"  # pending evidence does not count
    result = runner.invoke(
        monitor_cli, ["review", "confirm", delivered["id"], "--note", "checked OJ"]
    )
    assert result.exit_code == 0, result.output
    rows = {
        r["id"]: r
        for r in json.loads(
            runner.invoke(timeline_cli, ["list", "--json", "--at", "2025-07-01"]).output
        )
    }
    assert rows[EUROVIGNETTE]["status"] == "delivered_on_time"
    assert json.loads(runner.invoke(monitor_cli, ["joblosses", "list", "--json"]).output) == []
    report = pending["reports"][0]["id"]
    assert runner.invoke(monitor_cli, ["review", "confirm", report]).exit_code == 0
    assert len(json.loads(runner.invoke(monitor_cli, ["joblosses", "list", "--json"]).output)) == 1
    bad = runner.invoke(monitor_cli, ["review", "confirm", "x12"])
    assert bad.exit_code == 2
    assert "e12 (evidence)" in bad.output
    missing = runner.invoke(monitor_cli, ["review", "confirm", "12"])  # 12 is e12
    assert missing.exit_code == 2
    assert "no evidence e12" in missing.output
