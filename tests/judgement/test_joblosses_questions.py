"""A headline that asks whether cuts will come is no announcement to accept as it stands; one
that asks why, how or what next takes the cuts as given.

The sentences were written for these tests; companies are invented or on the watch list,
figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.calibration import ACCEPT
from monitor.judgement.joblosses.questions import yes_no_question
from tests.joblosses_support import read


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Will Ford cut 4,000 jobs in Germany?"),
        ("en", "Ford: 4,000 more jobs to go?"),
        ("de", "Streicht Bosch 5.000 Stellen?"),
        ("fr", "Renault va-t-il supprimer 2 000 postes ?"),
        ("it", "Stellantis taglierà altri 1.200 posti a Mirafiori?"),
        ("es", "¿Despedirá Seat a 1.000 trabajadores en Martorell?"),
        ("nl", "Gaat Ford 4.000 banen schrappen in Keulen?"),
        ("pl", "Czy Stellantis zwolni 300 osób w Tychach?"),
    ],
)
def test_a_yes_no_headline_waits_for_a_person(watchlist: Watchlist, lang: str, title: str) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.confidence < ACCEPT
    assert any(cue.startswith("asked:") for cue in found.cues)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Why is Ford cutting 4,000 jobs in Germany?"),
        ("de", "Bosch: Was steckt hinter dem Abbau von 5.000 Stellen?"),
        ("fr", "Pourquoi Renault supprime 2 000 postes ?"),
        ("it", "Perché Stellantis taglia 1.200 posti a Mirafiori?"),
        ("es", "¿Por qué Seat despide a 1.000 trabajadores en Martorell?"),
        ("nl", "Waarom schrapt Ford 4.000 banen in Keulen?"),
        ("pl", "Dlaczego Stellantis zwalnia 300 osób w Tychach?"),
    ],
)
def test_a_question_opened_by_an_interrogative_takes_the_cut_as_given(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert not any(cue.startswith("asked:") for cue in found.cues)


def test_a_figure_the_lead_states_answers_the_headlines_question(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "en",
        "Will Ford cut more jobs?",
        "The carmaker said on Monday it would cut 4,000 jobs, mostly in Germany.",
    )
    assert found is not None
    assert found.confidence >= ACCEPT


@pytest.mark.parametrize(
    ("title", "question"),
    [
        ("Streicht Bosch 5.000 Stellen?", "Streicht Bosch 5.000 Stellen?"),  # "5.000" goes on
        ("Ende in Eisenach? Opel prüft die Schließung", "Ende in Eisenach?"),
        ("Opel: Ende in Eisenach?", "Ende in Eisenach?"),
        ("Opel prüft die Schließung des Werks in Eisenach", None),
        ("Was wird aus Eisenach? Opel schließt das Werk", None),
        ("In which plants will Ford cut jobs?", None),  # a preposition before the interrogative
    ],
)
def test_the_question_is_the_headlines_sentence_that_ends_with_a_question_mark(
    title: str, question: str | None
) -> None:
    assert yes_no_question(title) == question
