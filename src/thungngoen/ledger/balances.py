"""Pure balance arithmetic for locked accounts: no database here.

The posting operations read the accounts a request touches (locked), apply every leg
to these in-memory copies in order, reject at the first leg that breaks a rule, and
only then write the final totals. This gives linked batches their all-or-nothing
meaning and lets one code path serve single transfers, batches and two-phase steps.
"""

from dataclasses import dataclass, field
from enum import Enum

from thungngoen.ledger import errors
from thungngoen.ledger.tables import DEBIT_NORMAL_TYPES


class Phase(Enum):
    POST = "post"
    RESERVE = "reserve"
    SETTLE = "settle"
    """Turn part of a reservation into a posting and release the rest."""
    RELEASE = "release"


@dataclass(slots=True)
class WorkingAccount:
    id: int
    currency: str
    type: str
    status: str
    overdraft_limit: int | None
    debits_pending: int
    debits_posted: int
    credits_pending: int
    credits_posted: int
    last_transfer_id: int | None
    touched: bool = False
    debit_normal: bool = field(init=False)

    def __post_init__(self) -> None:
        self.debit_normal = self.type in DEBIT_NORMAL_TYPES

    @property
    def balance(self) -> int:
        net = self.credits_posted - self.debits_posted
        return -net if self.debit_normal else net

    @property
    def available(self) -> int:
        outflow = self.credits_pending if self.debit_normal else self.debits_pending
        return self.balance - outflow


def check_usable(account: WorkingAccount, currency: str) -> None:
    if account.status == "frozen":
        raise errors.AccountFrozen(f"account {account.id} is frozen")
    if account.status == "closed":
        raise errors.AccountClosed(f"account {account.id} is closed")
    if account.currency != currency:
        raise errors.CurrencyMismatch(
            f"account {account.id} holds {account.currency}, not {currency}"
        )


def _check_limit(account: WorkingAccount, amount: int) -> None:
    limit = account.overdraft_limit
    if limit is None or account.available - amount >= -limit:
        return
    if limit == 0:
        raise errors.InsufficientFunds(
            f"account {account.id} has {account.available} satang available, needs {amount}"
        )
    raise errors.CreditLimitExceeded(
        f"account {account.id} would exceed its credit limit of {limit} satang"
    )


def apply(
    debit: WorkingAccount, credit: WorkingAccount, amount: int, phase: Phase, settled: int = 0
) -> None:
    """Apply one leg; ``settled`` is the reserved amount being settled or released."""
    if phase in (Phase.POST, Phase.RESERVE):
        if not debit.debit_normal:
            _check_limit(debit, amount)
        if credit.debit_normal:
            _check_limit(credit, amount)
    if phase is Phase.POST:
        debit.debits_posted += amount
        credit.credits_posted += amount
    elif phase is Phase.RESERVE:
        debit.debits_pending += amount
        credit.credits_pending += amount
    else:
        debit.debits_pending -= settled
        credit.credits_pending -= settled
        if phase is Phase.SETTLE:
            debit.debits_posted += amount
            credit.credits_posted += amount
    debit.touched = credit.touched = True
