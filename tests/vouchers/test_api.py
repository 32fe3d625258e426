"""Printed vouchers through the JSON API: a whole journey, and who may do what."""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from tests.vouchers.helpers import FUND, balance_of, database_state, donate_to_fund
from tests.wallet.conftest import World
from thungngoen import vouchers as v
from thungngoen.auth.users import create_user
from thungngoen.db import read_transaction, write_transaction
from thungngoen.errors import DomainError
from thungngoen.vouchers.codes import InvalidVoucherCode
from thungngoen.wallet import book, people
from thungngoen.wallet.checkout import approved_merchant
from thungngoen.wallet.errors import MerchantNotApproved
from thungngoen.web.app import create_app
from thungngoen.web.errors import status_for

BATCHES = "/api/v1/operator/voucher-batches"
MY_REDEMPTIONS = "/api/v1/me/voucher-redemptions"
SOMSRI = ("0812345678", "somsri-pass")
ANAN = ("0898765432", "anan-pass1")
SHOP_OWNER = ("0861112222", "shop-pass")
AGENT = ("0810000001", "agent-pass")
OPERATOR = ("0800000000", "operator-pass")
AUDITOR = ("0800000009", "auditor-pass")
OTHER_OWNER = ("0867778888", "other-pass")


class Api:
    def __init__(self, world: World) -> None:
        self.client = TestClient(create_app(world.engine))
        self.world = world

    def login(self, account: tuple[str, str]) -> dict[str, str]:
        phone, password = account
        answer = self.client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['token']}"}

    def call(
        self,
        method: str,
        path: str,
        auth: dict[str, str] | None,
        key: str | None = None,
        **body: Any,
    ) -> Response:
        headers = dict(auth or {}) | ({"Idempotency-Key": key} if key else {})
        answer: Response = self.client.request(method, path, headers=headers, json=body or None)
        return answer

    def generate(self, auth: dict[str, str], key: str = "sheet-1", **changes: Any) -> Response:
        body = {
            "name": "วันพลเมือง 2569",
            "value_satang": 10_000,
            "count": 3,
            "expires_on": (date.today() + timedelta(days=30)).isoformat(),
            "fund_code": FUND,
        } | changes
        return self.call("POST", BATCHES, auth, key=key, **body)


def assert_refused(response: Response, error: type[DomainError]) -> None:
    assert response.status_code == status_for(error("")), response.text
    assert response.json()["error"]["code"] == error.code


def add_user(world: World, account: tuple[str, str], role: str) -> Any:
    phone, password = account
    return write_transaction(
        world.engine,
        lambda c: create_user(
            c, phone=phone, name=f"{role} {phone}", role=role, password=password, actor="test"
        ),
    )


@pytest.fixture
def api(world: World) -> Api:
    add_user(world, OPERATOR, "operator")
    add_user(world, AUDITOR, "auditor")
    donate_to_fund(world, 100_000)
    return Api(world)


def test_voucher_journey(api: Api, world: World) -> None:
    operator, auditor = api.login(OPERATOR), api.login(AUDITOR)
    somsri, anan, shop = api.login(SOMSRI), api.login(ANAN), api.login(SHOP_OWNER)
    made = api.generate(operator)
    assert made.status_code == 201, made.text
    assert made.headers["Cache-Control"] == "no-store"
    batch = made.json()
    codes = batch["codes"]
    assert (len(set(codes)), batch["total_satang"]) == (3, 30_000)
    assert [line["code"] for line in batch["sheet"]] == codes
    assert batch["sheet"][0]["number"] == f"{batch['batch_id']}-1/3"
    assert batch["sheet"][0]["value"] == "100.00 เหรียญ"
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 70_000

    before = database_state(world.engine)
    assert_refused(api.generate(operator), v.VoucherBatchExists)  # the codes are shown once
    assert database_state(world.engine) == before

    listed = api.call("GET", BATCHES, auditor)
    assert listed.status_code == 200, listed.text
    assert [(b["batch_id"], b["outstanding"]) for b in listed.json()] == [(batch["batch_id"], 3)]
    assert "codes" not in listed.json()[0]

    typed = codes[0].replace("-", " ")
    mine = api.call("POST", MY_REDEMPTIONS, somsri, key="r1", code=typed)
    assert mine.status_code == 201, mine.text
    assert (mine.json()["amount_satang"], mine.json()["last4"]) == (10_000, codes[0][-4:])
    replay = api.call("POST", MY_REDEMPTIONS, somsri, key="r1", code=codes[0])
    assert replay.status_code == 201
    assert replay.json() == mine.json()
    assert api.call("GET", "/api/v1/me/wallet", somsri).json()["balance_satang"] == 10_000
    assert_refused(
        api.call("POST", MY_REDEMPTIONS, anan, key="r2", code=codes[0]), v.VoucherAlreadyRedeemed
    )

    at_shop = api.call(
        "POST", f"/api/v1/shops/{world.shop_id}/voucher-redemptions", shop, key="t1", code=codes[1]
    )
    assert at_shop.status_code == 201, at_shop.text
    assert balance_of(world.engine, shop_account(world)) == 10_000

    cancelled = api.call("POST", f"{BATCHES}/{batch['batch_id']}/cancel", operator, reason="lost")
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json() == {
        "batch_id": batch["batch_id"],
        "status": "cancelled",
        "vouchers": 1,
        "returned_satang": 10_000,
    }
    assert_refused(
        api.call("POST", f"{BATCHES}/{batch['batch_id']}/cancel", operator, reason="again"),
        v.VoucherBatchClosed,
    )
    assert_refused(
        api.call("POST", MY_REDEMPTIONS, anan, key="r3", code=codes[2]), v.VoucherBatchCancelled
    )
    shown = api.call("GET", f"{BATCHES}/{batch['batch_id']}", operator).json()
    assert (shown["status"], shown["redeemed"], shown["cancelled"]) == ("cancelled", 2, 1)
    assert shown["outstanding_value_satang"] == 0
    assert balance_of(world.engine, f"thb:fund:{FUND}") == 80_000
    reserve = api.call("GET", "/api/v1/reserve", None).json()
    assert reserve == {
        "coin_outstanding_satang": 20_000,
        "baht_backing_satang": 20_000,
        "baht_in_bank_satang": 20_000,
        "cash_at_agents_satang": 0,
        "balanced": True,
    }


