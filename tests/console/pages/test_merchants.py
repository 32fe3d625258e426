"""The merchants page: applications first, approve in a tier, reject, suspend."""

from datetime import UTC, datetime

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.console.pages.helpers import shop_status
from tests.web.conftest import DemoSite
from tests.web.helpers import NEW_SHOP_NAME, apply_for_shop, member_of, post_form
from thungngoen.db import write_transaction
from thungngoen.wallet import errors
from thungngoen.wallet.checkout import Payment, pay_merchant
from thungngoen.wallet.demo import MEMBERS, OPERATOR

PAGE = "/console/merchants"


def _decide(client: TestClient, shop: int, decision: str, tier: str = "") -> httpx.Response:
    return post_form(
        client,
        f"/console/merchants/{shop}/decision",
        {"decision": decision, "tier": tier},
        page=PAGE,
    )


def _pay(engine: Engine, merchant_id: int, key: str) -> Payment:
    member = member_of(engine, MEMBERS[0].phone)
    return write_transaction(
        engine,
        lambda c: pay_merchant(
            c,
            member=member,
            merchant_id=merchant_id,
            amount=1_500,
            channel="test",
            idempotency_key=key,
            now=datetime.now(UTC),
        ),
    )


def test_applications_come_first_with_what_the_operator_checks(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    page = demo_site.client(OPERATOR).get(PAGE).text
    pending, decided = page.split('id="decided-merchants"')
    assert f'id="merchant-{shop}"' in pending
    assert NEW_SHOP_NAME in pending
    assert "อาหารและเครื่องดื่ม" in pending  # the category in Thai
    assert "บ่อยาง" in pending  # the sub-district's name
    assert "086-xxx-0000" in pending  # payout PromptPay, masked
    assert "0869990000" not in page
    assert "ร้านข้าวมันไก่ป้าแดง" in decided  # the demo shops, approved
    assert "อนุมัติแล้ว" in decided


def test_an_approved_shop_can_take_payments(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    with pytest.raises(errors.MerchantNotApproved):
        _pay(demo_site.engine, shop, "before")
    operator = demo_site.client(OPERATOR)
    response = _decide(operator, shop, "approve", "small")
    assert response.status_code == 303
    assert response.headers["location"] == f"{PAGE}#merchant-{shop}"
    assert shop_status(demo_site.engine, shop) == ("approved", "small")
    assert _pay(demo_site.engine, shop, "after").amount == 1_500
    page = operator.get(PAGE).text
    assert "อนุมัติร้านค้าแล้ว" in page  # the flash
    assert f'id="approve-{shop}"' not in page
    assert f'id="suspend-{shop}"' in page


def test_a_rejected_application_cannot_take_payments(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator = demo_site.client(OPERATOR)
    response = _decide(operator, shop, "reject")
    assert response.status_code == 303
    assert shop_status(demo_site.engine, shop)[0] == "suspended"
    with pytest.raises(errors.MerchantNotApproved):
        _pay(demo_site.engine, shop, "rejected")
    row = operator.get(PAGE).text.split(f'id="merchant-{shop}"')[1].split("</tr>")[0]
    assert "ไม่อนุมัติ" in row  # shown as rejected, not as suspended
    assert f'id="approve-{shop}"' in row  # the operator may still change their mind


def test_suspending_an_approved_shop_stops_its_payments(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator = demo_site.client(OPERATOR)
    _decide(operator, shop, "approve", "standard")
    response = _decide(operator, shop, "suspend")
    assert response.status_code == 303
    with pytest.raises(errors.MerchantNotApproved):
        _pay(demo_site.engine, shop, "suspended")
    row = operator.get(PAGE).text.split(f'id="merchant-{shop}"')[1].split("</tr>")[0]
    assert "ถูกระงับ" in row


def test_an_unknown_tier_is_refused_next_to_the_tier(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator = demo_site.client(OPERATOR)
    response = _decide(operator, shop, "approve", "gold")
    assert response.status_code == 422
    card = response.text.split(f'id="merchant-{shop}"')[1].split("</article>")[0]
    assert f'id="tier-error-{shop}"' in card
    assert "กรุณาเลือกระดับร้านค้าจากรายการ" in card
    assert shop_status(demo_site.engine, shop) == ("pending", "standard")


def test_a_decision_that_does_not_fit_the_status_is_refused(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator = demo_site.client(OPERATOR)
    for decision in ("suspend", "delete", ""):
        response = _decide(operator, shop, decision)
        assert response.status_code == 422, decision
        assert "ร้านค้าในสถานะนี้ใช้การพิจารณานี้ไม่ได้" in response.text
    assert shop_status(demo_site.engine, shop) == ("pending", "standard")


def test_a_decision_on_an_unknown_shop_is_not_found(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    response = _decide(operator, 999, "approve", "standard")
    assert response.status_code == 404


def test_the_page_reads_in_english_too(demo_site: DemoSite) -> None:
    apply_for_shop(demo_site.engine)
    operator = demo_site.client(OPERATOR)
    operator.cookies.set("tn_lang", "en")
    page = operator.get(PAGE).text
    assert "Applications waiting" in page
    assert "Food and drinks" in page
