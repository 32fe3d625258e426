"""The cash top-up receipt: its figures, the amount in Thai words, and who may open it."""

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tests.wallet.pages.agent.helpers import add_second_agent, top_up
from tests.web.conftest import DemoSite
from thungngoen import ledger
from thungngoen.db import read_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.wallet.demo import AGENT, MEMBERS, OPERATOR

SOMSRI = MEMBERS[0]


def _receipt_path(site: DemoSite, amount: str = "500") -> str:
    response = top_up(site.client(AGENT), SOMSRI.phone, amount)
    assert response.status_code == 303
    return str(response.headers["location"])


def test_the_receipt_shows_the_top_up_in_figures_and_thai_words(demo_site: DemoSite) -> None:
    path = _receipt_path(demo_site)
    page = demo_site.client(AGENT).get(path).text
    transfer_id = int(path.rsplit("/", 1)[1])
    with read_transaction(demo_site.engine) as connection:
        transfer = ledger.get_transfer(connection, transfer_id)
    assert transfer.purpose == "topup_cash"
    assert transfer.amount == 50_000
    assert f'<dd id="receipt-number">{transfer.batch_id:08d}</dd>' in page
    assert '<p id="receipt-words">(ห้าร้อยบาทถ้วน)</p>' in page
    assert 'data-satang="50000">500.00 บาท</p>' in page
    assert SOMSRI.name in page
    assert AGENT.name in page
    assert "08x-xxx-5678" in page
    assert SOMSRI.phone not in page
    thai_year = (datetime.now(UTC) + timedelta(hours=7)).year + 543
    assert re.search(rf'id="receipt-time">\d+ \S+ {thai_year} \d\d:\d\d<', page)
    assert 'id="print-button" data-print' in page


def test_satang_read_in_thai_words(demo_site: DemoSite) -> None:
    page = demo_site.client(AGENT).get(_receipt_path(demo_site, "1234.50")).text
    assert "(หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์)" in page


def test_another_agent_cannot_open_the_receipt(demo_site: DemoSite) -> None:
    path = _receipt_path(demo_site)
    other = add_second_agent(demo_site)
    assert other.get(path).status_code == 403
    assert demo_site.client(SOMSRI).get(path).status_code == 403
    assert demo_site.client(OPERATOR).get(path).status_code == 403
    visitor = demo_site.client().get(path, follow_redirects=False)
    assert visitor.headers["location"] == "/login"


def test_only_a_cash_top_up_has_a_receipt(demo_site: DemoSite) -> None:
    agent = demo_site.client(AGENT)
    with read_transaction(demo_site.engine) as connection:
        payment = connection.execute(
            select(transfers.c.id).where(transfers.c.purpose != "topup_cash").limit(1)
        ).scalar_one()
        last = connection.execute(select(transfers.c.id).order_by(transfers.c.id.desc())).first()
    assert last is not None
    assert agent.get(f"/agent/receipts/{payment}").status_code == 404
    assert agent.get(f"/agent/receipts/{last.id + 1000}").status_code == 404
