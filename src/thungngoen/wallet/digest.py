"""What the wallet says in a person's digest: the balance at the period's end and what
changed (received, paid, topped up), and the event programs starting or ending soon
where they live (``digest_events``).

For a batch of people, a handful of grouped queries over the period's transfers. The
ledger keeps no index on when a transfer was made, but its ids grow with time: the first
id of the period is found by bisecting the ids (some thirty lookups by key), and the
queries read the transfers from there on, by key."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, case, func, literal_column, select

from thungngoen.ledger.tables import accounts, transfers
from thungngoen.notify import DigestSection, Line, Said
from thungngoen.wallet import book
from thungngoen.wallet.digest_events import EVENTS
from thungngoen.wallet.tables import members

LINES = (
    Line("balance", {"balance": "coin"}, "ยอดคงเหลือ {balance}", "Balance {balance}", "/wallet"),
    Line(
        "received",
        {"amount": "coin", "count": "count"},
        "ได้รับ {amount} ({count} รายการ)",
        "Received {amount} (payments: {count})",
        "/wallet/history",
    ),
    Line(
        "paid",
        {"amount": "coin", "count": "count"},
        "จ่าย {amount} ({count} รายการ)",
        "Paid {amount} (payments: {count})",
        "/wallet/history",
    ),
    Line(
        "topped_up",
        {"amount": "coin", "count": "count"},
        "เติมเหรียญ {amount} ({count} ครั้ง)",
        "Topped up {amount} (top-ups: {count})",
        "/wallet/history",
    ),
)


def first_transfer_from(connection: Connection, moment: datetime) -> int:
    """The id of the first transfer made at or after ``moment`` (one past the last when
    none was): a bisection over the ids, which grow with time."""
    low = 0
    high = int(connection.execute(select(func.coalesce(func.max(transfers.c.id), 0))).scalar_one())
    high += 1
    while low < high:
        middle = (low + high) // 2
        found = connection.execute(
            select(transfers.c.id, transfers.c.created_at)
            .where(transfers.c.id >= middle)
            .order_by(transfers.c.id)
            .limit(1)
        ).first()
        if found is None or found.created_at >= moment:
            high = middle
        else:
            low = found.id + 1
    return low


def _money(
    connection: Connection, user_ids: Sequence[int], since: datetime, until: datetime
) -> Mapping[int, Sequence[Said]]:
    wallets = dict(
        connection.execute(
            select(members.c.account_id, members.c.user_id).where(members.c.user_id.in_(user_ids))
        ).all()
    )
    if not wallets:
        return {}
    mint = book.system_account_id(connection, book.MINT)
    start = first_transfer_from(connection, since)
    when = case((transfers.c.created_at < since, 0), (transfers.c.created_at < until, 1), else_=2)
    counts: dict[tuple[int, str], tuple[int, int]] = {}
    after: dict[int, int] = defaultdict(int)
    credited = case((transfers.c.debit_account_id == mint, "topped_up"), else_="received")
    debited: ColumnElement[str] = literal_column("'paid'")
    for side, what, sign in (
        (transfers.c.credit_account_id, credited, 1),
        (transfers.c.debit_account_id, debited, -1),
    ):
        query = (
            select(side, what, when, func.sum(transfers.c.amount), func.count())
            .where(transfers.c.id >= start, side.in_(list(wallets)))
            .group_by(*((side, what, when) if sign > 0 else (side, when)))
        )
        for account, line, moment, amount, count in connection.execute(query):
            if moment == 1:
                counts[(account, line)] = (int(amount), int(count))
            elif moment == 2:
                after[account] += sign * int(amount)
    balances = dict(
        connection.execute(
            select(accounts.c.id, accounts.c.credits_posted - accounts.c.debits_posted).where(
                accounts.c.id.in_(list(wallets))
            )
        ).all()
    )
    said: dict[int, list[Said]] = {}
    for account, user_id in wallets.items():
        balance = int(balances.get(account, 0)) - after[account]
        lines = [Said("balance", {"balance": balance})] if balance else []
        for line in ("received", "paid", "topped_up"):
            if (account, line) in counts:
                amount, count = counts[(account, line)]
                lines.append(Said(line, {"amount": amount, "count": count}))
        if lines:
            said[user_id] = lines
    return said


MONEY = DigestSection("wallet.money", 10, "เงินในกระเป๋า", "My wallet", LINES, _money)
SECTIONS = (MONEY, EVENTS)
