"""Every refusal of the desk says what was wrong and changes nothing; signing out; a port that
is taken is one line at start."""

from __future__ import annotations

import datetime as dt
import html
import socket

import pytest
from flask import Flask
from flask.testing import FlaskClient

from monitor.app import Monitor
from monitor.desk.serving import serve
from monitor.errors import ConfigError

from desk_support import add_report, csrf_of, desk_settings, import_factsheets, sign_in


def token(client: FlaskClient, path: str = "/sources") -> str:
    return csrf_of(client.get(path).get_data(True))


def test_an_unknown_source_or_action_is_refused(client: FlaskClient, app: Monitor) -> None:
    csrf = token(client)
    unknown = client.post("/sources/no-such-source/disable", data={"csrf_token": csrf})
    assert unknown.status_code == 404
    assert "no-such-source" in unknown.get_data(True)
    name = app.sources()[0].name
    odd = client.post(f"/sources/{name}/explode", data={"csrf_token": csrf})
    assert odd.status_code == 400
    assert next(s for s in app.sources() if s.name == name).enabled


def test_a_digest_already_sent_has_nothing_to_retry(client: FlaskClient, app: Monitor) -> None:
    from alerts.sample import sample_digest
    from monitor.alerting import outbox
    from monitor.alerting.channels_config import DEFAULT_CHANNEL_NAME

    moment = dt.datetime(2025, 7, 1, tzinfo=dt.UTC)
    with app.db.write() as conn:
        row = outbox.add(
            conn,
            sample_digest(moment, channel=DEFAULT_CHANNEL_NAME),
            subject="Daily",
            payload="{}",
            now=moment.replace(tzinfo=None),
        )
        outbox.mark_sent(conn, row, moment.replace(tzinfo=None))
    answer = client.post(f"/digests/outbox/{row}/retry", data={"csrf_token": token(client)})
    assert answer.status_code == 400
    assert "there is nothing to retry" in answer.get_data(True)
    missing = client.post("/digests/outbox/999/retry", data={"csrf_token": token(client)})
    assert missing.status_code == 404


def test_a_case_merged_with_itself_or_split_of_foreign_reports_is_refused(
    client: FlaskClient, app: Monitor
) -> None:
    import_factsheets(app)
    before = app.cases()
    case = before[0]
    csrf = token(client, f"/cases/{case.id}")
    itself = client.post(f"/cases/{case.id}/merge", data={"csrf_token": csrf, "other": case.id})
    assert itself.status_code == 404
    assert "at least two different cases" in itself.get_data(True)
    stray = client.post(f"/cases/{case.id}/split", data={"csrf_token": csrf, "reports": "r999"})
    assert stray.status_code == 404
    assert f"r999 not in case {case.id}" in stray.get_data(True)
    bad = client.post(f"/cases/{case.id}/merge", data={"csrf_token": csrf, "other": "all of them"})
    assert bad.status_code == 400
    assert app.cases() == before


def test_a_bad_case_filter_date_is_said_so(client: FlaskClient) -> None:
    answer = client.get("/cases?since=last-week")
    assert answer.status_code == 400
    assert "since: 'last-week' is not a date" in html.unescape(answer.get_data(True))


def test_a_decision_on_a_report_that_does_not_exist_is_a_404(client: FlaskClient) -> None:
    answer = client.post(
        "/review/reports/999/decide",
        data={"csrf_token": token(client), "decision": "confirm", "seen": "pending"},
    )
    assert answer.status_code == 404


def test_the_second_decision_on_a_report_is_told_who_came_first(desk: Flask, app: Monitor) -> None:
    report = add_report(app)
    first, second = desk.test_client(), desk.test_client()
    tokens = [token(first, "/review"), token(second, "/review")]
    form = {"decision": "reject", "seen": "pending"}
    assert (
        first.post(
            f"/review/reports/{report}/decide", data={**form, "csrf_token": tokens[0]}
        ).status_code
        == 302
    )
    late = second.post(f"/review/reports/{report}/decide", data={**form, "csrf_token": tokens[1]})
    assert late.status_code == 409
    assert f"r{report} is rejected now by tester" in late.get_data(True)


def test_signing_out_ends_the_session(secured: Flask) -> None:
    client = secured.test_client()
    sign_in(client)
    assert client.get("/").status_code == 200
    answer = client.post("/logout", data={"csrf_token": token(client, "/")})
    assert answer.status_code == 302
    assert client.get("/").status_code == 302


def test_an_unsigned_post_is_refused_when_a_password_is_set(secured: Flask, app: Monitor) -> None:
    client = secured.test_client()
    page = client.get("/login").get_data(True)  # a valid token, but nobody signed in
    name = app.sources()[0].name
    answer = client.post(f"/sources/{name}/disable", data={"csrf_token": csrf_of(page)})
    assert answer.status_code == 401
    assert next(s for s in app.sources() if s.name == name).enabled


def test_a_port_that_is_taken_is_one_line_at_start(app: Monitor) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    settings = desk_settings()
    busy = type(settings)(
        host="127.0.0.1",
        port=taken.getsockname()[1],
        password_hash=None,
        secret_key=settings.secret_key,
        local_user="tester",
    )
    try:
        with pytest.raises(
            ConfigError, match=r"cannot listen on 127\.0\.0\.1 port .*choose another"
        ):
            serve(app, busy, announce=lambda line: None)
    finally:
        taken.close()
