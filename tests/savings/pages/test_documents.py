"""The documents as pages and as real PDFs: the receipt, the passbook and statement, the
monthly report — amounts in figures and in Thai words, Buddhist Era dates, signature
lines. The PDFs are read back with poppler's pdftotext."""

import re
from datetime import date

from fastapi.testclient import TestClient

from tests.savings.pages.conftest import Groups
from tests.savings.pages.helpers import (
    member_field,
    missing_from,
    open_sheet,
    pdf_text,
    post_sheet,
)

JAN, FEB = date(2024, 1, 10), date(2024, 2, 10)


def _meetings(groups: Groups) -> tuple[TestClient, str]:
    """January: the member brings 5,000 baht in all (50 commitment, 10 welfare, 4,940
    voluntary). February: everyone's commitment. The path of January's report."""
    client = groups.client("treasurer")
    january = open_sheet(client, groups.group.id) | {
        "held_on": JAN.isoformat(),
        member_field(groups, "member", "voluntary"): "4940",
    }
    first = post_sheet(client, groups.group.id, january)
    assert first.status_code == 303, first.text
    february = open_sheet(client, groups.group.id) | {"held_on": FEB.isoformat()}
    assert post_sheet(client, groups.group.id, february).status_code == 303
    return client, str(first.headers["location"])


def test_the_receipt_page_and_pdf(groups: Groups) -> None:
    client, report = _meetings(groups)
    found = re.search(r'href="/savings/receipts/(\d+)">laem-son-on/00002<', client.get(report).text)
    assert found, "the member's receipt is listed on the report"
    path = f"/savings/receipts/{found.group(1)}"
    page = client.get(path).text
    assert 'id="receipt-total" data-satang="500000"' in page
    assert "(ห้าพันบาทถ้วน)" in page
    assert f'href="{path}/pdf"' in page
    pdf = groups.client("member").get(f"{path}/pdf")  # the member prints her own
    assert pdf.headers["content-type"] == "application/pdf"
    assert not missing_from(
        pdf_text(pdf.content),
        "ใบเสร็จ",
        "laem-son-on/00002",
        "10 มกราคม 2567",  # Buddhist Era
        "สมศรี ใจดี",
        "เงินฝากเพิ่ม",
        "4,940.00 บาท",
        "5,000.00 บาท",
        "ห้าพันบาทถ้วน",
        "ผู้รับเงิน (เหรัญญิก)",
        "จำนวนเงิน",
    )


def test_the_passbook_and_the_statement_pdf(groups: Groups) -> None:
    client, _ = _meetings(groups)
    member = groups.members["member"].id
    passbook = groups.client("member").get(f"/savings/passbooks/{member}").text
    assert 'id="passbook-balance" data-satang="504000"' in passbook
    assert "(ห้าพันสี่สิบบาทถ้วน)" in passbook
    assert passbook.count("laem-son-on/0000") >= 3  # its lines show their receipts
    statement = client.get(f"/savings/passbooks/{member}?since=2024-02-01&until=2024-02-28")
    assert "ยอดยกมา" in statement.text  # brought forward: January's 4,990
    assert "4,990.00 บาท" in statement.text
    assert (
        f'href="/savings/passbooks/{member}/pdf?since=2024-02-01&amp;until=2024-02-28"'
        in statement.text
    )
    pdf = client.get(f"/savings/passbooks/{member}/pdf?since=2024-02-01&until=2024-02-28")
    text = pdf_text(pdf.content)
    assert not missing_from(
        text,
        "รายการเดินบัญชีเงินออม",  # a statement, not the whole passbook
        "สมศรี ใจดี",
        "1 กุมภาพันธ์ 2567",
        "ยอดยกมา",
        "5,040.00 บาท",
        "ห้าพันสี่สิบบาทถ้วน",
        "เหรัญญิก",
    )
    assert "10 ม.ค. 2567" not in text  # January's lines are brought forward, not listed


def test_the_passbook_pdf_copies_back_as_written_and_names_the_treasurer(groups: Groups) -> None:
    _meetings(groups)
    member = groups.members["member"].id
    pdf = groups.client("member").get(f"/savings/passbooks/{member}/pdf").content
    text = pdf_text(pdf)
    treasurer = groups.members["treasurer"].name
    assert treasurer
    assert treasurer in text
    # exactly the source text, SARA AM (U+0E33) and all: no NFKC, no NIKHAHIT (U+0E4D)
    for label in ("จำนวน", "สมุดบัญชีเงินออม", "ห้าพันสี่สิบบาทถ้วน", "เหรัญญิก"):
        assert label in text, (label, text)
    assert "\u0e33" in text
    assert "\u0e4d" not in text
    assert "ห้ำ" not in text
    assert "บำท" not in text


def test_the_monthly_report_pdf(groups: Groups) -> None:
    client, report = _meetings(groups)
    text = pdf_text(client.get(f"{report}/pdf").content)
    assert not missing_from(
        text,
        "รายงานการประชุมประจำเดือน",
        "กลุ่มสัจจะออมทรัพย์ชุมชนแหลมสนอ่อน",
        "10 มกราคม 2567",
        "200.00 บาท",  # four commitments
        "5,180.00 บาท",  # money in: 200 + 40 + 4,940
        "ห้าพันหนึ่งร้อยแปดสิบบาทถ้วน",
        "ประธาน",
    )
    assert "laem-son-on/00004" in text
