"""The A5 poster: the shop's static QR of its absolute pay link, name and number."""

from tests.wallet.pages.shop.helpers import PADAENG, PADAENG_SHOP, shop_number
from tests.web.conftest import DemoSite
from tests.web.helpers import shop_id
from thungngoen.wallet.promptpay import qr_svg


def test_the_poster_prints_the_shops_static_qr_on_a5(demo_site: DemoSite) -> None:
    merchant = shop_id(demo_site.engine, PADAENG_SHOP)
    client = demo_site.client(PADAENG)
    page = client.get("/shop/poster").text
    assert '<link rel="stylesheet" href="/static/wallet/poster.css">' in page
    assert "size: A5" in client.get("/static/wallet/poster.css").text
    url = f"http://testserver/pay/shop/{merchant}"
    qr = page.split('id="poster-qr">', 1)[1].split("</div>", 1)[0]
    assert qr.strip() == qr_svg(url).strip()
    assert PADAENG_SHOP in page
    assert shop_number(page) == merchant
    assert "Scan to pay with Songkhla Wallet" in page
    assert "สแกนเพื่อจ่ายด้วยถุงเงินสงขลา" in page
