"""What every channel shares: the Channel protocol, and names that never leak secrets."""

from __future__ import annotations

from pathlib import Path

from alerts.channels import Channel
from alerts.channels.file import FileChannel, FileSettings
from alerts.channels.smtp import SmtpChannel, SmtpSecurity, SmtpSettings
from alerts.channels.webhook import WebhookChannel, WebhookSettings
from alerts.signing import new_secret


def test_every_channel_kind_fits_the_protocol_and_hides_its_secret(tmp_path: Path) -> None:
    secret = new_secret()
    smtp = SmtpSettings(
        "mail.example.org", 587, "a@example.org", ("b@example.org",), SmtpSecurity.STARTTLS, "user"
    )
    channels: list[Channel] = [  # mypy checks each one against the protocol
        SmtpChannel(smtp, password="hunter2"),
        WebhookChannel(WebhookSettings("https://example.org/hook/t0ken"), secret=secret),
        FileChannel(FileSettings(tmp_path / "digests.txt")),
    ]
    names = [c.name for c in channels]
    assert names == [
        "smtp://mail.example.org:587",
        "webhook https://example.org",
        f"file {tmp_path / 'digests.txt'}",
    ]
    for channel in channels:
        shown = repr(channel) + channel.name
        assert "hunter2" not in shown
        assert secret not in shown
        assert "t0ken" not in shown
