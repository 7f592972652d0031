"""The webhook channel against a real HTTP receiver (http.server) on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from alerts.channels.webhook import WebhookChannel, WebhookFormat, WebhookSettings, retry_after
from alerts.errors import (
    ChannelGoneError,
    PermanentDeliveryError,
    RetryableDeliveryError,
    SignatureError,
)
from alerts.render import render
from alerts.sample import sample_digest
from alerts.signing import new_secret, verify

NOW = dt.datetime(2025, 7, 1, 6, 0, tzinfo=dt.UTC)
CLOCK = 1_751_349_600.0
SECRET = new_secret()

# path -> (status, extra headers) the receiver answers with
ROUTES: dict[str, tuple[int, dict[str, str]]] = {
    "/ok": (204, {}),
    "/fail": (500, {}),
    "/gone": (410, {}),
    "/busy": (429, {"Retry-After": "120"}),
    "/unavailable": (503, {"Retry-After": formatdate(CLOCK + 90, usegmt=True)}),
    "/moved": (302, {"Location": "/ok"}),
    "/bad": (400, {}),
}


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    signature_problem: str | None  # None: the signature checked out


@dataclass
class Receiver:
    url: str
    requests: list[Received] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    received: list[Received] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                verify(SECRET, headers, body, now=CLOCK)
                problem = None
            except SignatureError as exc:
                problem = str(exc)
            received.append(Received(self.path, headers, body, problem))
            status, extra = ROUTES.get(self.path, (404, {}))
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield Receiver(f"http://127.0.0.1:{server.server_address[1]}", received)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def channel(
    url: str,
    *,
    format: WebhookFormat = WebhookFormat.JSON,
    secret: str | None = SECRET,
    client: httpx.Client | None = None,
) -> WebhookChannel:
    settings = WebhookSettings(url, format, timeout=5)
    return WebhookChannel(settings, secret=secret, client=client, clock=lambda: CLOCK)


def deliver(target: WebhookChannel) -> None:
    digest = sample_digest(NOW)
    target.send(digest, render(digest))


def test_posts_the_json_digest_signed_the_standard_webhooks_way(receiver: Receiver) -> None:
    deliver(channel(receiver.url + "/ok"))
    [request] = receiver.requests
    assert request.signature_problem is None
    assert request.headers["webhook-id"] == sample_digest(NOW).id
    assert request.headers["webhook-timestamp"] == str(int(CLOCK))
    assert request.headers["content-type"] == "application/json"
    payload = json.loads(request.body)
    assert (payload["schema"], payload["version"]) == ("milestone-monitor/digest", 1)
    assert payload["id"] == sample_digest(NOW).id


def test_posts_a_slack_text_payload_when_asked(receiver: Receiver) -> None:
    deliver(channel(receiver.url + "/ok", format=WebhookFormat.SLACK))
    [request] = receiver.requests
    assert request.signature_problem is None
    assert set(json.loads(request.body)) == {"text"}


def test_without_a_secret_the_request_is_unsigned_but_keeps_its_id(receiver: Receiver) -> None:
    deliver(channel(receiver.url + "/ok", secret=None))
    [request] = receiver.requests
    assert "webhook-signature" not in request.headers
    assert request.headers["webhook-id"] == sample_digest(NOW).id
    assert request.signature_problem is not None


def test_a_server_error_is_retried(receiver: Receiver) -> None:
    with pytest.raises(RetryableDeliveryError, match="HTTP 500") as caught:
        deliver(channel(receiver.url + "/fail"))
    assert caught.value.retry_after is None


def test_429_is_retried_after_the_delay_the_receiver_asked_for(receiver: Receiver) -> None:
    with pytest.raises(RetryableDeliveryError, match="HTTP 429") as caught:
        deliver(channel(receiver.url + "/busy"))
    assert caught.value.retry_after == 120


def test_503_with_a_retry_after_date_is_retried_then(receiver: Receiver) -> None:
    with pytest.raises(RetryableDeliveryError, match="HTTP 503") as caught:
        deliver(channel(receiver.url + "/unavailable"))
    assert caught.value.retry_after == 90


def test_410_disables_the_channel(receiver: Receiver) -> None:
    with pytest.raises(ChannelGoneError, match="410"):
        deliver(channel(receiver.url + "/gone"))


def test_a_redirect_is_not_followed_even_by_a_client_that_would(receiver: Receiver) -> None:
    with (
        httpx.Client(follow_redirects=True) as client,
        pytest.raises(PermanentDeliveryError, match=r"302.*not followed"),
    ):
        deliver(channel(receiver.url + "/moved", client=client))
    assert [r.path for r in receiver.requests] == ["/moved"]


def test_other_client_errors_are_permanent(receiver: Receiver) -> None:
    with pytest.raises(PermanentDeliveryError, match="HTTP 400"):
        deliver(channel(receiver.url + "/bad"))


def test_no_receiver_listening_is_retried() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(RetryableDeliveryError, match="ConnectError"):
        deliver(channel(f"http://127.0.0.1:{port}/ok"))


def test_a_malformed_secret_is_refused_when_the_channel_is_made() -> None:
    with pytest.raises(SignatureError, match="whsec_"):
        WebhookChannel(WebhookSettings("https://example.org/hook"), secret="whsec_???")


def test_settings_refuse_non_http_urls() -> None:
    with pytest.raises(ValueError, match="http"):
        WebhookSettings("ftp://example.org/hook")


def test_name_leaves_out_the_path_that_may_hold_a_token() -> None:
    hook = WebhookChannel(WebhookSettings("https://hooks.example.org/services/T0/B0/s3cr3t"))
    assert hook.name == "webhook https://hooks.example.org"
    assert "s3cr3t" not in repr(hook)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30", 30.0),
        (" 0 ", 0.0),
        (formatdate(CLOCK - 60, usegmt=True), 0.0),
        ("-5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_reads_seconds_or_dates(value: str | None, expected: float | None) -> None:
    assert retry_after(value, now=CLOCK) == expected
