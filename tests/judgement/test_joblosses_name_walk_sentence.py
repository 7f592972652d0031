"""A name read after a preposition and a descriptor stays in its sentence: a headline that
ends on a descriptor ("Ontslagen bij onderdelenmaker") names no company with the word that
opens the lead ("Volgens de ondernemingsraad ...").

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import read_found


def test_the_walk_after_a_descriptor_stops_at_the_sentence_end(watchlist: Watchlist) -> None:
    found = read_found(
        watchlist,
        "nl",
        "Ontslagen bij onderdelenmaker",
        "Volgens de ondernemingsraad verdwijnen 45 banen bij Maas Kunststoffen in Venlo.",
    )
    assert found[:2] == ("Maas Kunststoffen", 45)
