"""Forms a third fresh batch showed the extractor reading wrong or not at all: an English
"X plant to shut" headline (no German "plant" there, and a closure all the same), a
workforce said to lose its jobs, a workforce after a possessive, a cut told as background
in a relative clause, a plant's town in the headline and its company in the lead, a works'
noun after a closure word, Dutch payment moratoriums, Polish shares in the genitive, and the
national names of collective dismissals.

Every sentence here was written for these tests; the companies are invented and the figures
made up.
"""

from __future__ import annotations

import pytest

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import bundled_watchlist, read


@pytest.fixture(scope="module")
def watchlist() -> Watchlist:
    return bundled_watchlist()


def _reads(watchlist: Watchlist, lang: str, title: str, summary: str) -> tuple[str, int, str]:
    found = read(watchlist, lang, title, summary)
    assert found is not None
    assert found.jobs is not None
    return found.company, found.jobs.value, found.jobs_kind.value


# An English "X plant to ..." is the plant of X: German "plant" (plans) is no auxiliary there,
# so the word before it is no subject; the company is the one the lead names.
def test_an_english_plant_before_to_is_no_german_auxiliary(watchlist: Watchlist) -> None:
    found = _reads(
        watchlist,
        "en",
        "Gearbox plant to close with the loss of 300 jobs",
        "Tarrant Transmissions said the Hull works would stop in June.",
    )
    assert found == ("Tarrant Transmissions", 300, "loss")


# "Plant to shut", "factory will shut down": a closure said in that order is strong on its own.
@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Wheel plant to shut down", "Orrin Wheels confirmed the decision on Monday."),
        ("Orrin Wheels says its Swansea factory will shut next spring", ""),
    ],
)
def test_a_plant_then_shut_is_a_closure(watchlist: Watchlist, title: str, summary: str) -> None:
    found = read(watchlist, "en", title, summary)
    assert found is not None
    assert (found.company, found.jobs_kind.value, found.type.value) == (
        "Orrin Wheels",
        "loss",
        "closure",
    )
