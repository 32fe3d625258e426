"""Read the ledger for an export: every account, then every balance-changing transfer.

Transfers are streamed in id order in chunks (``yield_per``: a server-side cursor on
PostgreSQL), so an export of a million transfers holds one chunk at a time. Accounts are
far fewer and are held in memory to name both sides of each transfer.

The stored totals are asserted against the sum of the streamed transfers, so both must
come from one snapshot: run the export inside ``thungngoen.db.read_transaction``.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select, union_all

from thungngoen.ledger.export.names import account_name
from thungngoen.ledger.tables import accounts, transfers

POSTED_KINDS = ("posted", "post_pending")
CHUNK = 5_000
TITLE = "Thung Ngoen ledger"


@dataclass(frozen=True, slots=True)
class ExportAccount:
    id: int
    name: str
    code: str
    currency: str
    opened: date
    """The account's creation date, or its first transfer's if that is earlier."""
    balance: int
    """Posted debits less posted credits, in satang: the sign both tools use."""


@dataclass(frozen=True, slots=True)
class ExportTransfer:
    id: int
    kind: str
    day: date
    debit: ExportAccount
    credit: ExportAccount
    currency: str
    amount: int
    purpose: str
    memo: str
    links: dict[str, int]
    """The batch, pending or reversed transfer this one refers to, when there is one."""


_CONTROL = dict.fromkeys((*range(32), 127), " ")


def one_line(text: str) -> str:
    """Both formats are line-based: a newline in a memo would end the entry."""
    return text.translate(_CONTROL)


def utc_day(moment: datetime) -> date:
    return moment.date()  # UtcDateTime columns return aware UTC datetimes


def format_satang(satang: int) -> str:
    """``-123456`` → ``-1234.56``: exact, no float, no thousands separators."""
    sign = "-" if satang < 0 else ""
    whole, cents = divmod(abs(satang), 100)
    return f"{sign}{whole}.{cents:02d}"


def read_accounts(connection: Connection) -> dict[int, ExportAccount]:
    legs = union_all(
        *(
            select(side.label("account_id"), transfers.c.created_at).where(
                transfers.c.kind.in_(POSTED_KINDS)
            )
            for side in (transfers.c.debit_account_id, transfers.c.credit_account_id)
        )
    ).subquery()
    first_use = (
        select(legs.c.account_id, func.min(legs.c.created_at).label("first_use"))
        .group_by(legs.c.account_id)
        .subquery()
    )
    a = accounts.c
    query = (
        select(
            a.id,
            a.code,
            a.currency,
            a.type,
            a.owner_type,
            a.purpose,
            a.created_at,
            a.debits_posted,
            a.credits_posted,
            first_use.c.first_use,
        )
        .outerjoin(first_use, first_use.c.account_id == accounts.c.id)
        .order_by(accounts.c.id)
    )
    return {row.id: _to_account(row) for row in connection.execute(query)}


def _to_account(row: Any) -> ExportAccount:
    opened = utc_day(row.created_at)
    if row.first_use is not None:
        opened = min(opened, utc_day(row.first_use))
    name = account_name(row.id, row.type, row.currency, row.owner_type, row.purpose, row.code)
    return ExportAccount(
        id=row.id,
        name=name,
        code=row.code,
        currency=row.currency,
        opened=opened,
        balance=row.debits_posted - row.credits_posted,
    )


def stream_transfers(
    connection: Connection, known: dict[int, ExportAccount], chunk: int = CHUNK
) -> Iterator[ExportTransfer]:
    t = transfers.c
    query = (
        select(
            t.id,
            t.kind,
            t.created_at,
            t.debit_account_id,
            t.credit_account_id,
            t.currency,
            t.amount,
            t.purpose,
            t.memo,
            t.batch_id,
            t.pending_id,
            t.reverses_id,
        )
        .where(t.kind.in_(POSTED_KINDS))
        .order_by(t.id)
    )
    for row in connection.execute(query, execution_options={"yield_per": chunk}):
        links = {
            name: value
            for name, value in (
                ("batch_id", row.batch_id),
                ("pending_id", row.pending_id),
                ("reverses_id", row.reverses_id),
            )
            if value is not None
        }
        yield ExportTransfer(
            id=row.id,
            kind=row.kind,
            day=utc_day(row.created_at),
            debit=known[row.debit_account_id],
            credit=known[row.credit_account_id],
            currency=row.currency,
            amount=row.amount,
            purpose=row.purpose,
            memo=row.memo,
            links=links,
        )


def closing_day(known: dict[int, ExportAccount], last_transfer: date | None) -> date:
    """The day after everything: both tools check a balance at the start of its day."""
    days = [account.opened for account in known.values()]
    if last_transfer is not None:
        days.append(last_transfer)
    return (max(days) if days else date.today()) + timedelta(days=1)
