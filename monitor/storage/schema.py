"""The database schema (SQLAlchemy Core). Changes go through a numbered Alembic migration."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# Timestamps are stored as naive UTC; dates as dates.
plans = sa.Table(
    "plans",
    metadata,
    sa.Column("id", sa.String(100), primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("reference", sa.Text, nullable=False, default=""),
    sa.Column("published", sa.Date),
    sa.Column("url", sa.Text, nullable=False, default=""),
    sa.Column("pillars", sa.JSON, nullable=False),
    sa.Column("source_path", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("synced_at", sa.DateTime, nullable=False),
)

milestones = sa.Table(
    "milestones",
    metadata,
    sa.Column("id", sa.String(100), primary_key=True),
    sa.Column("plan_id", sa.String(100), sa.ForeignKey("plans.id"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("pillar", sa.String(100), nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("title_fr", sa.Text, nullable=False, default=""),
    sa.Column("period_text", sa.Text, nullable=False, default=""),
    sa.Column("period_normalised", sa.Text),
    sa.Column("window_start", sa.Date),
    sa.Column("window_end", sa.Date),
    sa.Column("due", sa.Date),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("notes", sa.Text, nullable=False, default=""),
    sa.Column("query", sa.JSON, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Column("retired_at", sa.DateTime),  # removed from its plan file; kept with its evidence
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("milestone_id", sa.String(100), sa.ForeignKey("milestones.id"), nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("published", sa.Date, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("origin", sa.String(20), nullable=False),  # "person" or "matcher"
    sa.Column("terms", sa.JSON, nullable=False, default=list),
    sa.Column("explanation", sa.Text, nullable=False, default=""),
    sa.Column("decided_by", sa.Text),
    sa.Column("decided_at", sa.DateTime),
    sa.Column("note", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("milestone_id", "url", name="uq_evidence_milestone_url"),
)
sa.Index("ix_evidence_milestone", evidence.c.milestone_id)

# Every decision a person takes on evidence, appended, never rewritten.
evidence_decisions = sa.Table(
    "evidence_decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
    sa.Column("from_state", sa.String(20)),
    sa.Column("to_state", sa.String(20), nullable=False),
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.Column("decided_at", sa.DateTime, nullable=False),
    sa.Column("note", sa.Text, nullable=False, default=""),
)

status_events = sa.Table(
    "status_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("milestone_id", sa.String(100), sa.ForeignKey("milestones.id"), nullable=False),
    sa.Column("from_status", sa.String(30)),
    sa.Column("to_status", sa.String(30), nullable=False),
    sa.Column("effective_on", sa.Date, nullable=False),
    sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id")),
    sa.Column("recorded_at", sa.DateTime, nullable=False),
    sa.Column("reason", sa.String(30), nullable=False),
)
sa.Index("ix_status_events_milestone", status_events.c.milestone_id, status_events.c.id)
