"""``GET /api/v1/shops/{id}/open-requests``: what typing the shop number finds, through the
API (decision 0031). A member sees the bills waiting — amount, reference, times, shop name
and the token that pays them — and nothing about who paid before; paying by the token
completes the till's request."""

from tests.wallet.api_client import Api, error_of
from tests.wallet.conftest import World

SOMSRI = ("0812345678", "somsri-pass")
SHOP_OWNER = ("0861112222", "shop-pass")


def _ask(api: Api, shop: dict[str, str], amount: int, reference: str = "") -> dict[str, str]:
    made = api.call(
        "POST",
        f"/api/v1/shops/{api.world.shop_id}/payment-requests",
        shop,
        amount_satang=amount,
        reference=reference,
    )
    assert made.status_code == 201, made.text
    body: dict[str, str] = made.json()
    return body


def test_a_member_finds_the_waiting_bill_by_shop_number_and_pays_it(funded: World) -> None:
    api = Api(funded)
    member, shop = api.login(*SOMSRI), api.login(*SHOP_OWNER)
    path = f"/api/v1/shops/{funded.shop_id}/open-requests"
    assert api.call("GET", path, member).json() == []
    made = _ask(api, shop, 8_500, "โต๊ะ 4")
    [bill] = api.call("GET", path, member).json()
    assert set(bill) == {
        "merchant_id",
        "business_name",
        "amount_satang",
        "reference",
        "created_at",
        "expires_at",
        "token",
    }
    assert (bill["business_name"], bill["amount_satang"], bill["reference"]) == (
        "ร้านข้าวมันไก่ป้าแดง",
        8_500,
        "โต๊ะ 4",
    )
    assert bill["token"] == made["token"]
    paid = api.call(
        "POST", f"/api/v1/payment-requests/{bill['token']}/pay", member, key="k1", pin="482915"
    )
    assert paid.status_code == 201, paid.text
    assert paid.json()["amount_satang"] == 8_500
    assert api.call("GET", path, member).json() == []
    seen = api.call("GET", f"/api/v1/payment-requests/{made['token']}", member).json()
    assert seen["paid"] is True


def test_several_waiting_bills_come_newest_first(funded: World) -> None:
    api = Api(funded)
    member, shop = api.login(*SOMSRI), api.login(*SHOP_OWNER)
    _ask(api, shop, 4_000, "เคาน์เตอร์ 1")
    _ask(api, shop, 6_500, "เคาน์เตอร์ 2")
    bills = api.call("GET", f"/api/v1/shops/{funded.shop_id}/open-requests", member).json()
    assert [(b["amount_satang"], b["reference"]) for b in bills] == [
        (6_500, "เคาน์เตอร์ 2"),
        (4_000, "เคาน์เตอร์ 1"),
    ]


def test_only_members_ask_and_an_unknown_shop_is_refused(funded: World) -> None:
    api = Api(funded)
    shop = api.login(*SHOP_OWNER)
    path = f"/api/v1/shops/{funded.shop_id}/open-requests"
    assert api.call("GET", path).status_code == 401
    assert api.call("GET", path, shop).status_code == 403
    member = api.login(*SOMSRI)
    refused = error_of(api.call("GET", "/api/v1/shops/987654/open-requests", member), 404)
    assert refused["code"] == "unknown_merchant"
