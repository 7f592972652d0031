"""A supplier's rank before its name ("the Tier-1 supplier X", "el proveedor Tier-1 X") is no
part of the name.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


@pytest.mark.parametrize(
    ("lang", "title", "summary", "company"),
    [
        (
            "es",
            "Golpe al sector de componentes en Lugo",
            "El proveedor Tier-1 Miño Componentes plantea un ERE para 120 trabajadores en Lugo.",
            "Miño Componentes",
        ),
        (
            "en",
            "Job cuts at Kent supplier",
            "Tier 2 supplier Medway Pressings will cut 60 jobs at its Rochester plant.",
            "Medway Pressings",
        ),
    ],
)
def test_the_rank_is_no_part_of_the_name(
    watchlist: Watchlist, lang: str, title: str, summary: str, company: str
) -> None:
    assert read_found(watchlist, lang, title, summary)[0] == company
