"""Which country a report is filed under when the text says it in the press's own ways.

- Work moved abroad: the destination is no country of the cuts, also after a word for
  abroad ("all'estero, in Romania"), after an Italian, Dutch or Polish move verb with its own
  preposition ("trasferire in", "verplaatsen naar", "przenieść do"), and for every country of
  a list of destinations ("to India and Mexico").
- The firm's country as the text calls it, in the phrase that goes on to its name ("the
  Swedish maker Nordcell", "il colosso tedesco Kranwerk"), is where the report goes when
  the text names no place, ahead of the press's own country; not an owner's ("del gruppo
  svizzero ...") nor an adjective said after the name ("Valeo ... the French supplier").
- The one country a headline names wins over a place of another country that the lead
  names later ("restructuring in France ... and at Vigo (Spain)").
- A word for many countries ("in Europe") keeps the press's own country off, unless it
  stands in a clause of the lead about the industry or the market at large ("the crisis of
  the car industry in Europe").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read


def country(watchlist: Watchlist, lang: str, title: str, summary: str = "") -> str | None:
    found = read(watchlist, lang, title, summary)
    assert found is not None
    return found.country


@pytest.mark.parametrize(
    ("lang", "title", "summary", "expected"),
    [
        (
            "it",
            "Ferretti Ricambi chiude: 300 esuberi",
            "La produzione sarà spostata all'estero, in Romania o forse in Serbia.",
            "IT",
        ),
        (
            "it",
            "Ferretti Ricambi taglia 300 posti",
            "Il gruppo vuole delocalizzare la produzione in Romania entro un anno.",
            "IT",
        ),
        (
            "nl",
            "Van Dijk Onderdelen schrapt 250 banen",
            "Het bedrijf verplaatst de productie van remschijven naar Polen.",
            "NL",
        ),
        (
            "pl",
            "Kowalski Motoryzacja zwolni 400 osób",
            "Firma przeniesie produkcję do Rumunii w przyszłym roku.",
            "PL",
        ),
        (
            "en",
            "Harwood Components to cut 200 jobs",
            "The supplier will move the work to India and Mexico next year.",
            None,
        ),
    ],
)
def test_where_work_goes_is_no_country_of_the_cuts(
    watchlist: Watchlist, lang: str, title: str, summary: str, expected: str | None
) -> None:
    assert country(watchlist, lang, title, summary) == expected


def test_a_country_where_jobs_are_cut_after_a_move_stays_the_cuts(watchlist: Watchlist) -> None:
    title = "Harwood Components moves production to Romania, cutting 500 jobs in Germany"
    assert country(watchlist, "en", title) == "DE"


def test_an_english_offshoring_headline_says_where_from(watchlist: Watchlist) -> None:
    title = "Oxbridge Castings: offshoring in United Kingdom"
    summary = "Oxbridge Castings will move its foundry work to Romania. Around 150 jobs go."
    assert country(watchlist, "en", title, summary) == "GB"


@pytest.mark.parametrize(
    ("lang", "title", "summary", "expected"),
    [
        ("pl", "Szwedzki producent baterii Nordcell zwolni 800 osób", "", "SE"),
        ("it", "Il colosso tedesco Kranwerk taglia 500 posti", "", "DE"),
        ("es", "El grupo francés Valmont recorta 350 empleos", "", "FR"),
        ("nl", "Het Duitse industrieconcern Kranwerk schrapt 1200 banen", "", "DE"),
        ("en", "Swedish battery maker Nordcell to cut 1,600 jobs", "", "SE"),
    ],
)
def test_the_firms_country_as_the_text_calls_it_when_no_place_is_named(
    watchlist: Watchlist, lang: str, title: str, summary: str, expected: str
) -> None:
    assert country(watchlist, lang, title, summary) == expected


def test_an_owners_country_is_not_the_firms(watchlist: Watchlist) -> None:
    title = "Chiude la Ferretti Ricambi: 300 esuberi"
    summary = "I lavoratori protestano contro la decisione del gruppo svizzero Halder."
    assert country(watchlist, "it", title, summary) == "IT"


def test_a_place_named_beats_the_firms_country(watchlist: Watchlist) -> None:
    title = "Il gruppo tedesco Kranwerk taglia 500 posti in Italia"
    assert country(watchlist, "it", title) == "IT"


def test_without_a_firms_country_the_press_country_stays(watchlist: Watchlist) -> None:
    assert country(watchlist, "it", "Kranwerk taglia 500 posti") == "IT"


def test_the_headlines_country_wins_over_a_later_place_of_another(watchlist: Watchlist) -> None:
    title = "Kestrel Trim: internal restructuring in France"
    summary = (
        "Kestrel Trim will cut 420 jobs in its French plants. Some 60 more dismissals are"
        " announced at the plant of Vigo (Spain)."
    )
    assert country(watchlist, "en", title, summary) == "FR"


def test_a_later_place_of_the_headlines_country_is_kept(watchlist: Watchlist) -> None:
    title = "Kestrel Trim: internal restructuring in Spain"
    summary = "Kestrel Trim will cut 420 jobs at its plant in Vigo."
    found = read(watchlist, "en", title, summary)
    assert found is not None
    assert (found.country, found.site) == ("ES", "Vigo")


def test_europe_outside_the_cuts_clause_keeps_the_press_country(watchlist: Watchlist) -> None:
    title = "Kowalski Motoryzacja zwolni 300 osób"
    summary = "Zmiany, które dotykają cały przemysł motoryzacyjny w Europie, dotarły do firmy."
    assert country(watchlist, "pl", title, summary) == "PL"


def test_sites_in_europe_in_the_lead_leave_the_country_open(watchlist: Watchlist) -> None:
    title = "Kranwerk kündigt Abbau von 2.700 Arbeitsplätzen an"
    summary = "Zwei kleinere Standorte in Europa sollen geschlossen werden."
    assert country(watchlist, "de", title, summary) is None


def test_europe_in_the_headline_leaves_the_country_open(watchlist: Watchlist) -> None:
    title = "Le groupe français Valmont va réduire ses effectifs de 2 000 personnes en Europe"
    assert country(watchlist, "fr", title) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Unilever to eliminate 149 jobs in New Jersey", "US"),
        ("Harwood Components to cut 300 jobs at its Ohio plant", "US"),
        ("Harwood Components to cut 300 jobs in Ontario", "CA"),
        ("Harwood Components to shed 200 jobs in Brazil", "BR"),
    ],
)
def test_states_and_countries_beyond_europe(
    watchlist: Watchlist, title: str, expected: str
) -> None:
    assert country(watchlist, "en", title) == expected


def test_the_italian_for_indian_is_no_american_state(watchlist: Watchlist) -> None:
    title = "La multinazionale indiana Tarang taglia 200 posti a Torino"
    assert country(watchlist, "it", title) == "IT"
