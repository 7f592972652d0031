"""A figure totalled over a span that has passed ("5,000 jobs over the past ten years", "in
den vergangenen zehn Jahren", "az elmúlt tíz évben") sums up what a company did: it is no
announcement and is not accepted. A span still to come ("over the next three years") is one,
and so is a cut told in the present or the future for which a past span gives the reason.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from monitor.judgement.joblosses.calibration import ACCEPT
from tests.joblosses_support import read

TOTALS = [
    ("en", "Thornbury Motors has created 4,000 jobs over the past ten years, its chairman says"),
    ("en", "Over the last decade Ledbury Forge has cut 1,200 jobs in Rotherham"),
    ("de", "Hagen Elektrik hat in den letzten zehn Jahren 2.000 neue Stellen geschaffen"),
    ("fr", "Ces dix dernières années, Morbihan Équipements a créé 900 emplois"),
    ("it", "Negli ultimi cinque anni la Cuneo Ruote ha creato 700 posti di lavoro"),
    ("es", "Durante los últimos diez años, Forjas Miño ha creado 1.500 empleos"),
    ("nl", "Deventer Techniek creëerde in de afgelopen tien jaar 800 banen"),
    ("pl", "Przez ostatnich dziesięć lat Lubmet stworzył 1 100 miejsc pracy"),
    ("hu", "Az elmúlt öt évben 1 500 új munkahelyet teremtett a Zalai Fémipari Kft."),
]


@pytest.mark.parametrize(("lang", "title"), TOTALS)
def test_a_total_over_a_past_span_is_not_accepted(
    watchlist: Watchlist, lang: str, title: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is None or found.confidence < ACCEPT


AHEAD = [
    ("en", "Thornbury Motors will cut 3,000 jobs over the next three years", 3000),
    ("de", "Hagen Elektrik will in den nächsten drei Jahren 2.000 Stellen abbauen", 2000),
    # a past span that gives the reason for today's cut: the clause's verb is not in the past
    ("en", "After losing orders over the past two years, Vance Motors will cut 300 jobs", 300),
    ("es", "Tras perder pedidos en los últimos dos años, Forjas Miño despide a 150 trabajadores",
     150),
    ("nl", "Na verliezen in de afgelopen twee jaar schrapt Deventer Techniek 120 banen", 120),
    ("hu", "Az elmúlt két évben felére esett a kereslet, ezért 300 dolgozót bocsát el a Zalai"
     " Fémipari Kft.", 300),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "jobs"), AHEAD)
def test_a_cut_over_a_span_to_come_is_announced(
    watchlist: Watchlist, lang: str, title: str, jobs: int
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.jobs is not None
    assert found.jobs.value == jobs
    assert found.confidence >= ACCEPT
