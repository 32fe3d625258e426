"""Printed vouchers: redeeming exactly once, into a wallet or at a shop."""

import random
import threading
import time
from collections.abc import Callable
from functools import partial

import pytest
from sqlalchemy import Connection, Engine, select, text

from tests.vouchers.helpers import (
    EXPIRED,
    LAST_MOMENT,
    NOW,
    assert_reserve_balanced,
    audit_actions,
    balance_of,
    cancel,
    database_state,
    donate_to_fund,
    generate,
    redeem,
    run_together,
)
from tests.wallet.conftest import World
from thungngoen import vouchers as v
from thungngoen.db import read_transaction, write_transaction
from thungngoen.errors import DomainError
from thungngoen.ledger.tables import transfers
from thungngoen.vouchers.codes import InvalidVoucherCode, generate_codes
from thungngoen.wallet import people
from thungngoen.wallet.checkout import approved_merchant

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def test_redeem_into_a_wallet_with_thai_digits_and_spaces(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world)
    typed = batch.codes[1].translate(THAI).replace("-", " ")  # "๔๘๒๑ ๐๙๓๗ ๕๕๑๖"
    first = redeem(world, typed, now=LAST_MOMENT)
    assert redeem(world, batch.codes[1], now=LAST_MOMENT) == first  # same key: a replay
    assert balance_of(world.engine, world.somsri.account_id) == 10_000
    assert balance_of(world.engine, f"skc:vouchers:{batch.batch_id}") == 20_000
    with read_transaction(world.engine) as connection:
        row = connection.execute(select(transfers).where(transfers.c.id == first.transfer_id)).one()
        summary = v.voucher_batch_summary(connection, batch.batch_id)
    assert row.meta["actor"] == "agent:1"
    assert row.meta["voucher_id"] == first.voucher_id
    assert (summary.redeemed, summary.outstanding) == (1, 2)
    assert audit_actions(world.engine) == ["voucher.generate"]  # the transfer is the record
    assert_reserve_balanced(world.engine)


def test_redeem_at_a_merchant(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world)
    with read_transaction(world.engine) as connection:
        shop_account = approved_merchant(connection, world.shop_id).account_id
    done = write_transaction(
        world.engine,
        lambda c: v.redeem_at_merchant(
            c,
            code=batch.codes[0],
            merchant_id=world.shop_id,
            idempotency_key="till-7",
            actor="merchant-user:3",
            now=NOW,
        ),
    )
    assert (done.account_id, done.amount) == (shop_account, 10_000)
    assert balance_of(world.engine, shop_account) == 10_000
    assert_reserve_balanced(world.engine)


def test_every_redemption_rejection_writes_nothing(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world, count=2)
    withdrawn = generate(world, count=1, key="b2")
    cancel(world, withdrawn.batch_id)
    redeem(world, batch.codes[0])
    unissued = next(c for c in generate_codes(3, random.Random(7)) if c not in batch.codes)
    mistyped = batch.codes[1][:-1] + str((int(batch.codes[1][-1]) + 1) % 10)
    cases: list[tuple[Callable[[], object], type[DomainError], str]] = [
        (lambda: redeem(world, unissued), v.UnknownVoucher, "voucher_unknown"),
        (lambda: redeem(world, mistyped), InvalidVoucherCode, "voucher_code_invalid"),
        (lambda: redeem(world, "1234"), InvalidVoucherCode, "voucher_code_invalid"),
        (
            lambda: redeem(world, batch.codes[0], key="r2"),
            v.VoucherAlreadyRedeemed,
            "voucher_already_redeemed",
        ),
        (
            lambda: redeem(world, batch.codes[0], member=world.anan),
            v.VoucherAlreadyRedeemed,
            "voucher_already_redeemed",
        ),
        (lambda: redeem(world, batch.codes[1], now=EXPIRED), v.VoucherExpired, "voucher_expired"),
        (
            lambda: redeem(world, withdrawn.codes[0]),
            v.VoucherBatchCancelled,
            "voucher_batch_cancelled",
        ),
    ]
    before = database_state(world.engine)
    for attempt, error, code in cases:
        with pytest.raises(error) as raised:
            attempt()
        assert raised.value.code == code
        assert database_state(world.engine) == before


def test_concurrent_redemptions_of_one_code_succeed_once(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world, count=1)
    contenders = [world.somsri, world.anan] * 3
    start = threading.Barrier(len(contenders))
    outcomes: list[object] = []

    def attempt(index: int, member: people.Member) -> None:
        start.wait()
        try:
            outcomes.append(redeem(world, batch.codes[0], member=member, key=f"k{index}"))
        except DomainError as error:
            outcomes.append(error)

    run_together([partial(attempt, *pair) for pair in enumerate(contenders)])
    wins = [o for o in outcomes if isinstance(o, v.Redemption)]
    assert len(wins) == 1
    assert all(isinstance(o, v.VoucherAlreadyRedeemed) for o in outcomes if o not in wins)
    total = sum(balance_of(world.engine, m.account_id) for m in (world.somsri, world.anan))
    assert total == 10_000
    assert_reserve_balanced(world.engine)


def test_a_redemption_waiting_on_an_uncommitted_one_is_refused(world: World) -> None:
    """The second redemption reads the voucher as unused, then its conditional UPDATE
    waits on the first one's row lock (PostgreSQL; SQLite makes it wait to begin)."""
    donate_to_fund(world, 100_000)
    code = generate(world, count=1).codes[0]
    claimed, release = threading.Event(), threading.Event()
    outcomes: dict[str, object] = {}

    def first(connection: Connection) -> v.Redemption:
        done = v.redeem_to_member(
            connection,
            code=code,
            member_id=world.somsri.id,
            idempotency_key="a",
            actor="a",
            now=NOW,
        )
        claimed.set()
        assert release.wait(10)
        return done

    def second() -> None:
        try:
            outcomes["second"] = redeem(world, code, member=world.anan, key="b")
        except DomainError as error:
            outcomes["second"] = error

    holder = threading.Thread(
        target=lambda: outcomes.update(first=write_transaction(world.engine, first))
    )
    holder.start()
    assert claimed.wait(10)
    waiter = threading.Thread(target=second)
    waiter.start()
    assert wait_until_blocked(world.engine)
    release.set()
    holder.join()
    waiter.join()
    assert isinstance(outcomes["first"], v.Redemption)
    assert isinstance(outcomes["second"], v.VoucherAlreadyRedeemed)
    assert balance_of(world.engine, world.anan.account_id) == 0


def wait_until_blocked(engine: Engine, seconds: float = 10) -> bool:
    """Whether some session waits on a lock (PostgreSQL); SQLite gets a moment to block."""
    if engine.dialect.name == "sqlite":
        time.sleep(0.3)
        return True
    waiting = text(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        " AND query LIKE 'UPDATE wallet_vouchers%'"
    )
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            if connection.execute(waiting).scalar():
                return True
        time.sleep(0.02)
    return False
