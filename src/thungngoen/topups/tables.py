"""Bank statement lines imported for PromptPay top-ups (see ``topups.statements``).

One row per credit line ever imported: the unique ``bank_ref`` makes re-imports skip it.
A line that minted coin points at the request it matched (at most one line per request)
and at the SKC transfer into the member's wallet. An unmatched line is baht in the bank
that the ledger does not hold yet; it waits here for the operator's decision.
"""

from sqlalchemy import BigInteger, CheckConstraint, Column, ForeignKey, Index, String, Table, Text

from thungngoen.db.metadata import metadata
from thungngoen.db.types import UtcDateTime
from thungngoen.ledger.tables import Id

LINE_STATUSES = ("matched", "unmatched", "assigned", "refunded")
MATCH_KINDS = ("reference", "amount", "operator")

statement_lines = Table(
    "wallet_statement_lines",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("bank_ref", String(80), nullable=False, unique=True),
    Column("booked_at", UtcDateTime(), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("reference", String(20)),
    Column("status", String(10), nullable=False),
    Column("matched_by", String(10)),
    Column("reason", String(200), nullable=False, server_default=""),
    Column("topup_request_id", Id, ForeignKey("wallet_topup_requests.id"), unique=True),
    Column("member_id", Id, ForeignKey("wallet_members.id")),
    Column("transfer_id", Id, ForeignKey("ledger_transfers.id"), unique=True),
    Column("imported_by", String(80), nullable=False),
    Column("imported_at", UtcDateTime(), nullable=False),
    Column("decided_by", String(80)),
    Column("decided_at", UtcDateTime()),
    Column("decision_note", String(500)),
    CheckConstraint("amount > 0", name="amount_positive"),
    CheckConstraint(f"status IN ({', '.join(repr(s) for s in LINE_STATUSES)})", name="status"),
    CheckConstraint(
        f"matched_by IS NULL OR matched_by IN ({', '.join(repr(k) for k in MATCH_KINDS)})",
        name="matched_by",
    ),
    CheckConstraint(
        "(status IN ('matched', 'assigned')) = (transfer_id IS NOT NULL)", name="minted_iff_paid"
    ),
    Index("ix_wallet_statement_lines_status", "status", "id"),
)
