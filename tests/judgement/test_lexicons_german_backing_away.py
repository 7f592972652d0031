"""German "rückt von ... ab" (backs away from) is what the act does to a rule, as "lockert".

"Brüssel rückt vom Verbrenner-Aus ab" had no verb: the headline said nothing was done, and the
lead's proposal, away from the term, was left for review. The separable verb is listed under
`act` with its particle, so "rückt" alone ("rückt näher") is no deed.
"""

from __future__ import annotations

from monitor.judgement.matching import Matcher
from tests.milestone_support import milestone
from timeline.model import EvidenceKind


def test_backing_away_from_a_rule_is_the_deed() -> None:
    matcher = Matcher([milestone("ban", {"de": ("Verbrenner-Aus",)})])
    (match,) = matcher.match("Brüssel rückt vom Verbrenner-Aus ab", language="de")
    assert match.kind is EvidenceKind.DELIVERED, match.explanation


def test_without_its_particle_the_verb_is_no_deed() -> None:
    matcher = Matcher([milestone("ban", {"de": ("Verbrenner-Aus",)})])
    (match,) = matcher.match("Das Verbrenner-Aus rückt näher", language="de")
    assert match.kind is not EvidenceKind.DELIVERED, match.explanation
