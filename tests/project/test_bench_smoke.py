"""The benchmarks run end to end on tiny sizes and return the figures `make bench` reports.

No timing is asserted: speed belongs to `make bench`. These tests only keep bench/ working
as the code it measures changes.
"""

from __future__ import annotations

import math

import pytest

from bench.cli import run_cli
from bench.feeds import make_feeds, make_items
from bench.ingest import run_ingest
from bench.plans import plan_milestones, pseudo_word
from bench.rematch import run_rematch
from bench.report import Target, table
from bench.rules import run_rules
from bench.server import serve_feeds
from monitor.judgement.matching import Matcher


def assert_figures(figures: dict[str, float], keys: set[str]) -> None:
    assert keys <= set(figures), f"missing: {sorted(keys - set(figures))}"
    for key in keys:
        assert isinstance(figures[key], int | float), key
        assert math.isfinite(figures[key]), key
        assert figures[key] > 0, key


def test_ingest_reports_monitor_feedparser_and_lxml_rates() -> None:
    figures = run_ingest(feeds=2, items=3, milestones=50, repeat=1)
    assert_figures(
        figures,
        {
            "ingest_entries_per_s",
            "feedparser_entries_per_s",
            "lxml_entries_per_s",
            "parse_feed_entries_per_s",
            "parse_feed_feedparser_entries_per_s",
        },
    )
    assert figures["ingest_entries"] == 6
    assert 0 <= figures["ingest_judging_share"] <= 1


def test_rematch_reports_sqlite_and_in_memory_rates() -> None:
    figures = run_rematch(entries=30, repeat=1)
    assert_figures(
        figures,
        {"rematch_entries_per_min", "rematch_compiling_entries_per_min", "matcher_entries_per_s"},
    )
    assert figures["rematch_entries"] == 30


def test_rules_reports_the_cost_ratio_of_1000_to_10_rules() -> None:
    figures = run_rules(count=20, repeat=1)
    assert_figures(figures, {"rules_cost_ratio_1000_10", "rules_1000_entries_per_s"})


def test_poll_measures_the_monitor_and_reader_on_the_same_feeds() -> None:
    pytest.importorskip("reader", reason="reader is installed for the benchmark only")
    from bench.poll import run_poll

    with serve_feeds(3, 2) as server:
        figures = run_poll(server, repeat_304=1, rounds=2)
    assert_figures(
        figures,
        {
            "poll_3_full_s",
            "poll_3_304_s",
            "reader_poll_3_full_s",
            "reader_poll_3_304_s",
            "daemon_peak_rss_mb",
        },
    )
    assert figures["daemon_sources"] == 3
    assert figures["poll_rounds"] == 2


def test_the_commands_are_timed_in_a_subprocess() -> None:
    assert_figures(
        run_cli(entries=10, repeat=1), {"monitor_help_s", "sources_list_s", "timeline_list_s"}
    )


def test_server_answers_a_matching_etag_with_304_and_counts_it() -> None:
    import httpx

    with serve_feeds(2, 2) as server:
        first = httpx.get(server.url(1))
        again = httpx.get(server.url(1), headers={"If-None-Match": first.headers["etag"]})
        missing = httpx.get(f"http://127.0.0.1:{server.port}/feed/2")
        counts = server.stats()
    assert first.status_code == 200
    assert first.content == make_feeds(2, 2)[1]
    assert again.status_code == 304
    assert again.content == b""
    assert missing.status_code == 404
    assert counts == {"200": 1, "304": 1, "404": 1}


def test_synthetic_plan_keeps_real_milestones_and_adds_clones_that_texts_never_hit() -> None:
    milestones = plan_milestones(60, real=10)
    ids = [m.id for m in milestones]
    assert len(ids) == len(set(ids)) == 60
    assert ids[0] == "co2-standards-flexibility"
    assert ids[10] == f"co2-standards-flexibility-{pseudo_word(0)}"
    small, large = Matcher(milestones[:10]), Matcher(milestones)
    for item in make_items(200, seed=3):
        assert [m.milestone_id for m in small.match(item.title, item.summary)] == [
            m.milestone_id for m in large.match(item.title, item.summary)
        ]
    clone = milestones[10]
    term = clone.query.terms["en"][0]
    context = clone.query.context["en"][0].replace("*", "ing")
    text = f"The Commission tabled {term}, with {context} over three years."
    assert clone.id in [m.milestone_id for m in large.match(text)]


def test_synthetic_items_are_deterministic_and_sometimes_on_topic() -> None:
    items = make_items(300, seed=5)
    assert items == make_items(300, seed=5)
    assert {i.language for i in items} == {"en", "fr", "de"}
    matcher = Matcher(plan_milestones(45))
    hits = sum(1 for i in items if matcher.match(i.title, i.summary, language=i.language))
    assert 0 < hits < len(items) // 4


def test_report_marks_missed_targets_with_their_ratio() -> None:
    faster = Target("x", "ours", than="theirs", factor=0.8)
    met, ratio = faster.check({"ours": 40.0, "theirs": 100.0})
    assert not met
    assert ratio == pytest.approx(0.5)
    cheaper = Target("y", "cost", bound=1.5, higher_is_better=False)
    assert cheaper.check({"cost": 1.2})[0]
    printed = table({"rules_cost_ratio_1000_10": 2.0, "timeline_list_s": 0.1})
    assert "MISSED" in printed.splitlines()[-2]
    assert printed.splitlines()[-1].endswith("ok")
