"""Members sign themselves up through the page; mistakes show next to the field."""

import re

from sqlalchemy import func, select

from tests.web.conftest import Site, form_token
from thungngoen.auth.tables import users
from thungngoen.db import read_transaction
from thungngoen.wallet import people
from thungngoen.wallet.tables import members

GOOD = {
    "phone": "0891234567",
    "name": "มานี มีสุข",
    "password": "manee-pass",
    "community": "ชุมชนบ่อยาง",
    "tambon_code": "900101",
    "national_id": "",
}


def _counts(site: Site) -> tuple[int, int]:
    with read_transaction(site.engine) as connection:
        user_count = connection.execute(select(func.count()).select_from(users)).scalar_one()
        member_count = connection.execute(select(func.count()).select_from(members)).scalar_one()
    return user_count, member_count


def _error_of(page: str, field: str) -> str:
    found = re.search(rf'<p class="error" id="e-{field}">([^<]*)</p>', page)
    assert found, f"no error under {field}"
    return found.group(1)


def test_the_form_lists_sub_districts_by_district(site: Site) -> None:
    page = site.client.get("/signup")
    assert page.status_code == 200
    assert '<optgroup label="อำเภอ เมืองสงขลา">' in page.text
    assert 'value="900101"' in page.text


def test_a_new_member_signs_up_and_lands_in_the_wallet(site: Site) -> None:
    response = site.client.post(
        "/signup", data={**GOOD, "csrf_token": form_token(site.client, "/signup")}
    )
    assert response.status_code == 200
    assert str(response.url).endswith("/wallet")
    assert "มานี มีสุข" in response.text
    assert "กระเป๋าเงินของคุณพร้อมใช้งานแล้ว" in response.text
    with read_transaction(site.engine) as connection:
        user = connection.execute(select(users).where(users.c.phone == "0891234567")).one()
        member = people.member_for_user(connection, user.id)
    assert member.tambon_code == "900101"
    assert member.community == "ชุมชนบ่อยาง"


def test_field_errors_show_next_to_each_field_in_thai(site: Site) -> None:
    before = _counts(site)
    form = {
        **GOOD,
        "phone": "12345",
        "name": "",
        "password": "short",
        "national_id": "1234567890123",
        "csrf_token": form_token(site.client, "/signup"),
    }
    response = site.client.post("/signup", data=form)
    assert response.status_code == 422
    assert _error_of(response.text, "phone") == "หมายเลขโทรศัพท์มือถือไม่ถูกต้อง"
    assert _error_of(response.text, "name") == "กรุณากรอกช่องนี้"
    assert _error_of(response.text, "password") == "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร"
    assert _error_of(response.text, "national_id") == "เลขประจำตัวประชาชนไม่ถูกต้อง"
    assert "short" not in response.text  # the password is never echoed
    assert 'value="ชุมชนบ่อยาง"' in response.text  # the rest is kept
    assert _counts(site) == before


def test_a_taken_phone_is_reported_on_the_phone_field(site: Site) -> None:
    before = _counts(site)
    form = {**GOOD, "phone": "0812345678", "csrf_token": form_token(site.client, "/signup")}
    response = site.client.post("/signup", data=form)
    assert response.status_code == 422
    assert _error_of(response.text, "phone") == "หมายเลขโทรศัพท์นี้ลงทะเบียนแล้ว"
    assert _counts(site) == before


def test_errors_are_in_english_after_the_switch(site: Site) -> None:
    site.client.get("/lang/en")
    form = {**GOOD, "tambon_code": "999999", "csrf_token": form_token(site.client, "/signup")}
    response = site.client.post("/signup", data=form)
    assert response.status_code == 422
    assert "is not a sub-district of Songkhla" in _error_of(response.text, "tambon_code")


def test_signup_needs_the_csrf_field(site: Site) -> None:
    before = _counts(site)
    site.client.get("/signup")
    response = site.client.post("/signup", data=GOOD)
    assert response.status_code == 403
    assert _counts(site) == before
