"""Rendering: every format escapes feed text, links only http(s), and says the same news."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import jsonschema
import pytest

from alerts._format import bar_widths, safe_url
from alerts.digest import Candidate, Digest, MilestoneItem, PlanSummary, Source
from alerts.payload import render_json, schema
from alerts.render import render, render_html, render_slack, render_text, subject
from alerts.sample import sample_digest
from timeline.status import Status

NOW = dt.datetime(2025, 7, 1, 6, 0, tzinfo=dt.UTC)
SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(1)">'


def hostile_digest() -> Digest:
    """The sample digest with feed text that tries every trick we defend against."""
    base = sample_digest(NOW, channel="press")
    delivered = dataclasses.replace(
        base.delivered[0],
        title=f"Fleets {SCRIPT}",
        evidence_title=f"Adopted {IMG}",
        evidence_url="javascript:alert(1)",
    )
    case = dataclasses.replace(
        base.new_cases[0],
        company="<!channel> Acme & Co <b>",
        sources=(
            Source("JaVaScRiPt:alert(2)", "Shouting scheme"),
            Source("java\tscript:alert(3)", "Tab in scheme"),
            Source("https://example.org/a?b=1&c=<2>", "Fine link"),
        ),
    )
    return dataclasses.replace(
        base,
        delivered=(delivered,),
        new_cases=(case,),
        summary=PlanSummary("Plan\r\nBcc: victim@example.org", base.summary.counts),
    )


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


# HTML


def test_html_escapes_feed_text_so_no_script_or_event_handler_survives() -> None:
    html = render_html(hostile_digest())
    found = tags(html)
    assert "script" not in {tag for tag, _ in found}
    assert "img" not in {tag for tag, _ in found}
    assert not [name for _, attrs in found for name in attrs if name.startswith("on")]
    assert "Fleets &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=&#34;alert(1)&#34;" in html


def test_html_links_only_http_addresses() -> None:
    html = render_html(hostile_digest())
    hrefs = [attrs["href"] for tag, attrs in tags(html) if tag == "a"]
    # The parser unescapes &amp; and &lt;; the revised case keeps its ordinary source link.
    assert hrefs == ["https://example.org/a?b=1&c=<2>", "https://example.org/news/revised"]
    assert "javascript" not in html.lower()
    assert "Shouting scheme" in html  # the title stays, without a link


def test_html_is_a_single_light_column_of_at_most_640px_without_scripts_or_styles() -> None:
    html = render_html(sample_digest(NOW))
    assert "max-width:640px" in html
    assert 'name="viewport"' in html
    assert "background:#ffffff" in html
    assert "color:#1a1a1a" in html
    assert {"script", "style", "img", "link"}.isdisjoint(tag for tag, _ in tags(html))


def test_html_status_bar_has_one_cell_per_status_and_a_text_legend() -> None:
    digest = sample_digest(NOW)
    html = render_html(digest)
    bar = [attrs for tag, attrs in tags(html) if tag == "td" and attrs.get("height") == "14"]
    assert len(bar) == len(digest.summary.ordered())
    assert sum(int(str(attrs["width"]).rstrip("%")) for attrs in bar) == 100
    for label in ("Missed: <strong>3</strong>", "Open (undated): <strong>14</strong>"):
        assert label in html


def test_html_says_whether_a_person_confirmed_the_evidence() -> None:
    digest = sample_digest(NOW)
    assert "confirmed by a person" in render_html(digest)
    unconfirmed = dataclasses.replace(
        digest, delivered=(dataclasses.replace(digest.delivered[0], confirmed_by_person=False),)
    )
    assert "found automatically" in render_html(unconfirmed)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [([3, 2, 9], [22, 14, 64]), ([1, 999], [1, 99]), ([0, 5], [0, 100]), ([0, 0], [0, 0])],
)
def test_bar_widths_sum_to_100_and_keep_every_present_status(
    counts: list[int], expected: list[int]
) -> None:
    assert bar_widths(counts) == expected


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/x", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,hi", False),
        ("//example.org/x", False),
        ("/relative", False),
        (" https://example.org", False),
        ("https://exa mple.org", False),
        ("https://example.org/\nx", False),
        ("http:///nohost", False),
        (None, False),
    ],
)
def test_safe_url_accepts_only_absolute_http_addresses(url: str | None, safe: bool) -> None:
    assert safe_url(url) == (url if safe else None)


# Text


def test_text_keeps_feed_text_on_its_own_line() -> None:
    text = render_text(hostile_digest())
    assert not any(line.startswith("Bcc:") for line in text.splitlines())
    assert "Plan Bcc: victim@example.org" in text
    assert "javascript" not in text.lower()
    assert "<https://example.org/a?b=1&c=<2>>" in text


def test_text_shows_times_in_the_channel_zone() -> None:
    text = render_text(sample_digest(NOW), tz=ZoneInfo("Europe/Paris"))
    assert "2025-07-01 08:00 CEST" in text


def test_text_of_an_empty_digest_says_nothing_is_new() -> None:
    empty = Digest("e", "email", NOW, None, summary=PlanSummary("Plan", {Status.OPEN: 2}))
    text = render_text(empty)
    assert "Nothing new since the last digest." in text
    assert "2 milestones: 2 open (undated)" in text


def test_text_gives_days_late_and_the_previous_status() -> None:
    item = MilestoneItem(
        "m1", "Title", "p", Status.MISSED, Status.DUE_SOON, due=dt.date(2025, 6, 1), days=-30
    )
    digest = Digest("d", "c", NOW, None, missed=(item,), summary=PlanSummary("Plan", {}))
    assert "due 2025-06-01, 30 days late; was due soon" in render_text(digest)


# Subject


def test_subject_cannot_carry_line_breaks_or_control_characters() -> None:
    line = subject(hostile_digest())
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in line)
    assert "Plan Bcc: victim@example.org" in line


def test_subject_is_capped_by_shortening_the_plan_title_first() -> None:
    digest = sample_digest(NOW)
    long = dataclasses.replace(digest, summary=PlanSummary("X" * 500, digest.summary.counts))
    line = subject(long, max_length=100)
    assert len(line) <= 100
    assert line.endswith("1 revised case")
    assert "…" in line


def test_subject_of_an_empty_digest_says_no_news() -> None:
    empty = Digest("e", "email", NOW, None, summary=PlanSummary("Plan", {}))
    assert subject(empty) == "[Milestone monitor] Plan: no news"


# Slack


def test_slack_payload_escapes_markup_and_mentions() -> None:
    payload = json.loads(render_slack(hostile_digest()))
    assert set(payload) == {"text"}
    text = payload["text"]
    assert "&lt;!channel&gt; Acme &amp; Co &lt;b&gt;" in text
    assert "<!channel>" not in text
    assert "javascript" not in text.lower()
    assert "<https://example.org/a?b=1&amp;c=%3C2%3E|[source]>" in text


def test_slack_links_milestones_to_their_evidence() -> None:
    text = json.loads(render_slack(sample_digest(NOW)))["text"]
    assert "<https://example.org/press/corporate-fleets|Communication on corporate fleets" in text


# JSON


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    loaded = schema()
    jsonschema.Draft202012Validator.check_schema(loaded)
    return jsonschema.Draft202012Validator(
        loaded, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.mark.parametrize(
    "digest",
    [
        sample_digest(NOW),
        hostile_digest(),
        Digest("e", "email", NOW, None, summary=PlanSummary("Plan", {})),
    ],
    ids=["sample", "hostile", "empty"],
)
def test_json_validates_against_the_published_schema(
    validator: jsonschema.protocols.Validator, digest: Digest
) -> None:
    validator.validate(json.loads(render_json(digest)))


def test_schema_rejects_a_payload_with_an_unknown_status(
    validator: jsonschema.protocols.Validator,
) -> None:
    payload = json.loads(render_json(sample_digest(NOW)))
    payload["missed"][0]["status"] = "lost"
    assert not validator.is_valid(payload)


def test_schema_lists_exactly_the_timeline_statuses() -> None:
    loaded = schema()
    statuses = {s.value for s in Status}
    assert set(loaded["$defs"]["status"]["enum"]) == statuses
    assert set(loaded["properties"]["summary"]["properties"]["counts"]["required"]) == statuses


def test_json_drops_unsafe_links() -> None:
    payload = json.loads(render_json(hostile_digest()))
    assert payload["delivered"][0]["evidence_url"] is None
    assert [s["url"] for s in payload["new_cases"][0]["sources"]] == [
        None,
        None,
        "https://example.org/a?b=1&c=<2>",
    ]


def test_render_bundles_every_format_of_the_same_digest() -> None:
    digest = sample_digest(NOW)
    rendered = render(digest)
    assert rendered.subject == subject(digest)
    assert json.loads(rendered.json)["id"] == digest.id
    assert rendered.text == render_text(digest)


def test_a_missed_milestone_names_the_candidates_and_how_to_assign_one() -> None:
    digest = sample_digest(NOW)
    (missed, *rest) = digest.missed
    candidate = Candidate("e12", "https://ec.europa.eu/ip_1", "Study on road charging <b>")
    digest = dataclasses.replace(
        digest, missed=(dataclasses.replace(missed, candidates=(candidate,)), *rest)
    )
    assert f"monitor review assign e12 {missed.milestone_id}" in render_text(digest)
    html = render_html(digest)
    assert "Study on road charging &lt;b&gt;" in html
    assert f"monitor review assign e12 {missed.milestone_id}" in html
    payload = json.loads(render_json(digest))
    jsonschema.validate(payload, schema())
    assert payload["missed"][0]["candidates"] == [
        {"evidence_id": "e12", "url": "https://ec.europa.eu/ip_1", "title": candidate.title}
    ]


def test_an_overview_says_where_things_stand() -> None:
    digest = dataclasses.replace(sample_digest(NOW), overview=True, since=None)
    assert "where things stand" in subject(digest)
    assert "Where things stand" in render_text(digest)
    assert "Overdue" in render_text(digest)
    assert json.loads(render_json(digest))["overview"] is True
