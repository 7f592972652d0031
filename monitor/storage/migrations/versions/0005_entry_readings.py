"""entry_readings: what matching derives from an entry's text alone, kept for rematches

Revision ID: 0005
Revises: 0004

Folding, language detection, stemming and the citation grammar depend on the entry only; a
rematch after a plan edit read them again for every entry. Entries stored before this
revision get their reading when they are next judged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry_readings",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("reading_key", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("stems", sa.Text(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("citations", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entries.id"], name=op.f("fk_entry_readings_entry_id_entries")
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_entry_readings")),
    )


def downgrade() -> None:
    op.drop_table("entry_readings")
