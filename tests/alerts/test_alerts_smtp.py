"""The SMTP channel against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from alerts.channels.smtp import SmtpChannel, SmtpSecurity, SmtpSettings, message_id
from alerts.digest import Digest, PlanSummary, Source
from alerts.errors import PermanentDeliveryError, RetryableDeliveryError
from alerts.render import render
from alerts.sample import sample_digest

NOW = dt.datetime(2025, 7, 1, 6, 0, tzinfo=dt.UTC)
USER, PASSWORD = "monitor", "correct horse"


class Inbox:
    """An aiosmtpd handler that keeps what it receives and refuses some recipients."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address.startswith("deferred"):
            return "451 4.3.0 try again later"
        if address.startswith("refused"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted"

    def only_message(self) -> EmailMessage:
        assert len(self.envelopes) == 1
        content = self.envelopes[0].original_content or b""
        message = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        return message


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)  # handled=False: the server sends the 535


@pytest.fixture
def server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return context


def settings(port: int, **changes: Any) -> SmtpSettings:
    base = SmtpSettings(
        "127.0.0.1",
        port,
        sender="monitor@example.org",
        recipients=("officer@example.org", "desk@example.org"),
        security=SmtpSecurity.NONE,
    )
    return dataclasses.replace(base, **changes)


def hostile_digest() -> Digest:
    base = sample_digest(NOW, channel="email")
    delivered = dataclasses.replace(
        base.delivered[0],
        title="Fleets <script>alert(1)</script>",
        evidence_title='Adopted <img src=x onerror="alert(1)">',
        evidence_url="javascript:alert(1)",
    )
    case = dataclasses.replace(base.new_cases[0], sources=(Source("javascript:alert(2)", "S"),))
    return dataclasses.replace(
        base,
        delivered=(delivered,),
        new_cases=(case,),
        summary=PlanSummary("Plan\r\nBcc: victim@example.org\r\n", base.summary.counts),
    )


def send(channel: SmtpChannel, digest: Digest) -> None:
    channel.send(digest, render(digest))


def test_sends_one_multipart_message_with_the_expected_headers(
    server: tuple[Inbox, int],
) -> None:
    inbox, port = server
    digest = sample_digest(NOW, channel="email")
    send(SmtpChannel(settings(port)), digest)

    envelope = inbox.envelopes[0]
    assert envelope.mail_from == "monitor@example.org"
    assert envelope.rcpt_tos == ["officer@example.org", "desk@example.org"]
    message = inbox.only_message()
    assert message["From"] == "monitor@example.org"
    assert message["To"] == "officer@example.org, desk@example.org"
    assert message["Subject"] == render(digest).subject
    assert message["Message-ID"] == f"<{digest.id}@milestone-monitor>"
    assert message["Date"].datetime == NOW
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None
    assert html is not None
    assert "Newly missed (1)" in text.get_content()
    assert "max-width:640px" in html.get_content()


def test_the_same_digest_sent_twice_carries_the_same_message_id(
    server: tuple[Inbox, int],
) -> None:
    inbox, port = server
    digest = sample_digest(NOW)
    channel = SmtpChannel(settings(port))
    send(channel, digest)
    send(channel, digest)
    ids = [
        email.message_from_bytes(e.original_content or b"", policy=email.policy.default)[
            "Message-ID"
        ]
        for e in inbox.envelopes
    ]
    assert ids == [message_id(digest.id)] * 2


def test_feed_text_arrives_escaped_and_unsafe_links_arrive_unlinked(
    server: tuple[Inbox, int],
) -> None:
    inbox, port = server
    send(SmtpChannel(settings(port)), hostile_digest())
    html_part = inbox.only_message().get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html
    assert "onerror=&#34;alert(1)&#34;" in html
    assert "javascript:" not in html


def test_a_plan_title_with_line_breaks_cannot_add_headers_or_recipients(
    server: tuple[Inbox, int],
) -> None:
    inbox, port = server
    send(SmtpChannel(settings(port, recipients=("officer@example.org",))), hostile_digest())
    message = inbox.only_message()
    assert message["Bcc"] is None
    assert inbox.envelopes[0].rcpt_tos == ["officer@example.org"]
    assert "\n" not in message["Subject"]
    assert message["Subject"].startswith("[Milestone monitor] Plan Bcc: victim@example.org:")


