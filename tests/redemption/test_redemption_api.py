"""Redemption through the JSON API: a shop redeems, the operator batches, downloads the bank
file and marks it paid; tier rules, supplier payments, the float guard; who may do what."""

import math

import pytest
from httpx import Response
from sqlalchemy import Connection

from tests.redemption.redemption_helpers import add_shop, all_checks_pass, balance_of, snapshot
from tests.redemption.redemption_helpers import top_up_and_pay as sell
from tests.wallet.api_client import Api as BaseApi
from tests.wallet.conftest import World
from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction
from thungngoen.wallet import book

OTHER_SHOP_PHONE = "0867778888"


class Api(BaseApi):
    def __init__(self, world: World) -> None:
        super().__init__(world)
        self.shop_path = f"/api/v1/shops/{world.shop_id}"


@pytest.fixture
def api(world: World) -> Api:
    def staff(connection: Connection) -> None:
        for phone, role in (("0800000000", "operator"), ("0800000001", "auditor")):
            create_user(
                connection, phone=phone, name=role, role=role, password=f"{role}-pass", actor="t"
            )

    write_transaction(world.engine, staff)
    return Api(world)


def error_code(response: Response) -> str:
    code: str = response.json()["error"]["code"]
    return code


def test_shop_redeems_and_the_operator_pays_it_out(api: Api, world: World) -> None:
    sell(world, world.shop_id, 100_000, "sale-1")
    shop = api.login("0861112222", "shop-pass")
    operator = api.login("0800000000", "operator-pass")
    auditor = api.login("0800000001", "auditor-pass")
    position = api.call("GET", f"{api.shop_path}/redeemable", shop)
    assert position.status_code == 200, position.text
    assert position.json() == {
        "balance_satang": 100_000,
        "received_from_members_satang": 100_000,
        "required_respend_satang": 0,
        "respent_satang": 0,
        "respend_owed_satang": 0,
        "redeemable_satang": 100_000,
    }

    def redeem(key: str, amount: int, fund: str = "citizens-day") -> Response:
        path = f"{api.shop_path}/redemptions"
        return api.call("POST", path, shop, key=key, amount_satang=amount, fund_code=fund)

    redeemed = redeem("r-1", 60_000)
    assert redeemed.status_code == 201, redeemed.text
    body = redeemed.json()
    assert (body["amount_satang"], body["fee_satang"], body["net_satang"]) == (
        60_000,
        3_000,
        57_000,
    )
    assert body["fund_code"] == "citizens-day"
    before = snapshot(world)
    assert redeem("r-1", 60_000).json() == body
    conflict = redeem("r-1", 60_001)
    assert (conflict.status_code, error_code(conflict)) == (409, "idempotency_conflict")
    assert error_code(redeem("r-2", 1_000, fund="lottery")) == "unknown_fund"
    too_much = redeem("r-3", 40_001)
    assert (too_much.status_code, error_code(too_much)) == (422, "insufficient_coin")
    assert snapshot(world) == before

    [queued] = api.call("GET", f"{api.shop_path}/payouts", shop).json()
    assert queued["instruction_id"] == body["payout_instruction_id"]
    assert (queued["status"], queued["amount_satang"], queued["batch_id"]) == (
        "queued",
        57_000,
        None,
    )
    assert (queued["payee_type"], queued["payee"]) == ("promptpay", "0861112222")

    made = api.call("POST", "/api/v1/operator/payout-batches", operator)
    assert made.status_code == 201, made.text
    batch = made.json()
    assert (batch["status"], batch["instruction_count"], batch["total_satang"]) == (
        "open",
        1,
        57_000,
    )
    nothing = api.call("POST", "/api/v1/operator/payout-batches", operator)
    assert (nothing.status_code, error_code(nothing)) == (422, "nothing_to_pay")

    batch_path = f"/api/v1/operator/payout-batches/{batch['batch_id']}"
    bank_file = api.call("GET", f"{batch_path}/csv", operator)
    assert bank_file.status_code == 200, bank_file.text
    assert bank_file.headers["content-type"].startswith("text/csv")
    assert "attachment" in bank_file.headers["content-disposition"]
    b, i = batch["batch_id"], queued["instruction_id"]
    assert bank_file.text.splitlines() == [
        "batch,instruction,merchant,business_name,payee_type,bank_code,bank_name,payee,"
        "amount_baht,reference",
        f"{b},{i},{world.shop_id},ร้านข้าวมันไก่ป้าแดง,promptpay,,,0861112222,570.00,TN-B{b}-I{i}",
    ]
    assert api.call("GET", "/api/v1/operator/payout-batches/999/csv", operator).status_code == 404

    paid = api.call("POST", f"{batch_path}/paid", operator, bank_reference="KBANK-0001")
    assert paid.status_code == 200, paid.text
    assert (paid.json()["status"], paid.json()["bank_reference"]) == ("paid", "KBANK-0001")
    after_paid = snapshot(world)
    again = api.call("POST", f"{batch_path}/paid", operator, bank_reference="KBANK-0001")
    assert again.json() == paid.json()
    other = api.call("POST", f"{batch_path}/paid", operator, bank_reference="KBANK-0002")
    assert (other.status_code, error_code(other)) == (409, "payout_batch_already_paid")
    assert snapshot(world) == after_paid
    [done] = api.call("GET", f"{api.shop_path}/payouts", shop).json()
    assert (done["status"], done["bank_reference"], done["batch_id"]) == ("paid", "KBANK-0001", b)
    assert done["paid_at"] is not None

    assert balance_of(world, book.PAYOUTS) == 0
    assert balance_of(world, book.BANK) == -57_000
    reserve = api.call("GET", "/api/v1/reserve").json()
    assert reserve == {
        "coin_outstanding_satang": 40_000,
        "baht_backing_satang": 40_000,
        "baht_in_bank_satang": -60_000,
        "cash_at_agents_satang": 100_000,
        "balanced": True,
    }
    funds = api.call("GET", "/api/v1/operator/community-funds", auditor).json()
    assert {fund["code"]: fund["balance_satang"] for fund in funds} == {
        "welfare": 0,
        "savings-groups": 0,
        "citizens-day": 3_000,
    }
    guard = api.call("GET", "/api/v1/operator/legal-guard", auditor).json()
    assert guard["outstanding_satang"] == 40_000
    assert guard["average_outstanding_satang"] == math.ceil(40_000 / 182)  # all of it today
    assert (guard["limit_satang"], guard["warning"]) == (5_000_000_000, False)
    assert guard["share_used"] == guard["average_outstanding_satang"] / 5_000_000_000
    assert all_checks_pass(world)


