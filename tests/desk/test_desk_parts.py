"""The desk's small parts on their own: retries on a busy database, the sign-in limiter, the
cookie key, addresses, and the settings' precedence."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from monitor.config import Config
from monitor.desk import actions
from monitor.desk.passwords import hash_password, verify_password
from monitor.desk.ratelimit import LoginLimiter
from monitor.desk.serving import address
from monitor.desk.settings import DEFAULT_PORT, desk_settings, is_loopback, secret_key
from monitor.errors import DatabaseBusyError, NotFoundError


def test_a_busy_database_is_tried_again_until_it_answers() -> None:
    answers: list[object] = [DatabaseBusyError("busy"), DatabaseBusyError("busy"), "done"]

    def call() -> object:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert actions.attempt(call) == "done"
    assert answers == []


def test_a_database_busy_every_time_gives_up_saying_nothing_was_recorded() -> None:
    calls = []

    def call() -> None:
        calls.append(1)
        raise DatabaseBusyError("busy")

    with pytest.raises(DatabaseBusyError, match="your decision was not recorded"):
        actions.attempt(call, tries=3)
    assert len(calls) == 3


def test_other_errors_are_not_tried_again() -> None:
    calls = []

    def call() -> None:
        calls.append(1)
        raise NotFoundError("no evidence e9")

    with pytest.raises(NotFoundError):
        actions.attempt(call)
    assert calls == [1]


def test_the_limiter_counts_failures_in_a_window_per_client() -> None:
    now = [dt.datetime(2025, 7, 1, 9, 0)]
    limiter = LoginLimiter(attempts=3, window=dt.timedelta(minutes=10), now=lambda: now[0])
    for _ in range(3):
        assert limiter.wait_seconds("10.0.0.1") == 0
        limiter.failed("10.0.0.1")
    assert limiter.wait_seconds("10.0.0.1") == 601
    assert limiter.wait_seconds("10.0.0.2") == 0  # another client is not held back
    now[0] += dt.timedelta(minutes=10, seconds=1)
    assert limiter.wait_seconds("10.0.0.1") == 0


def test_a_success_forgets_the_failures() -> None:
    limiter = LoginLimiter(attempts=2)
    limiter.failed("a")
    limiter.succeeded("a")
    limiter.failed("a")
    assert limiter.wait_seconds("a") == 0


def test_passwords_are_checked_against_their_hash_only() -> None:
    hashed = hash_password("a long enough password")
    assert hashed.startswith("$argon2id$")
    assert "a long enough password" not in hashed
    assert verify_password(hashed, "a long enough password")
    assert not verify_password(hashed, "another password")
    assert not verify_password("not a hash", "a long enough password")
    with pytest.raises(ValueError, match="at least 8"):
        hash_password("short")


def test_the_cookie_key_is_made_once_and_readable_by_its_owner_only(tmp_path: Path) -> None:
    key = secret_key(tmp_path / "data")
    assert len(key) >= 32
    assert secret_key(tmp_path / "data") == key
    mode = (tmp_path / "data" / "desk-secret.key").stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("10.1.2.3", False),
        ("desk.example.org", False),
    ],
)
def test_what_counts_as_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_addresses_are_printed_as_a_browser_takes_them() -> None:
    assert address("127.0.0.1", 8470) == "http://127.0.0.1:8470/"
    assert address("::1", 8470) == "http://[::1]:8470/"


def test_options_win_over_the_file_and_the_file_over_the_defaults(tmp_path: Path) -> None:
    base = Config(
        path=None,
        data_dir=tmp_path,
        database_url="sqlite://",
        plan_files=(),
        seeds_dir=tmp_path,
        sections={"desk": {"host": "localhost", "port": 9000}},
    )
    chosen = desk_settings(base, env={})
    assert (chosen.host, chosen.port) == ("localhost", 9000)
    chosen = desk_settings(base, host="127.0.0.1", port=0, env={})
    assert (chosen.host, chosen.port) == ("127.0.0.1", 0)
    plain = Config(
        path=None, data_dir=tmp_path, database_url="sqlite://", plan_files=(), seeds_dir=tmp_path
    )
    assert desk_settings(plain, env={}).port == DEFAULT_PORT
