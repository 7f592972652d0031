"""Headlines drop the indefinite article of a deed phrase.

"Commissie doet voorstel voor quota voor bedrijfsvloten" was read as nothing done: the lexicon
lists "doet een voorstel", as a lead words it. A cue phrase holding an article that headlines
drop (`dropped_articles`: "een", "a", "ein") is also found without it; a phrase whose article
stands first, or that would keep one word, is not shortened.
"""

from __future__ import annotations

import pytest

from monitor.judgement.matching import Matcher
from monitor.judgement.matching.cues import _without_articles
from tests.milestone_support import milestone
from timeline.model import EvidenceKind

TERMS = {
    "nl": ("bedrijfsvloten",),
    "de": ("Firmenflotten",),
    "en": ("corporate fleets",),
}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([milestone("fleets", TERMS)])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Commissie doet voorstel voor quota voor bedrijfsvloten", "nl"),
        ("Europese Commissie deed voorstel over bedrijfsvloten", "nl"),
        ("Kommission macht Vorschlag zu Quoten für Firmenflotten", "de"),
    ],
)
def test_a_deed_phrase_without_its_article_is_the_deed(
    matcher: Matcher, title: str, language: str
) -> None:
    (match,) = matcher.match(title, "", language=language)
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_only_articles_after_the_first_word_are_dropped() -> None:
    dropped = frozenset({"een", "a"})
    assert _without_articles("doet een voorstel", dropped) == "doet voorstel"
    assert _without_articles("a deal", dropped) is None
    assert _without_articles("een voorstel", dropped) is None
    assert _without_articles("stelt voor", dropped) is None
