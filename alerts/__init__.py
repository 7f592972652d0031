"""Digests: what changed since a channel's last digest, rendered and delivered.

Layout: `digest` (the values), `schedule` (when digests go out), `render` and `payload` (pure
rendering to text, HTML e-mail, JSON and Slack), `signing` (webhook signatures), and
`channels/` (the only modules that do IO). Imports `timeline`, never `monitor`.
"""

from typing import TYPE_CHECKING, Any

from alerts.errors import (
    AlertsError,
    ChannelGoneError,
    DeliveryError,
    PermanentDeliveryError,
    RetryableDeliveryError,
)

if TYPE_CHECKING:
    from alerts.digest import (
        CaseItem,
        Digest,
        DigestFilter,
        MilestoneItem,
        PlanSummary,
        Source,
        filter_digest,
    )

# The digest's values load on first use: every command checks the configuration file, whose
# schema imports `alerts.errors` (and so this package); only the alerting stage needs digests.
_FROM_DIGEST = frozenset(
    {
        "CaseItem",
        "Digest",
        "DigestFilter",
        "MilestoneItem",
        "PlanSummary",
        "Source",
        "filter_digest",
    }
)


def __getattr__(name: str) -> Any:
    """`alerts.Digest` and the other digest values, imported when first asked for."""
    if name not in _FROM_DIGEST:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from alerts import digest

    value = getattr(digest, name)
    globals()[name] = value
    return value


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
