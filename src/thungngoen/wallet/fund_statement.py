"""A community fund's statement: its movements, newest first — redemption fees in,
donations and grants in, and what events and voucher batches spent from it (and gave
back). Read from the fund's ledger account, with the donor of each recorded gift."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.wallet import book, errors
from thungngoen.wallet.fund_gifts import FundGift, gifts_by_transfer

LABELS = {
    "redemption_fee": "Redemption fee",
    "donation": "Donation",
    "grant": "Grant",
    "event_allowance": "Event allowances",
    "event_return": "Event allowances returned",
    "voucher_issue": "Voucher batch",
}
"""The English label of each purpose (translated on the pages); others are ``Spending``
(money out) or ``Money in``."""
MAX_LINES = 200


@dataclass(frozen=True, slots=True)
class FundMovement:
    transfer_id: int
    created_at: datetime
    purpose: str
    amount: int
    """Signed: positive into the fund, negative out of it."""
    balance_after: int
    memo: str
    gift: FundGift | None
    """The recorded donation or grant, for those."""

    @property
    def label(self) -> str:
        if self.purpose in LABELS:
            return LABELS[self.purpose]
        return "Money in" if self.amount > 0 else "Spending"


@dataclass(frozen=True, slots=True)
class FundStatement:
    code: str
    name: str
    balance: int
    movements: list[FundMovement]
    next_before: int | None
    """The ``before`` of the next (older) page, when there is one."""


def fund_statement(
    connection: Connection, fund_code: str, limit: int = 50, before: int | None = None
) -> FundStatement:
    if fund_code not in book.COMMUNITY_FUNDS:
        raise errors.UnknownFund(f"no community fund {fund_code!r}")
    name = book.COMMUNITY_FUNDS[fund_code]
    account = ledger.find_account(connection, f"thb:fund:{fund_code}")
    if account is None:
        return FundStatement(fund_code, name, 0, [], None)
    limit = max(1, min(limit, MAX_LINES))
    lines = ledger.statement(connection, account.id, limit=limit + 1, before_id=before)
    more, lines = len(lines) > limit, lines[:limit]
    gifts = gifts_by_transfer(connection, [line.transfer_id for line in lines])
    movements = [
        FundMovement(
            line.transfer_id,
            line.created_at,
            line.purpose,
            line.amount,
            line.balance_after,
            line.memo,
            gifts.get(line.transfer_id),
        )
        for line in lines
    ]
    next_before = lines[-1].transfer_id if more and lines else None
    return FundStatement(fund_code, name, account.balance, movements, next_before)
