"""The scan page: the camera scanner (vendored jsQR) and the typed shop number or link,
which only ever leads to a payment path of this site."""

from tests.wallet.pages.member.helpers import submit
from tests.web.conftest import DemoSite
from tests.web.helpers import error_under
from thungngoen.wallet.demo import MEMBERS


def test_the_page_loads_the_scanner_and_the_typed_form(demo_site: DemoSite) -> None:
    page = demo_site.client(MEMBERS[0]).get("/wallet/scan").text
    assert '<script src="/static/vendor/jsqr/jsQR.js" defer></script>' in page
    assert '<script src="/static/wallet/member.js" defer></script>' in page
    assert 'id="scanner"' in page
    assert 'data-camera-error="เปิดกล้องไม่ได้' in page
    assert '<label for="f-code">หมายเลขร้านค้าหรือลิงก์จ่ายเงิน</label>' in page


def test_a_shop_number_or_a_link_leads_to_its_payment_page(demo_site: DemoSite) -> None:
    client = demo_site.client(MEMBERS[0])
    for typed, path in (
        ("3", "/pay/shop/3"),
        (" 007 ", "/pay/shop/7"),
        ("๑๒", "/pay/shop/12"),
        ("https://thungngoen.example/pay/eyJk.abc-_", "/pay/eyJk.abc-_"),
        ("https://elsewhere.example/pay/shop/2?x=1", "/pay/shop/2"),
        ("/pay/abc.def", "/pay/abc.def"),
        ("//evil.example/pay/x", "/pay/x"),  # only ever the path, on this site
    ):
        response = submit(client, "/wallet/scan", {"code": typed})
        assert response.status_code == 303, typed
        assert response.headers["location"] == path, typed


def test_anything_else_is_refused_next_to_the_field(demo_site: DemoSite) -> None:
    client = demo_site.client(MEMBERS[0])
    for typed in ("https://evil.example/login", "ร้านป้าแดง", "", "/pay/a/b"):
        refused = submit(client, "/wallet/scan", {"code": typed})
        assert refused.status_code == 422, typed
        assert error_under(refused.text, "code").startswith("กรุณาพิมพ์หมายเลขร้านค้า"), typed