def shop_account(world: World) -> int:
    with read_transaction(world.engine) as connection:
        account_id: int = approved_merchant(connection, world.shop_id).account_id
    return account_id


def test_rejections_reach_the_client_and_write_nothing(api: Api, world: World) -> None:
    operator, somsri = api.login(OPERATOR), api.login(SOMSRI)
    code = api.generate(operator).json()["codes"][0]
    mistyped = code[:-1] + str((int(code[-1]) + 1) % 10)
    before = database_state(world.engine)
    assert_refused(api.generate(operator, key="big", count=11), v.FundTooSmall)
    assert_refused(api.generate(operator, key="f", fund_code="nobody"), v.VoucherError)
    assert_refused(
        api.call("POST", f"{BATCHES}/999/cancel", operator, reason="x"), v.UnknownVoucherBatch
    )
    assert_refused(api.call("GET", f"{BATCHES}/999", operator), v.UnknownVoucherBatch)
    assert_refused(
        api.call("POST", MY_REDEMPTIONS, somsri, key="m", code=mistyped), InvalidVoucherCode
    )
    assert api.generate(operator, key="").status_code == 422  # no Idempotency-Key
    assert api.call("POST", MY_REDEMPTIONS, somsri, code=code).status_code == 422
    assert database_state(world.engine) == before


def other_merchant(world: World, approved: bool) -> int:
    owner = add_user(world, OTHER_OWNER, "merchant")

    def register(connection: Any) -> int:
        shop_id = people.register_merchant(
            connection,
            owner=owner,
            business_name="ร้านอื่น",
            category="food",
            tambon_code="900101",
            payout_promptpay=OTHER_OWNER[0],
            actor="test",
        )
        if approved:
            people.set_merchant_status(connection, shop_id, "approved", actor="operator:1")
        return shop_id

    return write_transaction(world.engine, register)


def test_roles_and_ownership(api: Api, world: World) -> None:
    operator = api.login(OPERATOR)
    batch = api.generate(operator).json()
    code, batch_path = batch["codes"][0], f"{BATCHES}/{batch['batch_id']}"
    other_merchant(world, approved=True)
    somsri, shop, agent = api.login(SOMSRI), api.login(SHOP_OWNER), api.login(AGENT)
    auditor, intruder = api.login(AUDITOR), api.login(OTHER_OWNER)
    at_shop = f"/api/v1/shops/{world.shop_id}/voucher-redemptions"
    checks = [
        ("POST", BATCHES, [(None, 401), (somsri, 403), (shop, 403), (agent, 403), (auditor, 403)]),
        ("GET", BATCHES, [(None, 401), (somsri, 403), (shop, 403), (agent, 403)]),
        ("GET", batch_path, [(None, 401), (somsri, 403), (shop, 403), (agent, 403)]),
        ("POST", f"{batch_path}/cancel", [(None, 401), (auditor, 403), (somsri, 403)]),
        ("POST", MY_REDEMPTIONS, [(None, 401), (shop, 403), (operator, 403), (agent, 403)]),
        ("POST", at_shop, [(None, 401), (somsri, 403), (operator, 403), (intruder, 403)]),
    ]
    batch_ask = {
        "name": "x",
        "value_satang": 100,
        "count": 1,
        "expires_on": (date.today() + timedelta(days=3)).isoformat(),
        "fund_code": FUND,
    }
    bodies = {BATCHES: batch_ask, f"{batch_path}/cancel": {"reason": "x"}}
    before = database_state(world.engine)
    for method, path, callers in checks:
        body = bodies.get(path, {"code": code}) if method == "POST" else None
        for auth, status in callers:
            headers = dict(auth or {}) | {"Idempotency-Key": "k"}
            answer = api.client.request(method, path, headers=headers, json=body)
            assert answer.status_code == status, (method, path, auth, answer.text)
            assert answer.json()["error"]["code"] == (
                "forbidden" if status == 403 else "bad_credentials"
            )
    assert database_state(world.engine) == before
    assert api.call("GET", BATCHES, auditor).status_code == 200  # the auditor reads


def test_a_shop_not_yet_approved_cannot_take_vouchers(api: Api, world: World) -> None:
    code = api.generate(api.login(OPERATOR)).json()["codes"][0]
    pending_shop = other_merchant(world, approved=False)
    owner = api.login(OTHER_OWNER)
    before = database_state(world.engine)
    answer = api.call(
        "POST", f"/api/v1/shops/{pending_shop}/voucher-redemptions", owner, key="k", code=code
    )
    assert_refused(answer, MerchantNotApproved)
    assert database_state(world.engine) == before
    assert balance_of(world.engine, book.BACKING) == 30_000
