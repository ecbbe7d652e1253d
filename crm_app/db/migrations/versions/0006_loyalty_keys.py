"""loyalty: idempotency keys on the points ledger and coupons, refund link, leaderboard index

- points_ledger.refund_id: the refund a `reverse` entry answers (one reverse per refund);
- points_ledger.rule_key: unique key of a rule-made entry (bonus:first_purchase:42, expire:42:2026-05-01,
  ...) so evaluation and `crm-app loyalty recalc` never write the same entry twice;
- coupons.rule_key: the same for coupons issued by rule (birthday:42:2026, ...);
- ix_points_ledger_kind_occurred: the leaderboard (points earned in a period) reads a range of it.

Columns are added without foreign keys so SQLite does not rebuild the (large) ledger table.

Revision ID: 0006_loyalty_keys
Revises: 0005_ticket_queue_indexes
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_loyalty_keys"
down_revision = "0005_ticket_queue_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("points_ledger", sa.Column("refund_id", sa.Integer(), nullable=True))
    op.add_column("points_ledger", sa.Column("rule_key", sa.String(64), nullable=True))
    op.add_column("coupons", sa.Column("rule_key", sa.String(64), nullable=True))
    op.create_index("ix_points_ledger_refund", "points_ledger", ["refund_id"])
    op.create_index("uq_points_ledger_rule_key", "points_ledger", ["rule_key"], unique=True,
                    sqlite_where=sa.text("rule_key IS NOT NULL"), postgresql_where=sa.text("rule_key IS NOT NULL"))
    op.create_index("uq_coupons_rule_key", "coupons", ["rule_key"], unique=True,
                    sqlite_where=sa.text("rule_key IS NOT NULL"), postgresql_where=sa.text("rule_key IS NOT NULL"))
    op.create_index("ix_points_ledger_kind_occurred", "points_ledger", ["kind", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_points_ledger_kind_occurred", table_name="points_ledger")
    op.drop_index("uq_coupons_rule_key", table_name="coupons")
    op.drop_index("uq_points_ledger_rule_key", table_name="points_ledger")
    op.drop_index("ix_points_ledger_refund", table_name="points_ledger")
    with op.batch_alter_table("coupons") as b:
        b.drop_column("rule_key")
    with op.batch_alter_table("points_ledger") as b:
        b.drop_column("rule_key")
        b.drop_column("refund_id")
