"""Who is deciding: the name recorded with every human decision the facade passes on."""

from __future__ import annotations

import getpass


def who() -> str:
    """The login name, or "unknown" where the system cannot tell (a container without one)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