def test_supplier_payment_and_tier_rules(api: Api, world: World) -> None:
    sell(world, world.shop_id, 30_000, "sale-1")
    supplier = add_shop(world, OTHER_SHOP_PHONE, "standard")
    shop = api.login("0861112222", "shop-pass")
    operator = api.login("0800000000", "operator-pass")
    pay_path = f"{api.shop_path}/supplier-payments"
    paid = api.call(
        "POST", pay_path, shop, key="rice", supplier_merchant_id=supplier, amount_satang=10_000
    )
    assert paid.status_code == 201, paid.text
    assert (paid.json()["supplier_merchant_id"], paid.json()["amount_satang"]) == (supplier, 10_000)
    replay = api.call(
        "POST", pay_path, shop, key="rice", supplier_merchant_id=supplier, amount_satang=10_000
    )
    assert replay.json() == paid.json()
    supplier_owner = api.login(OTHER_SHOP_PHONE, "shop-pass")
    position = api.call("GET", f"/api/v1/shops/{supplier}/redeemable", supplier_owner).json()
    assert (position["balance_satang"], position["received_from_members_satang"]) == (10_000, 0)
    assert position["redeemable_satang"] == 10_000

    def set_rule(may_redeem: bool, fee_bp: int) -> Response:
        rule = {"may_redeem": may_redeem, "respend_share_bp": 0, "fee_bp": fee_bp}
        path = "/api/v1/operator/tier-rules/standard"
        response: Response = api.client.put(path, headers=operator, json=rule)
        return response

    closed = set_rule(False, 500)
    assert closed.status_code == 200, closed.text
    assert closed.json() == {
        "tier": "standard",
        "may_redeem": False,
        "respend_share_bp": 0,
        "fee_bp": 500,
    }

    def redeem(key: str) -> Response:
        path = f"{api.shop_path}/redemptions"
        return api.call("POST", path, shop, key=key, amount_satang=10_000, fund_code="welfare")

    before = snapshot(world)
    refused = redeem("r-1")
    assert (refused.status_code, error_code(refused)) == (422, "tier_may_not_redeem")
    bad_rule = set_rule(True, 10_000)
    assert (bad_rule.status_code, error_code(bad_rule)) == (422, "wallet_error")
    assert snapshot(world) == before
    assert set_rule(True, 300).status_code == 200
    redeemed = redeem("r-2")
    assert (redeemed.json()["fee_satang"], redeemed.json()["net_satang"]) == (300, 9_700)
    assert all_checks_pass(world)


