""" "One of the staff in N" with the noun inside ("un salarié sur cinq", "un dipendente su
quattro", "one job in four") and Polish "co piąty pracownik" are shares of the workforce the
lead sizes; the jobs "of" a company name it as its staff do ("empleos de X", "postes de X",
"posti della X", "banen van X"); Spanish and Italian jobs that disappear or are in danger
("desaparecerán", "peligran", "scompariranno") are lost, but not a company that disappeared
in 1990, nor a founder's death ("la scomparsa").

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read, read_found

READS = [
    ("fr", "Un salarié sur cinq licencié chez Auvray Injection",
     "L'entreprise compte 900 salariés.", "Auvray Injection", 180),
    ("it", "Un dipendente su quattro a casa alla Bertoldi Cablaggi",
     "L'azienda conta 800 addetti.", "Bertoldi Cablaggi", 200),
    ("en", "Corrin Plastics to cut one job in four", "The firm employs 1,200 people in Wrexham.",
     "Corrin Plastics", 300),
    ("pl", "Co piąty pracownik Ferrox straci pracę", "Spółka zatrudnia 900 osób.", "Ferrox", 180),
    ("es", "Uno de cada cuatro empleos de Cables del Jalón desaparecerá",
     "La empresa tiene 600 trabajadores.", "Cables del Jalón", 150),
    ("es", "Peligran 300 empleos de Frenos Tajo en Ávila", "", "Frenos Tajo", 300),
    ("fr", "300 postes de Garnier Freinage menacés", "", "Garnier Freinage", 300),
    ("nl", "300 banen van Smeets Gietwerk op de tocht", "", "Smeets Gietwerk", 300),
    ("it", "Scompariranno 200 posti alla Vesco Componenti", "", "Vesco Componenti", 200),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary", "company", "jobs"), READS)
def test_shares_inside_and_jobs_of_a_company_are_read(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str, jobs: int
) -> None:
    assert read_found(watchlist, lang, title, summary) == (company, jobs, "loss")


NOTHING = [
    ("es", "Frenos Tajo cumple 50 años con 300 empleados",
     "La compañía, que desapareció en 1990 y renació después, celebra su aniversario."),
    ("it", "La Vesco Componenti ricorda il fondatore",
     "Dopo la scomparsa di Mario Vesco, i 300 dipendenti hanno reso omaggio."),
    # models disappear, not jobs
    ("es", "Frenos Tajo: desaparecerán los modelos diésel y los 900 empleados seguirán en Ávila",
     ""),
    ("it", "Scompariranno i motori diesel alla Vesco, che conferma i 900 dipendenti", ""),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "summary"), NOTHING)
def test_a_past_disappearance_or_a_death_announces_nothing(
    watchlist: Watchlist, lang: str, title: str, summary: str
) -> None:
    assert read(watchlist, lang, title, summary) is None
