"""The whole ledger as a Beancount file that ``bean-check`` accepts.

Each posted or post_pending transfer becomes a transaction (debit +amount, credit
-amount); pending, void and expire transfers move no posted money and are left out. Each
account gets an ``open`` with its currency and, the day after the last transfer, a
``balance`` assertion equal to its stored posted totals, so ``bean-check`` proves that
the totals agree with the transfer history.
"""

from datetime import date
from typing import TextIO

from sqlalchemy import Connection

from thungngoen.ledger.export.source import (
    CHUNK,
    TITLE,
    ExportTransfer,
    closing_day,
    format_satang,
    one_line,
    read_accounts,
    stream_transfers,
)
from thungngoen.ledger.tables import CURRENCIES


def quote(text: str) -> str:
    escaped = one_line(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def write_beancount(connection: Connection, out: TextIO, chunk: int = CHUNK) -> None:
    known = read_accounts(connection)
    first = min((account.opened for account in known.values()), default=date.today())
    out.write(f"option {quote('title')} {quote(TITLE)}\n")
    out.write(f"option {quote('operating_currency')} {quote('THB')}\n\n")
    for currency in CURRENCIES:
        out.write(f"{first} commodity {currency}\n")
    out.write("\n")
    for account in known.values():
        out.write(f"{account.opened} open {account.name} {account.currency}\n")
        out.write(f"  account_id: {account.id}\n  code: {quote(account.code)}\n")
    last: date | None = None
    for transfer in stream_transfers(connection, known, chunk):
        _write_transaction(out, transfer)
        last = transfer.day if last is None else max(last, transfer.day)
    out.write("\n")
    day = closing_day(known, last)
    for account in known.values():
        amount = format_satang(account.balance)
        out.write(f"{day} balance {account.name} {amount} {account.currency}\n")


def _write_transaction(out: TextIO, transfer: ExportTransfer) -> None:
    amount = format_satang(transfer.amount)
    out.write(f"\n{transfer.day} * {quote(transfer.memo)}\n")
    out.write(f"  transfer_id: {transfer.id}\n")
    out.write(f"  purpose: {quote(transfer.purpose)}\n  kind: {quote(transfer.kind)}\n")
    for name, value in transfer.links.items():
        out.write(f"  {name}: {value}\n")
    out.write(f"  {transfer.debit.name}  {amount} {transfer.currency}\n")
    out.write(f"  {transfer.credit.name}  -{amount} {transfer.currency}\n")
