"""Finding people (by POST only) and acting on one: freeze, unfreeze, PIN reset."""

import pytest
from sqlalchemy import Engine

from tests.console.pages.helpers import links
from tests.web.conftest import DemoSite
from tests.web.helpers import member_of, post_form
from thungngoen.auth import errors as auth_errors
from thungngoen.auth import pins
from thungngoen.auth.guard import with_pin
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger import Transfer, get_account
from thungngoen.ledger.errors import AccountFrozen
from thungngoen.wallet.demo import MEMBERS, OPERATOR, PIN, SHOPS
from thungngoen.wallet.payments import pay_member

SEARCH = "/console/people"


def _send(engine: Engine, key: str) -> Transfer:
    """Somsri sends Manee 10 baht of coin."""
    somsri = member_of(engine, MEMBERS[0].phone)
    return write_transaction(
        engine,
        lambda c: pay_member(
            c,
            payer=somsri,
            payee_phone=MEMBERS[2].phone,
            amount=1_000,
            memo="",
            idempotency_key=key,
        ),
    )


def _wallet_status(engine: Engine, account_id: int) -> str:
    with read_transaction(engine) as connection:
        return get_account(connection, account_id).status


def test_search_finds_a_member_by_name(demo_site: DemoSite) -> None:
    somsri = member_of(demo_site.engine, MEMBERS[0].phone)
    response = post_form(demo_site.client(OPERATOR), SEARCH, {"q": "สมศรี"})
    assert response.status_code == 200
    results = response.text.split('id="search-results"')[1]
    assert f'href="/console/people/member/{somsri.id}"' in results
    assert "081-xxx-5678" in results  # masked
    assert "0812345678" not in results
    assert "สมาชิก" in results  # the role
    assert "ใช้งานได้" in results  # the wallet status
    assert "360.00 เหรียญ" in results  # 500 topped up, 85 + 35 paid to shops, 20 sent


def test_search_by_phone_posts_and_keeps_the_phone_out_of_every_url(demo_site: DemoSite) -> None:
    somsri = member_of(demo_site.engine, MEMBERS[0].phone)
    client = demo_site.client(OPERATOR)
    form = client.get(SEARCH).text
    assert 'id="search-form"' in form
    assert 'method="post"' in form.split('id="search-form"')[0].rsplit("<form", 1)[1]
    for typed in ("081-234-5678", "+66812345678", "5678"):
        response = post_form(client, SEARCH, {"q": typed})
        assert response.status_code == 200
        assert f"/console/people/member/{somsri.id}" in response.text, typed
        assert str(response.url).endswith(SEARCH)
        for url in links(response.text):
            assert "5678" not in url, url
            assert "812345678" not in url, url


def test_search_finds_a_shop_by_its_name(demo_site: DemoSite) -> None:
    response = post_form(demo_site.client(OPERATOR), SEARCH, {"q": "ข้าวมันไก่"})
    results = response.text.split('id="search-results"')[1]
    assert "ร้านข้าวมันไก่ป้าแดง" in results
    assert "/console/people/merchant/1" in results
    assert "/console/people/member/" not in results


def test_an_empty_or_too_short_search_is_refused_next_to_the_field(demo_site: DemoSite) -> None:
    client = demo_site.client(OPERATOR)
    for typed, message in (("  ", "กรุณาพิมพ์ชื่อ"), ("ส", "อย่างน้อย 2 ตัวอักษร")):
        response = post_form(client, SEARCH, {"q": typed})
        assert response.status_code == 422
        assert 'id="e-q"' in response.text
        assert message in response.text
        assert 'id="search-results"' not in response.text


def test_nobody_found_says_so(demo_site: DemoSite) -> None:
    response = post_form(demo_site.client(OPERATOR), SEARCH, {"q": "ไม่มีใครชื่อนี้"})
    assert response.status_code == 200
    assert "ไม่พบผู้ใช้" in response.text


def test_a_person_page_shows_wallet_pin_and_recent_transfers(demo_site: DemoSite) -> None:
    somsri = member_of(demo_site.engine, MEMBERS[0].phone)
    page = demo_site.client(OPERATOR).get(f"/console/people/member/{somsri.id}").text
    assert "สมศรี ใจดี" in page
    assert "081-xxx-5678" in page
    assert "0812345678" not in page
    assert 'id="wallet-balance"' in page
    assert "ตั้งแล้ว" in page  # PIN set
    movements = page.split('id="movements"')[1]
    assert "ร้านข้าวมันไก่ป้าแดง" in movements
    assert "ค่าขนมหลาน" in movements  # the memo of her transfer to Manee
    assert 'id="freeze-wallet"' in page
    assert 'id="reset-pin"' in page


