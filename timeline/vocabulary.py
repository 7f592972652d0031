"""Concept files: the words the world uses for the things plans talk about, in each language.

A plan's milestones say what they are about as concepts ("toll + zero-emission + truck");
a concept file gives each concept its phrases by language:

    [concept.toll]
    en = ["toll", "road charge", "user charge"]
    de = ["Maut", "Straßenbenutzungsgebühr"]
    all = ["Eurovignette"]        # spelt alike in every language

    [concept.eu]
    actor = true                  # it names who acts, not what the text is about
    en = ["European Commission", "Brussels"]

Pure but for reading the file; every mistake names the file, the line and the concept.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline._seed_files import read_seed
from timeline._toml_lines import LineFinder
from timeline.errors import PlanError
from timeline.model import ALL, Concept, Plan

__all__ = [
    "ConceptTable",
    "Gap",
    "coverage",
    "load_concepts",
    "parse_concepts",
    "parse_description",
    "parse_expression",
]

ConceptTable = Mapping[str, Concept]
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
ACTOR_KEY = "actor"  # a concept's flag beside its languages: it names who acts


def parse_concepts(text: str, path: Path | str = "<concepts>") -> dict[str, Concept]:
    """Validate the text of a concept file; raise PlanError naming file, line and concept."""
    path = Path(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise PlanError(
            path,
            f"not valid TOML: {exc}; fix the syntax at that line",
            line=int(found.group(1)) if found else None,
        ) from None
    lines = LineFinder(text)
    extra = set(data) - {"concept"}
    if extra:
        name = sorted(extra)[0]
        raise PlanError(
            path,
            f"unknown top-level key {name!r}; a concept file holds [concept.NAME] tables",
            line=lines.table(name) or 1,
            field=name,
        )
    table = data.get("concept", {})
    if not isinstance(table, dict) or not table:
        raise PlanError(path, "no [concept.NAME] tables: the file defines no concept", line=1)
    concepts = {}
    for name, raw in table.items():
        concepts[name] = _concept(path, lines, name, raw)
    return concepts


def _concept(path: Path, lines: LineFinder, name: str, raw: Any) -> Concept:
    where = f"concept.{name}"
    if not _NAME.match(name):
        raise PlanError(
            path,
            f"concept name {name!r} must be a lowercase slug (a-z, 0-9, '-')",
            line=lines.table(where),
            field=where,
        )
    if not isinstance(raw, dict) or not raw:
        raise PlanError(
            path,
            f'[{where}] must map languages to phrases, e.g. en = ["toll"]',
            line=lines.table(where),
            field=where,
        )
    actor = raw.get(ACTOR_KEY, False)
    if not isinstance(actor, bool):
        raise PlanError(
            path,
            f"{where}.{ACTOR_KEY} must be true or false (true: the concept names who acts)",
            line=lines.in_table(where, ACTOR_KEY),
            field=f"{where}.{ACTOR_KEY}",
        )
    phrases: dict[str, tuple[str, ...]] = {}
    for language, values in raw.items():
        if language == ACTOR_KEY:
            continue
        field = f"{where}.{language}"
        if language != ALL and not _LANGUAGE.match(language):
            raise PlanError(
                path,
                f"{language!r} is not a two-letter language code (en, fr, ...) or 'all'",
                line=lines.in_table(where, language),
                field=field,
            )
        if not isinstance(values, list) or not all(
            isinstance(v, str) and v.strip() for v in values
        ):
            raise PlanError(
                path,
                f"{field} must be a list of non-empty strings",
                line=lines.in_table(where, language),
                field=field,
            )
        phrases[language] = tuple(v.strip() for v in values)
    return Concept(name, phrases, actor)


def load_concepts(path: Path | str) -> dict[str, Concept]:
    """Read and validate one concept file."""
    path = Path(path)
    text = read_seed(path, "concept file not found; check the plan's `vocabulary` list")
    return parse_concepts(text, path)


def parse_expression(text: str, concepts: ConceptTable) -> tuple[Concept, ...]:
    """Read "toll + zero-emission + truck" into its concepts; ValueError says what is wrong."""
    found, excluded = parse_description(text, concepts)
    if excluded:
        raise ValueError(f"{text!r}: '-' (unless) is not allowed here")
    return found


def parse_description(
    text: str, concepts: ConceptTable
) -> tuple[tuple[Concept, ...], tuple[Concept, ...]]:
    """Read "co2 + flexibility + car - year-2035" into the concepts that must appear together
    and those that must not appear (" - ", spaces around, since names hold hyphens)."""
    wanted, *unless = (part.strip() for part in text.split(" - "))
    names = [part.strip() for part in wanted.split("+")]
    if not all(names) or not all(unless):
        raise ValueError(
            f"{text!r}: write concept names joined by '+', e.g. 'toll + truck', and any that"
            " must be absent after ' - ', e.g. 'co2 + car - year-2035'"
        )
    return _known(text, names, concepts), _known(text, unless, concepts)


def _known(text: str, names: Iterable[str], concepts: ConceptTable) -> tuple[Concept, ...]:
    found = []
    for name in names:
        concept = concepts.get(name)
        if concept is None:
            close = difflib.get_close_matches(name, sorted(concepts), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else "; add it to a concept file"
            raise ValueError(f"{text!r}: unknown concept {name!r}{hint}")
        found.append(concept)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Gap:
    """What a milestone lacks for judgement: languages it cannot be recognised in, a deed."""

    milestone_id: str
    languages: tuple[str, ...]  # where neither a name, a description nor a query term fits
    derived_deed: bool  # True: no [milestone.deed], read from the kind and actor


def coverage(plan: Plan, languages: Iterable[str]) -> list[Gap]:
    """The plan's milestones that cannot be recognised in some of `languages`, or that name no
    deed (a query's terms count for their languages, and for all when written with `*`)."""
    wanted = sorted(set(languages))
    gaps = []
    for milestone in plan.milestones:
        known = set(milestone.vocabulary.languages()) | set(milestone.query.terms)
        if milestone.vocabulary.names.get(ALL) or milestone.legal.keys:
            known |= set(wanted)  # a name spelt alike everywhere, or a citation, reads anywhere
        missing = tuple(lang for lang in wanted if lang not in known)
        derived = milestone.deed is None
        if missing or derived:
            gaps.append(Gap(milestone.id, missing, derived))
    return gaps
