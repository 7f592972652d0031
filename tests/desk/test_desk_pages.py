"""Every page of the desk answers with what the CLI would show: the timeline with its filters
and as-of date, a milestone with who decided, the queue, cases, sources and digests."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from monitor.app import Monitor
from timeline.model import EvidenceState

from desk_support import MILESTONE, add_evidence, add_report, import_factsheets


def rows(html: str) -> dict[str, str]:
    """Milestone id -> status, as the timeline shows them."""
    return dict(re.findall(r'data-milestone="([^"]+)" data-status="([^"]+)"', html))


def test_the_timeline_shows_every_milestone_with_status_due_date_and_evidence(
    client: FlaskClient, app: Monitor
) -> None:
    page = client.get("/")
    assert page.status_code == 200
    shown = rows(page.get_data(True))
    assert shown == {s.milestone.id: s.status.value for s in app.statuses()}
    assert len(shown) == 45
    assert shown[MILESTONE] == "missed"
    assert "2025-06-30" in page.get_data(True)


def test_the_timeline_filters_by_pillar_and_status_and_evaluates_as_of_a_date(
    client: FlaskClient, app: Monitor
) -> None:
    pillar = app.milestone(MILESTONE).pillar
    by_pillar = rows(client.get(f"/?pillar={pillar}").get_data(True))
    assert by_pillar
    assert {app.milestone(m).pillar for m in by_pillar} == {pillar}
    missed = rows(client.get("/?status=missed").get_data(True))
    assert missed
    assert set(missed.values()) == {"missed"}
    early = rows(client.get("/?at=2025-03-10").get_data(True))
    assert early[MILESTONE] in ("upcoming", "due_soon")
    assert "Milestones as of 2025-03-10" in client.get("/?at=2025-03-10").get_data(True)


def test_a_date_that_is_not_one_is_said_so(client: FlaskClient) -> None:
    page = client.get("/?at=yesterday")
    assert page.status_code == 400
    assert "is not a date; use YYYY-MM-DD" in page.get_data(True)


def test_a_milestone_shows_its_evidence_with_who_decided_its_history_and_candidates(
    client: FlaskClient, app: Monitor
) -> None:
    found = add_evidence(app)
    app.decide(found, EvidenceState.CONFIRMED, note="the Commission's own page", by="bob")
    candidate = add_evidence(
        app,
        url="https://ec.europa.eu/news/tolls",
        title="Tolls for trucks, a Commission study",
        state=EvidenceState.CANDIDATE,
        signals=(f"closest: {MILESTONE} (0.41)", "theme: toll + truck"),
    )
    page = client.get(f"/milestones/{MILESTONE}").get_data(True)
    assert f'id="e{found}"' in page
    assert "found by the monitor (0.62), confirmed by bob on 2025-07-01" in page
    assert "the Commission&#39;s own page" in page or "the Commission's own page" in page
    assert "reading: the Commission proposes (0.62)" in page  # the monitor's signals
    assert "→ <strong>delivered_on_time</strong>" in page  # the status history
    assert f"e{candidate}" in page
    assert "Tolls for trucks" in page


def test_an_unknown_milestone_is_a_404_naming_where_to_look(client: FlaskClient) -> None:
    page = client.get("/milestones/no-such-thing")
    assert page.status_code == 404


def test_the_queue_lists_evidence_candidates_and_reports_newest_first(
    client: FlaskClient, app: Monitor
) -> None:
    older = add_evidence(app, published=dt.date(2025, 4, 1), url="https://a.example/1")
    newer = add_evidence(app, url="https://a.example/2")
    report = add_report(app)
    page = client.get("/review").get_data(True)
    refs = re.findall(r'data-ref="([er]\d+)"', page)
    assert refs == [f"r{report}", f"e{newer}", f"e{older}"]
    assert "why: another figure competes" in page
    assert "reading: the Commission proposes (0.62)" in page


def test_an_empty_queue_says_so(client: FlaskClient) -> None:
    assert "Nothing waits for review." in client.get("/review").get_data(True)


def test_cases_list_filters_by_company_country_date_kind_and_source(
    client: FlaskClient, app: Monitor
) -> None:
    import_factsheets(app)
    add_report(app, state=EvidenceState.AUTO)

    def ids(query: str) -> set[str]:
        return set(re.findall(r'id="case-(c\d+)"', client.get(f"/cases{query}").get_data(True)))

    every = ids("")
    assert len(every) == len(app.cases())
    assert ids("?country=DE") == {v.id for v in app.cases() if v.case.country == "DE"}
    assert ids("?kind=creation") == {
        v.id for v in app.cases() if v.case.jobs_kind.value == "creation"
    }
    assert ids("?source=eurofound") == {v.id for v in app.cases() if v.case.factsheets}
    assert ids("?source=news") == {v.id for v in app.cases() if not v.case.factsheets}
    assert ids("?company=volks") == {v.id for v in app.cases() if v.case.company == "Volkswagen"}
    assert ids("?since=2025-02-01&until=2025-02-28") == {
        v.id for v in app.cases() if v.case.first_announced.month == 2
    }


def test_a_case_page_shows_its_sources_revisions_and_qualifiers(
    client: FlaskClient, app: Monitor
) -> None:
    import_factsheets(app)
    view = app.cases()[0]
    page = client.get(f"/cases/{view.id}").get_data(True)
    assert view.case.company.replace("'", "&#39;") in page
    assert f"r{view.report_ids[0]}" in page
    assert "(exact)" in page or "exact" in page
    assert client.get("/cases/c999999").status_code == 404


def test_sources_show_health_last_fetch_and_last_error(client: FlaskClient, app: Monitor) -> None:
    page = client.get("/sources").get_data(True)
    for source in app.sources():
        assert f'id="source-{source.name}"' in page
    assert "not polled yet" in page


def test_digests_show_sent_waiting_and_dead(client: FlaskClient) -> None:
    page = client.get("/digests").get_data(True)
    for heading in ("Dead letters", "Waiting in the outbox", "Sent"):
        assert heading in page


@pytest.mark.parametrize("path", ["/static/desk.css", "/static/desk.js", "/static/report.css"])
def test_styles_and_the_script_are_served_from_the_desk_itself(
    client: FlaskClient, path: str
) -> None:
    answer = client.get(path)
    assert answer.status_code == 200
    assert answer.get_data(True).strip()


def test_every_page_links_only_to_the_desk_and_loads_nothing_from_elsewhere(
    desk: Flask, client: FlaskClient
) -> None:
    page = client.get("/").get_data(True)
    for attribute in re.findall(r'(?:src|href)="([^"]*)"', page):
        assert attribute.startswith(("/", "#")), attribute
