"""Thai by default, English on request; money and Buddhist Era dates."""

from datetime import UTC, date, datetime

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from thungngoen.auth.errors import DuplicatePhone
from thungngoen.errors import DomainError
from thungngoen.web import filters
from thungngoen.web.app import create_app
from thungngoen.web.error_messages import error_text


def test_pages_are_thai_by_default_and_switch_to_english(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    assert "เข้าสู่ระบบ" in client.get("/login").text
    switched = client.get("/lang/en?next=/signup", follow_redirects=False)
    assert switched.status_code == 303
    assert switched.headers["location"] == "/signup"
    page = client.get("/login")
    assert '<html lang="en">' in page.text
    assert "Phone number" in page.text
    assert "หมายเลขโทรศัพท์มือถือ" not in page.text
    client.get("/lang/th")
    assert "หมายเลขโทรศัพท์มือถือ" in client.get("/login").text


def test_the_switch_goes_back_only_to_this_site(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    for target in ("https://evil.example/x", "//evil.example/x", "javascript:alert(1)"):
        response = client.get("/lang/en", params={"next": target}, follow_redirects=False)
        assert response.headers["location"] == "/"
    back = client.get(
        "/lang/en", headers={"referer": "http://testserver/signup?x=1"}, follow_redirects=False
    )
    assert back.headers["location"] == "/signup"


def test_an_unknown_language_keeps_thai(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    client.get("/lang/fr")
    assert "เข้าสู่ระบบ" in client.get("/login").text


def test_money_names_its_unit_in_the_page_language() -> None:
    assert filters.coin(123450) == "1,234.50 เหรียญ"
    assert filters.baht(123450) == "1,234.50 บาท"
    assert filters.money(-5, "SKC") == "-0.05 เหรียญ"
    assert filters.coin(123450, "en") == "1,234.50 coin"
    assert filters.baht(-5, "en") == "-0.05 baht"


def test_dates_are_buddhist_era_in_thai_and_gregorian_in_english() -> None:
    assert filters.format_date(date(2025, 3, 4), "th") == "4 มี.ค. 2568"
    assert filters.format_date(date(2025, 3, 4), "en") == "4 Mar 2025"


def test_times_are_thai_time() -> None:
    late_utc = datetime(2025, 12, 31, 18, 30, tzinfo=UTC)  # already 1 January in Songkhla
    assert filters.format_datetime(late_utc, "th") == "1 ม.ค. 2569 01:30"
    assert filters.format_datetime(late_utc, "en") == "1 Jan 2026 01:30"


def test_error_codes_read_in_the_users_language() -> None:
    error = DuplicatePhone("this phone number is already registered")
    assert error_text(error, "th") == "หมายเลขโทรศัพท์นี้ลงทะเบียนแล้ว"
    assert error_text(error, "en") == "this phone number is already registered"
    assert error_text(DomainError("no Thai for this one"), "th") == "no Thai for this one"
