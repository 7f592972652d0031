"""For the review desk's tests: its settings, signing in, and work put in the queue (evidence
the monitor left for a person, job-loss reports, Eurofound factsheets). The desk fixtures
(`desk`, `client`, `secured`, `limiter`) are in conftest.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask.testing import FlaskClient

from monitor.app import Monitor
from monitor.desk.passwords import hash_password
from monitor.desk.settings import DeskSettings
from monitor.ingest.parsing import iter_erm_file
from monitor.storage import erm as erm_store
from monitor.storage import evidence as evidence_store
from monitor.storage.schema import jobloss_reports
from timeline.model import EvidenceKind, EvidenceState

from conftest import FIXTURES

PASSWORD = "correct horse battery"
PASSWORD_HASH = hash_password(PASSWORD)
MILESTONE = "eurovignette-zev-exemption"  # due 2025-06-30 (T2 2025): missed on 2025-07-01


def desk_settings(password_hash: str | None = None, host: str = "127.0.0.1") -> DeskSettings:
    return DeskSettings(
        host=host,
        port=0,
        password_hash=password_hash,
        secret_key=b"k" * 64,
        local_user="tester",
    )


def sign_in(client: FlaskClient, name: str = "alice", password: str = PASSWORD) -> Any:
    page = client.get("/login")
    return client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": csrf_of(page.get_data(True))},
    )


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    marker = 'name="csrf_token" type="hidden" value="'
    alt = 'name="csrf_token" value="'
    for pattern in (marker, alt):
        if pattern in html:
            return html.split(pattern, 1)[1].split('"', 1)[0]
    raise AssertionError("no CSRF token on the page")


def add_evidence(
    monitor: Monitor,
    *,
    milestone: str = MILESTONE,
    url: str = "https://ec.europa.eu/commission/presscorner/detail/en/ip_25_1",
    title: str = "Commission proposes to exempt zero-emission trucks from road tolls",
    published: dt.date = dt.date(2025, 5, 20),
    state: EvidenceState = EvidenceState.PENDING,
    kind: EvidenceKind = EvidenceKind.DELIVERED,
    confidence: float = 0.62,
    signals: tuple[str, ...] = ("reading: the Commission proposes (0.62)",),
) -> int:
    """Evidence the monitor found and left for a person (below the acceptance threshold)."""
    with monitor.db.write() as conn:
        number, _ = evidence_store.save_found(
            conn,
            milestone_id=milestone,
            entry_id=None,  # type: ignore[arg-type]
            url=url,
            title=title,
            published=published,
            kind=kind,
            confidence=confidence,
            state=state,
            terms=["toll"],
            explanation="'commission' is the subject of 'proposes' in the title",
            now=dt.datetime(2025, 6, 1),
            signals=signals,
        )
    return number


def add_report(
    monitor: Monitor,
    *,
    company: str = "Volkswagen",
    title: str = "Volkswagen to cut 2,300 jobs at Osnabrück",
    url: str = "https://news.example.org/vw",
    jobs: int | None = 2300,
    state: EvidenceState = EvidenceState.PENDING,
) -> int:
    """A job-loss report waiting for a person."""
    now = dt.datetime(2025, 6, 1)
    with monitor.db.write() as conn:
        result = conn.execute(
            jobloss_reports.insert().values(
                url=url,
                title=title,
                source="news",
                company=company,
                site="Osnabrück",
                country="DE",
                jobs=jobs,
                jobs_qualifier="exact",
                jobs_kind="loss",
                type="internal_restructuring",
                announced_on=dt.date(2025, 6, 2),
                confidence=0.7,
                cues=["why:another figure competes", "figure: 2,300"],
                state=state.value,
                note="",
                created_at=now,
                updated_at=now,
            )
        )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def import_factsheets(monitor: Monitor, name: str = "factsheets.csv") -> None:
    with monitor.db.write() as conn:
        erm_store.upsert_factsheets(
            conn, iter_erm_file(FIXTURES / "erm" / name), dt.datetime(2025, 6, 1)
        )
