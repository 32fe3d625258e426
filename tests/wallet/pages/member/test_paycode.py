"""My pay code: a limit and the PIN give a short-lived signed code as a big QR."""

import re

from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under, member_of
from thungngoen.clock import utc_now
from thungngoen.wallet import merchant_pay, signing
from thungngoen.wallet.demo import MEMBERS, PIN

SOMSRI = MEMBERS[0]


def test_the_code_is_shown_as_a_qr_with_its_countdown(demo_site: DemoSite) -> None:
    shown = submit(demo_site.client(SOMSRI), "/wallet/paycode", {"limit": "300", "pin": PIN})
    assert shown.status_code == 200
    assert '<div class="qr" id="paycode-qr"><svg' in shown.text
    assert 'data-seconds="60"' in shown.text
    assert "ไม่เกิน 300.00 เหรียญ หนึ่งครั้ง" in shown.text
    found = re.search(r'<p class="code-text" id="paycode-text">([^<]+)</p>', shown.text)
    assert found
    claims = signing.verify(merchant_pay.PAY_CODE_PURPOSE, found.group(1), utc_now())
    assert claims["m"] == member_of(demo_site.engine, SOMSRI.phone).id
    assert claims["l"] == 30_000
    assert 'id="paycode-form"' in shown.text  # "new code" asks for the PIN again


def test_a_limit_too_high_or_a_wrong_pin_shows_no_code(demo_site: DemoSite) -> None:
    client = demo_site.client(SOMSRI)
    too_high = submit(client, "/wallet/paycode", {"limit": "600", "pin": PIN})
    assert too_high.status_code == 422
    assert error_under(too_high.text, "limit") == "จำนวนเงินไม่ถูกต้อง"
    assert "ไม่เกิน 500.00 เหรียญ" in too_high.text  # the hint says the most
    wrong = submit(client, "/wallet/paycode", {"limit": "100", "pin": "135790"})
    assert error_under(wrong.text, "pin").startswith("รหัส PIN ไม่ถูกต้อง เหลืออีก 4 ครั้ง")
    for page in (too_high.text, wrong.text):
        assert 'id="paycode-qr"' not in page
