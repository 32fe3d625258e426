"""Promotions: the shop creates coin discounts and ends them; payments get the discount."""

from datetime import timedelta

from sqlalchemy import Engine, func, select

from tests.wallet.pages.shop.helpers import COFFEE, PADAENG, PADAENG_SHOP, pay_shop
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, post_form, shop_id
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction
from thungngoen.thai import in_thai_time
from thungngoen.wallet.tables import promotions


def _day(days_from_today: int) -> str:
    return (in_thai_time(utc_now()) + timedelta(days=days_from_today)).date().isoformat()


def _promotion_rows(engine: Engine) -> list[tuple[int, str, int, int | None, int]]:
    with read_transaction(engine) as connection:
        rows = connection.execute(select(promotions).order_by(promotions.c.id))
        return [(row.id, row.kind, row.basis_points, row.cap, row.active) for row in rows]


TEN_PERCENT = {"kind": "percent", "percent": "10", "cap": "5", "min_spend": ""}


def test_a_promotion_is_created_applied_and_ended(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    form = TEN_PERCENT | {"starts": _day(0), "ends": _day(7)}
    created = post_form(client, "/shop/promotions", form)
    assert (created.status_code, created.headers["location"]) == (303, "/shop/promotions")
    [(promotion_id, kind, basis_points, cap, active)] = _promotion_rows(demo_site.engine)
    assert (kind, basis_points, cap, active) == ("percent", 1_000, 500, 1)
    page = client.get("/shop/promotions").text
    assert "กำลังใช้งาน" in page
    assert f"/shop/promotions/{promotion_id}/end" in page
    merchant = shop_id(demo_site.engine, PADAENG_SHOP)
    assert pay_shop(demo_site.engine, merchant, 10_000, "promo-1").discount == 500
    for _ in range(2):  # ending it again changes nothing
        end_path = f"/shop/promotions/{promotion_id}/end"
        assert post_form(client, end_path, {}, page="/shop/promotions").status_code == 303
    assert _promotion_rows(demo_site.engine)[0][4] == 0
    assert f"/shop/promotions/{promotion_id}/end" not in client.get("/shop/promotions").text
    assert pay_shop(demo_site.engine, merchant, 10_000, "promo-2").discount == 0


def test_bad_promotions_are_refused_next_to_the_fields(demo_site: DemoSite) -> None:
    client = demo_site.client(PADAENG)
    for changes, field in (
        ({"percent": "0"}, "percent"),
        ({"percent": "120"}, "percent"),
        ({"kind": "free"}, "kind"),
        ({"cap": "abc"}, "cap"),
        ({"ends": _day(-1), "starts": _day(-3)}, "ends"),
        ({"starts": _day(3), "ends": _day(1)}, "ends"),
        ({"starts": "soon"}, "starts"),
    ):
        form = TEN_PERCENT | {"starts": _day(0), "ends": _day(7)} | changes
        refused = post_form(client, "/shop/promotions", form)
        assert refused.status_code == 422, changes
        assert error_under(refused.text, field), changes
    with read_transaction(demo_site.engine) as connection:
        assert connection.execute(select(func.count()).select_from(promotions)).scalar() == 0


def test_a_shop_cannot_end_another_shops_promotion(demo_site: DemoSite) -> None:
    padaeng = demo_site.client(PADAENG)
    post_form(padaeng, "/shop/promotions", TEN_PERCENT | {"starts": _day(0), "ends": _day(2)})
    [(promotion_id, *_)] = _promotion_rows(demo_site.engine)
    coffee = demo_site.client(COFFEE)
    assert f"/shop/promotions/{promotion_id}/end" not in coffee.get("/shop/promotions").text
    refused = post_form(coffee, f"/shop/promotions/{promotion_id}/end", {}, page="/shop/promotions")
    assert refused.status_code == 422
    assert _promotion_rows(demo_site.engine)[0][4] == 1
