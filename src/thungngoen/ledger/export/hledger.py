"""The whole ledger as an hledger journal (checked with hledger 1.25).

Same accounts, names and transactions as the Beancount export. The closing balance
assertions sit in one zero-amount transaction dated the day after the last transfer;
``==`` asserts the account holds that amount and no other commodity. hledger ends a
description at ``;`` and a tag value at ``,``, so those become full-width look-alikes.
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

_DESCRIPTION = str.maketrans({";": "；"})
_TAG_VALUE = str.maketrans({";": "；", ",": "，"})


def write_hledger(connection: Connection, out: TextIO, chunk: int = CHUNK) -> None:
    known = read_accounts(connection)
    out.write(f"; {TITLE}\n\n")
    for currency in CURRENCIES:
        out.write(f"commodity 1,000.00 {currency}\n")
    out.write("\n")
    for account in known.values():
        code = one_line(account.code).translate(_TAG_VALUE)
        out.write(f"account {account.name}  ; account_id:{account.id}, code:{code}\n")
    last: date | None = None
    for transfer in stream_transfers(connection, known, chunk):
        _write_transaction(out, transfer)
        last = transfer.day if last is None else max(last, transfer.day)
    out.write(f"\n{closing_day(known, last)} * (balance) closing balance assertions\n")
    for account in known.values():
        amount = f"{format_satang(account.balance)} {account.currency}"
        out.write(f"    {account.name}  0 {account.currency} == {amount}\n")


def _write_transaction(out: TextIO, transfer: ExportTransfer) -> None:
    amount = format_satang(transfer.amount)
    description = one_line(transfer.memo).translate(_DESCRIPTION).strip()
    tags = {
        "transfer_id": str(transfer.id),
        "purpose": one_line(transfer.purpose).translate(_TAG_VALUE),
        "kind": transfer.kind,
        **{name: str(value) for name, value in transfer.links.items()},
    }
    comment = ", ".join(f"{name}:{value}" for name, value in tags.items())
    out.write(f"\n{transfer.day} * ({transfer.id}) {description}  ; {comment}\n")
    out.write(f"    {transfer.debit.name}  {amount} {transfer.currency}\n")
    out.write(f"    {transfer.credit.name}  -{amount} {transfer.currency}\n")
