"""E-mail digests through an SMTP server (plain, STARTTLS or implicit TLS).

The message is multipart/alternative (plain text first, then HTML) with a Message-ID derived
from the digest id, so a digest delivered twice after a retry is the same message to mail clients.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from enum import StrEnum

from alerts._format import one_line
from alerts.digest import Digest
from alerts.errors import DeliveryError, PermanentDeliveryError, RetryableDeliveryError
from alerts.render import Rendered

MESSAGE_ID_DOMAIN = "milestone-monitor"
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+")


class SmtpSecurity(StrEnum):
    NONE = "none"  # plain text; only sensible on a trusted local relay
    STARTTLS = "starttls"  # connect in clear, then upgrade (usually port 587)
    TLS = "tls"  # TLS from the first byte (usually port 465)


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and how to send; the password is not here, the caller passes it to SmtpChannel."""

    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    username: str | None = None
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if not self.recipients:
            raise ValueError(f"smtp channel {self.host}: no recipients; list at least one address")
        for address in (self.sender, *self.recipients):
            if one_line(address) != address or not address:
                raise ValueError(f"smtp channel {self.host}: address {address!r} is malformed")
        if self.username and self.security is SmtpSecurity.NONE and not _is_loopback(self.host):
            raise ValueError(
                f"smtp channel {self.host}: refusing to send the password for {self.username!r} "
                "unencrypted; set security to starttls or tls"
            )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def message_id(digest_id: str) -> str:
    """`<digest-id@milestone-monitor>`; an id with characters a Message-ID cannot hold is
    cleaned and suffixed with a hash of the original, so distinct ids stay distinct."""
    if _ATOM.fullmatch(digest_id) and not digest_id.startswith(".") and ".." not in digest_id:
        local = digest_id
    else:
        cleaned = "-".join(_ATOM.findall(digest_id)).strip(".").replace("..", ".")
        local = f"{cleaned}.{hashlib.sha256(digest_id.encode()).hexdigest()[:12]}".lstrip(".")
    return f"<{local}@{MESSAGE_ID_DOMAIN}>"


def build_message(digest: Digest, rendered: Rendered, settings: SmtpSettings) -> EmailMessage:
    """The e-mail for one digest; pure, so what is sent can be checked without a server."""
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = ", ".join(settings.recipients)
    msg["Subject"] = one_line(rendered.subject)  # CR/LF would start a new header
    msg["Date"] = format_datetime(digest.generated_at)
    msg["Message-ID"] = message_id(digest.id)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies, please
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    return msg


class SmtpChannel:
    """Sends each digest as one e-mail to every recipient."""

    def __init__(
        self,
        settings: SmtpSettings,
        *,
        password: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings
        self._password = password
        self._ssl_context = ssl_context

    @property
    def name(self) -> str:
        return f"smtp://{self.settings.host}:{self.settings.port}"

    def __repr__(self) -> str:  # never show the password
        return f"SmtpChannel({self.name!r}, security={self.settings.security.value!r})"

    def send(self, digest: Digest, rendered: Rendered) -> None:
        settings = self.settings
        if settings.username and self._password is None:
            raise PermanentDeliveryError(
                self.name, f"no password for {settings.username!r}; set MONITOR_SMTP_PASSWORD"
            )
        msg = build_message(digest, rendered, settings)
        try:
            refused = self._deliver(msg)
        except OSError as exc:  # smtplib's and ssl's errors are all OSErrors
            raise self._translate(exc) from exc
        if refused:
            # Others received it; a retry would reach them again (same Message-ID, so clients
            # that deduplicate hide it), so this is left to a person.
            who = ", ".join(
                f"{addr} ({code} {_text(reply)})" for addr, (code, reply) in refused.items()
            )
            raise PermanentDeliveryError(self.name, f"digest {digest.id}: refused for {who}")

    def _deliver(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]:
        settings = self.settings
        context = self._ssl_context or ssl.create_default_context()
        client: smtplib.SMTP
        if settings.security is SmtpSecurity.TLS:
            client = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.security is SmtpSecurity.STARTTLS:
                client.starttls(context=context)
            if settings.username:
                client.login(settings.username, self._password or "")
            return client.send_message(msg, settings.sender, list(settings.recipients))

    def _translate(self, exc: OSError) -> DeliveryError:
        """Sort a failure into retry-later or give-up, with a message that says what to check."""
        name = self.name
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return PermanentDeliveryError(
                name,
                f"login refused for {self.settings.username!r} ({exc.smtp_code} "
                f"{_text(exc.smtp_error)}); check the username and MONITOR_SMTP_PASSWORD",
            )
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            return PermanentDeliveryError(
                name, f"server does not support what the settings ask ({exc}); check 'security'"
            )
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            replies = exc.recipients.items()
            detail = ", ".join(f"{a} ({c} {_text(r)})" for a, (c, r) in replies)
            if all(400 <= c < 500 for _, (c, _r) in replies):
                return RetryableDeliveryError(name, f"recipients deferred: {detail}")
            return PermanentDeliveryError(name, f"all recipients refused: {detail}")
        if isinstance(exc, smtplib.SMTPResponseException):
            detail = f"server replied {exc.smtp_code} {_text(exc.smtp_error)}"
            if 400 <= exc.smtp_code < 500:
                return RetryableDeliveryError(name, detail)
            return PermanentDeliveryError(name, detail)
        if isinstance(exc, ssl.SSLCertVerificationError):
            return PermanentDeliveryError(
                name, f"server certificate rejected ({exc.verify_message}); check the host name"
            )
        # Dropped connections, timeouts, refused connections, DNS failures: they tend to pass.
        return RetryableDeliveryError(name, f"{type(exc).__name__}: {exc}")


def _text(reply: bytes | str) -> str:
    return one_line(reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply)
