"""A headline opening with a company's name and an idiom of its own, and a lead that tells
the cut naming no one: the cut is the headline subject's. A lead naming another company keeps
its own.

The sentences were written for these tests; companies are invented, figures made up.
"""

from __future__ import annotations

from monitor.judgement.joblosses import Watchlist
from tests.joblosses_support import bundled_watchlist, read_found


def _watchlist() -> Watchlist:
    return bundled_watchlist()


def test_the_lead_without_a_name_tells_the_headline_subjects_cut() -> None:
    found = read_found(
        _watchlist(),
        "de",
        "Kessler Lagertechnik zieht die Notbremse",
        "Bis Mitte 2025 sollen rund 260 Arbeitsplätze in Hof wegfallen.",
    )
    assert found[:2] == ("Kessler Lagertechnik", 260)


def test_a_lead_naming_a_company_keeps_its_own() -> None:
    found = read_found(
        _watchlist(),
        "de",
        "Kessler Lagertechnik zieht die Notbremse",
        "Bis Mitte 2025 sollen bei Brandt Achsen rund 260 Arbeitsplätze wegfallen.",
    )
    assert found[0] == "Brandt Achsen"
