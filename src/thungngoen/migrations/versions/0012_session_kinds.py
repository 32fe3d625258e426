"""session kinds: page sessions apart from API tokens, with expiry and rotation

Revision ID: 0012
Revises: 0011

Tokens issued before this revision were used both as page sessions and as API bearers; they
become API tokens expiring 90 days from the upgrade (decision 0018). A browser holding one
is logged out once and logs in again for a page session.
"""

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

from thungngoen.db.types import UtcDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EXISTING_TOKENS_LIVE = timedelta(days=90)


def upgrade() -> None:
    with op.batch_alter_table("auth_api_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("expires_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("idle_expires_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("previous_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("rotated_at", UtcDateTime(), nullable=True))
    tokens = sa.table(
        "auth_api_tokens",
        sa.column("kind", sa.String()),
        sa.column("expires_at", UtcDateTime()),
    )
    expiry = datetime.now(UTC) + EXISTING_TOKENS_LIVE
    op.execute(tokens.update().values(kind="api", expires_at=expiry))
    with op.batch_alter_table("auth_api_tokens", schema=None) as batch_op:
        batch_op.alter_column("kind", existing_type=sa.String(length=10), nullable=False)
        batch_op.alter_column("expires_at", existing_type=UtcDateTime(), nullable=False)
        batch_op.create_check_constraint(
            op.f("ck_auth_api_tokens_kind"), "kind IN ('session', 'api')"
        )
        batch_op.create_index("ix_auth_api_tokens_previous_hash", ["previous_hash"])
        batch_op.create_index("ix_auth_api_tokens_user_id", ["user_id"])


def downgrade() -> None:
    tokens = sa.table(
        "auth_api_tokens",
        sa.column("kind", sa.String()),
        sa.column("revoked_at", UtcDateTime()),
    )
    live_sessions = tokens.update().where(tokens.c.kind == "session", tokens.c.revoked_at.is_(None))
    op.execute(live_sessions.values(revoked_at=datetime.now(UTC)))  # not bearers once kinds go
    with op.batch_alter_table("auth_api_tokens", schema=None) as batch_op:
        batch_op.drop_index("ix_auth_api_tokens_user_id")
        batch_op.drop_index("ix_auth_api_tokens_previous_hash")
        batch_op.drop_constraint(op.f("ck_auth_api_tokens_kind"), type_="check")
        batch_op.drop_column("rotated_at")
        batch_op.drop_column("previous_hash")
        batch_op.drop_column("idle_expires_at")
        batch_op.drop_column("expires_at")
        batch_op.drop_column("kind")
