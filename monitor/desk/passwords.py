"""The desk's password, kept only as an argon2id hash (argon2-cffi, its recommended settings)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    """The hash to put in `[desk] password_hash` (or `$MONITOR_DESK_PASSWORD_HASH`)."""
    if len(password) < 8:
        raise ValueError("choose a password of at least 8 characters")
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` is the one `password_hash` was made from."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
