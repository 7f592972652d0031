"""A small, realistic digest for trying a channel ("send a test digest") and for tests.

The items mirror the automotive action plan's annex (COM(2025) 95) but the evidence links are
illustrative: a test message must never be mistaken for a real status, so every title says so.
"""

from __future__ import annotations

import datetime as dt

from alerts.digest import CaseItem, Digest, MilestoneItem, PlanSummary, Source
from timeline.status import Status

PLAN_TITLE = "Industrial action plan for the European automotive sector, COM(2025) 95"


def sample_digest(generated_at: dt.datetime, *, channel: str = "test") -> Digest:
    """A digest with one item in every section, dated around `generated_at`."""
    today = generated_at.date()

    def days(n: int) -> dt.date:
        return today + dt.timedelta(days=n)

    return Digest(
        id=f"sample-{channel}-{generated_at:%Y%m%dT%H%M%S}",
        channel=channel,
        generated_at=generated_at,
        since=generated_at - dt.timedelta(days=1),
        missed=(
            MilestoneItem(
                "eurovignette-zev-exemption",
                "Targeted amendment of the Eurovignette directive (test item)",
                "clean-mobility",
                Status.MISSED,
                Status.DUE_SOON,
                due=days(-1),
                days=-1,
            ),
        ),
        delivered=(
            MilestoneItem(
                "corporate-fleets-communication",
                "Communication on corporate fleets (test item)",
                "clean-mobility",
                Status.DELIVERED_LATE,
                Status.MISSED,
                due=days(-40),
                days=-40,
                delivered_on=days(-2),
                evidence_url="https://example.org/press/corporate-fleets",
                evidence_title="Commission adopts communication on corporate fleets (test link)",
                confirmed_by_person=True,
            ),
        ),
        due_soon=(
            MilestoneItem(
                "battery-repair-information",
                "Access to battery repair and maintenance information (test item)",
                "clean-mobility",
                Status.DUE_SOON,
                Status.UPCOMING,
                due=days(20),
                days=20,
            ),
        ),
        new_cases=(
            CaseItem(
                "sample-1",
                "Example Automotive Parts (test company)",
                "Example site",
                "France",
                450,
                "cut",
                "Closure",
                days(-3),
                (
                    Source(
                        "https://example.org/news/closure", "Plant to close (test link)", days(-3)
                    ),
                ),
            ),
        ),
        revised_cases=(
            CaseItem(
                "sample-2",
                "Example Gearboxes (test company)",
                "",
                "Germany",
                900,
                "cut",
                "Internal restructuring",
                days(-30),
                (Source("https://example.org/news/revised", "Cuts revised (test link)", days(-1)),),
                previous_jobs=1200,
            ),
        ),
        summary=PlanSummary(
            PLAN_TITLE,
            {
                Status.MISSED: 3,
                Status.DUE_SOON: 2,
                Status.UPCOMING: 9,
                Status.OPEN: 14,
                Status.DELIVERED_ON_TIME: 4,
                Status.DELIVERED_LATE: 2,
                Status.DELIVERED: 1,
            },
        ),
    )
