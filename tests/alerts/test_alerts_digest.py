"""The digest model: emptiness, channel filters, and the JSON round trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from alerts.digest import CaseItem, Digest, DigestFilter, PlanSummary, filter_digest
from alerts.payload import digest_from_dict, digest_to_dict
from alerts.sample import sample_digest
from timeline.status import Status

NOW = dt.datetime(2025, 7, 1, 6, 0, tzinfo=dt.UTC)


def case(
    case_id: str, company: str, country: str, jobs: int | None, previous_jobs: int | None = None
) -> CaseItem:
    return CaseItem(
        case_id, company, "", country, jobs, "cut", "Closure", None, previous_jobs=previous_jobs
    )


def test_a_digest_with_only_the_plan_summary_is_empty() -> None:
    digest = Digest("d1", "email", NOW, None, summary=PlanSummary("Plan", {Status.OPEN: 3}))
    assert digest.is_empty


SECTIONS = ("missed", "delivered", "due_soon", "new_cases", "revised_cases")


@pytest.mark.parametrize("section", SECTIONS)
def test_any_news_makes_a_digest_non_empty(section: str) -> None:
    full = sample_digest(NOW)
    emptied: dict[str, Any] = {name: () for name in SECTIONS if name != section}
    only = dataclasses.replace(full, **emptied)
    assert getattr(only, section)
    assert not only.is_empty


def test_digest_rejects_naive_times() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Digest("d1", "email", dt.datetime(2025, 7, 1), None, summary=PlanSummary("Plan", {}))


def test_summary_orders_counts_worst_news_first_and_drops_zeros() -> None:
    summary = PlanSummary("Plan", {Status.UPCOMING: 2, Status.MISSED: 1, Status.DELIVERED: 0})
    assert summary.ordered() == ((Status.MISSED, 1), (Status.UPCOMING, 2))
    assert summary.total == 3


def test_an_empty_filter_keeps_everything() -> None:
    digest = sample_digest(NOW)
    assert filter_digest(digest, DigestFilter()) == digest


def test_pillar_filter_thins_milestones_but_not_cases() -> None:
    digest = sample_digest(NOW)
    kept = filter_digest(digest, DigestFilter(pillars=frozenset({"skills"})))
    assert (kept.missed, kept.delivered, kept.due_soon) == ((), (), ())
    assert kept.new_cases == digest.new_cases
    assert kept.summary == digest.summary


def test_milestone_filter_keeps_the_named_milestones() -> None:
    digest = sample_digest(NOW)
    wanted = digest.due_soon[0].milestone_id
    kept = filter_digest(digest, DigestFilter(milestones=frozenset({wanted})))
    assert kept.due_soon == digest.due_soon
    assert (kept.missed, kept.delivered) == ((), ())


def test_country_filter_ignores_case() -> None:
    digest = dataclasses.replace(
        sample_digest(NOW),
        new_cases=(case("1", "A", "France", 300), case("2", "B", "Spain", 300)),
    )
    kept = filter_digest(digest, DigestFilter(countries=frozenset({"FRANCE"})))
    assert [c.case_id for c in kept.new_cases] == ["1"]


def test_company_filter_matches_part_of_the_name() -> None:
    digest = dataclasses.replace(
        sample_digest(NOW),
        new_cases=(case("1", "Stellantis Sochaux", "France", 300), case("2", "Valeo", "France", 1)),
    )
    kept = filter_digest(digest, DigestFilter(companies=frozenset({"stellantis"})))
    assert [c.case_id for c in kept.new_cases] == ["1"]


def test_min_jobs_drops_small_and_unknown_cases_but_keeps_big_revisions() -> None:
    digest = dataclasses.replace(
        sample_digest(NOW),
        new_cases=(
            case("small", "A", "FR", 99),
            case("big", "B", "FR", 100),
            case("?", "C", "FR", None),
        ),
        revised_cases=(case("down", "D", "FR", 50, previous_jobs=800),),
    )
    kept = filter_digest(digest, DigestFilter(min_jobs=100))
    assert [c.case_id for c in kept.new_cases] == ["big"]
    assert [c.case_id for c in kept.revised_cases] == ["down"]


def test_json_dict_round_trips_to_the_same_digest() -> None:
    digest = sample_digest(NOW)
    assert digest_from_dict(digest_to_dict(digest)) == digest


def test_json_dict_from_another_version_is_refused() -> None:
    payload = digest_to_dict(sample_digest(NOW)) | {"version": 2}
    with pytest.raises(ValueError, match="version 2"):
        digest_from_dict(payload)


def test_json_dict_missing_a_field_names_it() -> None:
    payload = digest_to_dict(sample_digest(NOW))
    del payload["channel"]
    with pytest.raises(ValueError, match="channel"):
        digest_from_dict(payload)
