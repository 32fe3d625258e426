"""The console page and the JSON API decide on shops by one state machine
(``wallet.merchant_decisions``): a decision one door refuses, the other refuses too, and
what one door decided the other shows."""

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.web.conftest import DemoSite
from tests.web.helpers import apply_for_shop, post_form
from thungngoen.db import read_transaction
from thungngoen.wallet import people
from thungngoen.wallet.demo import AUDITOR, OPERATOR

PAGE = "/console/merchants"
REFUSED = "ร้านค้าในสถานะนี้ใช้การพิจารณานี้ไม่ได้"


def shop_status(engine: Engine, merchant_id: int) -> tuple[str, str]:
    with read_transaction(engine) as connection:
        shop = people.find_shop(connection, merchant_id)
    assert shop is not None
    return shop.status, shop.tier


def _page_decides(client: TestClient, shop: int, decision: str, tier: str = "") -> httpx.Response:
    path = f"/console/merchants/{shop}/decision"
    return post_form(client, path, {"decision": decision, "tier": tier}, page=PAGE)


def _api(demo_site: DemoSite) -> TestClient:
    client = TestClient(demo_site.app)
    login = {"phone": OPERATOR.phone, "password": OPERATOR.password}
    token = client.post("/api/v1/auth/login", json=login).json()["token"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def _api_asks(client: TestClient, shop: int, status: str, tier: str = "") -> httpx.Response:
    body = {"status": status} | ({"tier": tier} if tier else {})
    response: httpx.Response = client.post(f"/api/v1/operator/merchants/{shop}/status", json=body)
    return response


def _row(page: str, shop: int) -> str:
    return page.split(f'id="merchant-{shop}"')[1].split("</tr>")[0]


def test_an_approved_shop_is_not_approved_again_by_either_door(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator, api = demo_site.client(OPERATOR), _api(demo_site)
    assert _page_decides(operator, shop, "approve", "small").status_code == 303
    page = _page_decides(operator, shop, "approve", "large")
    assert page.status_code == 422
    assert REFUSED in page.text
    answer = _api_asks(api, shop, "approved", "large")
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "decision_not_allowed"
    assert shop_status(demo_site.engine, shop) == ("approved", "small")


def test_a_rejected_application_is_not_suspended_by_either_door(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator, api = demo_site.client(OPERATOR), _api(demo_site)
    assert _api_asks(api, shop, "suspended").status_code == 204  # a pending shop: rejected
    assert "ไม่อนุมัติ" in _row(operator.get(PAGE).text, shop)  # the page shows it rejected
    page = _page_decides(operator, shop, "suspend")
    assert (page.status_code, REFUSED in page.text) == (422, True)
    answer = _api_asks(api, shop, "suspended")
    assert (answer.status_code, answer.json()["error"]["code"]) == (422, "decision_not_allowed")
    assert shop_status(demo_site.engine, shop) == ("suspended", "standard")


def test_an_unknown_tier_is_refused_by_both_doors(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator, api = demo_site.client(OPERATOR), _api(demo_site)
    assert _page_decides(operator, shop, "approve", "gold").status_code == 422
    answer = _api_asks(api, shop, "approved", "gold")
    assert (answer.status_code, answer.json()["error"]["code"]) == (422, "unknown_tier")
    assert shop_status(demo_site.engine, shop) == ("pending", "standard")


def test_what_the_page_decided_the_api_continues(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator, api = demo_site.client(OPERATOR), _api(demo_site)
    assert _page_decides(operator, shop, "reject").status_code == 303
    assert _api_asks(api, shop, "approved", "circulate_only").status_code == 204
    assert shop_status(demo_site.engine, shop) == ("approved", "circulate_only")
    row = _row(operator.get(PAGE).text, shop)
    assert f'id="suspend-{shop}"' in row
    assert f'id="approve-{shop}"' not in row


def test_the_auditor_sees_no_decision_forms(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    auditor = demo_site.client(AUDITOR)
    row = _row(auditor.get(PAGE).text, shop)
    assert f'id="approve-{shop}"' not in row
    operator_row = _row(demo_site.client(OPERATOR).get(PAGE).text, shop)
    assert f'id="approve-{shop}"' in operator_row
