"""Payouts: a shop redeems coin, the operator gathers the payouts into a batch, downloads
the bank file and marks the batch paid with the bank's reference."""

import csv
import io

from tests.spreadsheets import BOM_BYTES, sheet_rows
from tests.web.conftest import DemoSite
from tests.web.helpers import balance, error_under, post_form, shop_id
from tests.web.money_helpers import redeem_at_shop, rows_written
from thungngoen import redemption
from thungngoen.db import read_transaction
from thungngoen.exports import XLSX_MEDIA_TYPE
from thungngoen.wallet import book
from thungngoen.wallet.demo import OPERATOR, SHOPS

PAGE = "/console/payouts"


def _batch(demo_site: DemoSite, batch_id: int) -> redemption.PayoutBatch:
    with read_transaction(demo_site.engine) as connection:
        return redemption.get_payout_batch(connection, batch_id)


def test_a_redemption_is_batched_exported_and_marked_paid(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    login, business, _ = SHOPS[0]
    shop = shop_id(engine, business)
    redeem_at_shop(engine, shop, 5_000, "journey")  # 50 baht less the 5% fee
    operator = demo_site.client(OPERATOR)
    waiting = operator.get(PAGE).text.split('id="payouts-queued"')[1].split("</section>")[0]
    assert business in waiting
    assert "47.50 บาท" in waiting
    assert login.phone not in waiting  # the payee is masked on the page
    assert f"••••••{login.phone[-4:]}" in waiting
    created = post_form(operator, PAGE)
    assert created.status_code == 303
    page = created.headers["location"]
    batch_id = int(page.rsplit("/", 1)[1])
    shown = operator.get(page).text
    assert f'id="payout-batch-{batch_id}" data-status="open"' in shown
    assert f'href="/console/payouts/{batch_id}.csv"' in shown
    assert 'id="mark-paid"' in shown

    download = operator.get(f"/console/payouts/{batch_id}.csv")
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/csv")
    disposition = download.headers["content-disposition"]
    assert disposition == f'attachment; filename="payout-batch-{batch_id}.csv"'
    assert not download.content.startswith(BOM_BYTES)  # the bank's format (decision 0022)
    rows = list(csv.DictReader(io.StringIO(download.content.decode("utf-8"))))
    assert [(r["business_name"], r["payee"], r["amount_baht"]) for r in rows] == [
        (business, login.phone, "47.50")
    ]
    assert f'href="/console/payouts/{batch_id}.xlsx"' in shown
    sheet = operator.get(f"/console/payouts/{batch_id}.xlsx")
    assert sheet.headers["content-type"] == XLSX_MEDIA_TYPE
    named = sheet.headers["content-disposition"]
    assert named == f'attachment; filename="payout-batch-{batch_id}.xlsx"'
    header, line = sheet_rows(sheet.content)
    assert header == list(redemption.CSV_COLUMNS)
    assert (line[3], line[4], line[7], line[8]) == (business, "promptpay", login.phone, 47.5)

    owed = balance(engine, book.PAYOUTS)
    for _ in range(2):  # a double submit pays once
        paid = post_form(operator, f"{page}/paid", {"bank_reference": "KTB-BULK-0042"}, page=page)
        assert paid.status_code == 303
    batch = _batch(demo_site, batch_id)
    assert (batch.status, batch.bank_reference) == ("paid", "KTB-BULK-0042")
    assert balance(engine, book.PAYOUTS) == owed - 4_750
    after = operator.get(page).text
    assert f'id="payout-batch-{batch_id}" data-status="paid"' in after
    assert 'id="mark-paid"' not in after
    listed = operator.get(PAGE).text
    assert f'<tr id="payout-batch-{batch_id}" data-status="paid">' in listed
    assert "KTB-BULK-0042" in listed


def test_marking_paid_needs_the_bank_reference(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    redeem_at_shop(engine, shop_id(engine, SHOPS[1][1]), 3_000, "ref")
    operator = demo_site.client(OPERATOR)
    page = post_form(operator, PAGE).headers["location"]
    before = rows_written(engine)
    empty = post_form(operator, f"{page}/paid", {"bank_reference": "  "}, page=page)
    assert empty.status_code == 422
    assert error_under(empty.text, "bank_reference") == "กรุณากรอกช่องนี้"
    assert rows_written(engine) == before
    assert (
        post_form(operator, f"{page}/paid", {"bank_reference": "KTB-1"}, page=page).status_code
        == 303
    )
    other = post_form(operator, f"{page}/paid", {"bank_reference": "KTB-2"}, page=page)
    assert other.status_code == 422
    assert error_under(other.text, "bank_reference") == "ชุดการจ่ายเงินนี้จ่ายแล้ว"


def test_nothing_to_batch_is_said_plainly(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    before = rows_written(demo_site.engine)
    response = post_form(operator, PAGE)
    assert response.status_code == 422
    assert error_under(response.text, "form") == "ไม่มีรายการที่ต้องจ่าย"
    assert rows_written(demo_site.engine) == before


def test_an_unknown_batch_is_not_found(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    assert operator.get(f"{PAGE}/999").status_code == 404
    assert operator.get(f"{PAGE}/999.csv").status_code == 404
    assert operator.get(f"{PAGE}/999.xlsx").status_code == 404
