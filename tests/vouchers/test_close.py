"""Printed vouchers: expiry and cancellation return the unredeemed value to the fund."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from tests.vouchers.helpers import (
    EXPIRED,
    FUND,
    LAST_MOMENT,
    assert_reserve_balanced,
    audit_actions,
    balance_of,
    cancel,
    database_state,
    donate_to_fund,
    generate,
    redeem,
)
from tests.wallet.conftest import World
from thungngoen import vouchers as v
from thungngoen.db import read_transaction, write_transaction
from thungngoen.vouchers.tables import vouchers
from thungngoen.wallet import book


def test_expiry_returns_the_unredeemed_value_to_the_fund(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world, count=3)
    redeem(world, batch.codes[0])

    def expire(now: datetime) -> list[v.Closure]:
        return write_transaction(world.engine, lambda c: v.expire_vouchers(c, now))

    assert expire(LAST_MOMENT) == []
    assert expire(EXPIRED) == [v.Closure(batch.batch_id, "expired", 2, 20_000)]
    assert expire(EXPIRED + timedelta(days=1)) == []
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 90_000
    assert balance_of(world.engine, f"skc:vouchers:{batch.batch_id}") == 0
    assert balance_of(world.engine, book.BACKING) == 10_000  # backs somsri's coin
    assert_reserve_balanced(world.engine)
    assert audit_actions(world.engine) == ["voucher.expire", "voucher.generate"]
    with pytest.raises(v.VoucherExpired):
        redeem(world, batch.codes[1], now=LAST_MOMENT)  # expired by the job, whatever the clock
    with read_transaction(world.engine) as connection:
        summary = v.voucher_batch_summary(connection, batch.batch_id)
        statuses = sorted(connection.execute(select(vouchers.c.status)).scalars())
    assert (summary.status, summary.redeemed, summary.expired, summary.outstanding_value) == (
        "expired",
        1,
        2,
        0,
    )
    assert statuses == ["expired", "expired", "redeemed"]


def test_cancellation_returns_the_value_once(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world, count=2)
    redeem(world, batch.codes[0])
    assert cancel(world, batch.batch_id) == v.Closure(batch.batch_id, "cancelled", 1, 10_000)
    before = database_state(world.engine)
    with pytest.raises(v.VoucherBatchClosed):
        cancel(world, batch.batch_id)
    with pytest.raises(v.UnknownVoucherBatch):
        cancel(world, batch.batch_id + 99)
    assert database_state(world.engine) == before
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 90_000
    assert audit_actions(world.engine) == ["voucher.cancel", "voucher.generate"]
    assert write_transaction(world.engine, lambda c: v.expire_vouchers(c, EXPIRED)) == []
    assert_reserve_balanced(world.engine)
