"""Printed vouchers: issuing against a fund, redeeming exactly once, expiry, cancellation."""

import random
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select, text

import thungngoen.tables  # noqa: F401  (every table, for the database scans)
from tests.wallet.conftest import World
from thungngoen import audit, ledger
from thungngoen.checks import run_checks
from thungngoen.db import metadata, read_transaction, write_transaction
from thungngoen.errors import DomainError
from thungngoen.ledger.tables import transfers
from thungngoen.wallet import book, errors, people
from thungngoen.wallet import vouchers as v
from thungngoen.wallet.checkout import approved_merchant
from thungngoen.wallet.voucher_codes import InvalidVoucherCode, generate_codes
from thungngoen.wallet.vouchers.tables import vouchers

NOW = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)
VALID_UNTIL = date(2026, 3, 31)
LAST_MOMENT = datetime(2026, 3, 31, 16, 59, 59, tzinfo=UTC)  # 23:59:59 Thai time
EXPIRED = datetime(2026, 3, 31, 17, 0, tzinfo=UTC)
FUND = "citizens-day"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def balance_of(engine: Engine, code_or_id: str | int) -> int:
    with read_transaction(engine) as connection:
        if isinstance(code_or_id, int):
            return ledger.balance(connection, code_or_id)
        account = ledger.find_account(connection, code_or_id)
        return account.balance if account else 0


def donate_to_fund(world: World, amount: int) -> None:
    """A sponsor's baht arrives in the operator's bank account, held for the fund."""

    def donate(connection: Any) -> None:
        bank = book.system_account_id(connection, book.BANK)
        fund = book.system_account_id(connection, f"thb:fund:{FUND}")
        ledger.post_transfer(
            connection, ledger.TransferRequest(bank, fund, amount, "THB", "donation")
        )

    write_transaction(world.engine, donate)


def generate(
    world: World, count: int = 3, value: int = 10_000, key: str = "b1"
) -> v.GeneratedBatch:
    return write_transaction(
        world.engine,
        lambda c: v.generate_voucher_batch(
            c,
            name="วันพลเมือง 2569 (Citizens' Day 2026)",
            value=value,
            count=count,
            expires_on=VALID_UNTIL,
            fund_code=FUND,
            idempotency_key=key,
            actor="operator:1",
            now=NOW,
        ),
    )


def redeem(
    world: World,
    code: str,
    *,
    member: people.Member | None = None,
    key: str = "r1",
    now: datetime = NOW,
) -> v.Redemption:
    member = member or world.somsri
    return write_transaction(
        world.engine,
        lambda c: v.redeem_to_member(
            c, code=code, member_id=member.id, idempotency_key=key, actor="agent:1", now=now
        ),
    )


def database_state(engine: Engine) -> dict[str, list[str]]:
    """Every row of every table, to show that a rejection wrote nothing."""
    with read_transaction(engine) as connection:
        return {
            table.name: sorted(str(tuple(row)) for row in connection.execute(select(table)))
            for table in metadata.sorted_tables
        }


