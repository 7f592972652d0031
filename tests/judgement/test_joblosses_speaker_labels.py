"""A headline opened by who speaks ("Experten:", "Economen:", "Esperti:") names a commentator,
not the employer: no company comes from such a label, and a company the headline names is
still found.

The sentences were written for these tests; figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Experts: closure will cost 2,000 jobs in the region"),
        ("fr", "Experts : la fermeture coûtera 2 000 emplois"),
        ("de", "Experten: Bis zu 5.000 Jobs in der Region bedroht"),
        ("de", "Ökonomen: Werksschließung kostet 3.000 Stellen"),
        ("it", "Esperti: la chiusura costerà 2.000 posti"),
        ("es", "Expertos: el cierre costará 3.000 empleos"),
        ("nl", "Economen: sluiting kost 3.000 banen in de regio"),
        ("pl", "Eksperci: zamknięcie fabryki to 3000 miejsc pracy mniej"),
        ("nl", "Burgemeester: sluiting kost 800 banen"),
    ],
)
def test_a_speakers_label_is_no_company(watchlist: Watchlist, lang: str, title: str) -> None:
    found = read(watchlist, lang, title)
    assert found is None or found.company_id is not None, found


@pytest.mark.parametrize(
    ("lang", "title", "company"),
    [
        ("de", "Experten: Bosch streicht 5.000 Stellen in Deutschland", "Bosch"),
        ("it", "Analisti: Stellantis taglierà 2.000 posti a Mirafiori", "Stellantis"),
    ],
)
def test_the_company_after_a_speakers_label_is_found(
    watchlist: Watchlist, lang: str, title: str, company: str
) -> None:
    found = read(watchlist, lang, title)
    assert found is not None
    assert found.company == company
