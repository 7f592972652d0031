"""Standard Webhooks signatures (https://www.standardwebhooks.com): sign what we send, check it.

The receiver recomputes HMAC-SHA256 over "{webhook-id}.{webhook-timestamp}.{body}" with the shared
secret, so it can tell the digest came from us, unaltered, and recently (the timestamp stops replays
of old requests). Pure: the current time is a parameter.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections.abc import Mapping

from alerts.errors import SignatureError

# A format marker, not a secret.
SECRET_PREFIX = "whsec_"  # noqa: S105
DEFAULT_TOLERANCE = 5 * 60  # seconds a timestamp may be off, either way


def new_secret(nbytes: int = 32) -> str:
    """A fresh random secret in the `whsec_<base64>` form receivers expect."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(nbytes)).decode("ascii")


def decode_secret(secret: str) -> bytes:
    """The HMAC key inside a `whsec_<base64>` secret (the prefix may be left out)."""
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(
            "webhook secret is not base64 after 'whsec_'; copy it whole from the receiver, "
            "or make one with alerts.signing.new_secret()"
        ) from exc
    if not key:
        raise SignatureError("webhook secret is empty; expected 'whsec_' followed by base64")
    return key


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` value for one request: "v1,<base64 HMAC-SHA256>"."""
    signed = b"%s.%d.%s" % (msg_id.encode("utf-8"), timestamp, body)
    digest = hmac.new(decode_secret(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def signature_headers(secret: str, msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """The three headers a signed request carries."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, msg_id, timestamp, body),
    }


def verify(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float,
    tolerance: float = DEFAULT_TOLERANCE,
) -> None:
    """Check a received request; raise SignatureError saying what is wrong, or return None.

    `headers` may use any letter case. The signature header may hold several space-separated
    signatures (during a secret rotation); one valid "v1" signature is enough.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    missing = [
        h for h in ("webhook-id", "webhook-timestamp", "webhook-signature") if h not in lowered
    ]
    if missing:
        raise SignatureError(f"request lacks header(s) {', '.join(missing)}")
    msg_id = lowered["webhook-id"]
    try:
        timestamp = int(lowered["webhook-timestamp"])
    except ValueError:
        raise SignatureError(
            f"webhook-timestamp {lowered['webhook-timestamp']!r} is not unix seconds"
        ) from None
    if abs(now - timestamp) > tolerance:
        raise SignatureError(
            f"webhook-timestamp {timestamp} is more than {tolerance:g}s away from now ({now:.0f}); "
            "check both clocks, or this is a replayed request"
        )
    expected = sign(secret, msg_id, timestamp, body).encode("ascii")
    for candidate in lowered["webhook-signature"].split():
        version, _, _ = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(candidate.encode("ascii", "replace"), expected):
            return
    raise SignatureError("no v1 signature matches; the body was altered or the secret differs")
