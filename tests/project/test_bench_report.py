"""README's performance table is the one bench/results.json gives, and says what it measures.

`make bench` writes bench/results.json; `python -m bench.report --write README.md` puts its
table in README. A change to either alone fails here, so the published figures are always one
run's, targets and peers included.
"""

from __future__ import annotations

import json

import pytest

from bench.report import END, README, RESULTS, ROWS, START, main, readme_table, replace_table

DOCUMENT = {
    "ingest_entries_per_s": 2000.0,
    "ingest_judging_share": 0.6,
    "feedparser_entries_per_s": 4000.0,
    "parse_feed_entries_per_s": 12000.0,
    "parse_feed_feedparser_entries_per_s": 3000.0,
    "lxml_entries_per_s": 150000.0,
    "rematch_entries_per_min": 200000.0,
    "matcher_entries_per_s": 5000.0,
    "rules_cost_ratio_1000_10": 1.0,
    "poll_1000_full_s": 25.0,
    "reader_poll_1000_full_s": 20.0,
    "poll_1000_304_s": 0.5,
    "reader_poll_1000_304_s": 2.0,
    "monitor_help_s": 0.1,
    "sources_list_s": 0.35,
    "timeline_list_s": 0.4,
    "daemon_peak_rss_mb": 100.0,
    "versions": {"python": "3.11.7", "feedparser": "6.0.14", "reader": "3.26"},
    "machine": {"cpus": 2, "cpu": "AMD EPYC", "implementation": "CPython 3.11.7",
                "load_average": "1.00 1.00 1.00"},
    "quick": False,
    "seconds": 400.0,
}  # fmt: skip


def test_the_readme_table_is_the_committed_results() -> None:
    assert RESULTS.is_file(), "bench/results.json is committed with the README's table"
    assert main(["--check", str(README)]) == 0, (
        "README's table is not bench/results.json's: run `python -m bench.report --write README.md`"
    )


def test_the_committed_results_are_a_full_run() -> None:
    document = json.loads(RESULTS.read_text(encoding="utf-8"))
    assert document["quick"] is False
    assert document["daemon_sources"] == 1000


def test_each_row_shows_its_figure_target_peers_and_result() -> None:
    lines = readme_table(DOCUMENT).splitlines()
    rows = [line for line in lines if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == len(ROWS) == 6
    ingest, rematch, full, not_modified, commands, memory = rows
    assert "0.50 (2,000/s, judging 60% of it)" in ingest
    assert "feedparser alone 4,000/s" in ingest
    assert ingest.endswith("| missed |")
    assert "matcher and extractor in memory 300,000/min" in rematch
    assert "25.0 s, 1.25× reader" in full
    assert full.endswith("| missed: poll 1,000, full vs reader |")
    assert "0.50 s, 0.25× reader" in not_modified
    assert not_modified.endswith("| met |")
    assert "0.10 s / 0.40 s" in commands
    assert commands.endswith("| missed: timeline list |")
    assert memory.endswith("| met |")


def test_the_table_replaces_only_what_sits_between_the_markers() -> None:
    text = f"intro\n{START}\nold table\n{END}\noutro\n"
    assert replace_table(text, "new") == f"intro\n{START}\nnew\n{END}\noutro\n"
    with pytest.raises(ValueError, match="no"):
        replace_table("no markers", "new")
