"""The alerts package's exceptions: one base class, and subclasses that tell the outbox what to do.

A channel's `send()` either returns or raises one of the three `DeliveryError` subclasses; the
outbox (which lives in `monitor/`) needs nothing else to decide between retrying, dead-lettering
the digest and switching the channel off.
"""

from __future__ import annotations


class AlertsError(Exception):
    """Base class of every error the alerts package raises."""


class ScheduleError(AlertsError, ValueError):
    """A schedule ("daily 08:00", "weekly mon 08:00") or time zone that cannot be understood."""

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read schedule {text!r}: {reason}")


class DeliveryError(AlertsError):
    """A digest that a channel could not deliver; `channel` names the channel's destination."""

    def __init__(self, channel: str, message: str) -> None:
        self.channel = channel
        self.message = message
        super().__init__(f"{channel}: {message}")


class RetryableDeliveryError(DeliveryError):
    """Delivery failed for a reason that may pass (timeout, 5xx, 429): send the digest again later.

    `retry_after` is the delay in seconds the receiver asked for, or None to use the outbox's own
    back-off.
    """

    def __init__(self, channel: str, message: str, *, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(channel, message)


class PermanentDeliveryError(DeliveryError):
    """The receiver refused this digest and will refuse it again (4xx, bad address, auth failure).

    Retrying the same request cannot help; the digest belongs in the dead-letter queue until a
    person fixes the configuration.
    """


class ChannelGoneError(DeliveryError):
    """The receiver says the destination no longer exists (HTTP 410): disable the channel."""


class SignatureError(AlertsError, ValueError):
    """A webhook secret that cannot be read, or a signature that does not check out."""
