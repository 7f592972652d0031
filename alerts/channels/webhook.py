"""Digests POSTed to a URL: the JSON payload, or a Slack/Mattermost `{"text": ...}` message.

Requests are signed the Standard Webhooks way when a secret is set (see alerts.signing). Redirects
are not followed: a signed digest goes only where it was configured to go, and a moved endpoint
should be fixed in the configuration rather than silently chased.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

import httpx

from alerts.digest import Digest
from alerts.errors import (
    ChannelGoneError,
    DeliveryError,
    PermanentDeliveryError,
    RetryableDeliveryError,
)
from alerts.render import Rendered
from alerts.signing import decode_secret, signature_headers

USER_AGENT = "milestone-monitor (digest webhook)"
_RETRY_STATUSES = frozenset({408, 425, 429})


class WebhookFormat(StrEnum):
    JSON = "json"  # the versioned digest payload (alerts/digest.schema.json)
    SLACK = "slack"  # {"text": ...} for Slack and Mattermost incoming webhooks


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    url: str
    format: WebhookFormat = WebhookFormat.JSON
    timeout: float = 30.0

    def __post_init__(self) -> None:
        parsed = httpx.URL(self.url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ValueError(f"webhook URL must be an absolute http(s) address, got {self.url!r}")


class WebhookChannel:
    """POSTs each digest once; the receiver's status code says what happens next."""

    def __init__(
        self,
        settings: WebhookSettings,
        *,
        secret: str | None = None,
        client: httpx.Client | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if secret is not None:
            decode_secret(secret)  # fail at start-up, not at the first digest
        self.settings = settings
        self._secret = secret
        self._client = client
        self._clock = clock

    @property
    def name(self) -> str:
        """Scheme, host and port only: webhook paths often embed a token."""
        url = httpx.URL(self.settings.url)
        port = f":{url.port}" if url.port else ""
        return f"webhook {url.scheme}://{url.host}{port}"

    def __repr__(self) -> str:
        return f"WebhookChannel({self.name!r}, format={self.settings.format.value!r})"

    def body(self, rendered: Rendered) -> bytes:
        text = rendered.slack if self.settings.format is WebhookFormat.SLACK else rendered.json
        return text.encode("utf-8")

    def send(self, digest: Digest, rendered: Rendered) -> None:
        body = self.body(rendered)
        headers = {"content-type": "application/json", "user-agent": USER_AGENT}
        if self._secret is not None:
            timestamp = int(self._clock())
            headers |= signature_headers(self._secret, digest.id, timestamp, body)
        else:
            headers["webhook-id"] = digest.id
        try:
            response = self._post(body, headers)
        except httpx.UnsupportedProtocol as exc:
            raise PermanentDeliveryError(self.name, f"cannot post there: {exc}") from exc
        except httpx.TransportError as exc:  # connect/read/write errors and timeouts
            raise RetryableDeliveryError(self.name, f"{type(exc).__name__}: {exc}") from exc
        error = classify(response.status_code, response.headers, self.name, now=self._clock())
        if error is not None:
            raise error

    def _post(self, body: bytes, headers: Mapping[str, str]) -> httpx.Response:
        url, timeout = self.settings.url, self.settings.timeout
        if self._client is not None:
            return self._client.post(
                url, content=body, headers=headers, timeout=timeout, follow_redirects=False
            )
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            return client.post(url, content=body, headers=headers)


def classify(
    status: int, headers: Mapping[str, str], channel: str, *, now: float
) -> DeliveryError | None:
    """What a response status means for the outbox; None for success. Pure."""
    if 200 <= status < 300:
        return None
    if 300 <= status < 400:
        where = headers.get("location", "nowhere")
        return PermanentDeliveryError(
            channel, f"HTTP {status}: redirect to {where} not followed; update the webhook URL"
        )
    if status == 410:
        return ChannelGoneError(channel, "HTTP 410 Gone: the receiver removed this webhook")
    if status in _RETRY_STATUSES or status >= 500:
        after = retry_after(headers.get("retry-after"), now=now)
        return RetryableDeliveryError(channel, f"HTTP {status}", retry_after=after)
    return PermanentDeliveryError(
        channel, f"HTTP {status}: the receiver refused the digest; check the URL and secret"
    )


def retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delay in seconds, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": an HTTP date is GMT all the same
        when = when.replace(tzinfo=dt.UTC)
    return max(when.timestamp() - now, 0.0)
