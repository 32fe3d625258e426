"""Voucher batches: the operator issues one and prints its sheet (the codes, shown for a
while to that operator only), auditors see the counts; a batch is cancelled."""

import re
from datetime import timedelta

import pytest
import segno
from fastapi.testclient import TestClient

from tests.web.conftest import DemoSite
from tests.web.helpers import balance, error_under, member_of, post_form
from tests.web.money_helpers import donate_to_fund, rows_written
from thungngoen import vouchers
from thungngoen.auth.users import create_user
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.vouchers.pages import sheets as voucher_sheets
from thungngoen.wallet.demo import AUDITOR, MEMBERS, OPERATOR, Login

FUND = "citizens-day"
CODE = re.compile(r'<p class="voucher-code">(\d{4}-\d{4}-\d{4})</p>')


def _batch_form(count: int = 6, key: str = "sheet-test-1") -> dict[str, str]:
    last_day = (utc_now() + timedelta(days=30)).date()
    return {
        "name": "วันพลเมือง 2569",
        "value": "100",
        "count": str(count),
        "expires_on": last_day.isoformat(),
        "fund_code": FUND,
        "idempotency_key": key,
    }


def _issue(client: TestClient, fields: dict[str, str]) -> str:
    response = post_form(client, "/console/vouchers", fields)
    assert response.status_code == 303, response.text
    location: str = response.headers["location"]
    assert re.fullmatch(r"/console/vouchers/\d+/sheet", location)
    return location


def _batches(demo_site: DemoSite) -> list[vouchers.BatchSummary]:
    with read_transaction(demo_site.engine) as connection:
        return vouchers.voucher_batch_summaries(connection)


