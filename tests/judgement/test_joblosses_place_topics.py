"""A town is no company: a Polish locative after a cut ("pracę w Mielcu"), a headline topic
opening with a preposition of place ("À Vesoul, ..."), the one-word subject of a verb of
losing ("Vesoul perd 300 emplois": a town loses jobs, a company cuts them), a one-word topic
the lead never names again while the lead names its own company ("Ávila, conmocionada ...",
"Schock in Zwickau:"), and a one-word attribute of a descriptor ("at Coventry supplier").

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses.name_places import (
    attributive,
    opens_with_place_preposition,
    polish_locative,
)
from tests.joblosses_support import bundled_watchlist, read, read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        ("pl", "300 osób straci pracę w Mielcu", "Zakład zostanie zamknięty do końca roku."),
        ("fr", "À Vesoul, 300 emplois supprimés", "L'usine fermera en juin."),
        ("es", "En Ávila, 350 despidos", "La fábrica cerrará en verano."),
        ("de", "In Eisenach: 300 Jobs fallen weg", "Das Werk wird geschlossen."),
        ("fr", "Vesoul perd 300 emplois avec la fermeture de l'usine", ""),
        ("it", "Termoli perde 400 posti", "Lo stabilimento chiude."),
        ("pl", "Zwolnienia w Tarnowie. Pracę straci 200 osób", ""),
        ("pl", "Zwolnienia grupowe w Płocku: 120 osób na bruk", ""),
    ],
)
def test_a_town_alone_makes_no_case(lang: str, title: str, summary: str) -> None:
    assert read(bundled_watchlist(), lang, title, summary) is None


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company"),
    [
        (
            "es",
            "Ávila, conmocionada por el cierre de la fábrica",
            "Cerámicas Sierra despedirá a 120 trabajadores.",
            "Cerámicas Sierra",
        ),
        (
            "de",
            "Schock in Zwickau: 500 Stellen fallen weg",
            "Der Zulieferer Brandner Guss schließt sein Werk.",
            "Brandner Guss",
        ),
        (
            "en",
            "Administrators appointed at Coventry supplier",
            "About 250 jobs are at risk at Harwood Trims, which makes seat covers.",
            "Harwood Trims",
        ),
        ("pl", "200 osób straci pracę w Tczewie", "Fabryka mebli Kabex zamyka zakład.", "Kabex"),
        (
            "fr",
            "Vesoul perd 300 emplois avec la fermeture de l'usine",
            "Delorme Injection ferme son site de Vesoul.",
            "Delorme Injection",
        ),
    ],
)
def test_the_leads_company_beats_the_headlines_town(
    lang: str, title: str, summary: str, company: str
) -> None:
    assert read_found(bundled_watchlist(), lang, title, summary)[0] == company


def test_a_town_attribute_alone_is_not_accepted() -> None:
    found = read(
        bundled_watchlist(),
        "en",
        "Administrators appointed at Coventry supplier",
        "About 250 jobs are at risk.",
    )
    assert found is None or found.confidence < 0.9


@pytest.mark.parametrize(
    ("lang", "title", "company"),
    [
        ("pl", "Zwolnienia grupowe w Plastmet. Pracę straci 120 osób", "Plastmet"),
        ("pl", "Program odejść w Motoprim. Firma zmniejszy zatrudnienie o 150 etatów", "Motoprim"),
        (
            "fr",
            "À Vesoul, l'usine Delorme Injection ferme: 300 emplois supprimés",
            "Delorme Injection",
        ),
        ("hu", "A Szalai Gépgyár 200 embert épít le", "Szalai Gépgyár"),
    ],
)
def test_names_polish_leaves_undeclined_and_names_after_the_place_stay(
    lang: str, title: str, company: str
) -> None:
    assert read_found(bundled_watchlist(), lang, title, "")[0] == company


def test_the_shapes_of_places() -> None:
    assert polish_locative("Mielcu")
    assert polish_locative("Zielonej Górze")
    assert polish_locative("Gliwicach")
    assert polish_locative("Tarnowie", town=True)
    assert not polish_locative("Polmetalu", town=True)
    assert not polish_locative("Plastmet")
    assert not polish_locative("Motoprim")
    assert not polish_locative("Odlewni Components")
    assert opens_with_place_preposition("À Vesoul")
    assert opens_with_place_preposition("En Ávila")
    assert not opens_with_place_preposition("A Szalai Gépgyár")
    assert not opens_with_place_preposition("En Recambios Galicia")
    assert attributive("supplier")
    assert attributive("plant")
    assert not attributive("Trims")
    assert not attributive("said")
