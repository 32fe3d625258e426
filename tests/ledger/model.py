"""A pure-Python model of the ledger for the stateful test in ``test_properties``.

It tracks every account's status and posted and pending totals, and predicts the set of
rejections a request may meet (empty: it must succeed).
"""

from dataclasses import dataclass
from datetime import datetime

from thungngoen import ledger
from thungngoen.ledger import errors as e

Errors = set[type[e.LedgerError]]
Req = ledger.TransferRequest


@dataclass
class Acct:
    """The model of one account."""

    id: int
    currency: str
    debit_normal: bool
    limit: int | None
    status: str = "active"
    debits_pending: int = 0
    debits_posted: int = 0
    credits_pending: int = 0
    credits_posted: int = 0

    def unusable(self, currency: str) -> Errors:
        found: Errors = set()
        if self.status != "active":
            found.add(e.AccountFrozen if self.status == "frozen" else e.AccountClosed)
        if self.currency != currency:
            found.add(e.CurrencyMismatch)
        return found

    def over_limit(self, amount: int) -> Errors:
        posted = self.debits_posted - self.credits_posted
        available = posted - self.credits_pending
        if not self.debit_normal:
            available = -posted - self.debits_pending
        if self.limit is None or available - amount >= -self.limit:
            return set()
        return {e.InsufficientFunds if self.limit == 0 else e.CreditLimitExceeded}


@dataclass
class Tr:
    """The model of one transfer."""

    kind: str
    debit: int
    credit: int
    amount: int
    currency: str
    expires_at: datetime | None = None
    reverses: int | None = None
    done: bool = False
    """Settled (a pending transfer) or reversed (a posted one)."""

    @classmethod
    def of(cls, r: Req) -> "Tr":
        kind = "pending" if r.pending else "posted"
        return cls(
            kind, r.debit_account_id, r.credit_account_id, r.amount, r.currency, r.expires_at
        )


def move(
    accts: dict[int, Acct], tr: Tr, phase: str, check_usable: bool = True, settled: int = 0
) -> Errors:
    """Apply one leg to ``accts`` unless the model rejects it; return the rejections."""
    debit, credit = accts[tr.debit], accts[tr.credit]
    found = debit.unusable(tr.currency) | credit.unusable(tr.currency) if check_usable else set()
    if phase in ("post", "reserve"):
        found |= set() if debit.debit_normal else debit.over_limit(tr.amount)
        found |= credit.over_limit(tr.amount) if credit.debit_normal else set()
    if found:
        return found
    if phase == "reserve":
        debit.debits_pending += tr.amount
        credit.credits_pending += tr.amount
        return found
    if phase != "post":
        debit.debits_pending -= settled
        credit.credits_pending -= settled
    if phase != "release":
        debit.debits_posted += tr.amount
        credit.credits_posted += tr.amount
    return found
