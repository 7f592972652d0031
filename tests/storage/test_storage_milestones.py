"""Plan sync, evidence and the event log, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from monitor.app import Monitor
from monitor.config import Config
from monitor.errors import NotFoundError
from monitor.storage.evidence import list_evidence
from monitor.storage.migrate import HEAD_REVISION, current_revision, head_revision
from timeline.model import EvidenceState
from timeline.status import Status

from conftest import FrozenClock, copy_bundled_plan

EUROVIGNETTE = "eurovignette-zev-exemption"


def _plan_copy(tmp_path: Path) -> Path:
    return copy_bundled_plan(tmp_path)


def test_sync_is_idempotent(app: Monitor) -> None:
    report = app.sync_plans(force=True)
    assert (report.added, report.updated, report.retired) == ((), (), ())
    assert report.unchanged == len(app.milestones())


def test_edited_milestone_is_updated_and_removed_one_retired_with_its_evidence(
    config: Config, frozen_clock: FrozenClock, tmp_path: Path
) -> None:
    plan = _plan_copy(tmp_path)
    monitor = Monitor(dataclasses.replace(config, plan_files=(plan,)))
    monitor.init()
    monitor.record_delivery(
        EUROVIGNETTE, url="https://example.org/x", delivered_on=dt.date(2025, 6, 27)
    )
    text = plan.read_text(encoding="utf-8")
    start = text.index('id = "eurovignette-zev-exemption"')
    block_start = text.rindex("[[milestone]]", 0, start)
    block_end = text.index("[[milestone]]", start)
    plan.write_text(text[:block_start] + text[block_end:], encoding="utf-8")
    report = monitor.sync_plans(force=True)
    assert report.retired == (EUROVIGNETTE,)
    assert EUROVIGNETTE not in {m.id for m in monitor.milestones()}
    with monitor.db.read() as conn:
        kept = list_evidence(conn, [EUROVIGNETTE])
    assert [e.url for e in kept] == ["https://example.org/x"]
    plan.write_text(text, encoding="utf-8")
    assert monitor.sync_plans(force=True).restored == (EUROVIGNETTE,)
    monitor.close()


def test_changed_milestone_content_is_updated(
    config: Config, frozen_clock: FrozenClock, tmp_path: Path
) -> None:
    plan = _plan_copy(tmp_path)
    monitor = Monitor(dataclasses.replace(config, plan_files=(plan,)))
    monitor.init()
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace('period = "T2 2025"', 'period = "T3 2025"', 1).replace(
            'normalised = "Q2 2025"', 'normalised = "Q3 2025"', 1
        ),
        encoding="utf-8",
    )
    report = monitor.sync_plans()
    assert report.updated
    assert monitor.milestone(report.updated[0]).due == dt.date(2025, 9, 30)
    monitor.close()


def test_recording_a_delivery_logs_the_status_change_at_once(app: Monitor) -> None:
    app.evaluate()
    decision = app.record_delivery(
        EUROVIGNETTE, url="https://example.org/x", delivered_on=dt.date(2025, 6, 27), note="OJ"
    )
    assert decision.evidence.state is EvidenceState.CONFIRMED
    assert [(e.from_status, e.to_status) for e in decision.events] == [
        (Status.MISSED, Status.DELIVERED_ON_TIME)
    ]
    history = app.history(EUROVIGNETTE)
    assert [h.event.to_status for h in history] == [Status.MISSED, Status.DELIVERED_ON_TIME]
    assert history[-1].event.evidence_id == decision.evidence.id
    assert history[-1].reason == "decision"


def test_rejecting_the_delivery_takes_it_back(app: Monitor) -> None:
    recorded = app.record_delivery(
        EUROVIGNETTE, url="https://example.org/x", delivered_on=dt.date(2025, 6, 27)
    )
    decision = app.decide(recorded.evidence.id, EvidenceState.REJECTED, note="wrong act")
    assert decision.evidence.state is EvidenceState.REJECTED
    assert decision.evidence.note == "wrong act"
    assert [e.to_status for e in decision.events] == [Status.MISSED]
    (status,) = app.statuses(dt.date(2025, 7, 1), [app.milestone(EUROVIGNETTE)])
    assert status.status is Status.MISSED


def test_daily_evaluation_logs_only_changes(app: Monitor, frozen_clock: FrozenClock) -> None:
    first = app.evaluate()
    assert len(first) == len(app.milestones())
    assert app.evaluate() == []
    frozen_clock.set("2026-09-01T08:00")
    later = {e.milestone_id: e.to_status for e in app.evaluate()}
    assert later["battery-passport-state-of-health"] is Status.DUE_SOON


def test_unknown_evidence_id_is_a_clear_error(app: Monitor) -> None:
    with pytest.raises(NotFoundError, match="no evidence e999"):
        app.decide(999, EvidenceState.CONFIRMED)


def test_the_schema_check_knows_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION


def test_init_records_the_newest_revision(app: Monitor) -> None:
    assert current_revision(app.db) == HEAD_REVISION


def test_a_stored_milestone_keeps_what_its_descriptions_exclude(app: Monitor) -> None:
    from timeline.plan import load_plan

    (planned,) = [
        m
        for plan_file in app.config.plan_files
        for m in load_plan(plan_file).milestones
        if m.id == "co2-standards-flexibility"
    ]
    (stored,) = [m for m in app.milestones() if m.id == planned.id]
    assert any(planned.vocabulary.unless)
    assert stored.vocabulary.unless == planned.vocabulary.unless
    assert stored.vocabulary.about == planned.vocabulary.about


def test_a_stored_milestone_keeps_which_concepts_name_who_acts(app: Monitor) -> None:
    from timeline.plan import load_plan

    planned = {
        m.id: m for plan_file in app.config.plan_files for m in load_plan(plan_file).milestones
    }
    stored = {m.id: m for m in app.milestones()}
    acting = [
        (milestone_id, c.name)
        for milestone_id, m in planned.items()
        for group in m.vocabulary.about
        for c in group
        if c.actor
    ]
    assert acting  # the bundled plan's "eu" concept names who acts
    for milestone_id, name in acting:
        same = [c for g in stored[milestone_id].vocabulary.about for c in g if c.name == name]
        assert same
        assert all(c.actor for c in same)
