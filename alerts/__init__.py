"""Digests: what changed since a channel's last digest, rendered and delivered.

Layout: `digest` (the values), `schedule` (when digests go out), `render` and `payload` (pure
rendering to text, HTML e-mail, JSON and Slack), `signing` (webhook signatures), and
`channels/` (the only modules that do IO). Imports `timeline`, never `monitor`.
"""

from alerts.digest import (
    CaseItem,
    Digest,
    DigestFilter,
    MilestoneItem,
    PlanSummary,
    Source,
    filter_digest,
)
from alerts.errors import (
    AlertsError,
    ChannelGoneError,
    DeliveryError,
    PermanentDeliveryError,
    RetryableDeliveryError,
)

__all__ = [
    "AlertsError",
    "CaseItem",
    "ChannelGoneError",
    "DeliveryError",
    "Digest",
    "DigestFilter",
    "MilestoneItem",
    "PermanentDeliveryError",
    "PlanSummary",
    "RetryableDeliveryError",
    "Source",
    "filter_digest",
]
