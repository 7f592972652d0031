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
    sa.Column("judgement", sa.JSON),  # vocabulary, legal anchors, deed (storage/milestones.py)
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
    sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id")),  # the news it came from
    sa.Column("terms", sa.JSON, nullable=False, default=list),
    sa.Column("explanation", sa.Text, nullable=False, default=""),
    sa.Column("signals", sa.JSON),  # every signal behind a machine's judgement, in order
    sa.Column("decided_by", sa.Text),
    sa.Column("decided_at", sa.DateTime),
    sa.Column("note", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("milestone_id", "url", name="uq_evidence_milestone_url"),
)
# A milestone's evidence in date order (its first delivery), and an entry's evidence (judging).
sa.Index(
    "ix_evidence_milestone_published", evidence.c.milestone_id, evidence.c.published, evidence.c.id
)
sa.Index("ix_evidence_entry", evidence.c.entry_id)

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

# -- ingestion ------------------------------------------------------------------------------

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("url", sa.Text, nullable=False),  # what is polled (permanent redirects move it)
    sa.Column("configured_url", sa.Text, nullable=False),  # as the files or the CLI gave it
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("language", sa.String(8), nullable=False, default=""),
    sa.Column("interval_s", sa.Integer, nullable=False),
    sa.Column("origin", sa.String(20), nullable=False),  # bundled | config | cli
    sa.Column("enabled", sa.Boolean, nullable=False, default=True),
    sa.Column("configured_enabled", sa.Boolean, nullable=False, default=True),  # as the files say
    sa.Column("removed", sa.Boolean, nullable=False, default=False),
    sa.Column("disabled_reason", sa.Text, nullable=False, default=""),
    sa.Column("verified", sa.Boolean, nullable=False, default=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_attempt", sa.DateTime),
    sa.Column("last_success", sa.DateTime),
    sa.Column("last_error", sa.Text),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("next_poll", sa.DateTime),
    sa.Column("warnings", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

entries = sa.Table(
    "entries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
    sa.Column("entry_key", sa.String(64), nullable=False),  # sha256 of the feed's entry id
    sa.Column("entry_id", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("url_key", sa.String(64)),  # sha256 of the canonical URL, for cross-source dedup
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("published", sa.DateTime, nullable=False),
    sa.Column("published_from_feed", sa.Boolean, nullable=False),
    sa.Column("language", sa.String(8)),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("first_seen", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Column("revisions", sa.Integer, nullable=False, default=0),  # content changes seen
    sa.UniqueConstraint("source_id", "entry_key", name="uq_entries_source_key"),
)
sa.Index("ix_entries_url_key", entries.c.url_key)
sa.Index("ix_entries_published", entries.c.published)

# What matching derives from an entry's text alone (judgement.matching.reading), kept so a
# rematch re-runs only the decision; `reading_key` names the text and code it was made from,
# `extracted_with` the job-loss rules the entry's reports were last read with.
entry_readings = sa.Table(
    "entry_readings",
    metadata,
    sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id"), primary_key=True),
    sa.Column("reading_key", sa.String(64), nullable=False),
    sa.Column("language", sa.String(8)),
    sa.Column("words", sa.Text, nullable=False),
    sa.Column("stems", sa.Text, nullable=False),
    sa.Column("parts", sa.JSON, nullable=False),
    sa.Column("citations", sa.JSON, nullable=False),
    sa.Column("extracted_with", sa.String(64)),
)

fetch_log = sa.Table(
    "fetch_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("duration_s", sa.Float, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("http_status", sa.Integer),
    sa.Column("bytes", sa.Integer, nullable=False, default=0),
    sa.Column("new", sa.Integer, nullable=False, default=0),
    sa.Column("updated", sa.Integer, nullable=False, default=0),
    sa.Column("error", sa.Text),
)
sa.Index("ix_fetch_log_source", fetch_log.c.source_id, fetch_log.c.id)

# A restructuring announcement read in one entry; cases are built from accepted reports.
jobloss_reports = sa.Table(
    "jobloss_reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # One of entry_id (a news entry) and factsheet_id (a Eurofound ERM factsheet) is set.
    sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id"), unique=True),
    sa.Column("factsheet_id", sa.Integer, unique=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("company", sa.Text, nullable=False),
    sa.Column("company_id", sa.String(100)),
    sa.Column("brand", sa.Text),
    sa.Column("site", sa.Text),
    sa.Column("country", sa.String(2)),
    sa.Column("jobs", sa.Integer),
    sa.Column("jobs_qualifier", sa.String(20)),
    sa.Column("jobs_text", sa.Text),
    sa.Column("jobs_kind", sa.String(10), nullable=False),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("announced_on", sa.Date, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("cues", sa.JSON, nullable=False),
    sa.Column("sector", sa.Text),  # Eurofound's sector label (factsheets)
    sa.Column("erm_type", sa.Text),  # Eurofound's own type label (factsheets)
    sa.Column("additional", sa.Boolean),  # "a further 2,000": added to the case's figure
    sa.Column(
        "state", sa.String(20), nullable=False
    ),  # pending | auto | confirmed | rejected | retracted
    sa.Column("decided_by", sa.Text),
    sa.Column("decided_at", sa.DateTime),
    sa.Column("note", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)
sa.Index("ix_jobloss_reports_announced", jobloss_reports.c.announced_on)

# A person's decision on cases: split these reports off into a case of their own, or merge
# the cases holding them. Cases are rebuilt on every read; these decisions always apply.
case_decisions = sa.Table(
    "case_decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("action", sa.String(10), nullable=False),  # split | merge
    sa.Column("report_ids", sa.JSON, nullable=False),
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.Column("decided_at", sa.DateTime, nullable=False),
    sa.Column("note", sa.Text, nullable=False, default=""),
)

# Eurofound's European Restructuring Monitor factsheets, imported from its CSV export.
erm_factsheets = sa.Table(
    "erm_factsheets",
    metadata,
    sa.Column("factsheet_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("announced_on", sa.Date, nullable=False),
    sa.Column("country", sa.String(2)),
    sa.Column("country_label", sa.Text, nullable=False),
    sa.Column("company", sa.Text, nullable=False),
    sa.Column("group_name", sa.Text),
    sa.Column("region", sa.Text),
    sa.Column("unit", sa.Text),
    sa.Column("sector", sa.Text, nullable=False),
    sa.Column("nace", sa.Text),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("jobs", sa.Integer),
    sa.Column("jobs_kind", sa.String(10)),
    sa.Column("employment_before", sa.Integer),
    sa.Column("effect_start", sa.Date),
    sa.Column("effect_end", sa.Date),
    sa.Column("sources", sa.JSON, nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("imported_at", sa.DateTime, nullable=False),
)
sa.Index("ix_erm_announced", erm_factsheets.c.announced_on)

# -- alerts ---------------------------------------------------------------------------------

# One row per digest channel: how far its digests have read, and whether it is switched on.
alert_channels = sa.Table(
    "alert_channels",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("events_watermark", sa.Integer, nullable=False),  # last status_events.id digested
    sa.Column("cases_watermark", sa.Integer, nullable=False),  # the job-loss feed's own marker
    sa.Column("sequence", sa.Integer, nullable=False, default=0),  # digests queued so far
    sa.Column("last_run_at", sa.DateTime),  # the last time its schedule fired
    sa.Column("disabled_at", sa.DateTime),
    sa.Column("disabled_reason", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("told", sa.JSON),  # milestone id -> the last status its digests told
)

# The transactional outbox: a digest row is written with the watermark move that produced it.
alert_outbox = sa.Table(
    "alert_outbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("digest_id", sa.String(200), nullable=False, unique=True),
    sa.Column("channel", sa.String(64), sa.ForeignKey("alert_channels.name"), nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("payload", sa.Text, nullable=False),  # the digest as JSON (alerts.payload)
    sa.Column("status", sa.String(10), nullable=False),  # pending | sent | dead | parked
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", sa.DateTime, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("sent_at", sa.DateTime),
    sa.Column("retried_by", sa.Text),  # who queued it again by hand (a person's decision)
    sa.Column("retried_at", sa.DateTime),
)
sa.Index("ix_alert_outbox_due", alert_outbox.c.status, alert_outbox.c.next_attempt_at)
