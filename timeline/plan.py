"""Load and validate action-plan files (TOML): one `[plan]` table and `[[milestone]]` blocks.

The file format is documented in docs/seeds.md. Every problem names the file, the line and the
field, because plan files are written by people.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline._checker import PlanChecker
from timeline._milestone_tables import deed_table, legal_table, query_table, vocabulary_table
from timeline._seed_files import read_seed
from timeline.errors import CitationError, PeriodError, PlanError, UnknownMilestoneError
from timeline.legal import parse_citation
from timeline.model import (
    Concept,
    DeliverableKind,
    Milestone,
    Plan,
)
from timeline.periods import Period, parse_period
from timeline.vocabulary import ConceptTable, load_concepts

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PLAN_KEYS = {"id", "title", "reference", "published", "url", "pillars", "vocabulary"}
_MILESTONE_KEYS = {
    "id",
    "pillar",
    "title",
    "title_fr",
    "period",
    "normalised",
    "kind",
    "actor",
    "source",
    "notes",
    "query",
    "vocabulary",
    "legal",
    "deed",
}


def parse_plan(
    text: str, path: Path | str = "<plan>", *, concepts: ConceptTable | None = None
) -> Plan:
    """Validate the text of a plan file; raise PlanError naming file, line and field.

    The concept files the plan's `vocabulary` lists are read relative to `path`, unless
    `concepts` is given.
    """
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
    check = PlanChecker(path, text)
    plan_table = data.get("plan")
    if not isinstance(plan_table, dict):
        raise PlanError(
            path, "missing the [plan] table (id, title, pillars); see docs/seeds.md", line=1
        )
    check.unknown_keys(plan_table, _PLAN_KEYS, prefix="plan.", index=None)
    plan_id = check.text(plan_table, "id", required=True, index=None, prefix="plan.")
    if not _SLUG.match(plan_id):
        raise check.fail(
            "plan id must be a lowercase slug like 'eu-automotive-2025'", field="plan.id"
        )
    published = plan_table.get("published")
    if published is not None and not isinstance(published, dt.date):
        raise check.fail("'published' must be a TOML date like 2025-03-05", field="plan.published")
    pillars = plan_table.get("pillars")
    if (
        not isinstance(pillars, dict)
        or not pillars
        or not all(isinstance(v, str) for v in pillars.values())
    ):
        raise check.fail(
            '[plan.pillars] must map pillar ids to labels, e.g. clean-mobility = "Clean mobility"',
            field="plan.pillars",
        )
    if concepts is None:
        concepts = _concepts(check, plan_table.get("vocabulary", []))
    reference_key = _reference_key(plan_table.get("reference"))
    raw_milestones = data.get("milestone")
    extra = set(data) - {"plan", "milestone"}
    if extra:
        name = sorted(extra)[0]
        raise PlanError(
            path,
            f"unknown top-level table {name!r}; a plan file has [plan] and [[milestone]]",
            line=check.lines.table(name),
            field=name,
        )
    if not isinstance(raw_milestones, list) or not raw_milestones:
        raise PlanError(
            path, "no [[milestone]] blocks: a plan needs at least one milestone", line=1
        )
    milestones: list[Milestone] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_milestones):
        milestone = replace(
            _milestone(check, raw, index, plan_id, pillars, concepts),
            committed_on=published,
            plan_document=reference_key,
        )
        if milestone.id in seen:
            raise check.fail(
                f"duplicate milestone id {milestone.id!r} "
                f"(first used in milestone #{seen[milestone.id] + 1})",
                field="id",
                index=index,
            )
        seen[milestone.id] = index
        milestones.append(milestone)
    return Plan(
        id=plan_id,
        title=check.text(plan_table, "title", required=True, index=None, prefix="plan."),
        reference=check.text(plan_table, "reference", required=False, index=None, prefix="plan."),
        published=published,
        url=check.text(plan_table, "url", required=False, index=None, prefix="plan."),
        pillars=dict(pillars),
        milestones=tuple(milestones),
    )


def _reference_key(reference: Any) -> str | None:
    """The plan's own reference in normal form, when it is a citation ("COM(2025) 95")."""
    if not isinstance(reference, str):
        return None
    try:
        return parse_citation(reference).key
    except CitationError:
        return None


def _concepts(check: PlanChecker, listed: Any) -> dict[str, Concept]:
    """The concepts of the files the plan lists (relative to the plan file); a concept that
    several files define has the phrases of all of them."""
    if not isinstance(listed, list) or not all(isinstance(p, str) and p for p in listed):
        raise check.fail(
            "'vocabulary' must list concept files, e.g. [\"../vocabulary/automotive.toml\"]",
            field="plan.vocabulary",
        )
    found: dict[str, Concept] = {}
    for name in listed:
        for concept_name, concept in load_concepts(check.path.parent / name).items():
            earlier = found.get(concept_name)
            if earlier is not None:
                merged = {k: tuple(v) for k, v in earlier.phrases.items()}
                for language, phrases in concept.phrases.items():
                    merged[language] = tuple(dict.fromkeys((*merged.get(language, ()), *phrases)))
                concept = Concept(concept_name, merged, earlier.actor or concept.actor)
            found[concept_name] = concept
    return found


