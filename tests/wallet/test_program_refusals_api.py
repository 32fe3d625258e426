"""Issue 13 through the JSON API: a second program's shop is paid under that program, and
each refusal — a program's limit, a shop outside every area, and each refusal of paying
from an event allowance — names the program and the figures in ``message`` and
``message_th``, changing nothing."""

from datetime import timedelta
from typing import Any

import pytest

from tests.wallet.api_client import OPERATOR, Api, error_of, with_staff
from tests.wallet.conftest import World
from tests.wallet.program_helpers import assert_sound, footprint, new_merchant, top_up, write
from tests.wallet.test_events import donate_to_fund
from thungngoen.clock import utc_now
from thungngoen.wallet import programs

SOMSRI, ANAN = ("0812345678", "somsri-pass"), ("0898765432", "anan-pass1")
PINS = {SOMSRI[0]: "482915", ANAN[0]: "730461"}


@pytest.fixture
def api(world: World) -> Api:
    return with_staff(world)


def _program(api: Api, code: str, name: str, tambon: str, daily: int) -> None:
    body: dict[str, Any] = {
        "code": code,
        "kind": "sandbox",
        "name": name,
        "valid_from": "2025-01-01T00:00:00+07:00",
        "allowed_tambons": [tambon],
        "daily_limit_satang": daily,
    }
    created = api.call("POST", "/api/v1/programs", api.login(*OPERATOR), **body)
    assert created.status_code == 201, created.text


def _pay(api: Api, who: tuple[str, str], path: str, amount: int, key: str) -> Any:
    """Pay as ``who`` (logged in once: a login is audited, and the footprint counts it)."""
    tokens = api.__dict__.setdefault("tokens", {})
    if who not in tokens:
        tokens[who] = api.login(*who)
    body = {"amount_satang": amount, "pin": PINS[who[0]]}
    return api.call("POST", path, tokens[who], key=key, **body)


def test_programs_combine_and_a_refusal_names_the_program(api: Api, world: World) -> None:
    _program(api, "old-town", "นำร่องเมืองเก่า", "900101", 50_000)
    _program(api, "market", "ตลาดเขารูปช้าง", "900102", 20_000)
    top_up(world, world.somsri, 100_000)
    stall = new_merchant(world, "แผงผลไม้เขารูปช้าง", "market", "900102")
    elsewhere = new_merchant(world, "ร้านพะวง", "food", "900103")
    paid = _pay(api, SOMSRI, f"/api/v1/shops/{stall}/pay", 18_000, "m1")
    assert paid.status_code == 201, paid.text  # refused by the old-town pilot before
    before = footprint(world)
    error = error_of(_pay(api, SOMSRI, f"/api/v1/shops/{stall}/pay", 5_000, "m2"), 422)
    assert (error["code"], error["program"], error["program_name"]) == (
        "daily_limit",
        "market",
        "ตลาดเขารูปช้าง",
    )
    assert (error["limit_satang"], error["spent_satang"], error["room_satang"]) == (
        20_000,
        18_000,
        2_000,
    )
    assert error["message_th"] == (
        "เกินวงเงินต่อวันของโครงการ ตลาดเขารูปช้าง: ใช้ได้วันละ 200.00 เหรียญ"
        " ใช้ไปแล้ว 180.00 เหรียญ จ่ายเพิ่มได้อีกไม่เกิน 20.00 เหรียญ"
    )
    assert "up to 200.00 coin a day, 180.00 coin already spent" in error["message"]
    assert footprint(world) == before
    outside = error_of(_pay(api, SOMSRI, f"/api/v1/shops/{elsewhere}/pay", 1_000, "m3"), 422)
    assert outside["code"] == "outside_area"
    assert "นำร่องเมืองเก่า ใช้ได้เฉพาะร้านในตำบลบ่อยาง" in outside["message_th"]
    assert "ตลาดเขารูปช้าง ใช้ได้เฉพาะร้านในตำบลเขารูปช้าง" in outside["message_th"]
    assert footprint(world) == before
    assert_sound(world)


