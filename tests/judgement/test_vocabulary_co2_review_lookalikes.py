"""Revisions that touch cars' CO2 emissions but are not the review of the CO2 standards.

"co2 + review + car" describes the review of Regulation (EU) 2019/631, and it read a revised
test procedure (a plug-in hybrid's utility factor, "Bruxelles révise le calcul des émissions
de CO2") or a Euro 7 review as that review, auto-accepted as delivered. How emissions are
measured or capped for pollutants now rules the description out.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import bundled_matcher, found
from timeline.model import EvidenceKind

REVIEW = "co2-standards-review"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return bundled_matcher()


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        (
            "en",
            "Commission tightens plug-in hybrid CO2 test rules",
            "An implementing regulation revises the utility factor used to calculate the official"
            " CO2 emissions of plug-in hybrid cars from 2027.",
        ),
        (
            "fr",
            "Hybrides rechargeables : Bruxelles révise le calcul des émissions de CO2",
            "Un règlement d'exécution modifie le facteur d'utilisation servant à calculer les"
            " émissions officielles des voitures hybrides rechargeables.",
        ),
        (
            "es",
            "Bruselas revisa el cálculo de las emisiones de CO2 de los híbridos enchufables",
            "Un reglamento de ejecución modifica el factor de utilidad de los coches híbridos"
            " enchufables a partir de 2027.",
        ),
        (
            "de",
            "Euro 7: Kommission überprüft Abgasnorm für Autos",
            "Die Überprüfung der Euro-7-Verordnung soll klären, ob die Grenzwerte für Stickoxide"
            " und CO2-Messungen angepasst werden.",
        ),
    ],
)
def test_a_revised_emissions_test_is_not_the_co2_review(
    matcher: Matcher, language: str, title: str, summary: str
) -> None:
    assert REVIEW not in found(matcher, title, language, summary)


def test_the_co2_review_is_still_delivered(matcher: Matcher) -> None:
    summary = (
        "The Commission presented its review of the CO2 standards for cars and vans on Tuesday,"
        " two years earlier than planned."
    )
    matches = found(matcher, "Brussels brings forward review of car CO2 rules", "en", summary)
    assert REVIEW in matches
    assert matches[REVIEW].kind is EvidenceKind.DELIVERED


def test_the_trucks_co2_review_is_not_the_cars(matcher: Matcher) -> None:
    summary = (
        "The Commission launched the review of the heavy-duty vehicle CO2 standards, due in 2027."
    )
    assert found(matcher, "EU reviews CO2 rules for heavy trucks", "en", summary) == {}
