"""Every member page opens for a member only: other roles get 403, visitors the log-in."""

from tests.wallet.pages.member.helpers import SHOP
from tests.web.conftest import DemoSite
from tests.web.helpers import assert_closed_to, shop_id, till_request
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR, SHOPS

PAGES = (
    "/wallet",
    "/wallet/scan",
    "/wallet/send",
    "/wallet/history",
    "/wallet/topup",
    "/wallet/paycode",
    "/wallet/vouchers",
    "/wallet/settings",
)


def _all_pages(site: DemoSite) -> list[str]:
    token = till_request(site.engine, 5_000).token
    return [*PAGES, f"/pay/{token}", f"/pay/shop/{shop_id(site.engine, SHOP)}"]


def test_every_page_renders_for_a_member_in_thai(demo_site: DemoSite) -> None:
    client = demo_site.client(MEMBERS[0])
    for path in _all_pages(demo_site):
        page = client.get(path)
        assert page.status_code == 200, path
        assert '<html lang="th">' in page.text
        assert "/static/wallet/member.css" in page.text
        assert 'aria-current="page"' in page.text or path.startswith("/pay/"), path


def test_other_roles_are_refused_and_visitors_sent_to_log_in(demo_site: DemoSite) -> None:
    others = (SHOPS[0][0], AGENT, OPERATOR, AUDITOR)
    assert_closed_to(demo_site, others, _all_pages(demo_site))


def test_the_home_shows_the_balance_in_baht_and_the_latest_movements(
    demo_site: DemoSite,
) -> None:
    page = demo_site.client(MEMBERS[0]).get("/wallet").text
    assert '<p class="amount-big" id="balance">360.00 เหรียญ</p>' in page
    assert "ร้านข้าวมันไก่ป้าแดง" in page
    assert "มานี มีตา" in page  # the neighbour she sent coin to
    assert 'id="pin-unset"' not in page
    assert 'href="/wallet/scan"' in page
