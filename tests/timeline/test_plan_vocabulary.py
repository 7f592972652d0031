"""Plan files describe milestones for judgement: concepts, names, legal anchors, deeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.errors import PlanError
from timeline.model import DeedKind, Responsible
from timeline.plan import load_plan
from timeline.vocabulary import parse_concepts

CONCEPTS = """\
[concept.toll]
en = ["toll", "road charge"]
de = ["Maut"]

[concept.truck]
en = ["truck"]
all = ["HGV"]
"""

PLAN = """\
[plan]
id = "p"
title = "A plan"
vocabulary = ["concepts.toml"]

[plan.pillars]
x = "X"

[[milestone]]
id = "tolls"
pillar = "x"
title = "Toll exemption"
kind = "legislative_proposal"
actor = "European Commission"

[milestone.deed]
delivers = "proposal"
by = "commission"

[milestone.legal]
amends = ["Directive 1999/62/EC"]
documents = ["COM(2025) 348"]
procedures = ["2025/0180(COD)"]

[milestone.vocabulary]
names.all = ["Eurovignette"]
names.fr = ["directive Eurovignette"]
about = ["toll + truck"]

[[milestone]]
id = "deal"
pillar = "x"
title = "Finish the trilogue"
kind = "other"
actor = "European Parliament and Council of the EU"
"""


def write(tmp_path: Path, plan: str = PLAN, concepts: str = CONCEPTS) -> Path:
    (tmp_path / "concepts.toml").write_text(concepts)
    path = tmp_path / "plan.toml"
    path.write_text(plan)
    return path


def test_a_milestone_carries_its_deed_legal_anchors_and_vocabulary(tmp_path: Path) -> None:
    tolls, deal = load_plan(write(tmp_path)).milestones
    assert (tolls.deed.delivers, tolls.deed.by) == (DeedKind.PROPOSAL, Responsible.COMMISSION)  # type: ignore[union-attr]
    assert tolls.legal.amends == ("act:1999/62",)
    assert tolls.legal.documents == ("com:2025/348",)
    assert tolls.legal.procedures == ("proc:2025/0180",)
    assert tolls.vocabulary.names == {"all": ("Eurovignette",), "fr": ("directive Eurovignette",)}
    ((toll, truck),) = tolls.vocabulary.about
    assert (toll.name, truck.name) == ("toll", "truck")
    assert toll.phrases["de"] == ("Maut",)
    # English and German have words for both concepts ("HGV" is truck in every language),
    # French has a name; Italian has neither.
    assert tolls.vocabulary.languages() == {"en", "de", "fr"}
    assert deal.deed is None
    assert deal.delivering_deed.delivers is DeedKind.AGREEMENT
    assert deal.delivering_deed.by is Responsible.COLEGISLATORS
    assert not deal.delivering_deed.explicit


def test_an_unknown_concept_names_the_line_and_the_closest_concept(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.replace('"toll + truck"', '"tol + truck"'))
    with pytest.raises(PlanError, match="unknown concept 'tol'; did you mean 'toll'") as caught:
        load_plan(path)
    line = next(n for n, t in enumerate(PLAN.splitlines(), 1) if t.startswith("about"))
    assert caught.value.line == line


def test_a_citation_that_is_none_is_refused_at_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.replace('"Directive 1999/62/EC"', '"the Eurovignette act"'))
    with pytest.raises(PlanError, match="no citation") as caught:
        load_plan(path)
    assert caught.value.line == next(
        n for n, t in enumerate(PLAN.splitlines(), 1) if t.startswith("amends")
    )


def test_a_deed_outside_the_known_kinds_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.replace('delivers = "proposal"', 'delivers = "vote"'))
    with pytest.raises(PlanError, match=r"deed\.delivers 'vote' is not one of proposal"):
        load_plan(path)


def test_a_missing_concept_file_says_which_list_to_check(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.replace('"concepts.toml"', '"nowhere.toml"'))
    with pytest.raises(PlanError, match="concept file not found"):
        load_plan(path)


def test_two_files_defining_one_concept_give_it_the_phrases_of_both(tmp_path: Path) -> None:
    (tmp_path / "more.toml").write_text('[concept.toll]\nen = ["tolling"]\nit = ["pedaggio"]\n')
    path = write(tmp_path, PLAN.replace('["concepts.toml"]', '["concepts.toml", "more.toml"]'))
    ((toll, _),) = load_plan(path).milestones[0].vocabulary.about
    assert toll.phrases["en"] == ("toll", "road charge", "tolling")
    assert toll.phrases["it"] == ("pedaggio",)


def test_a_concept_may_say_that_it_names_who_acts() -> None:
    concepts = parse_concepts('[concept.eu]\nactor = true\nen = ["EU", "Brussels"]\n', "c.toml")
    assert concepts["eu"].actor
    assert concepts["eu"].phrases == {"en": ("EU", "Brussels")}  # the flag is no language
    assert not parse_concepts('[concept.toll]\nen = ["toll"]\n', "c.toml")["toll"].actor


def test_a_concept_defined_in_two_files_names_who_acts_if_either_says_so(tmp_path: Path) -> None:
    (tmp_path / "more.toml").write_text('[concept.toll]\nactor = true\nen = ["tolling"]\n')
    path = write(tmp_path, PLAN.replace('["concepts.toml"]', '["concepts.toml", "more.toml"]'))
    ((toll, _),) = load_plan(path).milestones[0].vocabulary.about
    assert toll.actor


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("[concept.Toll]\nen = ['x']\n", "lowercase slug", 1),
        ("[concept.toll]\nenglish = ['x']\n", "two-letter language code", 2),
        ("[concept.toll]\nen = 'toll'\n", "list of non-empty strings", 2),
        ("[concepts.toll]\nen = ['x']\n", "unknown top-level key 'concepts'", 1),
        ("[concept.eu]\nactor = 'yes'\nen = ['EU']\n", "actor must be true or false", 2),
    ],
)
def test_concept_file_mistakes_name_their_line(text: str, message: str, line: int) -> None:
    with pytest.raises(PlanError, match=message) as caught:
        parse_concepts(text, "c.toml")
    assert caught.value.line == line


def test_a_description_may_name_concepts_that_must_be_absent(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.replace('"toll + truck"', '"toll - truck", "truck + toll"'))
    vocabulary = load_plan(path).milestones[0].vocabulary
    assert [[c.name for c in group] for group in vocabulary.about] == [["toll"], ["truck", "toll"]]
    assert [c.name for c in vocabulary.excluded(0)] == ["truck"]
    assert vocabulary.excluded(1) == ()


def test_an_unknown_excluded_concept_is_refused_like_any_other(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.replace('"toll + truck"', '"toll - trucks"'))
    with pytest.raises(PlanError, match="unknown concept 'trucks'; did you mean 'truck'"):
        load_plan(path)
