"""entry_readings.extracted_with: the job-loss rules an entry's reports were last read with

Revision ID: 0007
Revises: 0006

A rematch after a plan edit re-read every entry for job losses too, although neither the
text nor the extractor, its lexicons or the watch list had changed: the extraction was half
of a rematch. The column names the rules an entry was last read with; a rematch skips the
entries whose text and rules are unchanged. Rows from before this revision say nothing, so
their entries are read once more.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entry_readings", sa.Column("extracted_with", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("entry_readings") as batch:
        batch.drop_column("extracted_with")
