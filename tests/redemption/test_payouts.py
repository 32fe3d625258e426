"""Redemption payouts: batches, the bank's CSV file, marking a batch paid."""

import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from tests.redemption.redemption_helpers import (
    NOW,
    add_shop,
    all_checks_pass,
    balance_of,
    do_redeem,
    snapshot,
    top_up_and_pay,
    write,
)
from tests.wallet.conftest import World
from thungngoen.db import read_transaction
from thungngoen.exports import xlsx_bytes
from thungngoen.redemption import (
    CSV_COLUMNS,
    NothingToPay,
    PayoutBatch,
    PayoutBatchAlreadyPaid,
    UnknownPayoutBatch,
    create_payout_batch,
    mark_batch_paid,
    payout_batch_csv,
    payout_batch_rows,
)
from thungngoen.redemption.tables import payout_instructions
from thungngoen.wallet import book


def test_payout_batch_csv_and_marking_paid(world: World) -> None:
    banked = add_shop(world, "0861112225", "standard", bank="0201234567")
    top_up_and_pay(world, world.shop_id, 200_000, "sale-1")
    top_up_and_pay(world, banked, 50_000, "sale-2")
    first = do_redeem(world, world.shop_id, 129_948, "r-1")  # fee 6,497.4 → 6,498
    second = do_redeem(world, banked, 50_000, "r-2")
    batch = write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    assert (batch.status, batch.instruction_count, batch.total) == ("open", 2, 123_450 + 47_500)
    late = do_redeem(world, world.shop_id, 10_000, "r-3")
    with read_transaction(world.engine) as connection:
        csv_text = payout_batch_csv(connection, batch.id)
    b, i1, i2 = batch.id, first.instruction_id, second.instruction_id
    assert csv_text.splitlines() == [
        ",".join(CSV_COLUMNS),
        f"{b},{i1},{world.shop_id},ร้านข้าวมันไก่ป้าแดง,promptpay,,,0861112222,1234.50,TN-B{b}-I{i1}",
        f"{b},{i2},{banked},ร้าน standard,bank_account,006,ธนาคารกรุงไทย,0201234567,475.00,"
        f"TN-B{b}-I{i2}",
    ]
    assert CSV_COLUMNS == (
        "batch",
        "instruction",
        "merchant",
        "business_name",
        "payee_type",
        "bank_code",
        "bank_name",
        "payee",
        "amount_baht",
        "reference",
    )
    second_batch = write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    assert (second_batch.instruction_count, second_batch.total) == (1, late.net)
    with pytest.raises(NothingToPay):
        write(world, lambda c: create_payout_batch(c, "operator:1", NOW))

    payouts_before, bank_before = balance_of(world, book.PAYOUTS), balance_of(world, book.BANK)

    def mark(reference: str) -> PayoutBatch:
        return write(world, lambda c: mark_batch_paid(c, batch.id, "operator:1", NOW, reference))

    paid = mark("KBANK-0001")
    assert (paid.status, paid.bank_reference) == ("paid", "KBANK-0001")
    assert balance_of(world, book.PAYOUTS) == payouts_before - batch.total == late.net
    assert balance_of(world, book.BANK) == bank_before - batch.total
    after_first = snapshot(world)
    assert mark("KBANK-0001") == paid
    with pytest.raises(PayoutBatchAlreadyPaid):
        mark("KBANK-0002")
    assert snapshot(world) == after_first
    with read_transaction(world.engine) as connection:
        statuses = dict(
            connection.execute(select(payout_instructions.c.id, payout_instructions.c.status)).all()
        )
        actions = connection.execute(
            text(
                "SELECT action, COUNT(*) FROM audit_log"
                " WHERE action LIKE 'payout.%' GROUP BY action"
            )
        ).all()
        with pytest.raises(UnknownPayoutBatch):
            payout_batch_csv(connection, 999)
        paid_transfers = connection.execute(
            text("SELECT COUNT(*) FROM ledger_transfers WHERE purpose = 'payout'")
        ).scalar_one()
    assert statuses == {i1: "paid", i2: "paid", late.instruction_id: "batched"}
    assert dict(actions) == {"payout.batch_create": 2, "payout.batch_paid": 1}
    assert paid_transfers == 1
    assert all_checks_pass(world)


def test_payout_instruction_keeps_the_payee_of_its_redemption(world: World) -> None:
    top_up_and_pay(world, world.shop_id, 10_000, "sale-1")
    do_redeem(world, world.shop_id, 10_000, "r-1")
    write(
        world,
        lambda c: c.execute(
            text("UPDATE wallet_merchants SET payout_promptpay = '0899999999' WHERE id = :id"),
            {"id": world.shop_id},
        ),
    )
    with read_transaction(world.engine) as connection:
        count = connection.execute(
            select(func.count()).where(payout_instructions.c.payout_promptpay == "0861112222")
        ).scalar_one()
    assert count == 1


def test_a_shop_name_that_looks_like_a_formula_is_text_in_the_bank_file(world: World) -> None:
    shop = add_shop(world, "0861112226", "standard", bank="0201234567")
    named = '=HYPERLINK("http://evil.example","ดูยอด")'
    write(
        world,
        lambda c: c.execute(
            text("UPDATE wallet_merchants SET business_name = :name WHERE id = :id"),
            {"name": named, "id": shop},
        ),
    )
    top_up_and_pay(world, shop, 50_000, "sale-f")
    do_redeem(world, shop, 50_000, "r-f")
    batch = write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    with read_transaction(world.engine) as connection:
        line = payout_batch_csv(connection, batch.id).splitlines()[1]
        rows = payout_batch_rows(connection, batch.id)
    assert "'=HYPERLINK(" in line
    assert ",=HYPERLINK(" not in line
    sheet = load_workbook(io.BytesIO(xlsx_bytes(rows, "payout"))).active
    assert sheet is not None
    shop_cell = sheet.cell(row=2, column=4)
    assert (shop_cell.value, shop_cell.data_type) == (named, "s")
