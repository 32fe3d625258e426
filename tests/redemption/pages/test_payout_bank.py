"""The payouts pages with the bank: each account line names its bank, the bank file and
the XLSX carry the bank's code and name, and an account whose bank is unknown is marked
and kept out of the batch, with the refusal in Thai when nothing else waits."""

import csv
import io

from sqlalchemy import Engine, text

from tests.spreadsheets import sheet_rows
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, post_form, shop_id
from tests.web.money_helpers import redeem_at_shop
from thungngoen import redemption
from thungngoen.db import write_transaction
from thungngoen.wallet.demo import OPERATOR, SHOPS

PAGE = "/console/payouts"
SCB = "ธนาคารไทยพาณิชย์"


def _pay_to_account(engine: Engine, shop: int, account: str, code: str | None) -> None:
    write_transaction(
        engine,
        lambda c: c.execute(
            text(
                "UPDATE wallet_merchants SET payout_promptpay = NULL,"
                " payout_bank_account = :account, payout_bank_code = :code WHERE id = :id"
            ),
            {"account": account, "code": code, "id": shop},
        ),
    )


def test_the_bank_is_shown_filed_and_a_missing_bank_holds_the_payout(
    demo_site: DemoSite,
) -> None:
    engine = demo_site.engine
    banked, old = shop_id(engine, SHOPS[0][1]), shop_id(engine, SHOPS[1][1])
    _pay_to_account(engine, banked, "4561237890", "014")
    _pay_to_account(engine, old, "0201234567", None)  # signed up before the bank was asked
    redeem_at_shop(engine, banked, 5_000, "banked")
    held = redeem_at_shop(engine, old, 3_000, "old")
    operator = demo_site.client(OPERATOR)

    waiting = operator.get(PAGE).text
    banked_row = waiting.split(f'id="queued-{held.instruction_id - 1}"')[1].split("</tr>")[0]
    old_row = waiting.split(f'id="queued-{held.instruction_id}"')[1].split("</tr>")[0]
    assert SCB in banked_row
    assert "needs-bank" not in banked_row
    assert "ยังไม่ระบุธนาคาร: จะยังไม่เข้าชุดการจ่ายจนกว่าร้านจะบันทึกธนาคาร" in old_row

    created = post_form(operator, PAGE)
    assert created.status_code == 303
    batch_id = int(created.headers["location"].rsplit("/", 1)[1])
    download = operator.get(f"{PAGE}/{batch_id}.csv")
    (line,) = csv.DictReader(io.StringIO(download.content.decode("utf-8")))
    assert (line["business_name"], line["bank_code"], line["bank_name"], line["payee"]) == (
        SHOPS[0][1],
        "014",
        SCB,
        "4561237890",
    )
    header, row = sheet_rows(operator.get(f"{PAGE}/{batch_id}.xlsx").content)
    assert header == list(redemption.CSV_COLUMNS)
    assert row[5:8] == ["014", SCB, "4561237890"]
    assert f'id="queued-{held.instruction_id}"' in operator.get(PAGE).text

    refused = post_form(operator, PAGE)
    assert refused.status_code == 422
    assert error_under(refused.text, "form") == (
        "ยังจ่ายไม่ได้: ร้านค้ายังไม่ได้ระบุธนาคารของบัญชีรับเงิน กรุณาให้ร้านบันทึกธนาคารก่อน"
    )
