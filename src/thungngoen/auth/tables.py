"""Identity tables."""

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
)

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

ROLES = ("member", "merchant", "agent", "operator", "auditor")
STAFF = ("operator", "auditor")
"""The network's staff: they read the whole platform; each area's ``access`` says more."""
OPERATOR_ONLY = ("operator",)
"""The staff who change things: the auditor is staff, and changes nothing anywhere."""

users = Table(
    "auth_users",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("phone", String(20), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("role", String(10), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("status", String(10), nullable=False, server_default="active"),
    Column("created_at", UtcDateTime(), nullable=False),
    CheckConstraint(f"role IN ({', '.join(repr(r) for r in ROLES)})", name="role"),
    CheckConstraint("status IN ('active', 'disabled')", name="status"),
)

payment_pins = Table(
    "auth_payment_pins",
    metadata,
    Column("user_id", Id, ForeignKey("auth_users.id"), primary_key=True),
    Column("salt", LargeBinary(16), nullable=False),
    Column("pin_hash", String(64), nullable=False),
    Column("failed_attempts", Integer, nullable=False, server_default="0"),
    Column("locked_at", UtcDateTime()),
    Column("updated_at", UtcDateTime(), nullable=False),
    Column("key_id", String(16)),
    # the fingerprint of the secret key that hashed it (thungngoen.keyring)
)

api_tokens = Table(
    "auth_api_tokens",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("user_id", Id, ForeignKey("auth_users.id"), nullable=False),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("revoked_at", UtcDateTime()),
    Column("kind", String(10), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("idle_expires_at", UtcDateTime()),
    Column("previous_hash", String(64)),
    Column("rotated_at", UtcDateTime()),
    CheckConstraint("kind IN ('session', 'api')", name="kind"),
    Index("ix_auth_api_tokens_previous_hash", "previous_hash"),
    Index("ix_auth_api_tokens_user_id", "user_id"),
)
"""Page sessions and API tokens, told apart by ``kind`` (decision 0018). Both end at
``expires_at``; a session also ends at ``idle_expires_at`` unless renewed, and a renewal
puts a new hash in ``token_hash`` while the old one (``previous_hash``) still serves the
requests already in flight for a short grace after ``rotated_at``."""
