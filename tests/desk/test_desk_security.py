"""The desk is safe by default: beyond loopback only with a password (refused at start
otherwise), signed sessions, a CSRF token on every form, nothing changed by GET, every string
escaped, sign-in attempts limited, other Host names refused on loopback."""

from __future__ import annotations

import base64
import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from alerts._format import safe_url
from monitor.app import Monitor
from monitor.cli.main import cli as monitor_cli
from monitor.config import Config
from monitor.desk.settings import desk_settings
from monitor.errors import ConfigError
from monitor.storage.schema import sources as source_table
from tests.security.test_security_markup import TEXT_PAYLOADS, URL_PAYLOADS
from timeline.model import EvidenceState

from conftest import FrozenClock
from desk_support import (
    MILESTONE,
    PASSWORD,
    PASSWORD_HASH,
    add_evidence,
    add_report,
    csrf_of,
    sign_in,
)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "desk.example.org", "::"])
def test_serving_beyond_loopback_without_a_password_is_refused_at_start(
    cli_env: dict[str, str], host: str
) -> None:
    result = CliRunner().invoke(monitor_cli, ["serve", "--host", host])
    assert result.exit_code == 2
    (line,) = result.output.splitlines()
    assert line.startswith(f"error: refusing to serve on {host} without a password")
    assert "[desk] password_hash" in line
    assert "MONITOR_DESK_PASSWORD_HASH" in line


def test_a_password_hash_lets_the_desk_listen_beyond_loopback(config: Config) -> None:
    settings = desk_settings(
        config, host="0.0.0.0", env={"MONITOR_DESK_PASSWORD_HASH": PASSWORD_HASH}
    )
    assert settings.needs_sign_in
    assert not settings.loopback


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_needs_no_password(config: Config, host: str) -> None:
    assert not desk_settings(config, host=host, env={}).needs_sign_in


def test_a_password_kept_in_clear_is_refused(config: Config) -> None:
    with pytest.raises(ConfigError, match="not an argon2 hash"):
        desk_settings(config, env={"MONITOR_DESK_PASSWORD_HASH": "hunter2"})


def test_the_configuration_file_refuses_a_clear_password(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "monitor.toml").write_text('[desk]\npassword_hash = "hunter2"\n')
    result = CliRunner().invoke(monitor_cli, ["config", "--check"])
    assert result.exit_code == 2
    assert "not an argon2 hash" in result.output


