"""Where the desk listens and what it needs before it listens beyond this machine.

Loopback (127.0.0.1, ::1, localhost) may be open to whoever uses this computer, as the CLI is;
anything else requires a password hash, from `[desk] password_hash` or
`$MONITOR_DESK_PASSWORD_HASH`, and is refused at start without one.
"""

from __future__ import annotations

import getpass
import ipaddress
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from monitor.config import Config
from monitor.errors import ConfigError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470
PASSWORD_ENV = "MONITOR_DESK_PASSWORD_HASH"  # noqa: S105 (a variable's name)
# Signs session cookies; kept in the data directory, readable by its owner only (0600).
SECRET_FILE = "desk-secret.key"  # noqa: S105
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True, slots=True)
class DeskSettings:
    host: str
    port: int
    password_hash: str | None  # None: no sign-in (loopback only)
    secret_key: bytes
    local_user: str  # who decides when nobody signs in: this computer's login name

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    @property
    def needs_sign_in(self) -> bool:
        return self.password_hash is not None


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine only (a loopback address or `localhost`)."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def desk_settings(
    config: Config,
    *,
    host: str | None = None,
    port: int | None = None,
    env: Mapping[str, str] | None = None,
) -> DeskSettings:
    """The settings in effect: options first, then `[desk]`, then the defaults; refused (one
    ConfigError line saying what to set) when exposed beyond loopback without a password."""
    env = os.environ if env is None else env
    section = config.sections.get("desk", {})
    chosen_host = host or str(section.get("host") or DEFAULT_HOST)
    chosen_port = port if port is not None else int(section.get("port") or DEFAULT_PORT)
    password_hash = env.get(PASSWORD_ENV) or section.get("password_hash") or None
    if password_hash is not None and not str(password_hash).startswith("$argon2"):
        raise ConfigError(
            "the desk password hash is not an argon2 hash; make one with "
            f"`monitor serve --hash-password` and put it in [desk] password_hash or ${PASSWORD_ENV}"
        )
    if password_hash is None and not is_loopback(chosen_host):
        raise ConfigError(
            f"refusing to serve on {chosen_host} without a password: set [desk] password_hash "
            f"or ${PASSWORD_ENV} (make one with `monitor serve --hash-password`), or serve on "
            "127.0.0.1"
        )
    return DeskSettings(
        host=chosen_host,
        port=chosen_port,
        password_hash=str(password_hash) if password_hash else None,
        secret_key=secret_key(config.data_dir),
        local_user=_login_name(),
    )


def secret_key(data_dir: Path) -> bytes:
    """The key signing session cookies: made once, kept in the data directory (readable by
    its owner only), so sign-ins survive a restart."""
    path = data_dir / SECRET_FILE
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise ConfigError(f"cannot read the desk's key {path}: {exc.strerror}") from None
    key = secrets.token_hex(32).encode()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(key)
    except OSError as exc:
        raise ConfigError(
            f"cannot write the desk's key {path}: {exc.strerror}; set MONITOR_DATA_DIR to a "
            "writable folder"
        ) from None
    return key


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
