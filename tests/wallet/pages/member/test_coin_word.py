"""One word for the coin (decision 0033): the member's pages write every coin amount with
เหรียญ ("coin" in English), never บาท; baht show only where real baht move (a top-up), and
there beside the coin they buy, each named."""

import re
from pathlib import Path

from fastapi.testclient import TestClient

import thungngoen
from tests.wallet.pages.member.helpers import SHOP, submit
from tests.web.conftest import DemoSite
from tests.web.helpers import shop_id, till_request
from thungngoen.wallet.demo import MEMBERS, PIN

SOMSRI = MEMBERS[0]
BAHT_FIGURE = re.compile(r"\d[\d,]*\.\d\d\s*(?:บาท|baht)")
COIN_FIGURE = re.compile(r"\d[\d,]*\.\d\d\s*เหรียญ")
TEMPLATES = Path(thungngoen.__file__).parent
MONEY_FILTER = re.compile(r"\|\s*money\b(?!\()")


def _paid_receipt(client: TestClient, site: DemoSite) -> str:
    asked = till_request(site.engine, 4_550)
    paid = submit(client, f"/pay/{asked.token}", {"pin": PIN})
    assert paid.status_code == 303
    location: str = paid.headers["location"]
    return location


def _coin_pages(client: TestClient, site: DemoSite) -> list[str]:
    receipt = _paid_receipt(client, site)
    token = till_request(site.engine, 12_345).token
    return [
        "/wallet",
        "/wallet/history",
        receipt,
        f"/pay/{token}",
        "/wallet/paycode",
    ]


def test_the_member_pages_write_coin_never_baht(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    for path in _coin_pages(client, demo_site):
        page = client.get(path).text
        assert BAHT_FIGURE.findall(page) == [], path
        assert COIN_FIGURE.search(page), path
    typed = client.get(f"/pay/shop/{shop_id(demo_site.engine, SHOP)}?any_amount=1").text
    assert "จำนวน (เหรียญ)" in typed  # the amount the member types is coin too
    receipt = client.get(_paid_receipt(client, demo_site)).text
    assert "-45.50 เหรียญ" in receipt
    assert "(สี่สิบห้าเหรียญห้าสิบสตางค์)" in receipt


def test_in_english_the_coin_is_coin(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    client.get("/lang/en")
    page = client.get("/wallet").text
    assert '<p class="amount-big" id="balance">360.00 coin</p>' in page
    assert BAHT_FIGURE.findall(page) == []
    assert COIN_FIGURE.findall(page) == []


def test_a_top_up_names_the_baht_paid_and_the_coin_got(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    location = submit(client, "/wallet/topup", {"amount": "150"}).headers["location"]
    page = client.get(location).text
    shown = re.search(r'<p id="topup-exchange">([^<]*)</p>', page)
    assert shown is not None
    assert re.fullmatch(r"จ่าย 150\.\d\d บาท → ได้ 150\.\d\d เหรียญ", shown.group(1))


def test_every_template_names_the_currency_of_its_amounts() -> None:
    """``| coin`` or ``| baht``; ``| money(currency)`` only where the currency is data."""
    bare = [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if MONEY_FILTER.search(line)
    ]
    assert bare == []