def test_hash_password_prints_an_argon2id_hash(cli_env: dict[str, str]) -> None:
    result = CliRunner().invoke(
        monitor_cli, ["serve", "--hash-password"], input=f"{PASSWORD}\n{PASSWORD}\n"
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("$argon2id$")


def test_a_post_without_its_csrf_token_is_refused_and_changes_nothing(
    client: FlaskClient, app: Monitor
) -> None:
    number = add_evidence(app)
    answer = client.post(
        f"/review/evidence/{number}/decide", data={"decision": "confirm", "seen": "pending"}
    )
    assert answer.status_code == 400
    assert "nothing was changed" in answer.get_data(True)
    forged = client.post(
        f"/review/evidence/{number}/decide",
        data={"decision": "confirm", "seen": "pending", "csrf_token": "forged"},
    )
    assert forged.status_code == 400
    assert app.evidence_details(number).evidence.state is EvidenceState.PENDING


def test_every_form_carries_a_csrf_token(client: FlaskClient, app: Monitor) -> None:
    add_evidence(app)
    add_report(app)
    for path in ("/", "/review", f"/milestones/{MILESTONE}", "/sources", "/digests"):
        page = client.get(path).get_data(True)
        assert page.count("<form") == page.count('name="csrf_token"') + page.count(
            'method="get"'
        ), path


def test_nothing_changes_state_on_get(desk: Flask) -> None:
    """Every route that changes something answers POST only; GET routes only read."""
    for rule in desk.url_map.iter_rules():
        methods = set(rule.methods or ()) - {"HEAD", "OPTIONS"}
        if "POST" in methods and rule.endpoint != "auth.login":
            assert methods == {"POST"}, rule.rule


def test_a_change_asked_for_by_get_is_not_allowed(client: FlaskClient, app: Monitor) -> None:
    number = add_evidence(app)
    assert client.get(f"/review/evidence/{number}/decide?decision=confirm").status_code == 405
    assert app.evidence_details(number).evidence.state is EvidenceState.PENDING


class Markup(HTMLParser):
    """Every element and attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def assert_harmless(page: str) -> None:
    parser = Markup()
    parser.feed(page)
    for tag, attrs in parser.tags:
        assert tag not in ("iframe", "img", "style", "object", "embed"), (tag, attrs)
        if tag == "script":
            assert attrs == {"src": "/static/desk.js", "defer": None}, attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            if name in ("href", "src", "action"):
                assert value is not None
                assert value.startswith(("/", "#")) or safe_url(value) == value, value
                assert not value.lower().lstrip().startswith(("javascript", "data", "vbscript"))


@pytest.mark.parametrize("payload", TEXT_PAYLOADS)
def test_hostile_text_is_shown_as_text_on_every_page(
    client: FlaskClient, app: Monitor, payload: str
) -> None:
    number = add_evidence(app, title=payload, url=URL_PAYLOADS[0])
    app.decide(number, EvidenceState.CONFIRMED, note=payload, by=payload[:60])
    add_evidence(app, title=payload, url="https://ec.europa.eu/2", signals=(payload,))
    add_report(app, company=payload, title=payload, url=URL_PAYLOADS[1])
    add_report(
        app,
        company=payload,
        title=payload,
        url="https://news.example.org/x",
        state=EvidenceState.AUTO,
    )
    with app.db.write() as conn:
        conn.execute(source_table.update().values(title=payload, last_error=payload))
    case_id = app.cases()[0].id
    for path in (
        "/",
        "/review",
        f"/milestones/{MILESTONE}",
        "/cases",
        f"/cases/{case_id}",
        "/sources",
        "/digests",
    ):
        page = client.get(path).get_data(True)
        assert_harmless(page)
        if path in ("/review", f"/milestones/{MILESTONE}", f"/cases/{case_id}", "/sources"):
            assert "<script>alert" not in page
            assert "<svg onload" not in page


@pytest.mark.parametrize("url", URL_PAYLOADS)
def test_hostile_addresses_are_never_links(client: FlaskClient, app: Monitor, url: str) -> None:
    add_evidence(app, url=url)
    for path in ("/review", f"/milestones/{MILESTONE}"):
        assert_harmless(client.get(path).get_data(True))


def test_feeds_escape_hostile_text_and_keep_it_as_text(client: FlaskClient, app: Monitor) -> None:
    import feedparser

    payload = TEXT_PAYLOADS[0]
    add_report(app, company=payload, title=payload, state=EvidenceState.AUTO)
    parsed = feedparser.parse(client.get("/feed.atom").get_data())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert any(payload in entry.title for entry in parsed.entries)


def test_pages_need_a_sign_in_when_a_password_is_set(secured: Flask) -> None:
    client = secured.test_client()
    answer = client.get("/review")
    assert answer.status_code == 302
    assert answer.headers["Location"].startswith("/login?next=/review")
    assert client.post("/review/evidence/1/decide").status_code in (400, 401)


def test_the_signed_in_name_is_recorded_with_the_decision(secured: Flask, app: Monitor) -> None:
    number = add_evidence(app)
    client = secured.test_client()
    assert sign_in(client, "Alice Martin").status_code == 302
    page = client.get("/review").get_data(True)
    assert "Alice Martin" in page
    client.post(
        f"/review/evidence/{number}/decide",
        data={"csrf_token": csrf_of(page), "decision": "confirm", "seen": "pending"},
    )
    (logged,) = app.evidence_details(number).decisions
    assert logged.by == "Alice Martin"


def test_a_wrong_password_is_refused(secured: Flask) -> None:
    client = secured.test_client()
    assert sign_in(client, password="wrong password").status_code == 401
    assert client.get("/").status_code == 302


def test_sign_in_attempts_are_limited(secured: Flask, frozen_clock: FrozenClock) -> None:
    client = secured.test_client()
    for _ in range(5):
        assert sign_in(client, password="guess").status_code == 401
    refused = sign_in(client)  # even the right password waits
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    frozen_clock.current += dt.timedelta(minutes=11)
    assert sign_in(client).status_code == 302


def test_the_session_is_a_signed_cookie_a_forged_one_is_no_sign_in(secured: Flask) -> None:
    client = secured.test_client()
    answer = sign_in(client)
    cookie = answer.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    forged = secured.test_client()
    forged.set_cookie("monitor_desk", base64.b64encode(b'{"user":"mallory"}').decode())
    assert forged.get("/").status_code == 302


def test_after_signing_in_only_pages_of_the_desk_are_gone_back_to(secured: Flask) -> None:
    client = secured.test_client()
    page = client.get("/login").get_data(True)
    answer = client.post(
        "/login",
        data={
            "name": "a",
            "password": PASSWORD,
            "csrf_token": csrf_of(page),
            "next": "//evil.example/",
        },
    )
    assert answer.headers["Location"] == "/"


def test_feeds_take_the_password_by_basic_auth(secured: Flask) -> None:
    client = secured.test_client()
    refused = client.get("/feed.atom")
    assert refused.status_code == 401
    assert refused.headers["WWW-Authenticate"].startswith("Basic")
    token = base64.b64encode(f"reader:{PASSWORD}".encode()).decode()
    assert client.get("/feed.json", headers={"Authorization": f"Basic {token}"}).status_code == 200


def test_on_loopback_another_host_name_is_refused(client: FlaskClient) -> None:
    """A page of another site whose name points at 127.0.0.1 (DNS rebinding) gets nothing."""
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"Host": "127.0.0.1:8470"}).status_code == 200


def test_pages_forbid_scripts_from_elsewhere_and_framing(client: FlaskClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
