"""Graded recognition: a description found short of one concept, and the deed that carries it.

The press rarely writes every concept of a description: a toll exemption "for clean
vehicles" leaves out the trucks. When a text names no milestone otherwise, a description of
three or more concepts found short of one still points at a milestone, weakly: it is a
delivery only when the responsible actor is said to have done the deed, and waits for a
person otherwise.
"""

from __future__ import annotations

from monitor.judgement.matching import Matcher
from monitor.judgement.matching.fold import Folded, fold_text
from monitor.judgement.matching.themes import PARTIAL_STRENGTH, ThemeIndex, ThemeKind
from monitor.judgement.stems import stem_words
from timeline.model import (
    Concept,
    Deed,
    DeedKind,
    DeliverableKind,
    EvidenceKind,
    Milestone,
    Responsible,
    Vocabulary,
)

ACCEPT = 0.8  # the default `matching.auto_accept`

TOLL = Concept("toll", {"en": ("toll", "road charge")})
CLEAN = Concept("zero-emission", {"en": ("zero-emission", "emission-free")})
TRUCK = Concept("truck", {"en": ("truck", "lorry")})
CORRIDOR = Concept("corridor", {"en": ("corridor",)})
CHARGING = Concept("charging", {"en": ("charging", "charger")})
FUND = Concept("fund", {"en": ("fund",)})


def milestone(id_: str, about: tuple[tuple[Concept, ...], ...], deed: DeedKind) -> Milestone:
    return Milestone(
        id=id_, plan="p", pillar="x", title=id_, title_fr="", period_text="", period=None,
        kind=DeliverableKind.OTHER, actor="European Commission", source="",
        vocabulary=Vocabulary({}, about), deed=Deed(deed, Responsible.COMMISSION),
    )  # fmt: skip


PLAN = [
    milestone("tolls", ((TOLL, CLEAN, TRUCK),), DeedKind.PROPOSAL),
    milestone("corridors", ((CORRIDOR, CHARGING, TRUCK),), DeedKind.LAUNCH),
]
MATCHER = Matcher(PLAN)


def judged(title: str, summary: str = "", matcher: Matcher = MATCHER) -> dict[str, object]:
    return {
        m.milestone_id: (m.kind, m.confidence >= ACCEPT)
        for m in matcher.match(title, summary, language="en")
    }


def test_the_commission_proposing_what_a_description_short_of_one_concept_says_delivers() -> None:
    # no word for trucks: "vehicles" is not one
    assert judged("Commission proposes to exempt zero-emission vehicles from road tolls") == {
        "tolls": (EvidenceKind.DELIVERED, True)
    }


def test_the_deed_may_stand_in_the_lead() -> None:
    assert judged(
        "Road tolls to be waived for emission-free vehicles",
        "The European Commission has proposed the change on Friday.",
    ) == {"tolls": (EvidenceKind.DELIVERED, True)}


def test_without_the_actors_deed_a_partial_description_waits_for_a_person() -> None:
    assert judged("Road toll exemption for zero-emission vehicles extended") == {
        "tolls": (EvidenceKind.DELIVERED, False)
    }


def test_a_partial_description_that_reports_no_deed_is_no_evidence() -> None:
    assert judged("Zero-emission vehicles could soon pay no road tolls") == {}
    assert judged("Carmakers call for road toll relief for zero-emission vehicles") == {}


def test_the_concept_that_tells_the_milestone_apart_cannot_be_the_missing_one() -> None:
    # trucks and zero emission without tolls, or charging for trucks without corridors:
    # what is missing is what the milestone is about
    assert judged("Commission proposes charging points for zero-emission trucks") == {}


def test_two_milestones_described_as_nearly_say_too_little_to_choose() -> None:
    plan = [*PLAN, milestone("fund", ((FUND, CLEAN, TRUCK),), DeedKind.FUNDING)]
    matcher = Matcher(plan)
    assert judged("Commission proposes a fund for zero-emission vehicles", matcher=matcher) == {
        "fund": (EvidenceKind.DELIVERED, True)
    }
    assert (
        judged(
            "Commission proposes a fund and road tolls for zero-emission vehicles",
            matcher=matcher,
        )
        == {}
    )


def test_a_text_that_names_a_milestone_gets_no_partial_description_of_another() -> None:
    found = judged("Commission proposes charging corridors for trucks, road tolls for vans")
    assert set(found) == {"corridors"}


def test_the_theme_is_weak_and_says_what_is_missing() -> None:
    index = ThemeIndex(PLAN)
    words = fold_text("Commission proposes to exempt zero-emission vehicles from road tolls")
    stems = Folded(" ".join(stem_words(words.words, "en")), words.parts)
    assert index.find(words, stems, "en") == []
    (theme,) = index.find(words, stems, "en", graded=True)
    assert (theme.milestone_id, theme.kind, theme.strength) == (
        "tolls",
        ThemeKind.PARTIAL,
        PARTIAL_STRENGTH,
    )
    assert theme.detail == "toll + zero-emission + truck without truck"


def test_a_whole_description_ruled_out_by_its_unless_concepts_leaves_no_partial_reading() -> None:
    keep = Concept("kept", {"en": ("keeps", "sticks to")})
    ban = Concept("ban", {"en": ("ban",)})
    engine = Concept("engine", {"en": ("combustion engine",)})
    later = Concept("review", {"en": ("review",)})
    ease = Concept("ease", {"en": ("eases",)})
    review = Milestone(
        id="review", plan="p", pillar="x", title="review", title_fr="", period_text="",
        period=None, kind=DeliverableKind.OTHER, actor="European Commission", source="",
        vocabulary=Vocabulary({}, ((engine, ban, later), (engine, ban, ease)), ((), (keep,))),
        deed=Deed(DeedKind.PROPOSAL, Responsible.COMMISSION),
    )  # fmt: skip
    others = [milestone(f"m{n}", ((later, TOLL, TRUCK),), DeedKind.PROPOSAL) for n in range(2)]
    matcher = Matcher([review, *others])
    # a description short of its word "review", the Commission doing the deed: a delivery
    assert judged("Commission proposes changes to the combustion engine ban", "", matcher)
    # "eases ... ban" is the review unless the ban is kept: kept, no weaker reading remains
    assert judged("Commission eases rules but sticks to combustion engine ban", "", matcher) == {}
