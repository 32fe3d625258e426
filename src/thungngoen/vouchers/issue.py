"""Generating a batch: issuing coin into the batch's float, backed by a community fund.

The fund must cover the batch. Fund accounts have no overdraft limit, but a fund below
zero would mean coin backed by baht nobody gave: the operator silently lending to the
fund. So the fund's balance is checked before anything is written, and again on the
balance the ledger computed under its lock (two batches racing for one fund).
"""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from thungngoen import audit, ledger
from thungngoen.db.transactions import RetryTransaction
from thungngoen.keys import lookup_key
from thungngoen.money import format_money
from thungngoen.thai import THAI_TIME
from thungngoen.vouchers.booking import fund_account_code, leg, open_float
from thungngoen.vouchers.codes import generate_codes
from thungngoen.vouchers.digest import digest_with
from thungngoen.vouchers.errors import FundTooSmall, VoucherBatchExists, VoucherError
from thungngoen.vouchers.tables import voucher_batches, vouchers
from thungngoen.wallet import book
from thungngoen.wallet.errors import InvalidAmount

MAX_BATCH_SIZE: Final = 5_000
MAX_VOUCHER_VALUE: Final = 500_000
"""5,000 baht: a lost sheet is lost money, so one voucher stays small."""


@dataclass(frozen=True, slots=True)
class GeneratedBatch:
    batch_id: int
    name: str
    value: int
    fund_code: str
    expires_on: date
    codes: tuple[str, ...] = field(repr=False)
    """The plain codes, ``dddd-dddd-dddd``: here once, for printing, and nowhere else."""


def end_of_day(day: date) -> datetime:
    """A voucher "valid until 31 Dec" works through that whole day, Thai time."""
    return datetime.combine(day + timedelta(days=1), time(), THAI_TIME).astimezone(UTC)


def generate_voucher_batch(
    connection: Connection,
    *,
    name: str,
    value: int,
    count: int,
    expires_on: date,
    fund_code: str,
    idempotency_key: str,
    actor: str,
    now: datetime,
    rng: random.Random | None = None,
) -> GeneratedBatch:
    """Issue ``count`` vouchers of ``value`` satang backed by the fund's baht."""
    name = name.strip()
    _check_batch(name, value, count, expires_on, fund_code, idempotency_key, now)
    taken = select(voucher_batches.c.id).where(voucher_batches.c.idempotency_key == idempotency_key)
    if (earlier := connection.execute(taken).scalar()) is not None:
        raise VoucherBatchExists(
            f"batch {earlier} was already generated with this key; its codes were shown once"
            " (cancel it and generate a new one if the sheet was lost)"
        )
    fund_account = fund_account_code(fund_code)
    total = value * count
    fund = ledger.find_account(connection, fund_account)
    if fund is None or fund.balance < total:
        raise FundTooSmall(f"the fund holds less than the batch's {format_money(total, 'THB')}")
    values = {
        "name": name,
        "value": value,
        "size": count,
        "fund_code": fund_code,
        "expires_at": end_of_day(expires_on),
        "status": "active",
        "idempotency_key": idempotency_key,
        "created_by": actor,
        "created_at": now,
    }
    codes = _fresh_codes(connection, count, rng)
    try:
        batch_id = connection.execute(
            insert(voucher_batches).returning(voucher_batches.c.id), values
        ).scalar_one()
        rows = [{"batch_id": batch_id, "code_digest": d, "last4": c[-4:]} for d, c in codes.items()]
        connection.execute(insert(vouchers), rows)
    except IntegrityError as error:  # a concurrent batch took the key or a code: run again
        raise RetryTransaction(str(error)) from error
    float_id = open_float(connection, batch_id, name)
    connection.execute(
        update(voucher_batches)
        .where(voucher_batches.c.id == batch_id)
        .values(float_account_id=float_id)
    )
    metadata = {"actor": actor, "voucher_batch_id": batch_id}
    legs = [
        leg(connection, fund_account, book.BACKING, total, "THB", name, metadata),
        leg(connection, book.MINT, float_id, total, "SKC", name, metadata),
    ]
    posted = ledger.post_batch(connection, legs, idempotency_key=f"voucher-issue:{batch_id}")
    if posted[0].debit_balance_after < 0:  # another batch drew on the fund meanwhile
        raise FundTooSmall("the fund no longer covers this batch; nothing was issued")
    after = {k: v for k, v in values.items() if k != "idempotency_key"} | {"total": total}
    audit.record(
        connection,
        actor=actor,
        action="voucher.generate",
        subject_type="voucher_batch",
        subject_id=batch_id,
        after=after,
    )
    return GeneratedBatch(batch_id, name, value, fund_code, expires_on, tuple(codes.values()))


def _check_batch(
    name: str, value: int, count: int, expires_on: date, fund: str, key: str, now: datetime
) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_VOUCHER_VALUE:
        raise InvalidAmount(
            f"a voucher is worth between 0.01 and {MAX_VOUCHER_VALUE // 100:,} baht"
        )
    if not isinstance(count, int) or isinstance(count, bool) or not 0 < count <= MAX_BATCH_SIZE:
        raise VoucherError(f"a batch holds between 1 and {MAX_BATCH_SIZE:,} vouchers")
    if not 0 < len(name) <= 200:
        raise VoucherError("a batch needs a name of at most 200 characters")
    if fund not in book.COMMUNITY_FUNDS:
        raise VoucherError(f"fund must be one of {', '.join(book.COMMUNITY_FUNDS)}")
    if not 0 < len(key) <= 80:
        raise VoucherError("the idempotency key must be 1 to 80 characters")
    if end_of_day(expires_on) <= now:
        raise VoucherError("the expiry date has already passed")


def _fresh_codes(connection: Connection, count: int, rng: random.Random | None) -> dict[str, str]:
    """``count`` new codes by digest, none issued before (the unique index guards races)."""
    codes: dict[str, str] = {}  # digest → code, in order
    key = lookup_key(connection)
    while len(codes) < count:
        candidates = {digest_with(key, c): c for c in generate_codes(count - len(codes), rng)}
        candidates = {d: c for d, c in candidates.items() if d not in codes}
        issued = select(vouchers.c.code_digest).where(vouchers.c.code_digest.in_(candidates))
        for digest in connection.execute(issued).scalars():
            del candidates[digest]
        codes |= candidates
    return codes