def run_together(work: list[Callable[[], None]]) -> None:
    threads = [threading.Thread(target=job) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def assert_reserve_balanced(engine: Engine) -> None:
    with read_transaction(engine) as connection:
        failed = [check.name for check in run_checks(connection) if not check.ok]
    assert failed == []


def audit_actions(engine: Engine) -> list[str]:
    with read_transaction(engine) as connection:
        return [
            entry.action
            for entry in audit.recent(connection)
            if entry.subject_type == "voucher_batch"
        ]


def test_generation_issues_coin_backed_by_the_funds_baht(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world, count=4, value=10_000)
    assert len(set(batch.codes)) == 4
    assert all(v.code_digest(code) for code in batch.codes)
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 60_000
    assert balance_of(world.engine, f"skc:vouchers:{batch.batch_id}") == 40_000
    assert balance_of(world.engine, book.BACKING) == 40_000
    assert balance_of(world.engine, book.MINT) == -40_000
    assert_reserve_balanced(world.engine)
    assert audit_actions(world.engine) == ["voucher.generate"]
    with read_transaction(world.engine) as connection:
        summary = v.voucher_batch_summary(connection, batch.batch_id)
    assert (summary.issued, summary.outstanding, summary.outstanding_value) == (4, 4, 40_000)
    assert summary.expires_at == EXPIRED
    sheet = v.printable_sheet(batch)
    assert [line.code for line in sheet] == list(batch.codes)
    assert sheet[0].number == f"{batch.batch_id}-1/4"
    assert sheet[0].value == "100.00 เหรียญ"
    assert sheet[0].valid_until == "ใช้ได้ถึง 31/3/2569"


def test_no_plain_code_is_stored_anywhere(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world, count=5)
    redeem(world, batch.codes[0])
    dump = repr(database_state(world.engine))
    for code in batch.codes:
        assert code not in dump
        assert code.replace("-", "") not in dump
        assert code[-4:] in dump  # the last four are kept, for the operator's display


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"value": 10_000, "count": 11}, v.FundTooSmall),  # 1,100 baht from a 1,000 baht fund
        ({"value": 0}, errors.InvalidAmount),
        ({"value": v.MAX_VOUCHER_VALUE + 1}, errors.InvalidAmount),
        ({"count": 0}, v.VoucherError),
        ({"count": v.MAX_BATCH_SIZE + 1}, v.VoucherError),
        ({"fund_code": "nobody"}, v.VoucherError),
        ({"name": "  "}, v.VoucherError),
        ({"expires_on": date(2026, 2, 28)}, v.VoucherError),
    ],
)
def test_generation_rejections_write_nothing(
    world: World, changes: dict[str, Any], error: type[DomainError]
) -> None:
    donate_to_fund(world, 100_000)
    before = database_state(world.engine)
    arguments: dict[str, Any] = {
        "name": "Citizens' Day",
        "value": 10_000,
        "count": 2,
        "expires_on": VALID_UNTIL,
        "fund_code": FUND,
        "idempotency_key": "b",
        "actor": "operator:1",
        "now": NOW,
    } | changes
    with pytest.raises(error):
        write_transaction(world.engine, lambda c: v.generate_voucher_batch(c, **arguments))
    assert database_state(world.engine) == before


def test_the_same_key_never_issues_twice(world: World) -> None:
    donate_to_fund(world, 100_000)
    generate(world, key="sheet-1")
    before = database_state(world.engine)
    with pytest.raises(v.VoucherBatchExists):
        generate(world, key="sheet-1")
    assert database_state(world.engine) == before


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


def _cancel(world: World, batch_id: int) -> v.Closure:
    return write_transaction(
        world.engine,
        lambda c: v.cancel_voucher_batch(
            c, batch_id, reason="sheet lost", actor="operator:1", now=NOW
        ),
    )


def test_every_redemption_rejection_writes_nothing(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world, count=2)
    withdrawn = generate(world, count=1, key="b2")
    _cancel(world, withdrawn.batch_id)
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


def test_two_batches_racing_for_one_fund_cannot_overdraw_it(world: World) -> None:
    donate_to_fund(world, 30_000)
    start = threading.Barrier(4)
    outcomes: list[object] = []

    def attempt(key: str) -> None:
        start.wait()
        try:
            outcomes.append(generate(world, count=2, key=key))
        except DomainError as error:
            outcomes.append(error)

    run_together([partial(attempt, f"b{n}") for n in range(4)])
    assert sum(isinstance(o, v.GeneratedBatch) for o in outcomes) == 1
    assert sum(isinstance(o, v.FundTooSmall) for o in outcomes) == 3
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 10_000
    assert_reserve_balanced(world.engine)


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
    assert _cancel(world, batch.batch_id) == v.Closure(batch.batch_id, "cancelled", 1, 10_000)
    before = database_state(world.engine)
    with pytest.raises(v.VoucherBatchClosed):
        _cancel(world, batch.batch_id)
    with pytest.raises(v.UnknownVoucherBatch):
        _cancel(world, batch.batch_id + 99)
    assert database_state(world.engine) == before
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 90_000
    assert audit_actions(world.engine) == ["voucher.cancel", "voucher.generate"]
    assert write_transaction(world.engine, lambda c: v.expire_vouchers(c, EXPIRED)) == []
    assert_reserve_balanced(world.engine)