def test_an_issued_batch_prints_a_sheet_of_real_codes(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    donate_to_fund(engine, FUND, 100_000)
    operator = demo_site.client(OPERATOR)
    sheet_path = _issue(operator, _batch_form(count=6))
    sheet = operator.get(sheet_path)
    assert sheet.status_code == 200
    assert sheet.headers["cache-control"] == "no-store"
    grid = sheet.text.split('id="voucher-sheet"')[1]
    codes = CODE.findall(grid)
    assert len(codes) == 6
    assert len(set(codes)) == 6
    assert grid.count("<svg") == 6
    assert grid.count('class="voucher-card"') == 6
    assert grid.count("100.00 เหรียญ") == 6
    for card in grid.split('class="voucher-card"')[1:]:  # each QR holds its card's code
        code = CODE.findall(card)[0]
        assert segno.make_qr(code, error="m").svg_inline(omitsize=True) in card
    last_day = (utc_now() + timedelta(days=30)).date()
    assert f"ใช้ได้ถึง {last_day.day}/{last_day.month}/{last_day.year + 543}" in grid
    assert 'class="menu"' not in sheet.text  # the sheet prints without the menu
    assert balance(engine, f"thb:fund:{FUND}") == 40_000
    somsri = member_of(engine, MEMBERS[0].phone)
    redeemed = write_transaction(
        engine,
        lambda c: vouchers.redeem_to_member(
            c, code=codes[3], member_id=somsri.id, idempotency_key="t", actor="t", now=utc_now()
        ),
    )
    assert redeemed.amount == 10_000
    listed = operator.get("/console/vouchers").text
    row = listed.split(f'id="voucher-batch-{redeemed.batch_id}"')[1].split("</tr>")[0]
    assert [int(n) for n in re.findall(r'<td class="num">(\d+)<', row)] == [6, 1, 5]
    assert "500.00 เหรียญ" in row  # the outstanding value
    assert f'href="/console/vouchers/{redeemed.batch_id}/sheet"' in row  # printable again


def test_a_double_submit_issues_one_batch(demo_site: DemoSite) -> None:
    donate_to_fund(demo_site.engine, FUND, 100_000)
    operator = demo_site.client(OPERATOR)
    first = _issue(operator, _batch_form(count=2, key="twice"))
    assert _issue(operator, _batch_form(count=2, key="twice")) == first
    assert len(_batches(demo_site)) == 1
    assert balance(demo_site.engine, f"thb:fund:{FUND}") == 80_000


def test_auditors_and_other_operators_never_see_the_codes(demo_site: DemoSite) -> None:
    donate_to_fund(demo_site.engine, FUND, 100_000)
    sheet_path = _issue(demo_site.client(OPERATOR), _batch_form(count=3))
    auditor = demo_site.client(AUDITOR)
    assert auditor.get(sheet_path).status_code == 403
    listed = auditor.get("/console/vouchers").text
    assert "วันพลเมือง 2569" in listed
    assert "/sheet" not in listed
    other = Login("operator", "0800000008", "other-operator", "ผู้ดูแลอีกคน")
    write_transaction(
        demo_site.engine,
        lambda c: create_user(
            c,
            phone=other.phone,
            name=other.name,
            role="operator",
            password=other.password,
            actor="test",
        ),
    )
    elsewhere = demo_site.client(other).get(sheet_path)
    assert elsewhere.status_code == 200
    assert not CODE.findall(elsewhere.text)
    assert 'id="voucher-sheet-gone"' in elsewhere.text


def test_the_codes_are_forgotten_after_a_while(
    demo_site: DemoSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    donate_to_fund(demo_site.engine, FUND, 100_000)
    monkeypatch.setattr(voucher_sheets, "HOLD_FOR", 0)
    operator = demo_site.client(OPERATOR)
    sheet = operator.get(_issue(operator, _batch_form(count=2)))
    assert not CODE.findall(sheet.text)
    assert "ไม่สามารถแสดงรหัสได้อีกแล้ว" in sheet.text


def test_bad_fields_are_shown_next_to_them_and_nothing_is_issued(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    before = rows_written(demo_site.engine)
    bad = _batch_form() | {"value": "abc", "count": "0", "expires_on": "", "fund_code": ""}
    response = post_form(operator, "/console/vouchers", bad)
    assert response.status_code == 422
    assert error_under(response.text, "value") == "กรุณาใส่จำนวนเงินเป็นบาท เช่น 1,250.50"
    assert error_under(response.text, "count") == "คูปองหนึ่งชุดมีได้ 1 ถึง 5,000 ใบ"
    assert error_under(response.text, "expires_on") == "กรุณากรอกช่องนี้"
    assert error_under(response.text, "fund_code") == "กรุณากรอกช่องนี้"
    assert 'name="idempotency_key" value="sheet-test-1"' in response.text  # the same key
    poor = post_form(operator, "/console/vouchers", _batch_form())
    assert poor.status_code == 422
    assert error_under(poor.text, "fund_code") == "เงินกองทุนคูปองไม่พอ"
    assert rows_written(demo_site.engine) == before


def test_a_batch_is_cancelled_with_a_reason(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    donate_to_fund(engine, FUND, 100_000)
    operator = demo_site.client(OPERATOR)
    _issue(operator, _batch_form(count=4))
    batch = _batches(demo_site)[0].batch_id
    action = f"/console/vouchers/{batch}/cancel"
    silent = post_form(operator, action, {}, page="/console/vouchers")
    assert silent.status_code == 422
    assert error_under(silent.text, f"reason-{batch}") == "กรุณากรอกช่องนี้"
    reason = {f"reason-{batch}": "แผ่นคูปองหาย"}
    assert post_form(operator, action, reason, page="/console/vouchers").status_code == 303
    assert _batches(demo_site)[0].status == "cancelled"
    assert balance(engine, f"thb:fund:{FUND}") == 100_000
    again = post_form(operator, action, reason, page="/console/vouchers")  # a double submit
    assert again.status_code == 303
    assert balance(engine, f"thb:fund:{FUND}") == 100_000
    missing = post_form(
        operator, "/console/vouchers/999/cancel", {"reason-999": "x"}, page="/console/vouchers"
    )
    assert missing.status_code == 404
