"""A new shop applies: owner and shop in one write, pending until the operator approves."""

from sqlalchemy import Engine, func, select

from tests.wallet.pages.shop.helpers import PADAENG, PADAENG_SHOP, shop_number
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, post_form
from thungngoen.auth.tables import users
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet.demo import MEMBERS, OLD_TOWN
from thungngoen.wallet.people import set_merchant_status
from thungngoen.wallet.tables import merchants

APPLICATION = {
    "phone": "0867778888",
    "name": "ป้าศรี ขายขนม",
    "password": "khanom-1234",
    "business_name": "ร้านขนมป้าศรี",
    "category": "food",
    "tambon_code": OLD_TOWN,
    "payout_promptpay": "0867778888",
    "payout_bank_account": "",
    "payout_bank_code": "",
}


def _counts(engine: Engine) -> tuple[int, int]:
    with read_transaction(engine) as connection:
        people = connection.execute(select(func.count()).select_from(users)).scalar_one()
        shops = connection.execute(select(func.count()).select_from(merchants)).scalar_one()
    return people, shops


def _shop(engine: Engine, business_name: str) -> tuple[int, str, str]:
    with read_transaction(engine) as connection:
        row = connection.execute(
            select(merchants.c.id, merchants.c.status, users.c.role)
            .join(users, users.c.id == merchants.c.owner_user_id)
            .where(merchants.c.business_name == business_name)
        ).one()
    return row.id, row.status, row.role


def test_a_new_shop_is_pending_and_its_owner_logged_in(demo_site: DemoSite) -> None:
    client = demo_site.client()
    assert 'id="shop-signup-form"' in client.get("/shop/signup").text
    done = post_form(client, "/shop/signup", APPLICATION)
    assert (done.status_code, done.headers["location"]) == (303, "/shop")
    shop, status, role = _shop(demo_site.engine, "ร้านขนมป้าศรี")
    assert (status, role) == ("pending", "merchant")
    till = client.get("/shop")
    assert "ร้านของคุณกำลังรอผู้ดูแลระบบอนุมัติ" in till.text
    assert 'id="till-form"' not in till.text
    takings = client.get("/shop/takings", follow_redirects=False)
    assert (takings.status_code, takings.headers["location"]) == (303, "/shop")
    write_transaction(demo_site.engine, lambda c: set_merchant_status(c, shop, "approved", "test"))
    assert 'id="till-form"' in client.get("/shop").text


def test_a_bad_application_writes_nothing_and_says_why_next_to_the_fields(
    demo_site: DemoSite,
) -> None:
    before = _counts(demo_site.engine)
    client = demo_site.client()
    bad = {**APPLICATION, "phone": "12", "category": "", "payout_promptpay": ""}
    refused = post_form(client, "/shop/signup", bad)
    assert refused.status_code == 422
    assert error_under(refused.text, "phone") == "หมายเลขโทรศัพท์มือถือไม่ถูกต้อง"
    assert error_under(refused.text, "category") == "กรุณาเลือกประเภทร้าน"
    assert "พร้อมเพย์" in error_under(refused.text, "payout_promptpay")
    assert 'value="ร้านขนมป้าศรี"' in refused.text
    assert _counts(demo_site.engine) == before


def test_owner_and_shop_are_one_write(demo_site: DemoSite) -> None:
    """An unknown sub-district fails after the owner's user is made: neither is kept."""
    before = _counts(demo_site.engine)
    client = demo_site.client()
    refused = post_form(client, "/shop/signup", {**APPLICATION, "tambon_code": "999999"})
    assert refused.status_code == 422
    assert error_under(refused.text, "tambon_code") == "ไม่พบตำบลนี้ในจังหวัดสงขลา"
    assert _counts(demo_site.engine) == before
    taken = post_form(client, "/shop/signup", {**APPLICATION, "phone": MEMBERS[0].phone})
    assert error_under(taken.text, "phone") == "หมายเลขโทรศัพท์นี้ลงทะเบียนแล้ว"
    assert _counts(demo_site.engine) == before


def test_bad_payout_details_are_refused(demo_site: DemoSite) -> None:
    client = demo_site.client()
    bank = {**APPLICATION, "payout_promptpay": "", "payout_bank_account": "123-4"}
    assert error_under(post_form(client, "/shop/signup", bank).text, "payout_bank_account")
    promptpay = {**APPLICATION, "payout_promptpay": "12345"}
    assert error_under(post_form(client, "/shop/signup", promptpay).text, "payout_promptpay")
    before = _counts(demo_site.engine)
    for code in ("", "999", "6"):
        no_bank = {**bank, "payout_bank_account": "1234567890", "payout_bank_code": code}
        refused = post_form(client, "/shop/signup", no_bank)
        assert refused.status_code == 422
        assert error_under(refused.text, "payout_bank_code") == "กรุณาเลือกธนาคารของบัญชี"
    assert _counts(demo_site.engine) == before


def test_the_sign_up_offers_the_thai_banks_by_code(demo_site: DemoSite) -> None:
    form = demo_site.client().get("/shop/signup").text
    assert '<option value="006">006 ธนาคารกรุงไทย</option>' in form
    assert '<option value="034">' in form


def test_a_merchant_opens_a_second_shop_and_switches_between_them(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    form = client.get("/shop/signup").text
    assert 'name="phone"' not in form
    shop_fields = {k: v for k, v in APPLICATION.items() if k not in ("phone", "name", "password")}
    second = {
        **shop_fields,
        "business_name": "ร้านน้ำป้าแดง",
        "payout_bank_account": "1234567890",
        "payout_bank_code": "004",
    }
    assert post_form(client, "/shop/signup", second).status_code == 303
    shop, status, _ = _shop(demo_site.engine, "ร้านน้ำป้าแดง")
    assert status == "pending"
    with read_transaction(demo_site.engine) as connection:
        query = select(merchants.c.payout_bank_code).where(merchants.c.id == shop)
        assert connection.execute(query).scalar_one() == "004"
    assert "ร้านของคุณกำลังรอผู้ดูแลระบบอนุมัติ" in client.get("/shop").text
    first = _shop(demo_site.engine, PADAENG_SHOP)[0]
    switched = post_form(client, "/shop/choose", {"shop_id": str(first)}, page="/shop")
    assert switched.status_code == 303
    till = client.get("/shop").text
    assert 'id="till-form"' in till
    assert 'id="shop-chooser"' in till
    assert shop_number(till) == first
    assert shop != first


def test_members_do_not_open_shops_here(demo_site: DemoSite) -> None:
    page = demo_site.client(MEMBERS[0]).get("/shop/signup", follow_redirects=False)
    assert (page.status_code, page.headers["location"]) == (303, "/")
