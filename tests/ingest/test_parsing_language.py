"""Telling the monitor's languages apart on short news texts, and reading language tags."""

from __future__ import annotations

import re

import pytest
from labelled_texts import labelled_texts

from monitor.ingest.parsing import language
from monitor.ingest.parsing.language import detect_language, language_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Commission has adopted a plan to support the car industry and its workers.", "en"),
        (
            "La Commission présente un plan d'action pour l'industrie automobile et les emplois.",
            "fr",
        ),
        (
            "Der Zulieferer kündigt einen Stellenabbau an, die Produktion wird verlagert.",
            "de",
        ),
        ("Il governo ha presentato un piano per il settore dell'auto e per i lavoratori.", "it"),
        ("El fabricante anuncia el cierre de la planta y el despido de los trabajadores.", "es"),
        ("De fabrikant kondigt het sluiten van de fabriek aan, er verdwijnen 300 banen.", "nl"),
        ("O fabricante anunciou o encerramento da fábrica e a perda de 300 empregos.", "pt"),
        ("Producent części zamyka zakład, a pracę straci 300 osób, które są zatrudnione.", "pl"),
        ("Fabryka baterii zatrudni w tym roku kolejnych pracowników do produkcji.", "pl"),
        # Hungarian's "van" and "is" are Dutch stop words: its own words must outweigh them
        ("A cég szerint van megrendelés, és a gyár is marad, de nem lesz több műszak.", "hu"),
    ],
)
def test_detect_language_recognises_news_sentences(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Stellantis",  # too short
        "CO2 2025 2027 EUR 1.8 bn",  # no words to go by
        "Zażółć gęślą jaźń, szedł Sasza suchą szosą do miasta",  # one common word only
    ],
)
def test_detect_language_says_none_when_unsure(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fr-FR", "fr"),
        ("en_us", "en"),
        ("DE", "de"),
        ("ger", "de"),
        ("Français", "fr"),
        (" nl-BE ", "nl"),
        ("x-default", None),
        ("*", None),
        ("", None),
        (None, None),
    ],
)
def test_language_code_reduces_tags_to_iso_639_1(tag: str | None, expected: str | None) -> None:
    assert language_code(tag) == expected


def test_the_particles_of_a_surname_say_nothing_of_the_language() -> None:
    # "von der" in "Von der Leyen" are German stop words; the headline is English
    title = "Von der Leyen unveils Battery Booster to back EU cell makers"
    assert detect_language(title) != "de"
    assert detect_language("Von der Leyen stellt den Plan für die Batteriehersteller vor") == "de"


def test_the_surname_particles_are_found_where_the_plain_pattern_finds_them() -> None:
    """The pattern opens with its "v" (a fast scan) and looks behind it; it must match
    exactly where the pattern opening with the lookbehind does."""
    plain = re.compile(r"(?<![^\W\d_])(?:[Vv]on\sder|[Vv]an\sde[rn])\s(?=[A-ZÀ-Þ])")
    edges = ["Von der Leyen", "xvon der Leyen", "9von der L", "_van den Berg", "Van de Velde",
             "évan der Poel", "von\u00a0der Leyen", "a van der Poel", "von der leyen"]  # fmt: skip
    texts = [*labelled_texts(), *edges]
    found = [[m.span() for m in language._NAME_PARTICLES.finditer(t)] for t in texts]
    assert found == [[m.span() for m in plain.finditer(t)] for t in texts]
    assert any(found)
