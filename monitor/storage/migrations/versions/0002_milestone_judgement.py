"""milestones: the vocabulary, legal anchors and deed that judgement reads; evidence: the
signals behind each judgement

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("milestones") as batch:
        batch.add_column(sa.Column("judgement", sa.JSON(), nullable=True))
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("signals", sa.JSON(), nullable=True))
    with op.batch_alter_table("alert_channels") as batch:
        batch.add_column(sa.Column("told", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alert_channels") as batch:
        batch.drop_column("told")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("signals")
    with op.batch_alter_table("milestones") as batch:
        batch.drop_column("judgement")
