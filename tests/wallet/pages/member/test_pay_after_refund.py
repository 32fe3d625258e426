"""Issue 13 on the pages: a member paying a shop's QR poster up to the pilot's daily limit
is refused; once the shop refunds the payment in full on its refunds page, the same payment
goes through (decision 0023)."""

from sqlalchemy import Connection, func, select

from tests.wallet.pages.member.helpers import SHOP, submit
from tests.web.conftest import DemoSite
from tests.web.helpers import hidden, member_of, money_form, shop_id
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import programs
from thungngoen.wallet.demo import MEMBERS, PIN, SHOPS
from thungngoen.wallet.programs.rules import thai_day
from thungngoen.wallet.tables import payments

SOMSRI, PADAENG = MEMBERS[0], SHOPS[0][0]
ROOM = 5_500


def _limit_the_pilot_to(demo_site: DemoSite, room: int) -> None:
    """The demo pilot's daily limit: what Somsri spent today plus ``room``."""
    member = member_of(demo_site.engine, SOMSRI.phone)
    start, end = thai_day(utc_now())
    spent_today = select(func.coalesce(func.sum(payments.c.amount - payments.c.refunded), 0))
    spent_today = spent_today.where(
        payments.c.member_id == member.id,
        payments.c.created_at >= start,
        payments.c.created_at < end,
    )

    def limit(connection: Connection) -> None:
        spent = int(connection.execute(spent_today).scalar_one())
        pilot = programs.program_by_code(connection, "old-town-pilot")
        terms = programs.ProgramTerms(
            name=pilot.name,
            valid_from=pilot.valid_from,
            allowed_tambons=pilot.allowed_tambons,
            excluded_categories=pilot.excluded_categories,
            daily_limit=spent + room,
        )
        programs.update_program(connection, pilot.id, terms, actor="test")

    write_transaction(demo_site.engine, limit)


def _pay(demo_site: DemoSite, amount: str) -> tuple[int, str]:
    path = f"/pay/shop/{shop_id(demo_site.engine, SHOP)}"
    client = demo_site.client(SOMSRI)
    key = hidden(client.get(path).text, "idempotency_key")
    paid = submit(client, path, {"amount": amount, "pin": PIN, "idempotency_key": key})
    return paid.status_code, paid.text


def test_a_full_refund_frees_the_pilots_daily_limit_on_the_pages(demo_site: DemoSite) -> None:
    _limit_the_pilot_to(demo_site, ROOM)
    assert _pay(demo_site, "55")[0] == 303
    status, page = _pay(demo_site, "55")
    assert status == 422
    assert "เกินวงเงินต่อวันของโครงการ" in page
    with read_transaction(demo_site.engine) as connection:
        payment_id = connection.execute(
            select(func.max(payments.c.id)).where(payments.c.amount == ROOM)
        ).scalar_one()
    shop = demo_site.client(PADAENG)
    token, key = money_form(shop, "/shop/refunds")
    form = {"payment_id": str(payment_id), "amount": "55", "reason": "ของหมด"}
    refunded = shop.post("/shop/refunds", data=form | {"idempotency_key": key, "csrf_token": token})
    assert refunded.status_code in (200, 303), refunded.text
    assert _pay(demo_site, "55")[0] == 303  # refused before issue 13
    status, page = _pay(demo_site, "0.01")
    assert status == 422
    assert "เกินวงเงินต่อวันของโครงการ" in page
