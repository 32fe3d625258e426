"""The operator's and the treasurer's journeys (issue 13): the operator reads the console
and the audit log in Thai sentences, batches a shop's payout and downloads the bank file,
which Python's csv reads back (utf-8-sig) with the Thai intact; the treasurer opens the
meeting sheet, the loans with their approvals shown, and a passbook whose PDF gives back
the Thai as written (``pdftotext``: SARA AM as one character). Each step fits a phone, a
desktop and the phone at 150 % text (``journey_views.step``)."""

import csv
import io
import re
import subprocess

import pytest
from playwright.sync_api import Page, expect

from tests.browser.journey_people import member_with_coin, new_shop, paid_by, queued_payout
from tests.browser.journey_views import step
from tests.browser.pages import log_in, submit
from tests.browser.support import LiveServer
from thungngoen.savings.demo_data import TREASURER
from thungngoen.wallet.demo import OPERATOR, Login
from thungngoen.web.i18n import translate

pytestmark = pytest.mark.browser

OWNER = Login("merchant", "0876660301", "shop-journey-4", "ป้าน้ำ ขายน้ำพริก")
SHOP = "ร้านน้ำพริกกำนันทดสอบ"  # ำ twice: the bank file must keep SARA AM as written
CUSTOMER = Login("member", "0876660302", "customer-journey-2", "ลูกค้า ร้านน้ำพริก")
THAI = re.compile(r"[\u0e01-\u0e5b]")


def _bank_file(page: Page) -> list[dict[str, str]]:
    with page.expect_download() as download:
        page.locator("#download-payout-file").click()
    text = download.value.path().read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_operator_reads_the_audit_log_and_downloads_the_bank_file(
    page: Page, live_server: LiveServer
) -> None:
    shop = new_shop(live_server, OWNER, SHOP)
    member_with_coin(live_server, CUSTOMER, "112358", 20_000)
    paid_by(live_server, shop, CUSTOMER.phone, 20_000)
    queued_payout(live_server, shop, 15_000)
    log_in(page, OPERATOR)
    step(page, "console")

    page.goto("/console/audit")
    actions = page.locator("#audit-log .audit-entry header .action")
    expect(actions.first).to_be_visible()
    said = actions.all_inner_texts()
    assert all(THAI.search(sentence) for sentence in said), said
    assert not [s for s in said if re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", s.strip())], said
    step(page, "console-audit")

    page.goto("/console/payouts")
    expect(page.locator("#payouts-queued")).to_contain_text(SHOP)
    submit(page.locator("#create-payout-batch"))
    page.wait_for_url(re.compile(r"/console/payouts/\d+$"))
    step(page, "console-payout-batch")
    rows = _bank_file(page)
    assert SHOP in [row["business_name"] for row in rows], rows


def _pdf_text(page: Page, path: str) -> str:
    answer = page.request.get(path)
    assert answer.ok, answer.status
    assert answer.headers["content-type"] == "application/pdf"
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=answer.body(), capture_output=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


FIRST_BORROWER = 2
"""The demo group's members from no. 2 may borrow (no. 1 is the treasurer, who approves);
a member behind with the commitment saving is refused and the next one tried."""
_APPROVED_1_OF_2 = translate("Approved by {given} of {needed}", "th").format(given=1, needed=2)


def _apply_and_approve(page: Page) -> None:
    """A member applies for a small loan; the treasurer gives the first of two approvals:
    the loan page says one of two, and who may still approve."""
    loans = page.url
    members = page.locator("#apply #f-member_id option").count()
    for choice in range(FIRST_BORROWER, members):  # the first member who may borrow
        page.goto(loans)
        form = page.locator("#apply form")
        form.locator("#f-member_id").select_option(index=choice)
        form.locator("#f-principal").fill("100")
        form.locator("#f-months").fill("2")
        form.locator("#f-purpose").fill("ซื้อเมล็ดพันธุ์ผัก")
        submit(form)
        if re.search(r"/savings/loans/\d+$", page.url):
            break
    else:
        pytest.fail("no member of the demo group may borrow 100 baht")
    expect(page.locator("#approvals-count")).to_have_attribute("data-given", "0")
    submit(page.locator("#decide form[action$='/approve']"))
    expect(page.locator("#approvals-count")).to_have_attribute("data-given", "1")
    expect(page.locator("#approvals-count")).to_have_attribute("data-needed", "2")
    expect(page.locator("#approvals-count")).to_have_text(_APPROVED_1_OF_2)
    expect(page.locator("#may-approve")).to_be_visible()


def test_the_treasurer_opens_the_sheet_the_loans_and_a_passbook_pdf(page: Page) -> None:
    log_in(page, TREASURER)
    page.goto("/savings")
    step(page, "savings-home")
    loans = page.locator("a[href$='/loans']").first.get_attribute("href") or ""
    passbook = page.locator("a[href^='/savings/passbooks/']").first.get_attribute("href") or ""
    page.locator("[id^=sheet-link-]").first.click()
    expect(page.locator("h1")).to_have_text("ใบบันทึกการประชุม")
    step(page, "savings-sheet")

    page.goto(loans)
    _apply_and_approve(page)
    step(page, "savings-loan-approvals")
    page.goto(loans)
    expect(page.locator("#applied")).to_contain_text(_APPROVED_1_OF_2)
    step(page, "savings-loans")

    page.goto(passbook)
    words = page.locator("#passbook-words").inner_text().strip("() \n")
    step(page, "savings-passbook")
    pdf_path = page.locator("#pdf-link").get_attribute("href") or ""
    text = _pdf_text(page, pdf_path)
    for written in ("จำนวน", "สมุดบัญชีเงินออม", words):
        assert written in text, (written, text)
    assert "\u0e4d" not in text  # no SARA AM taken apart into NIKHAHIT + SARA AA
