"""Shared fixtures: a database on SQLite and, when configured, on PostgreSQL; a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from monitor import clock
from monitor.app import Monitor
from monitor.config import BUNDLED_SEEDS, Config
from monitor.desk.ratelimit import LoginLimiter
from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import bundled_watchlist

ROOT = Path(__file__).resolve().parent.parent  # the repository
FIXTURES = ROOT / "tests" / "fixtures"
# The team's shared material, beside the repository (or beside the folder of its worktrees);
# absent from a user's clone, so tests that read it skip.
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared"
)
POSTGRES_URL = os.environ.get("MONITOR_TEST_POSTGRES_URL")
PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)
BUNDLED_PLAN = BUNDLED_SEEDS / "plans" / "eu-automotive-2025.toml"


def copy_bundled_plan(folder: Path, text: str | None = None) -> Path:
    """The bundled plan (or `text` in its place) in `folder/plans/`, with the concept files it
    lists beside it as in `seeds/`, so tests can edit a plan without touching the seeds."""
    plans = folder / "plans"
    plans.mkdir(parents=True, exist_ok=True)
    vocabulary = folder / "vocabulary"
    vocabulary.mkdir(exist_ok=True)
    for concepts in (BUNDLED_SEEDS / "vocabulary").glob("*.toml"):
        (vocabulary / concepts.name).write_text(concepts.read_text(encoding="utf-8"))
    path = plans / "plan.toml"
    path.write_text(text if text is not None else BUNDLED_PLAN.read_text(encoding="utf-8"))
    return path


def _postgres_url() -> str:
    url = POSTGRES_URL or ""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


@pytest.fixture(autouse=True)
def _piped_output_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands print as they do when piped on a terminal-less machine: pytest-xdist's
    workers set COLUMNS=80, and a test that reads prose must not depend on who runs it.
    Tests of narrow terminals set their own COLUMNS."""
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture(autouse=True)
def _no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests talk to servers on 127.0.0.1 only; a proxy setting must not reroute them."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a private schema on the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'monitor.sqlite3'}"
        return
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need MONITOR_TEST_POSTGRES_URL (CI sets it)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(_postgres_url())
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in _postgres_url() else "?"
    yield f"{_postgres_url()}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


class FrozenClock:
    """The monitor's clock, set by tests."""

    def __init__(self, start: dt.datetime) -> None:
        self.current = start

    def __call__(self) -> dt.datetime:
        return self.current

    def set(self, day: str) -> None:
        self.current = dt.datetime.fromisoformat(day)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> FrozenClock:
    frozen = FrozenClock(dt.datetime(2025, 7, 1, 9, 0))
    monkeypatch.setattr(clock, "now", frozen)
    return frozen


@pytest.fixture
def config(tmp_path: Path, database_url: str) -> Config:
    return Config(
        path=None,
        data_dir=tmp_path,
        database_url=database_url,
        plan_files=(BUNDLED_PLAN,),
        seeds_dir=BUNDLED_SEEDS,
    )


@pytest.fixture
def app(config: Config, frozen_clock: FrozenClock) -> Iterator[Monitor]:
    monitor = Monitor(config)
    monitor.init()
    yield monitor
    monitor.close()


@pytest.fixture
def desk(app: Monitor) -> Flask:
    """The review desk on loopback, no password (as `monitor serve` starts by default):
    decisions are recorded as this computer's user, here "tester"."""
    from monitor.desk.application import create_app

    from desk_support import desk_settings

    return create_app(app, desk_settings())


@pytest.fixture
def client(desk: Flask) -> FlaskClient:
    return desk.test_client()


@pytest.fixture
def limiter() -> LoginLimiter:
    return LoginLimiter()


@pytest.fixture
def secured(app: Monitor, limiter: LoginLimiter) -> Flask:
    """The review desk with a password: every page needs a sign-in."""
    from monitor.desk.application import create_app

    from desk_support import PASSWORD_HASH, desk_settings

    return create_app(app, desk_settings(PASSWORD_HASH), limiter=limiter)


@pytest.fixture
def cli_env(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Environment for CLI runs: this test's database and data dir, no user config."""
    monkeypatch.chdir(tmp_path)
    for name in ("MONITOR_CONFIG", "MONITOR_SEEDS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    env = {"MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_DATABASE_URL": database_url}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture(scope="session")
def watchlist() -> Watchlist:
    """The bundled watch list, loaded once: what the job-loss extractor's tests read with."""
    return bundled_watchlist()
