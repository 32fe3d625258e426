"""Settings: set or change the payment PIN with the password, change the password; a
locked PIN is explained and only the operator can reset it."""

from fastapi.testclient import TestClient
from sqlalchemy import Connection

from tests.wallet.pages.member.helpers import SHOP, form_error, pin_status, submit
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, member_of, shop_id
from thungngoen.auth import pins
from thungngoen.db import write_transaction
from thungngoen.wallet import people
from thungngoen.wallet.demo import MEMBERS, PIN, Login

SOMSRI = MEMBERS[0]
NEW_PIN = "271828"


def _pay_ten_baht(site: DemoSite, client: TestClient, pin: str) -> int:
    path = f"/pay/shop/{shop_id(site.engine, SHOP)}"
    return submit(client, path, {"amount": "10", "pin": pin}).status_code


def test_a_member_changes_the_pin_with_the_password(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    assert "เปลี่ยนรหัส PIN สำหรับจ่ายเงิน" in client.get("/wallet/settings").text
    form = {"new_pin": NEW_PIN, "new_pin_again": NEW_PIN, "password": SOMSRI.password}
    changed = submit(client, "/wallet/settings", {"action": "pin", **form})
    assert changed.status_code == 303
    assert "ตั้งรหัส PIN เรียบร้อยแล้ว" in client.get("/wallet/settings").text
    assert _pay_ten_baht(demo_site, client, PIN) == 422
    assert _pay_ten_baht(demo_site, client, NEW_PIN) == 303


def test_pin_mistakes_show_next_to_their_field_and_change_nothing(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    password = SOMSRI.password
    for fields, field, text in (
        (("12345", "12345", password), "new_pin", "รหัส PIN ต้องเป็นตัวเลข 6 หลัก"),
        ((NEW_PIN, "271829", password), "new_pin_again", "รหัส PIN ทั้งสองช่องไม่ตรงกัน"),
        (("123456", "123456", password), "new_pin", "รหัส PIN ต้องเป็นตัวเลข 6 หลัก"),
        ((NEW_PIN, NEW_PIN, "not-my-password"), "password", "หมายเลขโทรศัพท์หรือรหัสผ่านไม่ถูกต้อง"),
        ((NEW_PIN, NEW_PIN, ""), "password", "กรุณากรอกช่องนี้"),
    ):
        form = dict(zip(("new_pin", "new_pin_again", "password"), fields, strict=True))
        refused = submit(client, "/wallet/settings", {"action": "pin", **form})
        assert refused.status_code == 422, fields
        assert error_under(refused.text, field) == text, fields
        assert password not in refused.text  # secrets are not sent back
    assert _pay_ten_baht(demo_site, client, PIN) == 303


def test_a_new_member_is_asked_to_set_a_pin_first(demo_site: DemoSite) -> None:
    newcomer = Login("member", "0891239999", "newcomer-1", "ดวงใจ ใหม่")

    def sign_up(connection: Connection) -> None:
        people.register_member(
            connection,
            phone=newcomer.phone,
            name=newcomer.name,
            password=newcomer.password,
            tambon_code="900101",
        )

    write_transaction(demo_site.engine, sign_up)
    client = demo_site.client(newcomer)
    home = client.get("/wallet").text
    assert 'id="pin-unset"' in home
    assert 'href="/wallet/settings"' in home
    send = client.get("/wallet/send").text
    assert 'id="pin-unset"' in send
    assert 'id="send-form"' not in send
    assert "ตั้งรหัส PIN สำหรับจ่ายเงิน" in client.get("/wallet/settings").text
    form = {"new_pin": NEW_PIN, "new_pin_again": NEW_PIN, "password": newcomer.password}
    assert submit(client, "/wallet/settings", {"action": "pin", **form}).status_code == 303
    assert pin_status(demo_site.engine, newcomer.phone) == "set"
    assert 'id="pin-unset"' not in client.get("/wallet").text


def test_a_locked_pin_is_explained_and_stays_locked(demo_site: DemoSite) -> None:
    user_id = member_of(demo_site.engine, SOMSRI.phone).user_id
    for _ in range(pins.MAX_ATTEMPTS):
        write_transaction(demo_site.engine, lambda c: pins.record_failed_attempt(c, user_id))
    client = demo_site.client(SOMSRI)
    page = client.get("/wallet/settings").text
    assert 'id="pin-locked"' in page
    assert "เฉพาะเจ้าหน้าที่เท่านั้นที่ปลดล็อกได้" in page
    assert 'id="pin-form"' not in page
    form = {"new_pin": NEW_PIN, "new_pin_again": NEW_PIN, "password": SOMSRI.password}
    refused = submit(client, "/wallet/settings", {"action": "pin", **form})
    assert refused.status_code == 422
    assert form_error(refused.text) == "รหัส PIN ถูกล็อกเนื่องจากใส่ผิดหลายครั้ง กรุณาติดต่อเจ้าหน้าที่"
    assert pin_status(demo_site.engine, SOMSRI.phone) == "locked"


def test_a_member_changes_the_password(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    new = "somsri-new-pass"
    for fields, field, text in (
        (("wrong-pass", new, new), "current_password", "หมายเลขโทรศัพท์หรือรหัสผ่านไม่ถูกต้อง"),
        ((SOMSRI.password, "short", "short"), "new_password", "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร"),
        ((SOMSRI.password, new, new + "x"), "new_password_again", "รหัสผ่านทั้งสองช่องไม่ตรงกัน"),
    ):
        names = ("current_password", "new_password", "new_password_again")
        form = dict(zip(names, fields, strict=True))
        refused = submit(client, "/wallet/settings", {"action": "password", **form})
        assert refused.status_code == 422, fields
        assert error_under(refused.text, field) == text, fields
    form = {"current_password": SOMSRI.password, "new_password": new, "new_password_again": new}
    assert submit(client, "/wallet/settings", {"action": "password", **form}).status_code == 303
    assert "เปลี่ยนรหัสผ่านเรียบร้อยแล้ว" in client.get("/wallet/settings").text
    again = demo_site.client(Login("member", SOMSRI.phone, new, SOMSRI.name))
    assert again.get("/wallet").status_code == 200
