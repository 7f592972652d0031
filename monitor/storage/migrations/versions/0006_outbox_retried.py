"""alert_outbox: who queued a digest again by hand, and when

Revision ID: 0006
Revises: 0005

A person's retry of a dead or parked digest is a decision like any other: the outbox row now
keeps who asked for it (from the desk or `monitor outbox retry`) and when. Rows retried before
this revision say nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("alert_outbox", sa.Column("retried_by", sa.Text(), nullable=True))
    op.add_column("alert_outbox", sa.Column("retried_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alert_outbox") as batch:
        batch.drop_column("retried_at")
        batch.drop_column("retried_by")