def test_roles_and_ownership(api: Api, world: World) -> None:
    sell(world, world.shop_id, 20_000, "sale-1")
    other_shop = add_shop(world, OTHER_SHOP_PHONE, "standard")
    somsri = api.login("0812345678", "somsri-pass")
    shop = api.login("0861112222", "shop-pass")
    intruder = api.login(OTHER_SHOP_PHONE, "shop-pass")
    auditor = api.login("0800000001", "auditor-pass")
    operator = api.login("0800000000", "operator-pass")
    shop_routes = [
        ("GET", f"{api.shop_path}/redeemable"),
        ("POST", f"{api.shop_path}/redemptions"),
        ("POST", f"{api.shop_path}/supplier-payments"),
        ("GET", f"{api.shop_path}/payouts"),
    ]
    operator_routes = [
        ("POST", "/api/v1/operator/payout-batches"),
        ("GET", "/api/v1/operator/payout-batches/1/csv"),
        ("POST", "/api/v1/operator/payout-batches/1/paid"),
        ("PUT", "/api/v1/operator/tier-rules/standard"),
    ]
    staff_routes = [
        ("GET", "/api/v1/operator/legal-guard"),
        ("GET", "/api/v1/operator/community-funds"),
    ]
    checks = [
        *(
            (method, path, None, 401)
            for method, path in shop_routes + operator_routes + staff_routes
        ),
        *((method, path, somsri, 403) for method, path in shop_routes),
        *((method, path, operator, 403) for method, path in shop_routes),
        *((method, path, intruder, 403) for method, path in shop_routes),
        *((method, path, shop, 403) for method, path in operator_routes + staff_routes),
        *((method, path, auditor, 403) for method, path in operator_routes),
        *((method, path, auditor, 200) for method, path in staff_routes),
        *((method, path, operator, 200) for method, path in staff_routes),
    ]
    bodies = {
        f"{api.shop_path}/redemptions": {"amount_satang": 10_000, "fund_code": "welfare"},
        f"{api.shop_path}/supplier-payments": {
            "amount_satang": 10_000,
            "supplier_merchant_id": other_shop,
        },
        "/api/v1/operator/payout-batches/1/paid": {"bank_reference": "KBANK-1"},
        "/api/v1/operator/tier-rules/standard": {
            "may_redeem": False,
            "respend_share_bp": 0,
            "fee_bp": 0,
        },
    }
    before = snapshot(world)
    for method, path, headers, status in checks:
        response = api.client.request(
            method,
            path,
            headers={**(headers or {}), "Idempotency-Key": "k"},
            json=bodies.get(path),
        )
        assert response.status_code == status, (method, path, headers, response.text)
        if status == 403:
            assert error_code(response) == "forbidden"
    assert snapshot(world) == before
    assert api.call("GET", f"/api/v1/shops/{other_shop}/payouts", intruder).json() == []
    assert api.call("GET", f"{api.shop_path}/payouts", shop).json() == []
