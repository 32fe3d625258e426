"""The receipt as a picture (decision 0034): the PNG says what the receipt card's text says
(platform, amount in figures and Thai words, shop, promotion, date B.E., number, no
balance), decodes as a real PNG, and goes only to the wallet whose receipt it is."""

import io
from datetime import UTC, datetime

from PIL import Image
from sqlalchemy import Engine

from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from tests.web.helpers import assert_closed_to, member_of, till_request
from thungngoen.db import read_transaction
from thungngoen.wallet.demo import AGENT, MEMBERS, OPERATOR, PIN, SHOPS
from thungngoen.wallet.pages.member.receipt_card import receipt_card
from thungngoen.wallet.pages.member.receipt_png import WIDTH, receipt_png
from thungngoen.wallet.pages.member.receipts import own_line
from thungngoen.wallet.pages.member.statement import HistoryLine
from thungngoen.wallet.payment_discounts import PaidDiscount

SOMSRI = MEMBERS[0]
GREEN = (11, 110, 79)


def _pay(site: DemoSite, amount: int) -> tuple[int, str]:
    asked = till_request(site.engine, amount, reference="โต๊ะ 2")
    paid = submit(site.client(SOMSRI), f"/pay/{asked.token}", {"pin": PIN})
    location: str = paid.headers["location"]
    return int(location.rsplit("/", 1)[1]), location


def _line(engine: Engine, transfer_id: int) -> HistoryLine:
    user_id = member_of(engine, SOMSRI.phone).user_id
    with read_transaction(engine) as connection:
        line = own_line(connection, user_id, transfer_id)
    assert line is not None
    return line


def test_the_picture_is_the_receipt_card_the_member_paid(demo_site: DemoSite) -> None:
    transfer_id, location = _pay(demo_site, 12_345)
    client = demo_site.client(SOMSRI)
    page = client.get(location).text
    assert f'href="{location}/card.png" download="receipt-{transfer_id}.png"' in page
    assert 'id="receipt-share"' in page
    assert 'id="receipt-print" data-print' in page
    answer = client.get(f"{location}/card.png")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "image/png"
    assert answer.headers["cache-control"] == "private, no-store"
    card = receipt_card(_line(demo_site.engine, transfer_id), "th")
    assert answer.content == receipt_png(card)  # the picture draws exactly this card
    said = card.text.splitlines()
    assert said[:4] == ["ถุงเงินสงขลา", "ใบเสร็จ", "-123.45 เหรียญ", "(หนึ่งร้อยยี่สิบสามเหรียญสี่สิบห้าสตางค์)"]
    assert "รายการ: จ่ายร้านค้า" in said
    assert any(line.startswith("รายละเอียด: ร้านข้าวมันไก่ป้าแดง") for line in said)
    assert f"เลขที่รายการ: {transfer_id}" in said
    assert "ยอดคงเหลือ" not in card.text  # shared receipts keep the balance private
    picture = Image.open(io.BytesIO(answer.content))
    assert picture.format == "PNG"
    assert picture.width == WIDTH
    assert 600 < picture.height < 1400
    assert picture.convert("RGB").getpixel((5, 5)) == GREEN  # the platform's header band
    assert 2_000 < len(answer.content) < 200_000


def test_the_card_names_the_promotion_and_the_thai_date() -> None:
    line = HistoryLine(
        transfer_id=77,
        created_at=datetime(2026, 3, 4, 10, 5, tzinfo=UTC),
        amount=-5_400,
        balance_after=30_600,
        label="Paid a shop",
        detail="ร้านข้าวมันไก่ป้าแดง",
        discount=PaidDiscount(600, "percent", 1_000),
    )
    said = receipt_card(line, "th").text.splitlines()
    assert "(ห้าสิบสี่เหรียญถ้วน)" in said
    assert "โปรโมชัน: ส่วนลดโปรโมชัน ‘ลด 10%’ −6.00 เหรียญ" in said
    assert "วันที่: 4 มี.ค. 2569 17:05" in said  # Buddhist Era, Thai time
    english = receipt_card(line, "en").text.splitlines()
    assert english[2] == "-54.00 coin"
    assert "Date: 4 Mar 2026 17:05" in english


def test_only_the_receipts_own_wallet_gets_the_picture(demo_site: DemoSite) -> None:
    _transfer_id, location = _pay(demo_site, 2_000)
    assert demo_site.client(MEMBERS[1]).get(f"{location}/card.png").status_code == 404
    assert demo_site.client(MEMBERS[1]).get(location).status_code == 404
    assert_closed_to(demo_site, (SHOPS[0][0], AGENT, OPERATOR), [f"{location}/card.png"])
    assert demo_site.client(SOMSRI).get("/wallet/receipts/999999/card.png").status_code == 404
