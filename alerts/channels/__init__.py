"""Where digests go. Each module here does the IO for one kind of channel and nothing else.

Every channel has the same shape, so the outbox in `monitor/` can drive any of them: one `send()`
per digest, which returns when the receiver has accepted it, or raises

- `RetryableDeliveryError` (try again later, after `retry_after` seconds when given),
- `PermanentDeliveryError` (this digest will never go through: dead-letter it), or
- `ChannelGoneError` (the destination no longer exists: disable the channel).

Any other exception is a bug. Sending the same digest twice is recognisable downstream: the
digest id becomes the e-mail Message-ID, the `webhook-id` header and the file block header.
"""

from __future__ import annotations

from typing import Protocol

from alerts.digest import Digest
from alerts.render import Rendered


class Channel(Protocol):
    """Something that delivers one rendered digest, or says why not."""

    @property
    def name(self) -> str:
        """Where the digests go, for logs and error messages; never holds a secret."""
        ...

    def send(self, digest: Digest, rendered: Rendered) -> None: ...
