"""Suppliers as the trade press names them: a legal form after a comma ("Plásticos del Ebro,
S.A. despide"), a Polish "poddostawca" (sub-supplier) before the name, and a region's or a
town's adjective between a descriptor and the name ("l'équipementier jurassien Vuillet", "le
fabricant lyonnais Brossard", "il gruppo torinese Ferrino").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.name_cleaning import lower_country
from tests.joblosses_support import read_found

READS = [
    ("es", "Plásticos del Ebro, S.A. despide a 120 empleados", "Plásticos del Ebro", 120),
    ("pl", "Poddostawca Metal-Tech sp. z o.o. zwolni 80 osób", "Metal-Tech", 80),
    ("fr", "Chez l'équipementier jurassien Vuillet, 85 emplois menacés", "Vuillet", 85),
    ("fr", "Le fabricant lyonnais Brossard supprime 85 postes", "Brossard", 85),
    ("it", "Il gruppo torinese Ferrino taglia 85 posti", "Ferrino", 85),
]


@pytest.mark.parametrize(("lang", "title", "company", "jobs"), READS)
def test_suppliers_named_the_trade_press_way_are_read(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("jurassien", True), ("comtoise", True), ("torinese", True), ("mais", False),
     ("ancien", False), ("jamais", False)],
)  # fmt: skip
def test_a_regional_adjective_is_told_by_its_ending(word: str, expected: bool) -> None:
    assert lower_country(word) is expected
