"""Digests for people: which channel hears what and when, the outbox, and delivery.

`alerts` renders and sends one digest; this package decides what goes into each channel's
digest, keeps it durably in the outbox until a channel accepts it, and retries with back-off.

Modules: `channels_config` (the `[[alerts.channel]]` tables), `building` (a digest from the
event log), `queueing` (digest and watermarks in one transaction), `outbox` and `state` (tables),
`retry` (back-off policy), `sending` (the sender), `runner` (the entry points, taking an
`host.AlertHost`: the monitor, as far as alerting needs it).
"""

from monitor.alerting.building import CaseFeed, no_cases
from monitor.alerting.channels_config import (
    AlertSettings,
    ChannelConfig,
    ChannelKind,
    load_alert_settings,
)
from monitor.alerting.outbox import OutboxRow, OutboxStatus
from monitor.alerting.queueing import ChannelRun, Outcome
from monitor.alerting.runner import (
    AlertsReport,
    Revived,
    deliver_now,
    next_attempt_at,
    outbox_rows,
    preview,
    register_channels,
    retry,
    run_alerts,
    send_now,
)
from monitor.alerting.sending import Attempt, Result

__all__ = [
    "AlertSettings",
    "AlertsReport",
    "Attempt",
    "CaseFeed",
    "ChannelConfig",
    "ChannelKind",
    "ChannelRun",
    "OutboxRow",
    "OutboxStatus",
    "Outcome",
    "Result",
    "Revived",
    "deliver_now",
    "load_alert_settings",
    "next_attempt_at",
    "no_cases",
    "outbox_rows",
    "preview",
    "register_channels",
    "retry",
    "run_alerts",
    "send_now",
]
