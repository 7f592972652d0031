"""Standard Webhooks signatures."""

from __future__ import annotations

import pytest

from alerts.errors import SignatureError
from alerts.signing import decode_secret, new_secret, sign, signature_headers, verify

# The example published with the Standard Webhooks reference libraries.
SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
SPEC_TIMESTAMP = 1614265330
SPEC_BODY = b'{"test": 2432232314}'
SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_sign_matches_the_specification_example() -> None:
    assert sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY) == SPEC_SIGNATURE


def test_verify_accepts_what_sign_produced_with_any_header_case() -> None:
    headers = signature_headers(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)
    verify(SPEC_SECRET, {k.upper(): v for k, v in headers.items()}, SPEC_BODY, now=SPEC_TIMESTAMP)


def test_verify_accepts_one_good_signature_among_several() -> None:
    headers = signature_headers(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)
    headers["webhook-signature"] = "v1,bm90IGl0 " + headers["webhook-signature"]
    verify(SPEC_SECRET, headers, SPEC_BODY, now=SPEC_TIMESTAMP + 10)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"webhook-id": "msg_other"}, "no v1 signature matches"),
        ({"webhook-timestamp": str(SPEC_TIMESTAMP + 1)}, "no v1 signature matches"),
        ({"webhook-timestamp": "yesterday"}, "not unix seconds"),
        ({"webhook-signature": SPEC_SIGNATURE.replace("v1,", "v2,")}, "no v1 signature matches"),
    ],
)
def test_verify_rejects_altered_headers(change: dict[str, str], message: str) -> None:
    headers = signature_headers(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY) | change
    with pytest.raises(SignatureError, match=message):
        verify(SPEC_SECRET, headers, SPEC_BODY, now=SPEC_TIMESTAMP)


def test_verify_rejects_an_altered_body() -> None:
    headers = signature_headers(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)
    with pytest.raises(SignatureError, match="no v1 signature matches"):
        verify(SPEC_SECRET, headers, SPEC_BODY + b" ", now=SPEC_TIMESTAMP)


def test_verify_rejects_another_secret() -> None:
    headers = signature_headers(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)
    with pytest.raises(SignatureError):
        verify(new_secret(), headers, SPEC_BODY, now=SPEC_TIMESTAMP)


def test_verify_rejects_old_and_future_timestamps() -> None:
    headers = signature_headers(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)
    with pytest.raises(SignatureError, match="replayed"):
        verify(SPEC_SECRET, headers, SPEC_BODY, now=SPEC_TIMESTAMP + 301)
    with pytest.raises(SignatureError, match="replayed"):
        verify(SPEC_SECRET, headers, SPEC_BODY, now=SPEC_TIMESTAMP - 301)


def test_verify_names_missing_headers() -> None:
    with pytest.raises(SignatureError, match="webhook-signature"):
        verify(SPEC_SECRET, {"webhook-id": "x", "webhook-timestamp": "1"}, b"", now=1)


def test_new_secret_has_the_whsec_form_and_decodes() -> None:
    secret = new_secret()
    assert secret.startswith("whsec_")
    assert len(decode_secret(secret)) == 32


@pytest.mark.parametrize("secret", ["whsec_not base64!", "whsec_"])
def test_decode_secret_rejects_malformed_secrets(secret: str) -> None:
    with pytest.raises(SignatureError, match="whsec_"):
        decode_secret(secret)
