"""Milestones in the database, kept in step with the plan files.

Syncing is idempotent: an unchanged milestone is left alone, a changed one is updated, and one
removed from its file is retired (kept with its evidence), never deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from monitor.storage.schema import milestones, plans
from timeline.errors import CitationError
from timeline.legal import parse_citation
from timeline.model import (
    Concept,
    Deed,
    DeedKind,
    DeliverableKind,
    EvidenceQuery,
    Legal,
    Milestone,
    Plan,
    Responsible,
    Vocabulary,
)
from timeline.periods import Period


@dataclass(frozen=True, slots=True)
class SyncReport:
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    unchanged: int = 0


def _milestone_row(milestone: Milestone, position: int) -> dict[str, Any]:
    period = milestone.period
    row: dict[str, Any] = {
        "id": milestone.id,
        "plan_id": milestone.plan,
        "position": position,
        "pillar": milestone.pillar,
        "title": milestone.title,
        "title_fr": milestone.title_fr,
        "period_text": milestone.period_text,
        "period_normalised": period.normalised if period else None,
        "window_start": period.start if period else None,
        "window_end": period.end if period else None,
        "due": period.deadline if period else None,
        "kind": milestone.kind.value,
        "actor": milestone.actor,
        "source": milestone.source,
        "notes": milestone.notes,
        "query": {
            "terms": {k: list(v) for k, v in milestone.query.terms.items()},
            "context": {k: list(v) for k, v in milestone.query.context.items()},
            "exclude": {k: list(v) for k, v in milestone.query.exclude.items()},
            "near": milestone.query.near,
        },
        "judgement": _judgement_data(milestone),
    }
    digest_source = json.dumps(row, sort_keys=True, default=str)
    row["content_hash"] = hashlib.sha256(digest_source.encode()).hexdigest()
    return row


def _judgement_data(milestone: Milestone) -> dict[str, Any]:
    """What judgement reads besides the query, as JSON: concepts travel with their phrases,
    so a stored milestone needs no concept file to be judged."""
    deed = milestone.deed
    return {
        "names": {k: list(v) for k, v in milestone.vocabulary.names.items()},
        "about": [[_concept_data(c) for c in group] for group in milestone.vocabulary.about],
        "unless": [[_concept_data(c) for c in group] for group in milestone.vocabulary.unless],
        "legal": {
            "amends": list(milestone.legal.amends),
            "creates": list(milestone.legal.creates),
            "documents": list(milestone.legal.documents),
            "procedures": list(milestone.legal.procedures),
        },
        "deed": {"delivers": deed.delivers.value, "by": deed.by.value} if deed else None,
    }


def _concept_data(concept: Concept) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": concept.name,
        "phrases": {k: list(v) for k, v in concept.phrases.items()},
    }
    if concept.actor:  # only when set: rows stored before the flag read the same
        data["actor"] = True
    return data


def _concept(data: Mapping[str, Any]) -> Concept:
    phrases = {k: tuple(v) for k, v in data["phrases"].items()}
    return Concept(data["name"], phrases, bool(data.get("actor", False)))


def _from_judgement_data(data: Any) -> tuple[Vocabulary, Legal, Deed | None]:
    data = data or {}
    about, unless = (
        tuple(tuple(_concept(c) for c in group) for group in data.get(key, []))
        for key in ("about", "unless")
    )
    vocabulary = Vocabulary({k: tuple(v) for k, v in data.get("names", {}).items()}, about, unless)
    legal = Legal(**{k: tuple(v) for k, v in data.get("legal", {}).items()})
    deed_data = data.get("deed")
    deed = (
        Deed(DeedKind(deed_data["delivers"]), Responsible(deed_data["by"])) if deed_data else None
    )
    return vocabulary, legal, deed


def sync_plans(
    conn: sa.Connection, loaded: Sequence[tuple[Plan, Path]], now: dt.datetime
) -> SyncReport:
    """Make the stored milestones match the plan files."""
    added: list[str] = []
    updated: list[str] = []
    restored: list[str] = []
    unchanged = 0
    stored = {
        row.id: row
        for row in conn.execute(
            sa.select(milestones.c.id, milestones.c.content_hash, milestones.c.retired_at)
        )
    }
    seen: set[str] = set()
    for plan, path in loaded:
        _upsert_plan(conn, plan, path, now)
        for position, milestone in enumerate(plan.milestones):
            seen.add(milestone.id)
            row = _milestone_row(milestone, position)
            old = stored.get(milestone.id)
            if old is None:
                conn.execute(milestones.insert().values(**row, created_at=now, updated_at=now))
                added.append(milestone.id)
            elif old.content_hash != row["content_hash"] or old.retired_at is not None:
                conn.execute(
                    milestones.update()
                    .where(milestones.c.id == milestone.id)
                    .values(**row, updated_at=now, retired_at=None)
                )
                (restored if old.retired_at is not None else updated).append(milestone.id)
            else:
                unchanged += 1
    to_retire = [i for i, row in stored.items() if i not in seen and row.retired_at is None]
    if to_retire:
        conn.execute(
            milestones.update().where(milestones.c.id.in_(to_retire)).values(retired_at=now)
        )
    return SyncReport(
        tuple(added), tuple(updated), tuple(sorted(to_retire)), tuple(restored), unchanged
    )


def _upsert_plan(conn: sa.Connection, plan: Plan, path: Path, now: dt.datetime) -> None:
    values = {
        "title": plan.title,
        "reference": plan.reference,
        "published": plan.published,
        "url": plan.url,
        "pillars": dict(plan.pillars),
        "source_path": str(path),
        "content_hash": plan_fingerprint(path),
        "synced_at": now,
    }
    exists = conn.execute(sa.select(plans.c.id).where(plans.c.id == plan.id)).first()
    if exists:
        conn.execute(plans.update().where(plans.c.id == plan.id).values(**values))
    else:
        conn.execute(plans.insert().values(id=plan.id, **values))


def plan_fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored_fingerprints(conn: sa.Connection) -> dict[str, str]:
    """Source path -> content hash of every plan file synced so far."""
    return {row.source_path: row.content_hash for row in conn.execute(sa.select(plans))}


def milestone_fingerprints(conn: sa.Connection) -> tuple[tuple[str, str], ...]:
    """(id, content hash) of every milestone in force, in id order: what a compiled matcher
    was built from. A sync forced over an unchanged plan file (a concept file edited) changes
    these and not the plan's fingerprint."""
    query = (
        sa.select(milestones.c.id, milestones.c.content_hash)
        .where(milestones.c.retired_at.is_(None))
        .order_by(milestones.c.id)
    )
    return tuple((row.id, row.content_hash) for row in conn.execute(query))