def test_a_recipient_refused_with_5xx_is_a_permanent_failure(server: tuple[Inbox, int]) -> None:
    _, port = server
    channel = SmtpChannel(settings(port, recipients=("refused@example.org",)))
    with pytest.raises(PermanentDeliveryError, match="550"):
        send(channel, sample_digest(NOW))


def test_a_recipient_deferred_with_4xx_is_retried(server: tuple[Inbox, int]) -> None:
    _, port = server
    channel = SmtpChannel(settings(port, recipients=("deferred@example.org",)))
    with pytest.raises(RetryableDeliveryError, match="451"):
        send(channel, sample_digest(NOW))


def test_a_partly_refused_digest_is_reported_after_the_others_received_it(
    server: tuple[Inbox, int],
) -> None:
    inbox, port = server
    channel = SmtpChannel(settings(port, recipients=("ok@example.org", "refused@example.org")))
    with pytest.raises(PermanentDeliveryError, match=r"refused for refused@example\.org"):
        send(channel, sample_digest(NOW))
    assert inbox.envelopes[0].rcpt_tos == ["ok@example.org"]


def test_no_server_listening_is_retried() -> None:
    channel = SmtpChannel(settings(free_port(), timeout=5))
    with pytest.raises(RetryableDeliveryError, match="ConnectionRefused"):
        send(channel, sample_digest(NOW))


def test_a_username_without_password_fails_before_connecting() -> None:
    channel = SmtpChannel(settings(free_port(), username=USER))
    with pytest.raises(PermanentDeliveryError, match="MONITOR_SMTP_PASSWORD"):
        send(channel, sample_digest(NOW))


def test_settings_refuse_to_send_a_password_in_clear_to_a_remote_host() -> None:
    with pytest.raises(ValueError, match="unencrypted"):
        SmtpSettings(
            "mail.example.org", 25, "a@example.org", ("b@example.org",), SmtpSecurity.NONE, "u"
        )


def test_settings_refuse_addresses_with_line_breaks() -> None:
    with pytest.raises(ValueError, match="malformed"):
        settings(25, recipients=("a@example.org\r\nBcc: c@example.org",))


@pytest.mark.parametrize("digest_id", ["a b<c>@d", "..x", "é"])
def test_message_id_stays_valid_for_awkward_digest_ids(digest_id: str) -> None:
    value = message_id(digest_id)
    msg = EmailMessage()
    msg["Message-ID"] = value
    assert msg["Message-ID"] == value
    assert value.count("@") == 1
    assert " " not in value
    assert message_id(digest_id) != message_id(digest_id + "!")


def test_starttls_with_login(certificate: tuple[Path, Path]) -> None:
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=server_context(certificate),
        require_starttls=True,
        authenticator=authenticate,
    )
    controller.start()
    try:
        client_context = ssl.create_default_context(cafile=str(certificate[0]))
        config = settings(controller.port, security=SmtpSecurity.STARTTLS, username=USER)
        send(SmtpChannel(config, password=PASSWORD, ssl_context=client_context), sample_digest(NOW))
        assert len(inbox.envelopes) == 1

        wrong = SmtpChannel(config, password="wrong", ssl_context=client_context)
        with pytest.raises(PermanentDeliveryError, match="login refused"):
            send(wrong, sample_digest(NOW))
    finally:
        controller.stop()


def test_implicit_tls_and_an_untrusted_certificate(certificate: tuple[Path, Path]) -> None:
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, ssl_context=server_context(certificate)
    )
    controller.start()
    try:
        config = settings(port, security=SmtpSecurity.TLS)
        trusted = ssl.create_default_context(cafile=str(certificate[0]))
        send(SmtpChannel(config, ssl_context=trusted), sample_digest(NOW))
        assert len(inbox.envelopes) == 1

        with pytest.raises(PermanentDeliveryError, match="certificate rejected"):
            send(SmtpChannel(config), sample_digest(NOW))  # system trust store
    finally:
        controller.stop()
