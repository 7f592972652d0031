"""ERM factsheets as job-loss reports; people's split and merge decisions on cases

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A report now comes from a news entry or from a Eurofound factsheet (never both).
    with op.batch_alter_table("jobloss_reports", schema=None) as batch_op:
        batch_op.alter_column("entry_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("factsheet_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("sector", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("erm_type", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("additional", sa.Boolean(), nullable=True))
        batch_op.create_unique_constraint(op.f("uq_jobloss_reports_factsheet_id"), ["factsheet_id"])
    op.create_table(
        "case_decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("report_ids", sa.JSON(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_decisions")),
    )


def downgrade() -> None:
    op.drop_table("case_decisions")
    op.execute("DELETE FROM jobloss_reports WHERE entry_id IS NULL")
    with op.batch_alter_table("jobloss_reports", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("uq_jobloss_reports_factsheet_id"), type_="unique")
        batch_op.drop_column("additional")
        batch_op.drop_column("erm_type")
        batch_op.drop_column("sector")
        batch_op.drop_column("factsheet_id")
        batch_op.alter_column("entry_id", existing_type=sa.Integer(), nullable=False)
