"""Inflected forms reach the stem of their base form, in each language."""

from __future__ import annotations

import pytest

from monitor.judgement import polish
from monitor.judgement.language import language_of
from monitor.judgement.matching.fold import fold
from monitor.judgement.stems import stem_words


def stems(text: str, language: str | None) -> list[str]:
    return stem_words(fold(text).split(), language)


@pytest.mark.parametrize(
    ("language", "base", "forms"),
    [
        ("en", "toll", "tolls"),
        ("en", "truck", "trucks"),
        ("fr", "péage", "péages"),
        ("fr", "véhicule", "véhicules"),
        ("de", "Grenzwert", "Grenzwerte"),
        ("it", "pedaggio", "pedaggi"),
        ("it", "veicolo", "veicoli"),
        ("es", "peaje", "peajes"),
        ("es", "camión", "camiones"),
        ("nl", "voertuig", "voertuigen"),
        ("nl", "richtlijn", "richtlijnen"),
        ("pl", "opłata", "opłaty opłat opłatą"),
        ("pl", "samochód", "samochody samochodów samochodach"),
        ("pl", "pojazd", "pojazdy pojazdów"),
        ("pl", "rozporządzenie", "rozporządzenia rozporządzeniu"),
        # adjectives in -ki keep their "i" before -ego/-emu; a fleeting "e" before a final "k"
        ("pl", "europejski", "europejskiego europejskiemu europejskim europejskich"),
        ("pl", "ciężki", "ciężkiego ciężkich ciężkie"),
        ("pl", "ciężarówka", "ciężarówki ciężarówek"),
        ("pl", "wniosek", "wniosku wnioski"),
        ("pl", "zwolnienie", "zwolnienia zwolnień"),
        # abstract nouns in -ość keep it in every case
        ("pl", "elastyczność", "elastyczności elastycznością elastycznościach"),
        ("pl", "możliwość", "możliwości możliwością możliwościami"),
    ],
)
def test_inflected_forms_share_the_stem_of_their_base_form(
    language: str, base: str, forms: str
) -> None:
    (expected,) = stems(base, language)
    assert set(stems(forms, language)) == {expected}


def test_breaks_digits_and_unknown_languages_are_kept_as_they_are() -> None:
    assert stems("CO2 targets: 2025 | ?", "en")[:1] == ["co2"]
    assert "2025" in stems("targets 2025", "en")
    assert stems("Fahrzeuge kaufen", None) == ["fahrzeuge", "kaufen"]
    assert stems("bilar", "xx") == ["bilar"]


def test_the_polish_stemmer_keeps_short_words_and_numbers() -> None:
    assert polish.stem("ue") == "ue"
    assert polish.stem("2031") == "2031"
    assert len(polish.stem("komisja")) >= 3


@pytest.mark.parametrize(
    ("title", "summary", "declared", "language"),
    [
        ("La Commission propose d'exempter les camions des péages", "", "en", "fr"),
        ("Bruselas propone eliminar los peajes para los camiones de cero emisiones", "", "", "es"),
        (
            "Komisja Europejska zaproponowała zwolnienie z opłat drogowych dla ciężarówek",
            "",
            None,
            "pl",
        ),
        ("ZF baut 1800 Stellen ab", "", "de", "de"),
        ("Toll", "", None, None),
        # a declared language stands unless the text leaves no doubt
        ("L'Ue vuole prorogare l'esenzione dai pedaggi per i camion", "", "it", "it"),
        ("La Commission propose une modification ciblée du règlement sur le CO2", "", "it", "fr"),
    ],
)
def test_the_text_says_its_language_and_the_feed_fills_in(
    title: str, summary: str, declared: str | None, language: str | None
) -> None:
    assert language_of(title, summary, declared) == language