def plan_titles(conn: sa.Connection) -> list[tuple[str, str]]:
    """(title, reference) of every stored plan, in id order."""
    query = sa.select(plans.c.title, plans.c.reference).order_by(plans.c.id)
    return [(row.title, row.reference or "") for row in conn.execute(query)]


def pillar_labels(conn: sa.Connection) -> dict[str, str]:
    labels: dict[str, str] = {}
    for row in conn.execute(sa.select(plans.c.pillars)):
        labels.update(row.pillars)
    return labels


def load_milestones(
    conn: sa.Connection, *, include_retired: bool = False, ids: Collection[str] | None = None
) -> list[Milestone]:
    """Stored milestones in plan order, each with its plan's publication date; only those of
    `ids` when given."""
    query = (
        sa.select(
            milestones,
            plans.c.published.label("plan_published"),
            plans.c.reference.label("plan_reference"),
        )
        .join(plans, plans.c.id == milestones.c.plan_id)
        .order_by(milestones.c.plan_id, milestones.c.position)
    )
    if not include_retired:
        query = query.where(milestones.c.retired_at.is_(None))
    if ids is not None:
        query = query.where(milestones.c.id.in_(list(ids)))
    return [_milestone(row) for row in conn.execute(query)]


def _citation_key(reference: str | None) -> str | None:
    try:
        return parse_citation(reference).key if reference else None
    except CitationError:
        return None


def retired_ids(conn: sa.Connection) -> set[str]:
    query = sa.select(milestones.c.id).where(milestones.c.retired_at.is_not(None))
    return {row.id for row in conn.execute(query)}


def _milestone(row: Any) -> Milestone:
    period = None
    if row.due is not None:
        period = Period(row.window_start, row.window_end, row.due, row.period_normalised)
    query = row.query or {}
    vocabulary, legal, deed = _from_judgement_data(row.judgement)
    return Milestone(
        id=row.id,
        plan=row.plan_id,
        pillar=row.pillar,
        title=row.title,
        title_fr=row.title_fr,
        period_text=row.period_text,
        period=period,
        kind=DeliverableKind(row.kind),
        actor=row.actor,
        source=row.source,
        query=EvidenceQuery(
            terms={k: tuple(v) for k, v in query.get("terms", {}).items()},
            context={k: tuple(v) for k, v in query.get("context", {}).items()},
            exclude={k: tuple(v) for k, v in query.get("exclude", {}).items()},
            near=query.get("near"),
        ),
        notes=row.notes,
        vocabulary=vocabulary,
        legal=legal,
        deed=deed,
        committed_on=row.plan_published,
        plan_document=_citation_key(row.plan_reference),
    )


__all__ = [
    "SyncReport",
    "load_milestones",
    "pillar_labels",
    "plan_fingerprint",
    "plan_titles",
    "retired_ids",
    "stored_fingerprints",
    "sync_plans",
]
