"""Review: every signal behind a judgement, candidates for what matched no milestone, assign."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from monitor.alerting import preview
from monitor.app import Monitor
from monitor.cli.main import cli as monitor_cli
from monitor.config import Config
from timeline.status import Status

from conftest import FrozenClock
from sites import Site, serve

EUROVIGNETTE = "eurovignette-zev-exemption"
STUDY = (
    "Commission publishes study on road charging for lorries across the EU",
    "The study compares tolls for heavy goods vehicles in member states.",
)
PROPOSAL = (
    "Commission proposes to exempt zero-emission trucks from road tolls",
    "The European Commission today proposed a targeted amendment of the Eurovignette Directive.",
)


def feed(items: list[tuple[str, str, str, str]]) -> bytes:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>{link}</link>"
        f"<description>{summary}</description>"
        "<pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>"
        for guid, link, title, summary in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>EC</title>"
        f"<link>https://ec.europa.eu/</link><language>en</language>{body}</channel></rss>"
    ).encode()


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed(
            "/ec.xml",
            feed(
                [
                    ("study", "https://ec.europa.eu/commission/presscorner/detail/en/ip_1", *STUDY),
                    (
                        "prop",
                        "https://ec.europa.eu/commission/presscorner/detail/en/ip_2",
                        *PROPOSAL,
                    ),
                    ("blog", "https://blog.example.org/tolls", *STUDY),
                ]
            ),
        )
        yield running


@pytest.fixture
def monitor(config: Config, site: Site, frozen_clock: FrozenClock) -> Iterator[Monitor]:
    sections = {
        "sources": {"defaults": False, "feed": [{"name": "ec", "url": site.url("/ec.xml")}]}
    }
    app = Monitor(dataclasses.replace(config, sections=sections))
    app.init()
    app.poll()
    yield app
    app.close()


def test_an_institutions_news_on_the_plans_themes_that_names_no_milestone_is_a_candidate(
    monitor: Monitor,
) -> None:
    (candidate,) = monitor.candidates()
    assert candidate.evidence.url.endswith("ip_1")  # the blog's copy of the study is no candidate
    assert candidate.evidence.milestone_id == EUROVIGNETTE
    assert any(s.startswith(f"closest: {EUROVIGNETTE}") for s in candidate.signals)
    # a candidate is not evidence yet: the milestone's record does not list it
    (status,) = monitor.statuses(dt.date(2025, 7, 1), [monitor.milestone(EUROVIGNETTE)])
    assert candidate.evidence.id not in {e.id for e in status.evidence}


def test_review_lists_candidates_with_their_closest_milestones(
    monitor: Monitor, cli_env: dict[str, str]
) -> None:
    result = CliRunner().invoke(monitor_cli, ["review", "--json"], env=cli_env)
    assert result.exit_code == 0, result.output
    (candidate,) = json.loads(result.output)["candidates"]
    assert candidate["state"] == "candidate"
    assert any(EUROVIGNETTE in s for s in candidate["signals"] if s.startswith("closest:"))


def test_show_lists_every_signal_behind_a_judgement(monitor: Monitor) -> None:
    (delivery,) = [
        e
        for e in monitor.statuses(dt.date(2025, 7, 1), [monitor.milestone(EUROVIGNETTE)])[
            0
        ].evidence
        if e.url.endswith("ip_2")
    ]
    details = monitor.evidence_details(delivery.id)
    kinds = [signal.split(":", 1)[0] for signal in details.signals]
    assert kinds[:2] == ["theme", "reading"]
    assert "source" in kinds  # the Commission's own site
    assert kinds[-1] == "confidence"
    assert details.origin == "matcher"


def test_assign_makes_a_candidate_a_confirmed_delivery_and_says_who(
    monitor: Monitor,
) -> None:
    (candidate,) = monitor.candidates()
    decision = monitor.assign(candidate.evidence.id, EUROVIGNETTE, note="the study is the deed")
    assert decision.evidence.state.value == "confirmed"
    assert decision.evidence.kind.value == "delivered"
    details = monitor.evidence_details(decision.evidence.id)
    assert details.decisions[-1].to_state == "confirmed"
    assert details.decisions[-1].note == "the study is the deed"
    assert monitor.candidates() == []
    (status,) = monitor.statuses(dt.date(2025, 7, 1), [monitor.milestone(EUROVIGNETTE)])
    assert status.status is Status.DELIVERED_ON_TIME


def test_assign_moves_evidence_to_another_milestone_and_rejects_the_first(
    monitor: Monitor,
) -> None:
    (status,) = monitor.statuses(dt.date(2025, 7, 1), [monitor.milestone(EUROVIGNETTE)])
    (wrong,) = [e for e in status.evidence if e.url.endswith("ip_2")]
    moved = monitor.assign(wrong.id, "weights-dimensions-agreement", kind=wrong.kind)
    assert moved.evidence.milestone_id == "weights-dimensions-agreement"
    before = monitor.evidence_details(wrong.id)
    assert before.evidence.state.value == "rejected"
    assert "assigned to weights-dimensions-agreement" in before.evidence.note


def test_assign_and_show_refuse_ids_that_are_no_evidence(
    monitor: Monitor, cli_env: dict[str, str]
) -> None:
    runner = CliRunner()
    for args in (["review", "show", "r3"], ["review", "assign", "x1", EUROVIGNETTE]):
        result = runner.invoke(monitor_cli, args, env=cli_env)
        assert result.exit_code == 2
        assert "not an evidence id" in result.output
    result = runner.invoke(monitor_cli, ["review", "show", "e999"], env=cli_env)
    assert result.exit_code != 0
    assert "no evidence e999" in result.output


def test_a_missed_milestones_alert_lists_the_candidates_that_may_deliver_it(
    config: Config, frozen_clock: FrozenClock
) -> None:
    with serve() as running:
        running.feed(
            "/ec.xml",
            feed([("study", "https://ec.europa.eu/commission/presscorner/detail/en/ip_1", *STUDY)]),
        )
        sections = {
            "sources": {"defaults": False, "feed": [{"name": "ec", "url": running.url("/ec.xml")}]}
        }
        app = Monitor(dataclasses.replace(config, sections=sections))
        app.init()
        app.poll()
    try:
        (candidate,) = app.candidates()
        (status,) = app.statuses(dt.date(2025, 7, 1), [app.milestone(EUROVIGNETTE)])
        assert status.status is Status.MISSED  # due at the end of June, no delivery found
        ((digest, _tz),) = preview(app)
        (missed,) = [m for m in digest.missed if m.milestone_id == EUROVIGNETTE]
        assert [c.evidence_id for c in missed.candidates] == [f"e{candidate.evidence.id}"]
    finally:
        app.close()
