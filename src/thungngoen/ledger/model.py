"""Plain value objects of the ledger: what callers ask for and what they get back."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from thungngoen.ledger.tables import DEBIT_NORMAL_TYPES


@dataclass(frozen=True, slots=True)
class AccountSpec:
    code: str
    currency: str
    type: str
    owner_type: str
    purpose: str
    owner_id: str | None = None
    name: str = ""
    no_overdraft: bool = False
    credit_limit: int | None = None

    @property
    def overdraft_limit(self) -> int | None:
        """``None``: unconstrained; ``0``: may not overdraw; ``n``: may go ``n`` below zero."""
        if self.no_overdraft:
            return 0
        return self.credit_limit


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    code: str
    currency: str
    type: str
    owner_type: str
    owner_id: str | None
    purpose: str
    name: str
    status: str
    overdraft_limit: int | None
    debits_pending: int
    debits_posted: int
    credits_pending: int
    credits_posted: int
    last_transfer_id: int | None
    created_at: datetime

    @property
    def debit_normal(self) -> bool:
        return self.type in DEBIT_NORMAL_TYPES

    @property
    def balance(self) -> int:
        """Posted balance on the account's normal side (a wallet's coins, a cash float)."""
        net = self.credits_posted - self.debits_posted
        return -net if self.debit_normal else net

    @property
    def available(self) -> int:
        """Posted balance less pending outflows: what may still be spent."""
        outflow = self.credits_pending if self.debit_normal else self.debits_pending
        return self.balance - outflow


@dataclass(frozen=True, slots=True)
class TransferRequest:
    debit_account_id: int
    credit_account_id: int
    amount: int
    currency: str
    purpose: str
    memo: str = ""
    metadata: Mapping[str, Any] = field(default_factory=dict)
    idempotency_key: str | None = None
    pending: bool = False
    expires_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Transfer:
    id: int
    kind: str
    debit_account_id: int
    credit_account_id: int
    currency: str
    amount: int
    purpose: str
    memo: str
    metadata: Mapping[str, Any] | None
    created_at: datetime
    idempotency_key: str | None
    batch_id: int | None
    pending_id: int | None
    reverses_id: int | None
    expires_at: datetime | None
    debit_previous_id: int | None
    credit_previous_id: int | None
    debit_balance_after: int
    credit_balance_after: int


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One movement on one account, seen from that account."""

    transfer_id: int
    kind: str
    created_at: datetime
    counterparty_account_id: int
    amount: int
    """Signed on the account's normal side: positive raises the balance."""
    balance_after: int
    purpose: str
    memo: str
