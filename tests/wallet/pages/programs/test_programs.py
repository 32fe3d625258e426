"""Programs: the operator creates one with its rules, sees them, changes them, deactivates
it; an event registers participants (credited from its fund) and lists its shops."""

from datetime import timedelta

from fastapi.testclient import TestClient

from tests.web.conftest import DemoSite
from tests.web.helpers import balance, error_under, member_of, post_form, shop_id
from tests.web.money_helpers import donate_to_fund, rows_written
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction
from thungngoen.wallet import programs
from thungngoen.wallet.demo import MEMBERS, OPERATOR, SHOPS
from thungngoen.wallet.pages.programs.program_form import CATEGORY_LABELS
from thungngoen.wallet.people import MERCHANT_CATEGORIES
from thungngoen.web.form_fields import local_input

SANDBOX = {
    "code": "songkhla-city",
    "name": "เมืองสงขลา",
    "kind": "sandbox",
    "valid_from": "2026-01-01T00:00",
    "valid_until": "",
    "daily_limit": "300",
    "monthly_limit": "5,000.50",
    "area-900101": "on",
    "area-900102": "on",
    "exclude-alcohol": "on",
    "exclude-lottery": "on",
}


def _program(demo_site: DemoSite, code: str) -> programs.Program:
    with read_transaction(demo_site.engine) as connection:
        return programs.program_by_code(connection, code)


def _create(client: TestClient, fields: dict[str, str]) -> str:
    response = post_form(client, "/console/programs", fields)
    assert response.status_code == 303, response.text
    return response.headers["location"]