def test_a_shop_page_shows_the_shop_and_its_owner(demo_site: DemoSite) -> None:
    login, business, _ = SHOPS[0]
    page = demo_site.client(OPERATOR).get("/console/people/merchant/1").text
    assert business in page
    assert login.name in page
    assert "อนุมัติแล้ว" in page


def test_freezing_blocks_payments_and_unfreezing_restores_them(demo_site: DemoSite) -> None:
    somsri = member_of(demo_site.engine, MEMBERS[0].phone)
    page = f"/console/people/member/{somsri.id}"
    client = demo_site.client(OPERATOR)
    frozen = post_form(
        client, f"{page}/wallet", {"status": "frozen", "reason": "โทรศัพท์หาย"}, page=page
    )
    assert frozen.status_code == 303
    assert frozen.headers["location"] == page
    assert _wallet_status(demo_site.engine, somsri.account_id) == "frozen"
    with pytest.raises(AccountFrozen):
        _send(demo_site.engine, "while-frozen")
    shown = client.get(page).text
    assert "ระงับกระเป๋าเงินแล้ว" in shown  # the flash
    assert 'id="unfreeze-wallet"' in shown
    active = post_form(
        client, f"{page}/wallet", {"status": "active", "reason": "ได้โทรศัพท์คืนแล้ว"}, page=page
    )
    assert active.status_code == 303
    assert _wallet_status(demo_site.engine, somsri.account_id) == "active"
    assert _send(demo_site.engine, "after-unfreeze").amount == 1_000


def test_a_freeze_without_a_reason_is_refused_next_to_the_reason(demo_site: DemoSite) -> None:
    somsri = member_of(demo_site.engine, MEMBERS[0].phone)
    page = f"/console/people/member/{somsri.id}"
    client = demo_site.client(OPERATOR)
    for reason, message in (("  ", "กรุณาระบุเหตุผล"), ("ก" * 201, "ไม่เกิน 200 ตัวอักษร")):
        response = post_form(
            client, f"{page}/wallet", {"status": "frozen", "reason": reason}, page=page
        )
        assert response.status_code == 422
        assert 'id="e-reason"' in response.text
        assert message in response.text
    response = post_form(client, f"{page}/wallet", {"status": "closed", "reason": "ปิด"}, page=page)
    assert response.status_code == 422
    assert "กรุณาเลือกระงับหรือยกเลิกการระงับ" in response.text
    assert _wallet_status(demo_site.engine, somsri.account_id) == "active"


def test_a_double_submitted_freeze_is_audited_once(demo_site: DemoSite) -> None:
    somsri = member_of(demo_site.engine, MEMBERS[0].phone)
    page = f"/console/people/member/{somsri.id}"
    client = demo_site.client(OPERATOR)
    for _ in range(2):
        response = post_form(
            client, f"{page}/wallet", {"status": "frozen", "reason": "แจ้งหาย"}, page=page
        )
        assert response.status_code == 303
    log = client.get(f"/console/audit?action=account.&subject_id={somsri.account_id}").text
    assert log.count('class="card audit-entry"') == 1


def test_a_pin_reset_unlocks_a_locked_pin(demo_site: DemoSite) -> None:
    anan = member_of(demo_site.engine, MEMBERS[1].phone)
    for _ in range(pins.MAX_ATTEMPTS - 1):
        with pytest.raises(auth_errors.WrongPin):
            with_pin(demo_site.engine, anan.user_id, "000000", lambda c: None)
    with pytest.raises(auth_errors.PinLocked):
        with_pin(demo_site.engine, anan.user_id, "000000", lambda c: None)
    with pytest.raises(auth_errors.PinLocked):
        with_pin(demo_site.engine, anan.user_id, PIN, lambda c: None)
    page = f"/console/people/member/{anan.id}"
    client = demo_site.client(OPERATOR)
    locked = client.get(page).text
    assert "ถูกล็อก" in locked
    assert 'id="pin-attempts">5<' in locked
    response = post_form(client, f"{page}/pin-reset", page=page)
    assert response.status_code == 303
    assert "ยังไม่ได้ตั้ง" in client.get(page).text
    with pytest.raises(auth_errors.PinNotSet):
        with_pin(demo_site.engine, anan.user_id, PIN, lambda c: None)
    write_transaction(demo_site.engine, lambda c: pins.set_pin(c, anan.user_id, "730146"))
    assert with_pin(demo_site.engine, anan.user_id, "730146", lambda c: "paid") == "paid"
