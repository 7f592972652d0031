"""Recognising announcements in headlines and leads."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.judgement.joblosses import (
    Announcement,
    JobsKind,
    Qualifier,
    RestructuringType,
    Watchlist,
    extract_announcement,
)

DAY = dt.date(2025, 3, 5)


def extract(watchlist: Watchlist, title: str, summary: str = "") -> Announcement | None:
    return extract_announcement(title, summary, published=DAY, language=None, watchlist=watchlist)


def test_a_cut_with_figure_company_and_site_is_read(watchlist: Watchlist) -> None:
    found = extract(watchlist, "Goodyear to close Fulda tyre plant, 1,050 jobs to go")
    assert found is not None
    assert (found.company, found.company_id, found.site, found.country) == (
        "Goodyear", "goodyear", "Fulda", "DE",
    )  # fmt: skip
    assert found.jobs is not None
    assert found.jobs.value == 1050
    assert found.jobs_kind is JobsKind.LOSS
    assert found.type is RestructuringType.CLOSURE
    assert found.announced_on == DAY
    assert 0 < found.confidence <= 1
    assert found.cues


@pytest.mark.parametrize(
    ("title", "value"),
    [
        ("Renault va supprimer jusqu'à 3 000 postes dans l'ingénierie", 3000),
        ("Bosch streicht 7.600 Stellen", 7600),
        ("ZF baut bis 2028 bis zu 14.000 Stellen in Deutschland ab", 14000),
        ("Stellantis to axe 1,100 at Luton", 1100),
        ("Autoneum streicht weltweit 1'200 Stellen", 1200),
    ],
)
def test_the_job_figure_is_taken_in_each_language(
    watchlist: Watchlist, title: str, value: int
) -> None:
    found = extract(watchlist, title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == value


def test_years_euros_and_workforce_are_not_taken_for_the_cut(watchlist: Watchlist) -> None:
    found = extract(
        watchlist,
        "Volkswagen to cut 35,000 jobs by 2030",
        "The group, which employs 120,000 people in Germany, wants to save €4 billion.",
    )
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == 35000


@pytest.mark.parametrize(
    "title",
    [
        "Tesla cuts Model Y prices in Germany by up to 5%",
        "ECB cuts rates again as growth slows",
        "Volkswagen sold 9 million vehicles in 2024",
        "BMW to invest €1.2 billion in Debrecen plant",
        "France targets 800,000 electric vehicles a year by 2027",
        "Michelin emploie 19 000 personnes en France",
        "Unions call for strike at Mercedes-Benz over pay",
        "Renault hires former Nissan executive as CFO",
        "Ford rules out further job cuts in Cologne",
        "Kein Stellenabbau bei BMW geplant",
        "Betriebsrat befürchtet Stellenabbau bei Audi",
        "Porsche präsentiert neuen Taycan mit 1.000 PS",
    ],
)
def test_hard_negatives_are_not_announcements(watchlist: Watchlist, title: str) -> None:
    assert extract(watchlist, title) is None


def test_a_plan_to_hire_with_a_figure_is_a_creation(watchlist: Watchlist) -> None:
    found = extract(watchlist, "ACC va recruter 1 400 personnes à Billy-Berclau d'ici 2030")
    assert found is not None
    assert found.jobs_kind is JobsKind.CREATION
    assert found.type is RestructuringType.BUSINESS_EXPANSION
    assert (found.company, found.site, found.country) == ("ACC", "Billy-Berclau", "FR")


def test_a_brand_is_reported_under_its_group(watchlist: Watchlist) -> None:
    found = extract(watchlist, "Opel to cut around 1,000 jobs at Eisenach plant")
    assert found is not None
    assert (found.company, found.brand, found.site) == ("Stellantis", "Opel", "Eisenach")
    assert found.jobs is not None
    assert found.jobs.qualifier is Qualifier.ABOUT


def test_a_company_off_the_list_is_named_as_written(watchlist: Watchlist) -> None:
    found = extract(watchlist, "Autozulieferer Kübler & Söhne GmbH streicht 500 Stellen")
    assert found is not None
    assert found.company == "Kübler & Söhne"
    assert found.company_id is None


def test_the_subject_wins_over_a_customer_named_in_passing(watchlist: Watchlist) -> None:
    found = extract(
        watchlist, "Apex Interiors, a seat supplier to Volkswagen, to lay off 350 workers"
    )
    assert found is not None
    assert found.company == "Apex Interiors"


def test_without_a_company_there_is_no_announcement(watchlist: Watchlist) -> None:
    assert extract(watchlist, "Study: EU car sector could lose 100,000 jobs by 2035") is None


def test_a_plant_closure_needs_no_figure(watchlist: Watchlist) -> None:
    found = extract(watchlist, "Northvolt files for bankruptcy in Sweden")
    assert found is not None
    assert found.jobs is None
    assert found.type is RestructuringType.BANKRUPTCY
    assert found.country == "SE"


def test_moving_work_abroad_is_offshoring_and_the_destination_is_not_the_site(
    watchlist: Watchlist,
) -> None:
    found = extract(
        watchlist, "Iveco to move bus assembly from Annonay to Spain, 300 jobs affected"
    )
    assert found is not None
    assert found.type is RestructuringType.OFFSHORING
    assert (found.site, found.country) == ("Annonay", "FR")


def test_a_company_adjective_does_not_set_the_country(watchlist: Watchlist) -> None:
    found = extract(watchlist, "Valeo to cut about 1,000 jobs", "The French supplier said so.")
    assert found is not None
    assert found.country is None


def test_a_company_name_holding_a_town_does_not_give_a_site(watchlist: Watchlist) -> None:
    found = extract(watchlist, "Magna Steyr: 500 Leiharbeiter müssen gehen")
    assert found is not None
    assert (found.company, found.site) == ("Magna", None)


def test_a_common_word_alias_matches_only_as_written(watchlist: Watchlist) -> None:
    found = extract(watchlist, "Car seat maker Rowland to cut 200 jobs")
    assert found is not None
    assert found.company == "Rowland"