def test_the_operator_creates_a_program_and_sees_its_rules(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    location = _create(operator, SANDBOX)
    program = _program(demo_site, "songkhla-city")
    assert location == f"/console/programs/{program.id}"
    assert program.allowed_tambons == ("900101", "900102")
    assert program.excluded_categories == ("alcohol", "lottery")
    assert (program.daily_limit, program.monthly_limit) == (30_000, 500_050)
    page = operator.get(location)
    assert "สร้างโครงการแล้ว" in page.text
    area = page.text.split('id="program-area">')[1].split("</dd>")[0]
    assert area == "บ่อยาง, เขารูปช้าง"
    assert "เครื่องดื่มแอลกอฮอล์, สลากกินแบ่ง" in page.text
    assert "300.00 เหรียญ" in page.text
    assert "5,000.50 เหรียญ" in page.text
    listed = operator.get("/console/programs").text
    assert f'id="program-{program.id}"' in listed
    assert "บ่อยาง, เขารูปช้าง" in listed


def test_a_program_starts_in_thai_time(demo_site: DemoSite) -> None:
    _create(demo_site.client(OPERATOR), SANDBOX)
    program = _program(demo_site, "songkhla-city")
    assert program.valid_from.isoformat() == "2025-12-31T17:00:00+00:00"
    assert local_input(program.valid_from) == "2026-01-01T00:00"


def test_bad_fields_are_shown_next_to_them_and_nothing_is_written(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    before = rows_written(demo_site.engine)
    fields = SANDBOX | {"name": "", "daily_limit": "three hundred", "valid_from": "soon"}
    response = post_form(operator, "/console/programs", fields)
    assert response.status_code == 422
    assert error_under(response.text, "name") == "กรุณากรอกช่องนี้"
    assert error_under(response.text, "daily_limit") == "กรุณาใส่จำนวนเงินเป็นบาท เช่น 1,250.50"
    assert error_under(response.text, "valid_from") == "กรุณาเลือกวันที่และเวลา"
    assert 'name="area-900102" checked' in response.text  # the form keeps what was typed
    assert rows_written(demo_site.engine) == before


def test_the_rules_the_domain_refuses_are_shown_too(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    before = rows_written(demo_site.engine)
    duplicate = post_form(operator, "/console/programs", SANDBOX | {"code": "old-town-pilot"})
    assert duplicate.status_code == 422
    assert error_under(duplicate.text, "code") == "มีโครงการชื่อนี้อยู่แล้ว"
    event = SANDBOX | {"code": "no-fund", "kind": "event"}
    no_fund = post_form(operator, "/console/programs", event)
    assert no_fund.status_code == 422
    assert error_under(no_fund.text, "form") == "ข้อมูลโครงการไม่ถูกต้อง"
    operator.get("/lang/en?next=/console/programs")
    english = post_form(operator, "/console/programs", event)
    assert error_under(english.text, "form").startswith("an event needs an expiry and a fund")
    assert rows_written(demo_site.engine) == before


def test_the_operator_changes_the_rules_then_deactivates(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    page = _create(operator, SANDBOX)
    edit = SANDBOX | {"daily_limit": "450", "exclude-alcohol": "on", "exclude-tobacco": "on"}
    del edit["area-900102"]
    response = post_form(operator, f"{page}/edit", edit, page=page)
    assert response.status_code == 303
    program = _program(demo_site, "songkhla-city")
    assert program.daily_limit == 45_000
    assert program.allowed_tambons == ("900101",)
    assert program.excluded_categories == ("alcohol", "lottery", "tobacco")
    refused = post_form(operator, f"{page}/edit", edit | {"monthly_limit": "-5"}, page=page)
    assert refused.status_code == 422
    assert error_under(refused.text, "monthly_limit")
    assert _program(demo_site, "songkhla-city").monthly_limit == 500_050
    assert post_form(operator, f"{page}/deactivate", page=page).status_code == 303
    assert not _program(demo_site, "songkhla-city").active
    shown = operator.get(page).text
    assert "ไม่ใช้งาน" in shown
    assert 'id="deactivate-program"' not in shown


def test_an_event_registers_participants_from_its_fund(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    donate_to_fund(engine, "citizens-day", 100_000)
    operator = demo_site.client(OPERATOR)
    until = local_input(utc_now() + timedelta(days=2))
    event = SANDBOX | {
        "code": "citizens-day-2026",
        "kind": "event",
        "valid_from": local_input(utc_now() - timedelta(hours=1)),
        "valid_until": until,
        "daily_limit": "",
        "fund_code": "citizens-day",
        "allowance": "150",
    }
    page = _create(operator, event)
    phone = {"phone": MEMBERS[1].phone}
    for _ in range(2):  # a double submit registers once
        assert post_form(operator, f"{page}/participants", phone, page=page).status_code == 303
    program = _program(demo_site, "citizens-day-2026")
    with read_transaction(engine) as connection:
        joined = programs.participants(connection, program.id)
    assert [p.member_id for p in joined] == [member_of(engine, MEMBERS[1].phone).id]
    assert balance(engine, joined[0].account_id) == 15_000
    assert balance(engine, "thb:fund:citizens-day") == 85_000
    shown = operator.get(page).text
    assert MEMBERS[1].name in shown
    assert "150.00 เหรียญ" in shown
    wrong = post_form(operator, f"{page}/participants", {"phone": "12345"}, page=page)
    assert wrong.status_code == 422
    assert error_under(wrong.text, "phone") == "หมายเลขโทรศัพท์มือถือไม่ถูกต้อง"
    nobody = post_form(operator, f"{page}/participants", {"phone": "0899999999"}, page=page)
    assert error_under(nobody.text, "phone") == "ไม่พบสมาชิก"
    shop = shop_id(engine, SHOPS[0][1])
    assert (
        post_form(operator, f"{page}/merchants", {"merchant_id": str(shop)}, page=page).status_code
        == 303
    )
    assert SHOPS[0][1] in operator.get(page).text.split('id="event-shops"')[1].split("<form")[0]
    early = post_form(operator, f"{page}/close", page=page)
    assert early.status_code == 422
    assert "กิจกรรมยังไม่สิ้นสุด" in early.text


def test_every_category_has_a_name() -> None:
    assert set(CATEGORY_LABELS) == set(MERCHANT_CATEGORIES)


def test_an_unknown_program_is_not_found(demo_site: DemoSite) -> None:
    assert demo_site.client(OPERATOR).get("/console/programs/999").status_code == 404


def test_the_page_reads_in_english_on_request(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    operator.get("/lang/en?next=/console/programs")
    page = operator.get("/console/programs").text
    assert "New program" in page
    assert "Program name" in page
    assert "Sandbox (area and limits)" in page
