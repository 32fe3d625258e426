"""A group's books from its ledger accounts: one aggregate query, for one group or all.

The identity every group keeps (``verify`` checks it):
cash = savings + welfare + reserve + profit − loans outstanding,
where profit is interest + fines − expenses (+ any surplus not yet divided).
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Select, case, func, literal, select, union_all

from thungngoen.ledger.tables import DEBIT_NORMAL_TYPES, accounts, transfers
from thungngoen.savings.book import OWNER


@dataclass(frozen=True, slots=True)
class Books:
    cash: int = 0
    loans: int = 0
    savings: int = 0
    welfare: int = 0
    reserve: int = 0
    interest: int = 0
    fines: int = 0
    expenses: int = 0
    surplus: int = 0

    @property
    def profit(self) -> int:
        return self.interest + self.fines - self.expenses + self.surplus

    @property
    def balanced(self) -> bool:
        return self.cash == self.savings + self.welfare + self.reserve + self.profit - self.loans


_NORMAL_BALANCE = case(
    (
        accounts.c.type.in_(DEBIT_NORMAL_TYPES),
        accounts.c.debits_posted - accounts.c.credits_posted,
    ),
    else_=accounts.c.credits_posted - accounts.c.debits_posted,
)
_PURPOSE_FIELDS = {"loan": "loans"}


def books_by_group(
    connection: Connection, group_code: str | None = None, *, until: datetime | None = None
) -> dict[str, Books]:
    """Books per group code (every group, or the one asked for); with ``until``, the books
    as the ledger stood at that moment (the transfers posted before it)."""
    query = _books_now() if until is None else _books_until(until)
    if group_code is not None:
        query = query.where(accounts.c.owner_id == group_code)
    found: dict[str, dict[str, int]] = {}
    for code, purpose, total in connection.execute(query):
        found.setdefault(code, {})[_PURPOSE_FIELDS.get(purpose, purpose)] = int(total)
    return {code: Books(**values) for code, values in found.items()}


def _books_now() -> Select[str, str, int]:
    """Each group account's posted balance, by purpose, from the accounts' own columns."""
    return (
        select(accounts.c.owner_id, accounts.c.purpose, func.sum(_NORMAL_BALANCE))
        .where(accounts.c.owner_type == OWNER)
        .group_by(accounts.c.owner_id, accounts.c.purpose)
    )


POSTED_KINDS = ("posted", "post_pending")
"""The transfers that move posted balances (a pending hold does not)."""


def _books_until(until: datetime) -> Select[str, str, int]:
    """The same sums as the accounts' posted columns, from the transfers before ``until``."""
    legs = union_all(
        select(transfers.c.debit_account_id.label("account_id"), transfers.c.amount)
        .add_columns(literal(1).label("side"))
        .where(transfers.c.created_at < until, transfers.c.kind.in_(POSTED_KINDS)),
        select(transfers.c.credit_account_id.label("account_id"), transfers.c.amount)
        .add_columns(literal(-1).label("side"))
        .where(transfers.c.created_at < until, transfers.c.kind.in_(POSTED_KINDS)),
    ).subquery()
    debit_normal = case((accounts.c.type.in_(DEBIT_NORMAL_TYPES), 1), else_=-1)
    return (
        select(
            accounts.c.owner_id,
            accounts.c.purpose,
            func.sum(legs.c.amount * legs.c.side * debit_normal),
        )
        .join(legs, legs.c.account_id == accounts.c.id)
        .where(accounts.c.owner_type == OWNER)
        .group_by(accounts.c.owner_id, accounts.c.purpose)
    )


def group_books(connection: Connection, group_code: str) -> Books:
    return books_by_group(connection, group_code).get(group_code, Books())
