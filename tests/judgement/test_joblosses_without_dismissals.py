"""A cut made without (forced) dismissals is a cut: "schrapt 200 banen zonder gedwongen
ontslagen", "taglia 400 posti senza licenziamenti". The negation says how the jobs go; without
a figure a verb of cutting governs, it still denies ("reorganisatie zonder gedwongen
ontslagen", "Kurzarbeit ... ohne Kündigungen"). A verb of closing before a year closes the
year ("chiude il 2024 con 400 dipendenti").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

CUTS = [
    ("nl", "Dekker Carrosserie schrapt 200 banen zonder gedwongen ontslagen", "",
     "Dekker Carrosserie", 200),
    ("es", "Frenos Tajo suprimirá 300 empleos sin despidos forzosos", "", "Frenos Tajo", 300),
    ("it", "La Vesco Componenti taglia 400 posti senza licenziamenti", "", "Vesco Componenti",
     400),
    ("fr", "Sorel Câbles supprime 120 postes sans licenciements secs", "", "Sorel Câbles", 120),
    ("pl", "Ferrox zlikwiduje 300 etatów bez zwolnień grupowych", "", "Ferrox", 300),
    ("de", "Kessling Innenraum baut 300 Stellen sozialverträglich und ohne Kündigungen ab", "",
     "Kessling Innenraum", 300),
    ("en", "Harcastle Interiors to shed 300 jobs without layoffs", "", "Harcastle Interiors",
     300),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs"), CUTS)
def test_a_cut_without_dismissals_is_a_cut(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


NOTHING = [
    ("nl", "Ondernemingsraad Hendrix Wielen stemt in met reorganisatie zonder gedwongen ontslagen",
     ""),
    ("de", "Kurzarbeit für 1.200 Beschäftigte ohne Kündigungen bei Kessling Innenraum", ""),
    ("nl", "Dekker Carrosserie: 700 medewerkers blijven, zonder ontslagen", ""),
    ("de", "Kessling Innenraum beschäftigt 2.000 Mitarbeiter und kommt ohne Kündigungen durch die"
     " Krise", ""),
    ("it", "La Vesco Componenti chiude il 2024 con 400 dipendenti e senza licenziamenti", ""),
    ("es", "Frenos Tajo cierra el 2024 con 900 empleados y sin despidos", ""),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary"), NOTHING)
def test_no_dismissals_without_a_cut_announces_nothing(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None


RULED_OUT = [
    ("de", "Kessling Innenraum streicht 300 Stellen",
     "Betriebsbedingte Kündigungen sind ausgeschlossen.", "Kessling Innenraum", 300),
    ("de", "Kessling Innenraum streicht 300 Stellen",
     "Kündigungen seien nicht geplant, der Abbau laufe über Altersteilzeit.",
     "Kessling Innenraum", 300),
    ("en", "Harcastle Interiors to cut 300 jobs",
     "The company ruled out compulsory redundancies.", "Harcastle Interiors", 300),
    ("nl", "Dekker Carrosserie schrapt 200 banen", "Gedwongen ontslagen zijn uitgesloten.",
     "Dekker Carrosserie", 200),
    ("fr", "Sorel Câbles supprime 120 postes", "La direction exclut tout licenciement sec.",
     "Sorel Câbles", 120),
    ("it", "La Vesco Componenti taglia 400 posti",
     "L'azienda esclude licenziamenti: si punta sulle uscite volontarie.", "Vesco Componenti",
     400),
    ("es", "Frenos Tajo suprimirá 300 empleos", "La empresa descarta despidos forzosos.",
     "Frenos Tajo", 300),
    ("pl", "Ferrox zlikwiduje 300 etatów", "Spółka wyklucza zwolnienia grupowe.", "Ferrox", 300),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs"), RULED_OUT)
def test_a_cut_with_dismissals_ruled_out_is_a_cut(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


DENIED = [
    # a cut denied stays denied, whatever is said of dismissals after it
    ("en", "Harcastle Interiors denies plan to cut 300 jobs",
     "The company ruled out redundancies."),
    ("de", "Kessling Innenraum dementiert Abbau von 300 Stellen",
     "Kündigungen seien ausgeschlossen."),
    ("en", "Harcastle Interiors rules out layoffs at its 300-job plant", ""),
    # dismissals not planned, and no cut
    ("de", "Hollmann Kunststofftechnik verhängt Einstellungsstopp",
     "Entlassungen seien nicht geplant, sagte ein Sprecher; am Standort arbeiten 900 Menschen."),
    ("es", "Cables del Jalón congela las contrataciones", "La empresa no prevé despidos este año."),
    ("pl", "Autoform wstrzymuje rekrutację",
     "Firma zatrudniająca 800 pracowników nie przewiduje zwolnień."),
    ("it", "La Vesco Componenti congela le assunzioni",
     "L'azienda non prevede licenziamenti per i 400 dipendenti."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary"), DENIED)
def test_dismissals_denied_without_a_cut_announce_nothing(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None


def test_dismissals_ruled_out_beside_a_hiring_deny_the_cut(watchlist: Watchlist) -> None:
    # the "cut" would be the dismissal noun itself: nothing is cut before it
    assert read(watchlist, "pl", "Ferrox zatrudni 100 osób, zwolnienia wykluczone") is None


def test_nobody_let_go_in_spanish_is_a_denial(watchlist: Watchlist) -> None:
    found = read(
        watchlist,
        "es",
        "Por qué Frenos Tajo no despedirá a nadie",
        "La plantilla es de 300 personas.",
    )
    assert found is None


@pytest.mark.parametrize(
    ("lang", "title", "company", "jobs"),
    [
        ("es", "Frenos Tajo suprimirá 300 empleos, pero nadie perderá su trabajo", "Frenos Tajo",
         300),
        ("nl", "Dekker Carrosserie schrapt 200 banen, maar wil niemand ontslaan",
         "Dekker Carrosserie", 200),
        ("it", "La Vesco Componenti taglia 400 posti ma nessuno perderà il lavoro",
         "Vesco Componenti", 400),
    ],
)  # fmt: skip
def test_nobody_let_go_after_a_cut_says_how_the_jobs_go(
    watchlist: Watchlist, lang: str, title: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, "") == (company, jobs, "loss")
