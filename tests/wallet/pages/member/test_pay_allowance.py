"""Issue 13 on the pages: a participant at Citizens' Day pays an event shop from the
allowance on the phone — from My vouchers, the shop and the amount, a confirmation with the
allowance left, the PIN, a receipt — and each refusal (not a participant, a shop not in the
event, over the allowance, the event closed or over) says why, in Thai, moving nothing."""

from datetime import timedelta

import httpx
from fastapi.testclient import TestClient

from tests.wallet.event_setup import EVENT_NAME, open_event
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, hidden, number_of, rows_in, shop_id
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.wallet import programs
from thungngoen.wallet.demo import MEMBERS, PIN, SHOPS
from thungngoen.wallet.tables import payments

SOMSRI, MANEE = MEMBERS[0], MEMBERS[2]
PADAENG, COFFEE = SHOPS[0][1], SHOPS[1][1]
PAGE = "/wallet/allowance/pay"


def _post(client: TestClient, path: str, data: dict[str, str]) -> httpx.Response:
    shown = client.get(PAGE).text
    fields = {"csrf_token": hidden(shown, "csrf_token"), **data}
    fields.setdefault("idempotency_key", hidden(shown, "idempotency_key"))
    response: httpx.Response = client.post(path, data=fields, follow_redirects=False)
    return response


def _nothing_moves(site: DemoSite) -> dict[str, int]:
    return rows_in(site.engine, transfers, payments)


def test_a_participant_pays_an_event_shop_from_the_allowance(demo_site: DemoSite) -> None:
    open_event(demo_site.engine, [SOMSRI.phone], [PADAENG])
    client = demo_site.client(SOMSRI)
    vouchers = client.get("/wallet/vouchers").text
    assert 'href="/wallet/allowance/pay"' in vouchers
    form = client.get(PAGE).text
    shop = shop_id(demo_site.engine, PADAENG)
    assert f'value="{shop}"' in form
    assert "300.00 เหรียญ" in form
    before = _nothing_moves(demo_site)
    shown = _post(client, PAGE, {"shop": str(shop), "amount": "120.50"})
    assert shown.status_code == 200, shown.text
    confirm = shown.text
    assert EVENT_NAME in confirm
    assert (number_of(confirm, "confirm-amount"), number_of(confirm, "confirm-left")) == (
        12_050,
        30_000,
    )
    assert number_of(confirm, "confirm-left-after") == 17_950
    assert _nothing_moves(demo_site) == before  # the confirmation moved nothing
    key = hidden(confirm, "idempotency_key")
    data = {"shop": str(shop), "amount": "120.50", "pin": PIN, "idempotency_key": key}
    paid = _post(client, f"{PAGE}/confirm", data)
    assert paid.status_code == 303, paid.text
    again = _post(client, f"{PAGE}/confirm", data)  # a double submit pays once
    assert again.headers["location"] == paid.headers["location"]
    receipt = client.get(paid.headers["location"]).text
    assert (number_of(receipt, "receipt-amount"), number_of(receipt, "receipt-left")) == (
        12_050,
        17_950,
    )
    assert PADAENG in receipt
    assert "หนึ่งร้อยยี่สิบเหรียญห้าสิบสตางค์" in receipt
    assert demo_site.client(MANEE).get(paid.headers["location"]).status_code == 404


def test_a_wrong_pin_on_the_confirmation_pays_nothing(demo_site: DemoSite) -> None:
    open_event(demo_site.engine, [SOMSRI.phone], [PADAENG])
    client = demo_site.client(SOMSRI)
    shop = str(shop_id(demo_site.engine, PADAENG))
    before = _nothing_moves(demo_site)
    wrong = _post(client, f"{PAGE}/confirm", {"shop": shop, "amount": "10", "pin": "000000"})
    assert wrong.status_code == 422
    assert "PIN" in error_under(wrong.text, "pin")
    assert _nothing_moves(demo_site) == before


def test_a_member_who_is_not_a_participant_is_told_so(demo_site: DemoSite) -> None:
    open_event(demo_site.engine, [SOMSRI.phone], [PADAENG])
    client = demo_site.client(MANEE)
    assert 'id="no-allowance"' in client.get(PAGE).text
    before = _nothing_moves(demo_site)
    shop = str(shop_id(demo_site.engine, PADAENG))
    refused = _post(client, PAGE, {"shop": shop, "amount": "10"})
    assert refused.status_code == 422
    assert "คุณยังไม่มีสิทธิ์ใช้จ่ายในกิจกรรม" in refused.text
    refused = _post(client, f"{PAGE}/confirm", {"shop": shop, "amount": "10", "pin": PIN})
    assert "คุณยังไม่มีสิทธิ์ใช้จ่ายในกิจกรรม" in refused.text
    assert _nothing_moves(demo_site) == before


def test_a_shop_not_in_the_event_and_an_amount_over_the_allowance(demo_site: DemoSite) -> None:
    open_event(demo_site.engine, [SOMSRI.phone], [PADAENG])
    client = demo_site.client(SOMSRI)
    before = _nothing_moves(demo_site)
    coffee = str(shop_id(demo_site.engine, COFFEE))
    refused = _post(client, PAGE, {"shop_number": coffee, "amount": "10"})
    assert refused.status_code == 422
    assert error_under(refused.text, "shop") == (
        f"{COFFEE} ไม่ได้ร่วมกิจกรรม {EVENT_NAME} จึงรับสิทธิ์การใช้จ่ายนี้ไม่ได้"
    )
    padaeng = str(shop_id(demo_site.engine, PADAENG))
    over = _post(client, PAGE, {"shop": padaeng, "amount": "300.01"})
    assert over.status_code == 422
    assert error_under(over.text, "amount") == (
        f"สิทธิ์การใช้จ่ายไม่พอ: {EVENT_NAME} เหลือ 300.00 เหรียญ รายการนี้ 300.01 เหรียญ"
    )
    nothing = _post(client, PAGE, {"amount": "10"})
    assert error_under(nothing.text, "shop") == "กรุณาเลือกร้าน หรือพิมพ์หมายเลขร้าน"
    assert _nothing_moves(demo_site) == before


def test_a_closed_or_expired_event_says_so(demo_site: DemoSite) -> None:
    event = open_event(demo_site.engine, [SOMSRI.phone], [PADAENG])
    client = demo_site.client(SOMSRI)
    padaeng = str(shop_id(demo_site.engine, PADAENG))
    ended = programs.ProgramTerms(
        name=event.name,
        valid_from=event.valid_from,
        valid_until=utc_now() - timedelta(seconds=1),
        fund_code=event.fund_code,
        allowance=event.allowance,
    )
    write_transaction(
        demo_site.engine, lambda c: programs.update_program(c, event.id, ended, actor="t")
    )
    before = _nothing_moves(demo_site)
    over = _post(client, f"{PAGE}/confirm", {"shop": padaeng, "amount": "10", "pin": PIN})
    assert over.status_code == 422
    assert f"สิทธิ์การใช้จ่ายของ {EVENT_NAME} ใช้ได้ถึง" in over.text
    assert "กิจกรรมสิ้นสุดแล้ว" in over.text
    write_transaction(
        demo_site.engine, lambda c: programs.deactivate_program(c, event.id, actor="t")
    )
    closed = _post(client, PAGE, {"shop": padaeng, "amount": "10"})
    assert f"{EVENT_NAME} ปิดรับการใช้สิทธิ์การใช้จ่ายแล้ว" in closed.text
    assert _nothing_moves(demo_site) == before
