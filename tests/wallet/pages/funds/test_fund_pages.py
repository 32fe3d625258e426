"""Issue 13 on the pages: the operator records a donation or a grant at /console/funds and
gets its receipt (amount in Thai words, Buddhist-era date); the fund's statement lists it;
auditors look, and no one else records anything."""

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import DemoSite
from tests.web.helpers import assert_closed_to, balance, error_under, hidden, post_form
from thungngoen.wallet import book
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR, SHOPS

PAGE = "/console/funds"
FORM = {
    "fund": "welfare",
    "kind": "donation",
    "amount": "1,234.50",
    "donor": "วัดมัชฌิมาวาส",
    "reference": "KTB-778",
}


def give(client: TestClient, key: str = "", **typed: str) -> httpx.Response:
    page = client.get(PAGE).text
    form = {
        **FORM,
        **typed,
        "idempotency_key": key or hidden(page, "idempotency_key"),
        "csrf_token": hidden(page, "csrf_token"),
    }
    response: httpx.Response = client.post(f"{PAGE}/gifts", data=form, follow_redirects=False)
    return response


def test_the_operator_records_a_donation_and_prints_its_receipt(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    fund = balance(demo_site.engine, "thb:fund:welfare")
    bank = balance(demo_site.engine, book.BANK)
    key = hidden(operator.get(PAGE).text, "idempotency_key")
    given = give(operator, key)
    assert given.status_code == 303, given.text
    receipt_path = given.headers["location"]
    assert receipt_path.startswith("/console/funds/gifts/")
    assert give(operator, key).headers["location"] == receipt_path  # a double submit
    assert balance(demo_site.engine, "thb:fund:welfare") == fund + 123_450
    assert balance(demo_site.engine, book.BANK) == bank + 123_450
    receipt = operator.get(receipt_path).text
    assert "ใบเสร็จรับเงิน" in receipt
    assert "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์" in receipt
    assert "วัดมัชฌิมาวาส" in receipt
    assert "KTB-778" in receipt
    assert "25" in receipt.split('id="receipt-date">')[1][:40]  # 25xx: Buddhist Era
    statement = demo_site.client(AUDITOR).get(f"{PAGE}/welfare").text
    assert "วัดมัชฌิมาวาส" in statement
    assert f'href="{receipt_path}"' in statement
    assert "เงินบริจาค" in statement


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ({"amount": ""}, "amount"),
        ({"amount": "0"}, "amount"),
        ({"amount": "-5"}, "amount"),
        ({"amount": "abc"}, "amount"),
        ({"amount": "5000000.01"}, "amount"),
        ({"donor": " "}, "donor"),
        ({"fund": "nowhere"}, "fund"),
        ({"kind": "loan"}, "kind"),
        ({"reference": "x" * 61}, "reference"),
    ],
)
def test_a_bad_gift_is_refused_under_its_field(
    demo_site: DemoSite, typed: dict[str, str], field: str
) -> None:
    operator = demo_site.client(OPERATOR)
    fund = balance(demo_site.engine, "thb:fund:welfare")
    response = give(operator, **typed)
    assert response.status_code == 422
    assert error_under(response.text, field)
    assert balance(demo_site.engine, "thb:fund:welfare") == fund


def test_no_one_but_the_operator_records_a_gift(demo_site: DemoSite) -> None:
    fund = balance(demo_site.engine, "thb:fund:welfare")
    auditor = demo_site.client(AUDITOR)
    page = auditor.get(PAGE)
    assert page.status_code == 200
    assert 'id="gift-form"' not in page.text
    homes = {AUDITOR: PAGE, MEMBERS[0]: "/wallet", SHOPS[0][0]: "/shop", AGENT: "/agent/float"}
    for login, home in homes.items():
        data = {**FORM, "idempotency_key": "k"}
        response = post_form(demo_site.client(login), f"{PAGE}/gifts", data, page=home)
        assert response.status_code == 403, login.role
    assert balance(demo_site.engine, "thb:fund:welfare") == fund
    assert_closed_to(demo_site, (MEMBERS[0], SHOPS[0][0], AGENT), [PAGE, f"{PAGE}/welfare"])


def test_an_unknown_fund_or_gift_is_not_found(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    assert operator.get(f"{PAGE}/nowhere").status_code == 404
    assert operator.get(f"{PAGE}/gifts/999999").status_code == 404
