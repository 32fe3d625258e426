"""The agent's pages and the float limit: the float page shows the limit and the room; the
counter refuses a top-up past the limit, in Thai, and moves nothing."""

from tests.wallet.pages.agent.helpers import float_balance, top_up
from tests.web.conftest import DemoSite
from tests.web.helpers import member_balance, number_of
from thungngoen.wallet.demo import AGENT, MEMBERS

DEMO_FLOAT = 100_000
"""The demo's three cash top-ups: 1,000 baht."""
LIMIT = 2_000_000


def test_the_float_page_shows_the_limit_and_the_room(demo_site: DemoSite) -> None:
    page = demo_site.client(AGENT).get("/agent/float").text
    assert number_of(page, "float-limit") == LIMIT
    assert number_of(page, "float-room") == LIMIT - DEMO_FLOAT
    assert "วงเงินสดที่ถือได้" in page
    assert 'id="float-full"' not in page


def test_the_counter_refuses_a_top_up_past_the_limit(demo_site: DemoSite) -> None:
    agent, somsri = demo_site.client(AGENT), MEMBERS[0].phone
    before = member_balance(demo_site.engine, somsri)
    refused = top_up(agent, somsri, "19000.01")
    assert refused.status_code == 422
    assert "เกินวงเงิน" in refused.text
    assert "กรุณานำส่งเงินสด" in refused.text
    assert float_balance(demo_site.engine) == DEMO_FLOAT
    assert member_balance(demo_site.engine, somsri) == before
    agent.cookies.set("tn_lang", "en")
    in_english = top_up(agent, somsri, "19000.01")
    assert "float limit of 20,000.00 baht" in in_english.text
    assert top_up(agent, somsri, "19000").status_code == 303
    page = agent.get("/agent/float").text
    assert number_of(page, "float-room") == 0
    assert 'id="float-full"' in page
