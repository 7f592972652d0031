"""A cut verb whose object is no job ("streicht die Prognose", "cuts its outlook", "chiude
l'accordo") is no loss cue for a workforce's size beside it; one whose object goes on with
jobs ("taglia le stime e 200 posti") still is, and so are contracts not renewed.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import re

import pytest

from monitor.judgement.joblosses import cut_objects
from monitor.judgement.joblosses._fold import fold
from monitor.judgement.joblosses.cut_objects import object_cuts, without_object_cuts
from tests.joblosses_support import bundled_watchlist, read, read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        ("de", "Brandner Guss streicht Prognose, 2.100 Mitarbeiter bleiben", ""),
        ("en", "Harlow Precision cuts full-year guidance; 3,000 staff unaffected", ""),
        ("en", "Harlow Precision slashes dividend as 1,200 workers wait for orders", ""),
        ("it", "Meccanica Rossi taglia le stime: i 1.200 dipendenti restano", ""),
        ("fr", "Valmont Industrie supprime son dividende, 900 salariés", ""),
        ("nl", "Van Dijk Techniek schrapt dividend, 700 medewerkers blijven", ""),
        ("de", "Brandner Guss schließt Tarifvertrag für 2.300 Beschäftigte ab", ""),
        ("it", "Meccanica Rossi chiude l'accordo integrativo per 1.100 dipendenti", ""),
        ("nl", "Van Dijk Techniek sluit cao af voor 800 medewerkers", ""),
        ("fr", "Delorme Injection réduit son temps de travail pour 600 salariés", ""),
        ("nl", "Van Dijk Techniek sluit het jaar af met 900 medewerkers", ""),
        ("pl", "Polmax zamyka rok z zatrudnieniem 900 osób", ""),
        ("it", "Meccanica Rossi taglia il traguardo dei 1.000 dipendenti", ""),
        ("en", "Harwood Components loses £40m contract; 600 staff at Telford plant", ""),
        ("it", "Meccanica Rossi perde quote di mercato, 900 dipendenti preoccupati", ""),
        (
            "de",
            "Wendt Kunststofftechnik verliert Großauftrag: 450 Beschäftigte im Werk Gera",
            "Der Kunde hat den Vertrag gekündigt.",
        ),
    ],
)
def test_a_forecast_a_payout_or_a_deal_cut_beside_a_workforce_is_no_case(
    lang: str, title: str, summary: str
) -> None:
    assert read(bundled_watchlist(), lang, title, summary) is None


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        ("de", "Brandner Guss streicht Jahresprognose und 300 Stellen", ("Brandner Guss", 300)),
        ("it", "Meccanica Rossi taglia le stime e 200 posti", ("Meccanica Rossi", 200)),
        ("pl", "Polmax redukuje prognozy i 200 etatów", ("Polmax", 200)),
        ("en", "Harwood Components cuts prices, then 200 jobs", ("Harwood Components", 200)),
        ("de", "Brandner Guss verliert Auftrag und streicht 200 Stellen", ("Brandner Guss", 200)),
        ("de", "Brandner Guss: 300 Stellen gestrichen", ("Brandner Guss", 300)),
        ("it", "Meccanica Rossi chiude l'accordo per 300 esuberi", ("Meccanica Rossi", 300)),
        ("es", "Talleres Ebro no renovará los contratos de 200 eventuales", ("Talleres Ebro", 200)),
    ],
)
def test_a_cut_of_jobs_beside_the_object_stays_a_loss(
    lang: str, title: str, expected: tuple[str, int]
) -> None:
    assert read_found(bundled_watchlist(), lang, title, "") == (*expected, "loss")


def test_the_verb_is_blanked_in_place_and_only_when_its_object_is_no_job() -> None:
    text = fold("X streicht die Prognose und senkt Kosten. Y streicht 300 Stellen").text
    spans = object_cuts(text)
    assert [text[a:b] for a, b in spans] == ["streicht"]
    masked = without_object_cuts(text)
    assert len(masked) == len(text)
    assert "streicht 300" in masked
    untouched = fold("Z streicht 300 Stellen").text
    assert without_object_cuts(untouched) is untouched


def test_contracts_not_renewed_are_never_blanked() -> None:
    text = fold("keine Verlängerung der Verträge für 300 Leiharbeiter").text
    assert object_cuts(text) == []


def test_a_ribbon_cut_leaves_the_hiring_it_opens() -> None:
    found = read_found(
        bundled_watchlist(),
        "es",
        "Talleres Ebro corta la cinta de su nueva planta, que dará empleo a 250 personas",
        "",
    )
    assert found == ("Talleres Ebro", 250, "creation")


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Halberg löst Verträge mit 260 Leiharbeitern auf", []),
        ("Harwood terminates the contracts of 300 temporary workers", []),
        ("Wendt schließt Vertrag mit Betriebsrat: 1.200 Beschäftigte profitieren", ["schliesst"]),
    ],
)
def test_contracts_of_so_many_people_are_their_jobs(text: str, blanked: list[str]) -> None:
    folded = fold(text).text
    assert [folded[a:b] for a, b in object_cuts(folded)] == blanked


def _alternatives(pattern: str) -> list[str]:
    body = re.sub(r"#[^\n]*", "", pattern).strip()
    return [a.strip() for a in body[len("(?:") : -len(r")\b")].split("|")]


def test_every_object_has_a_literal_piece_the_gate_finds() -> None:
    """The objects are read only where the automaton finds one of `_STEMS`: an object the
    expression names with no piece in `_STEMS` would never be read."""
    ungated = []
    for alternative in _alternatives(cut_objects._OBJECT):
        words = re.sub(r"\\w\*|\\s|\(\?:|[()?]|\[[^\]]*\]", " ", alternative).split()
        if not any(stem in word or word in stem for word in words for stem in cut_objects._STEMS):
            ungated.append(alternative)
    assert ungated == []
