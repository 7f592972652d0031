"""German says a closure verb first ("X schließt das Werk in Zwickau", "schließt zwei
Standorte"): a closure cue as strong as "Werksschließung", unless "nicht" negates it.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import bundled_watchlist, read, read_found


def watchlist() -> Watchlist:
    return bundled_watchlist()


def test_a_closing_verb_before_the_plant_is_a_closure() -> None:
    title = "Kessler Antriebe schließt das Werk in Gotha mit 640 Beschäftigten"
    assert read_found(watchlist(), "de", title, "") == ("Kessler Antriebe", 640, "loss")
    found = read(watchlist(), "de", "Harnisch Guss schließt zwei Standorte in Sachsen")
    assert found is not None
    assert (found.company, found.type.value) == ("Harnisch Guss", "closure")


def test_a_closing_verb_negated_after_the_plant_is_no_case() -> None:
    assert read(watchlist(), "de", "Harnisch Guss schließt das Werk in Gotha nicht") is None
