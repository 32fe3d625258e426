"""Issue 13 on the pay page: the demo's Khao Rup Chang market stall is outside the old-town
pilot's area, and the market's own program governs it (decision 0032): the member pays it,
and over the market's 200 coin a day the page says which program refused and why, with
the limit and what was spent today."""

from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, hidden, rows_in, shop_id
from thungngoen.ledger.tables import transfers
from thungngoen.wallet.demo import MARKET_STALL, MEMBERS, PIN
from thungngoen.wallet.tables import payments

SOMSRI = MEMBERS[0]


def _pay(site: DemoSite, amount: str) -> tuple[int, str]:
    path = f"/pay/shop/{shop_id(site.engine, MARKET_STALL[1])}"
    client = site.client(SOMSRI)
    key = hidden(client.get(path).text, "idempotency_key")
    paid = submit(client, path, {"amount": amount, "pin": PIN, "idempotency_key": key})
    return paid.status_code, paid.text


def test_the_market_program_allows_its_stall_and_names_itself_when_it_refuses(
    demo_site: DemoSite,
) -> None:
    assert _pay(demo_site, "150")[0] == 303  # the old-town pilot refused it before 0032
    before = rows_in(demo_site.engine, transfers, payments)
    status, page = _pay(demo_site, "60")
    assert status == 422
    assert error_under(page, "amount") == (
        "เกินวงเงินต่อวันของโครงการ ตลาดชุมชนเขารูปช้าง: ใช้ได้วันละ 200.00 เหรียญ"
        " ใช้ไปแล้ว 150.00 เหรียญ จ่ายเพิ่มได้อีกไม่เกิน 50.00 เหรียญ"
    )
    assert rows_in(demo_site.engine, transfers, payments) == before
    assert _pay(demo_site, "50")[0] == 303
