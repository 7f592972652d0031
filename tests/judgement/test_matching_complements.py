"""A clause set off by a comma after "expects", "hopes" or "asks" is what is expected: no deed.

German, Dutch and Polish put a comma before "dass", "dat" and "że"/"by", so the clause that
holds the Commission's deed verb stands alone; the clause before it says it is only expected.
A clause before that reports ("teilt mit, dass") leaves the deed a deed.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(
        [
            milestone(
                "tolls",
                {
                    "de": ("Mautbefreiung",),
                    "nl": ("tolvrijstelling",),
                    "pl": ("zwolnienie z opłat",),
                },
            )
        ]
    )


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Spediteure hoffen, dass die Kommission die Mautbefreiung verlängert", "de"),
        ("Verband erwartet, dass Brüssel die Mautbefreiung für E-Lkw vorschlägt", "de"),
        ("Vervoerders verwachten, dat de Commissie de tolvrijstelling verlengt", "nl"),
        ("Przewoźnicy chcą, by Komisja przedłużyła zwolnienie z opłat", "pl"),
    ],
)
def test_a_deed_after_an_expectation_or_a_call_is_a_mention(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.MENTION, match.explanation


def test_a_deed_after_a_report_stays_a_deed(matcher: Matcher) -> None:
    title = "Die Behörde teilte mit, dass die Kommission die Mautbefreiung verlängert"
    (match,) = matcher.match(title, "", language="de")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation
