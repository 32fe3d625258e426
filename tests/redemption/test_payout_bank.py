"""The bank of a payout account in the bank file: a Thai bulk credit names the receiving
bank by its three-digit code; an account whose bank is not known waits out of the batch."""

import csv
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import Connection, select, text

from tests.redemption.redemption_helpers import NOW, add_shop, do_redeem, top_up_and_pay, write
from tests.redemption.test_redemption_cli import run, text_of
from tests.wallet.conftest import World
from thungngoen.db import read_transaction
from thungngoen.exports import xlsx_bytes
from thungngoen.redemption import (
    NothingToPay,
    PayoutBankMissing,
    create_payout_batch,
    payout_batch_csv,
    payout_batch_rows,
)
from thungngoen.redemption.payee_bank import shops_needing_bank
from thungngoen.redemption.tables import payout_instructions


def _set_shop_bank(world: World, shop: int, code: str | None, account: str = "0201234567") -> None:
    write(
        world,
        lambda c: c.execute(
            text(
                "UPDATE wallet_merchants SET payout_bank_code = :code,"
                " payout_bank_account = :account WHERE id = :id"
            ),
            {"code": code, "account": account, "id": shop},
        ),
    )


def _old_shop(world: World, phone: str) -> int:
    """A shop that signed up before the bank was asked: an account, no bank."""
    shop = add_shop(world, phone, "standard", bank="0201234567")
    _set_shop_bank(world, shop, None)
    return shop


def _status(connection: Connection, instruction_id: int) -> tuple[str, str | None]:
    query = select(payout_instructions.c.status, payout_instructions.c.payout_bank_code)
    row = connection.execute(query.where(payout_instructions.c.id == instruction_id)).one()
    return row.status, row.payout_bank_code


def test_the_bank_file_names_the_bank_beside_the_account(world: World) -> None:
    shop = add_shop(world, "0861112231", "standard", bank="4561237890", bank_code="014")
    top_up_and_pay(world, shop, 20_000, "sale-b")
    done = do_redeem(world, shop, 20_000, "r-b")
    _set_shop_bank(world, shop, "004", "9999999999")  # a later change moves nothing promised
    batch = write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    with read_transaction(world.engine) as connection:
        bank_file = payout_batch_csv(connection, batch.id)
        rows = payout_batch_rows(connection, batch.id)
    (line,) = csv.DictReader(io.StringIO(bank_file))
    assert {k: line[k] for k in ("payee_type", "bank_code", "bank_name", "payee")} == {
        "payee_type": "bank_account",
        "bank_code": "014",
        "bank_name": "ธนาคารไทยพาณิชย์",
        "payee": "4561237890",
    }
    assert (line["amount_baht"], line["reference"]) == (
        "190.00",
        f"TN-B{batch.id}-I{done.instruction_id}",
    )
    sheet = load_workbook(io.BytesIO(xlsx_bytes(rows, "payout"))).active
    assert sheet is not None
    assert [cell.value for cell in sheet[2]][5:8] == ["014", "ธนาคารไทยพาณิชย์", "4561237890"]
    assert sheet.cell(row=2, column=6).data_type == "s"  # "014" keeps its leading zero


def test_an_account_without_its_bank_waits_and_is_named(world: World) -> None:
    old = _old_shop(world, "0861112232")
    top_up_and_pay(world, world.shop_id, 10_000, "sale-p")
    top_up_and_pay(world, old, 30_000, "sale-o")
    paid_by_promptpay = do_redeem(world, world.shop_id, 10_000, "r-p")
    held = do_redeem(world, old, 30_000, "r-o")
    batch = write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    assert (batch.instruction_count, batch.total) == (1, paid_by_promptpay.net)
    with read_transaction(world.engine) as connection:
        assert _status(connection, held.instruction_id) == ("queued", None)
        assert shops_needing_bank(connection) == ["ร้าน standard"]
    with pytest.raises(PayoutBankMissing, match="ร้าน standard"):
        write(world, lambda c: create_payout_batch(c, "operator:1", NOW))

    _set_shop_bank(world, old, "006")  # the shop records the bank of the same account
    later = write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    assert (later.instruction_count, later.total) == (1, held.net)
    with read_transaction(world.engine) as connection:
        assert _status(connection, held.instruction_id) == ("batched", "006")
        line = payout_batch_csv(connection, later.id).splitlines()[1]
    assert ",bank_account,006,ธนาคารกรุงไทย,0201234567," in line
    with pytest.raises(NothingToPay):
        write(world, lambda c: create_payout_batch(c, "operator:1", NOW))


def test_a_bank_recorded_for_another_account_does_not_complete_the_payout(world: World) -> None:
    old = _old_shop(world, "0861112233")
    top_up_and_pay(world, old, 30_000, "sale-o")
    held = do_redeem(world, old, 30_000, "r-o")
    _set_shop_bank(world, old, "006", "1112223334")
    with pytest.raises(PayoutBankMissing):
        write(world, lambda c: create_payout_batch(c, "operator:1", NOW))
    with read_transaction(world.engine) as connection:
        assert _status(connection, held.instruction_id) == ("queued", None)


def test_the_cli_batches_what_it_can_and_names_the_shops_waiting(
    world: World, database_url: str
) -> None:
    old = _old_shop(world, "0861112234")
    banked = add_shop(world, "0861112235", "standard", bank="7778889990", bank_code="002")
    top_up_and_pay(world, old, 30_000, "sale-o")
    top_up_and_pay(world, banked, 20_000, "sale-b")
    do_redeem(world, old, 30_000, "r-o")
    do_redeem(world, banked, 20_000, "r-b")
    batch = run(database_url, "payout-batch")
    assert batch.exit_code == 0, batch.output
    assert "payout batch 1 (open): 1 instruction(s)" in text_of(batch)
    assert "waiting for the bank of their account: ร้าน standard" in text_of(batch)
    bank_file = run(database_url, "payout-csv", "1")
    (line,) = csv.DictReader(io.StringIO(bank_file.stdout))
    assert (line["bank_code"], line["bank_name"], line["payee"]) == (
        "002",
        "ธนาคารกรุงเทพ",
        "7778889990",
    )
    refused = run(database_url, "payout-batch")
    assert refused.exit_code == 1
    assert "the bank of the account is missing for ร้าน standard" in text_of(refused)
