"""ticket queue and pain points indexes

- assignee + created: the "my tickets" and "unassigned" queues, newest first;
- created + category + customer: pain points read who raised what in a period without touching the table;
- feedback kind + created + score/source/customer/ticket: CSAT/NPS per period from the index alone.

Revision ID: 0005_ticket_queue_indexes
Revises: 0002_search_index
"""
from alembic import op

revision = "0005_ticket_queue_indexes"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_tickets_assignee_created", "tickets", ["assignee_id", "created_at"])
    op.create_index("ix_tickets_created_category_customer", "tickets", ["created_at", "category_id", "customer_id"])
    op.create_index("ix_feedback_kind_created_cover", "feedback",
                    ["kind", "created_at", "score", "source", "customer_id", "ticket_id"])


def downgrade() -> None:
    op.drop_index("ix_feedback_kind_created_cover", table_name="feedback")
    op.drop_index("ix_tickets_created_category_customer", table_name="tickets")
    op.drop_index("ix_tickets_assignee_created", table_name="tickets")
