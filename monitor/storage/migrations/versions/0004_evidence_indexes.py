"""evidence indexes for judging as the table grows

Revision ID: 0004
Revises: 0003

Judging a source's new entries looks up the machine's evidence by entry (machine_milestones_by_
entry, retract_unmatched), and logging a new delivery's status reads each milestone's first
delivery by date (first_deliveries): without these indexes both scanned the evidence table,
which only grows. The composite index serves the lookups by milestone the old one did.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_milestone")
        batch_op.create_index(
            "ix_evidence_milestone_published", ["milestone_id", "published", "id"], unique=False
        )
        batch_op.create_index("ix_evidence_entry", ["entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_entry")
        batch_op.drop_index("ix_evidence_milestone_published")
        batch_op.create_index("ix_evidence_milestone", ["milestone_id"], unique=False)