def _event(world: World, **terms: Any) -> tuple[programs.Program, int]:
    donate_to_fund(world, 1_000_000)
    now = utc_now()
    values: dict[str, Any] = {
        "name": "วันพลเมืองสงขลา",
        "valid_from": now - timedelta(hours=1),
        "valid_until": now + timedelta(days=1),
        "fund_code": "citizens-day",
        "allowance": 30_000,
        **terms,
    }
    stall = new_merchant(world, "ซุ้มขนมวันพลเมือง", "food", "900101")

    def create(connection: Any) -> programs.Program:
        event = programs.create_program(
            connection,
            code="citizens-day",
            kind="event",
            terms=programs.ProgramTerms(**values),
            actor="t",
        )
        programs.add_event_merchant(connection, event.id, stall, actor="t")
        programs.register_participant(connection, event.id, world.somsri.id, actor="t", now=now)
        return event

    return write(world, create), stall


def _spend(api: Api, who: tuple[str, str], shop: int, amount: int, key: str) -> Any:
    return _pay(api, who, f"/api/v1/shops/{shop}/pay-allowance", amount, key)


def test_allowance_refusals_say_why_in_thai_and_english(api: Api, world: World) -> None:
    event, stall = _event(world)
    for who in (ANAN, SOMSRI):
        _spend(api, who, 999_999, 1, "login")  # logged in (an unknown shop: nothing moves)
    before = footprint(world)
    outsider = error_of(_spend(api, ANAN, stall, 1_000, "a1"), 422)
    assert (outsider["code"], outsider["message"]) == (
        "not_participant",
        "You hold no event allowance.",
    )
    assert outsider["message_th"] == "คุณยังไม่มีสิทธิ์ใช้จ่ายในกิจกรรม"
    other = error_of(_spend(api, SOMSRI, world.shop_id, 1_000, "a2"), 422)
    assert other["code"] == "not_event_merchant"
    assert other["message_th"].endswith(" ไม่ได้ร่วมกิจกรรม วันพลเมืองสงขลา จึงรับสิทธิ์การใช้จ่ายนี้ไม่ได้")
    assert "วันพลเมืองสงขลา" in other["message"]
    over = error_of(_spend(api, SOMSRI, stall, 30_001, "a3"), 422)
    assert (over["code"], over["left_satang"], over["amount_satang"]) == (
        "allowance_too_low",
        30_000,
        30_001,
    )
    assert over["message_th"] == (
        "สิทธิ์การใช้จ่ายไม่พอ: วันพลเมืองสงขลา เหลือ 300.00 เหรียญ รายการนี้ 300.01 เหรียญ"
    )
    assert footprint(world) == before
    write(world, lambda c: programs.deactivate_program(c, event.id, actor="t"))
    before = footprint(world)
    closed = error_of(_spend(api, SOMSRI, stall, 1_000, "a4"), 422)
    assert closed["code"] == "event_not_open"
    assert closed["message_th"] == "วันพลเมืองสงขลา ปิดรับการใช้สิทธิ์การใช้จ่ายแล้ว"
    assert footprint(world) == before
    assert_sound(world)


def test_an_expired_allowance_says_until_when(api: Api, world: World) -> None:
    event, stall = _event(world)
    _spend(api, SOMSRI, 999_999, 1, "login")
    ended = programs.ProgramTerms(
        name=event.name,
        valid_from=event.valid_from,
        valid_until=utc_now() - timedelta(seconds=1),
        fund_code=event.fund_code,
        allowance=event.allowance,
    )
    write(world, lambda c: programs.update_program(c, event.id, ended, actor="t"))
    before = footprint(world)
    over = error_of(_spend(api, SOMSRI, stall, 1_000, "x1"), 422)
    assert over["code"] == "event_not_open"
    assert over["message_th"].startswith("สิทธิ์การใช้จ่ายของ วันพลเมืองสงขลา ใช้ได้ถึง ")
    assert over["message_th"].endswith(" น. กิจกรรมสิ้นสุดแล้ว")
    assert "could be spent until" in over["message"]
    assert footprint(world) == before