def _milestone(
    check: PlanChecker,
    raw: Mapping[str, Any],
    index: int,
    plan_id: str,
    pillars: Mapping[str, str],
    concepts: ConceptTable,
) -> Milestone:
    check.unknown_keys(raw, _MILESTONE_KEYS, prefix="", index=index)
    milestone_id = check.text(raw, "id", required=True, index=index)
    if not _SLUG.match(milestone_id):
        raise check.fail(
            f"milestone id {milestone_id!r} must be a lowercase slug (a-z, 0-9, '-')",
            field="id",
            index=index,
        )
    pillar = check.text(raw, "pillar", required=True, index=index)
    if pillar not in pillars:
        raise check.fail(
            f"pillar {pillar!r} is not in [plan.pillars] ({', '.join(pillars)})",
            field="pillar",
            index=index,
        )
    kind_text = check.text(raw, "kind", required=True, index=index)
    try:
        kind = DeliverableKind(kind_text)
    except ValueError:
        raise check.fail(
            f"kind {kind_text!r} is not one of {', '.join(k.value for k in DeliverableKind)}",
            field="kind",
            index=index,
        ) from None
    period_text = check.text(raw, "period", required=False, index=index)
    period = _period(check, raw, index, period_text)
    return Milestone(
        id=milestone_id,
        plan=plan_id,
        pillar=pillar,
        title=check.text(raw, "title", required=True, index=index),
        title_fr=check.text(raw, "title_fr", required=False, index=index),
        period_text=period_text,
        period=period,
        kind=kind,
        actor=check.text(raw, "actor", required=True, index=index),
        source=check.text(raw, "source", required=False, index=index),
        query=query_table(check, raw.get("query", {}), index),
        notes=check.text(raw, "notes", required=False, index=index),
        vocabulary=vocabulary_table(check, raw.get("vocabulary", {}), index, concepts),
        legal=legal_table(check, raw.get("legal", {}), index),
        deed=deed_table(check, raw.get("deed"), index),
    )


def _period(
    check: PlanChecker, raw: Mapping[str, Any], index: int, period_text: str
) -> Period | None:
    normalised = check.text(raw, "normalised", required=False, index=index)
    if not period_text:
        if normalised:
            raise check.fail(
                "'normalised' is set but 'period' is empty; give the period as written",
                field="normalised",
                index=index,
            )
        return None
    try:
        period = parse_period(period_text)
    except PeriodError as exc:
        raise check.fail(str(exc), field="period", index=index) from None
    if normalised and normalised != period.normalised:
        raise check.fail(
            f"'normalised' is {normalised!r} but period {period_text!r} reads as "
            f"{period.normalised!r}; fix one of them",
            field="normalised",
            index=index,
        )
    return period


def load_plan(path: Path | str) -> Plan:
    """Read and validate one plan file."""
    path = Path(path)
    text = read_seed(path, "plan file not found; check the path or the `plans` setting")
    return parse_plan(text, path)


def load_plans(paths: Iterable[Path | str]) -> tuple[Plan, ...]:
    """Read several plan files; milestone ids must be unique across all of them."""
    plans = tuple(load_plan(p) for p in paths)
    owner: dict[str, str] = {}
    for plan in plans:
        if plan.id in {p.id for p in plans if p is not plan}:
            raise PlanError(
                plan.id, f"plan id {plan.id!r} is used by two plan files; give each plan its own id"
            )
        for milestone in plan.milestones:
            if milestone.id in owner:
                raise PlanError(
                    plan.id,
                    f"milestone id {milestone.id!r} is in plans {owner[milestone.id]!r} "
                    f"and {plan.id!r}; ids must be unique across plan files",
                    field="id",
                )
            owner[milestone.id] = plan.id
    return plans


def find_milestone(milestones: Sequence[Milestone], milestone_id: str) -> Milestone:
    """The milestone with this id, or UnknownMilestoneError suggesting the closest ids."""
    for milestone in milestones:
        if milestone.id == milestone_id:
            return milestone
    ids = [m.id for m in milestones]
    close = difflib.get_close_matches(milestone_id, ids, n=3, cutoff=0.5)
    if not close:
        close = [i for i in ids if milestone_id.lower() in i][:3]
    raise UnknownMilestoneError(milestone_id, close)
