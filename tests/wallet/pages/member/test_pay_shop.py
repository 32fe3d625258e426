"""Paying a shop from its printed QR poster (``/pay/shop/<number>``): the member types
the amount; mistakes show next to the field and move nothing."""

from tests.wallet.pages.member.helpers import SHOP, form_error, shop_balance, submit
from tests.web.conftest import DemoSite
from tests.web.helpers import apply_for_shop, error_under, hidden, member_balance, shop_id
from thungngoen.wallet.demo import MEMBERS, PIN

SOMSRI = MEMBERS[0]


def test_a_member_pays_the_amount_typed_once(demo_site: DemoSite) -> None:
    path = f"/pay/shop/{shop_id(demo_site.engine, SHOP)}"
    client = demo_site.client(SOMSRI)
    page = client.get(path).text
    assert "ร้านข้าวมันไก่ป้าแดง" in page
    assert '<label for="f-amount">จำนวน (เหรียญ)</label>' in page
    before, shop_before = (
        member_balance(demo_site.engine, SOMSRI.phone),
        shop_balance(demo_site.engine),
    )
    form = {"amount": "45.50", "reference": "ข้าวมันไก่ 1 จาน", "pin": PIN}
    form["idempotency_key"] = hidden(page, "idempotency_key")
    paid = submit(client, path, form)
    assert paid.status_code == 303
    again = submit(client, path, form)
    assert again.headers["location"] == paid.headers["location"]
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 4_550
    assert shop_balance(demo_site.engine) == shop_before + 4_550
    receipt = client.get(paid.headers["location"]).text
    assert "ร้านข้าวมันไก่ป้าแดง ข้าวมันไก่ 1 จาน" in receipt
    assert "สี่สิบห้าเหรียญห้าสิบสตางค์" in receipt


def test_an_old_form_sent_again_with_another_amount_is_not_paid_twice(
    demo_site: DemoSite,
) -> None:
    path = f"/pay/shop/{shop_id(demo_site.engine, SHOP)}"
    client = demo_site.client(SOMSRI)
    key = hidden(client.get(path).text, "idempotency_key")
    before = member_balance(demo_site.engine, SOMSRI.phone)
    assert submit(client, path, {"amount": "10", "pin": PIN, "idempotency_key": key}).is_redirect
    changed = submit(client, path, {"amount": "20", "pin": PIN, "idempotency_key": key})
    assert changed.status_code == 422
    assert form_error(changed.text) == "รายการนี้ถูกส่งไปแล้วด้วยข้อมูลต่างกัน"
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 1_000
    fresh = hidden(changed.text, "idempotency_key")
    assert fresh != key
    assert submit(client, path, {"amount": "20", "pin": PIN, "idempotency_key": fresh}).is_redirect
    assert member_balance(demo_site.engine, SOMSRI.phone) == before - 3_000


def test_a_bad_amount_or_pin_shows_next_to_its_field_and_pays_nothing(
    demo_site: DemoSite,
) -> None:
    path = f"/pay/shop/{shop_id(demo_site.engine, SHOP)}"
    client = demo_site.client(SOMSRI)
    before = member_balance(demo_site.engine, SOMSRI.phone)
    for typed, error in (
        ("ห้าสิบ", "กรุณาพิมพ์จำนวนเหรียญ เช่น 120 หรือ 45.50"),
        ("1.234", "กรุณาพิมพ์จำนวนเหรียญ เช่น 120 หรือ 45.50"),
        ("0", "จำนวนเงินต้องมากกว่าศูนย์"),
        ("", "กรุณากรอกช่องนี้"),
        ("900", "เหรียญไม่พอ คุณมี 360.00 เหรียญ"),
        ("1,25.5", "กรุณาพิมพ์จำนวนเหรียญ เช่น 120 หรือ 45.50"),
    ):
        refused = submit(client, path, {"amount": typed, "pin": PIN})
        assert refused.status_code == 422, typed
        assert error_under(refused.text, "amount") == error, typed
        assert f'value="{typed}"' in refused.text  # what was typed stays
    wrong = submit(client, path, {"amount": "10", "pin": "135790"})
    assert error_under(wrong.text, "pin") == ("รหัส PIN ไม่ถูกต้อง เหลืออีก 4 ครั้งก่อนการชำระเงินจะถูกล็อก")
    assert 'id="top-up-link"' not in wrong.text  # the top-up only when coin is short
    assert member_balance(demo_site.engine, SOMSRI.phone) == before


def test_an_unknown_shop_is_not_found(demo_site: DemoSite) -> None:
    page = demo_site.client(SOMSRI).get("/pay/shop/99999")
    assert page.status_code == 404
    assert "ไม่พบร้านค้า" in page.text
    assert 'id="pay-form"' not in page.text


def test_a_shop_not_yet_approved_cannot_be_paid(demo_site: DemoSite) -> None:
    merchant_id = apply_for_shop(demo_site.engine)
    client = demo_site.client(SOMSRI)
    page = client.get(f"/pay/shop/{merchant_id}")
    assert page.status_code == 422
    assert "ร้านค้านี้ยังไม่ได้รับอนุมัติ" in page.text
    before = member_balance(demo_site.engine, SOMSRI.phone)
    tried = submit(
        client,
        f"/pay/shop/{merchant_id}",
        {"amount": "10", "pin": PIN, "idempotency_key": "k-pending"},
    )
    assert tried.status_code == 422
    assert member_balance(demo_site.engine, SOMSRI.phone) == before
