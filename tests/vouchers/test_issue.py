"""Printed vouchers: issuing a batch against a fund, and what issuing refuses."""

import threading
from datetime import date
from functools import partial
from typing import Any

import pytest

from tests.vouchers.helpers import (
    EXPIRED,
    FUND,
    NOW,
    VALID_UNTIL,
    assert_reserve_balanced,
    audit_actions,
    balance_of,
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
from thungngoen.wallet import book, errors


def test_generation_issues_coin_backed_by_the_funds_baht(world: World) -> None:
    donate_to_fund(world, 100_000)
    batch = generate(world, count=4, value=10_000)
    assert len(set(batch.codes)) == 4
    with read_transaction(world.engine) as connection:
        assert all(v.code_digest(connection, code) for code in batch.codes)
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
