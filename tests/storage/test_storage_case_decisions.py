"""People's case decisions and the factsheets' reports, stored on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import command

from monitor.app import Monitor
from monitor.model.factsheets import ErmRecord, RestructuringType
from monitor.storage import case_decisions as decision_store
from monitor.storage import erm as erm_store
from monitor.storage import joblosses as report_store
from monitor.storage.database import Database
from monitor.storage.migrate import HEAD_REVISION, _alembic_config, current_revision, upgrade

NOW = dt.datetime(2025, 7, 1, 9, 0)


def record(factsheet_id: int, jobs: int | None = 250) -> ErmRecord:
    return ErmRecord(
        factsheet_id=factsheet_id,
        announced_on=dt.date(2025, 4, 2),
        country="FR",
        country_label="France",
        company="Valeo",
        group=None,
        region=None,
        unit=None,
        sector="Manufacturing",
        nace=None,
        type=RestructuringType.CLOSURE,
        jobs=jobs,
        jobs_kind="loss" if jobs else None,
        employment_before=None,
        effect_start=None,
        effect_end=None,
        sources=(),
        url=f"https://apps.eurofound.europa.eu/restructuring-events/detail/{factsheet_id}",
    )


def test_decisions_are_kept_in_order_with_who_and_why(app: Monitor) -> None:
    with app.db.write() as conn:
        decision_store.record_decision(conn, "split", [5, 3], by="ana", note="two plans", now=NOW)
        decision_store.record_decision(conn, "merge", [3, 9], by="ben", note="", now=NOW)
    with app.db.read() as conn:
        first, second = decision_store.list_decisions(conn)
    assert (first.action, first.report_ids, first.decided_by, first.note) == (
        "split",
        (3, 5),
        "ana",
        "two plans",
    )
    assert (second.action, second.decided_at) == ("merge", NOW)


def test_each_factsheet_gets_one_report_refreshed_when_eurofound_changes_it(app: Monitor) -> None:
    with app.db.write() as conn:
        erm_store.upsert_factsheets(conn, [record(7), record(8, None)], NOW)
        erm_store.upsert_factsheets(conn, [record(7, 300)], NOW)
    with app.db.read() as conn:
        reports = {r.report.factsheet_id: r for r in report_store.list_reports(conn)}
    assert set(reports) == {7, 8}
    seven = reports[7]
    assert seven.entry_id is None
    assert seven.report.announcement.jobs is not None
    assert seven.report.announcement.jobs.value == 300
    assert seven.report.erm_type == "Closure"
    assert seven.report.sector == "Manufacturing"
    assert "factsheet number 7" in seven.report.title
    assert reports[8].report.announcement.jobs is None


def test_the_migration_keeps_what_0001_stored(database_url: str) -> None:
    db = Database(database_url)
    try:
        config = _alembic_config()
        with db.write() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        with db.write() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO erm_factsheets (factsheet_id, announced_on, country,"
                    " country_label, company, sector, type, jobs, jobs_kind, sources, url,"
                    " imported_at) VALUES (7, '2025-04-02', 'FR', 'France', 'Valeo',"
                    " 'Manufacturing', 'Closure', 250, 'loss', '[]', 'u', '2025-07-01')"
                )
            )
        upgrade(db)
        assert current_revision(db) == HEAD_REVISION
        with db.write() as conn:  # importing again gives the old factsheet its report
            counts = erm_store.upsert_factsheets(conn, [record(7)], NOW)
            assert counts.unchanged == 1
            assert [r.report.factsheet_id for r in report_store.list_reports(conn)] == [7]
    finally:
        db.close()
