"""Re-spending through the API and the CLI: a shop pays a member's wage (by phone) and
another shop; the owner only, never itself, never an unknown phone, never more than held.
And a shop's payout bank, by its Thai bank code."""

import pytest
from httpx import Response
from sqlalchemy import select
from typer.testing import CliRunner, Result

from tests.redemption.redemption_helpers import add_shop, balance_of, snapshot, wallet_of
from tests.redemption.redemption_helpers import top_up_and_pay as sell
from tests.wallet.api_client import Api
from tests.wallet.conftest import World
from thungngoen.auth.users import create_user
from thungngoen.db import read_transaction, write_transaction
from thungngoen.redemption import cli as redemption_cli
from thungngoen.wallet import cli as wallet_cli
from thungngoen.wallet.tables import merchants

OTHER_SHOP_PHONE = "0867778888"
SOMSRI = "0812345678"


@pytest.fixture
def api(world: World) -> Api:
    return Api(world)


def _code(response: Response) -> str:
    code: str = response.json()["error"]["code"]
    return code


def test_a_shop_pays_a_wage_by_phone_once(api: Api, world: World) -> None:
    sell(world, world.shop_id, 30_000, "sale-1")
    shop = api.login("0861112222", "shop-pass")
    before = balance_of(world, world.somsri.account_id)
    path = f"/api/v1/shops/{world.shop_id}/wages"
    paid = api.call("POST", path, shop, key="w-1", member_phone=SOMSRI, amount_satang=12_000)
    assert paid.status_code == 201, paid.text
    assert (paid.json()["purpose"], paid.json()["amount_satang"]) == ("wage", 12_000)
    again = api.call("POST", path, shop, key="w-1", member_phone=SOMSRI, amount_satang=12_000)
    assert again.json()["transfer_id"] == paid.json()["transfer_id"]
    assert balance_of(world, world.somsri.account_id) == before + 12_000
    assert balance_of(world, wallet_of(world, world.shop_id)) == 18_000


def test_wage_and_supplier_refusals_change_nothing(api: Api, world: World) -> None:
    sell(world, world.shop_id, 30_000, "sale-1")
    other = add_shop(world, OTHER_SHOP_PHONE, "standard")
    write_transaction(
        world.engine,
        lambda c: create_user(
            c, phone="0800000000", name="op", role="operator", password="operator-pass", actor="t"
        ),
    )
    shop = api.login("0861112222", "shop-pass")
    intruder = api.login(OTHER_SHOP_PHONE, "shop-pass")
    member = api.login(SOMSRI, "somsri-pass")
    wages = f"/api/v1/shops/{world.shop_id}/wages"
    suppliers = f"/api/v1/shops/{world.shop_id}/supplier-payments"
    before = snapshot(world)
    cases: list[tuple[str, dict[str, str], dict[str, object], int, str | None]] = [
        (wages, intruder, {"member_phone": SOMSRI, "amount_satang": 100}, 403, "forbidden"),
        (wages, member, {"member_phone": SOMSRI, "amount_satang": 100}, 403, "forbidden"),
        (wages, shop, {"member_phone": "0800000009", "amount_satang": 100}, 404, "unknown_member"),
        (wages, shop, {"member_phone": SOMSRI, "amount_satang": 30_001}, 422, "insufficient_funds"),
        (wages, shop, {"member_phone": SOMSRI, "amount_satang": "100"}, 422, None),
        (suppliers, intruder, {"supplier_merchant_id": other, "amount_satang": 100}, 403, None),
        (
            suppliers,
            shop,
            {"supplier_merchant_id": world.shop_id, "amount_satang": 100},
            422,
            "wallet_error",
        ),
        (
            suppliers,
            shop,
            {"supplier_merchant_id": other, "amount_satang": 30_001},
            422,
            "insufficient_funds",
        ),
    ]
    for path, who, body, status, code in cases:
        response = api.call("POST", path, who, key="k", **body)
        assert response.status_code == status, (path, body, response.text)
        if code:
            assert _code(response) == code, response.text
    assert snapshot(world) == before


def _run(app: object, database_url: str, *args: str) -> Result:
    return CliRunner().invoke(app, [*args, "--database-url", database_url])  # type: ignore[arg-type]


def test_the_cli_pays_a_wage_and_a_supplier(world: World, database_url: str) -> None:
    sell(world, world.shop_id, 30_000, "sale-1")
    other = add_shop(world, OTHER_SHOP_PHONE, "standard")
    shop = str(world.shop_id)
    wage = _run(wallet_cli.app, database_url, "pay-wage", shop, SOMSRI, "50", "--key", "w")
    assert wage.exit_code == 0, wage.output
    assert "081-xxx-5678" in wage.output
    supplier = _run(
        redemption_cli.app, database_url, "pay-supplier", shop, str(other), "70", "--key", "s"
    )
    assert supplier.exit_code == 0, supplier.output
    assert balance_of(world, wallet_of(world, other)) == 7_000
    assert balance_of(world, wallet_of(world, world.shop_id)) == 18_000
    before = snapshot(world)
    for app, args in [
        (wallet_cli.app, ("pay-wage", shop, "0800000009", "5", "--key", "x")),
        (wallet_cli.app, ("pay-wage", shop, SOMSRI, "181", "--key", "y")),
        (redemption_cli.app, ("pay-supplier", shop, shop, "5", "--key", "z")),
    ]:
        refused = _run(app, database_url, *args)
        assert refused.exit_code == 1, refused.output
    assert snapshot(world) == before


def test_a_shop_signs_up_with_its_bank_by_code(api: Api, world: World) -> None:
    shop = api.login("0861112222", "shop-pass")
    base = {"business_name": "ร้านน้ำ", "category": "food", "tambon_code": "900101"}
    account = {"payout_bank_account": "1234567890"}
    for body, status in [
        (base | account, 422),
        (base | account | {"payout_bank_code": "999"}, 422),
        (base | account | {"payout_bank_code": 6}, 422),
    ]:
        refused = api.client.post("/api/v1/shops", headers=shop, json=body)
        assert refused.status_code == status, (body, refused.text)
    made = api.client.post(
        "/api/v1/shops", headers=shop, json=base | account | {"payout_bank_code": "014"}
    )
    assert made.status_code == 201, made.text
    with read_transaction(world.engine) as connection:
        query = select(merchants.c.payout_bank_code).where(
            merchants.c.id == made.json()["merchant_id"]
        )
        assert connection.execute(query).scalar_one() == "014"
