"""What changed between two dates: `timeline.diff` on fixture evidence, and `timeline diff`."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner, Result

from monitor.cli.main import cli as monitor_cli
from monitor.cli.timeline_cli import cli as timeline_cli
from timeline.diff import changes_between
from timeline.model import DeliverableKind, Evidence, EvidenceKind, EvidenceState, Milestone
from timeline.periods import parse_period
from timeline.status import Status

from conftest import FrozenClock

EUROVIGNETTE = "eurovignette-zev-exemption"  # due 2025-06-30
POVERTY = "transport-poverty-recommendation"  # due 2025-03-31
D = dt.date.fromisoformat


def milestone(ident: str, period: str = "Q2 2025") -> Milestone:
    return Milestone(
        id=ident,
        plan="p",
        pillar="x",
        title=f"Title of {ident}",
        title_fr="",
        period_text=period,
        period=parse_period(period) if period else None,
        kind=DeliverableKind.OTHER,
        actor="Commission",
        source="",
    )


def evidence(
    ident: int,
    milestone_id: str,
    published: str,
    *,
    kind: EvidenceKind = EvidenceKind.DELIVERED,
    state: EvidenceState = EvidenceState.CONFIRMED,
) -> Evidence:
    return Evidence(
        ident,
        milestone_id,
        f"https://example.org/{ident}",
        f"Document {ident}",
        D(published),
        kind,
        1.0,
        state,
    )


def test_a_late_delivery_shows_every_step_with_its_evidence() -> None:
    late = evidence(7, "a", "2025-07-10")
    changes = changes_between([milestone("a")], [late], D("2025-05-01"), D("2025-07-31"))
    assert [(c.from_status, c.to_status, c.on) for c in changes] == [
        (Status.UPCOMING, Status.DUE_SOON, D("2025-05-31")),
        (Status.DUE_SOON, Status.MISSED, D("2025-07-01")),
        (Status.MISSED, Status.DELIVERED_LATE, D("2025-07-10")),
    ]
    assert [c.evidence for c in changes] == [None, None, late]


def test_changes_of_many_milestones_are_sorted_by_date_then_plan_order() -> None:
    plan = [milestone("b", "Q3 2025"), milestone("a"), milestone("c", "")]
    found = [evidence(1, "b", "2025-06-15"), evidence(2, "c", "2025-06-15")]
    changes = changes_between(plan, found, D("2025-06-01"), D("2025-07-01"))
    assert [(c.milestone.id, c.to_status, c.on) for c in changes] == [
        ("b", Status.DELIVERED_ON_TIME, D("2025-06-15")),
        ("c", Status.DELIVERED, D("2025-06-15")),
        ("a", Status.MISSED, D("2025-07-01")),
    ]


def test_the_window_excludes_its_first_day_and_includes_its_last() -> None:
    plan = [milestone("a")]
    found = [evidence(1, "a", "2025-06-10")]
    assert changes_between(plan, found, D("2025-06-10"), D("2025-06-20")) == []
    (change,) = changes_between(plan, found, D("2025-06-09"), D("2025-06-10"))
    assert change.to_status is Status.DELIVERED_ON_TIME


def test_rejected_pending_and_mere_mentions_never_make_a_delivery() -> None:
    found = [
        evidence(1, "a", "2025-06-02", state=EvidenceState.REJECTED),
        evidence(2, "a", "2025-06-03", state=EvidenceState.PENDING),
        evidence(3, "a", "2025-06-04", kind=EvidenceKind.MENTION),
    ]
    changes = changes_between([milestone("a")], found, D("2025-06-01"), D("2025-06-30"))
    assert changes == []


@pytest.mark.parametrize("end", ["2025-06-01", "2025-05-31"])
def test_an_empty_or_reversed_window_is_refused(end: str) -> None:
    with pytest.raises(ValueError, match="must be after the start date 2025-06-01"):
        changes_between([milestone("a")], [], D("2025-06-01"), D(end))


# -- the command ---------------------------------------------------------------------------


def run(*args: str) -> Result:
    return CliRunner().invoke(timeline_cli, list(args), catch_exceptions=False)


@pytest.fixture
def recorded(cli_env: dict[str, str], frozen_clock: FrozenClock) -> dict[str, str]:
    """The seeded plan, with a late and an on-time delivery recorded on the days they happened."""
    assert CliRunner().invoke(monitor_cli, ["init"]).exit_code == 0
    for day, ident, delivered, url in (
        ("2025-05-02T10:00", POVERTY, "2025-05-02", "https://example.org/poverty"),
        ("2025-06-27T10:00", EUROVIGNETTE, "2025-06-27", "https://example.org/eurovignette"),
    ):
        frozen_clock.set(day)
        result = run("record", ident, "--delivered", delivered, "--source", url, "--title", ident)
        assert result.exit_code == 0, result.output
    frozen_clock.set("2025-07-01T09:00")
    return cli_env


def test_diff_json_lists_each_change_with_its_evidence(recorded: dict[str, str]) -> None:
    result = run("diff", "--from", "2025-03-01", "--to", "2025-07-01", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["on"] for r in rows] == sorted(r["on"] for r in rows)
    assert all(set(r) == {"milestone", "title", "from", "to", "on", "evidence"} for r in rows)
    mine = [r for r in rows if r["milestone"] in (POVERTY, EUROVIGNETTE)]
    assert [(r["milestone"], r["from"], r["to"], r["on"]) for r in mine] == [
        (POVERTY, "due_soon", "missed", "2025-04-01"),
        (POVERTY, "missed", "delivered_late", "2025-05-02"),
        (EUROVIGNETTE, "upcoming", "due_soon", "2025-05-31"),
        (EUROVIGNETTE, "due_soon", "delivered_on_time", "2025-06-27"),
    ]
    assert mine[0]["evidence"] is None
    late = mine[1]["evidence"]
    assert late["url"] == "https://example.org/poverty"
    assert late["title"] == POVERTY
    assert isinstance(late["id"], int)


def test_diff_before_a_delivery_does_not_see_it(recorded: dict[str, str]) -> None:
    rows = json.loads(run("diff", "--from", "2025-06-01", "--to", "2025-06-26", "--json").output)
    assert EUROVIGNETTE not in {r["milestone"] for r in rows}


def test_diff_table_names_the_change_and_the_evidence(recorded: dict[str, str]) -> None:
    result = run("diff", "--from", "2025-04-15", "--to", "2025-05-15")
    assert result.exit_code == 0, result.output
    assert POVERTY in result.output
    assert "missed → delivered_late" in result.output
    assert "https://example.org/poverty" in result.output
    quiet = run("diff", "--from", "2025-05-03", "--to", "2025-05-04")
    assert "No status changed after 2025-05-03 up to 2025-05-04." in quiet.output


@pytest.mark.parametrize("end", ["2025-03-01", "2025-02-01"])
def test_diff_refuses_a_to_date_not_after_from(recorded: dict[str, str], end: str) -> None:
    result = CliRunner().invoke(timeline_cli, ["diff", "--from", "2025-03-01", "--to", end])
    assert result.exit_code == 2
    assert f"{end} is not after --from 2025-03-01" in result.output
    assert "Traceback" not in result.output
