"""Who may open the console's people pages: staff look, operators act, others are refused."""

import pytest

from tests.console.pages.helpers import shop_status
from tests.web.conftest import DemoSite
from tests.web.helpers import apply_for_shop, assert_closed_to, member_of, post_form
from thungngoen.db import read_transaction
from thungngoen.ledger import get_account
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR, SHOPS, Login

PAGES = {
    "/console/merchants": 'id="decided-merchants"',
    "/console/people": 'id="search-form"',
    "/console/people/member/1": 'id="wallet-balance"',
    "/console/people/merchant/1": 'id="wallet-balance"',
    "/console/people/agent/1": 'id="wallet-balance"',
    "/console/audit": 'id="audit-log"',
    "/console/audit/chain": 'id="chain-status"',
}


@pytest.mark.parametrize("login", [OPERATOR, AUDITOR], ids=["operator", "auditor"])
def test_every_page_renders_for_staff(demo_site: DemoSite, login: Login) -> None:
    client = demo_site.client(login)
    for path, marker in PAGES.items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert marker in response.text, path


def test_other_roles_are_refused_and_visitors_sent_to_log_in(demo_site: DemoSite) -> None:
    others = (MEMBERS[0], SHOPS[0][0], AGENT)
    assert_closed_to(demo_site, others, PAGES)
    for login in others:
        search = post_form(demo_site.client(login), "/console/people", {"q": "สมศรี"})
        assert search.status_code == 403


def test_an_unknown_person_or_kind_is_not_found(demo_site: DemoSite) -> None:
    client = demo_site.client(OPERATOR)
    for path in (
        "/console/people/member/999",
        "/console/people/operator/1",
        "/console/people/member/x",
    ):
        assert client.get(path).status_code == 404, path


def test_auditors_see_no_forms_and_their_posts_change_nothing(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    somsri = member_of(demo_site.engine, MEMBERS[0].phone)
    auditor = demo_site.client(AUDITOR)
    merchants = auditor.get("/console/merchants").text
    assert f'id="merchant-{shop}"' in merchants
    assert f'id="approve-{shop}"' not in merchants
    person = auditor.get(f"/console/people/member/{somsri.id}").text
    assert 'id="wallet-form"' not in person
    assert 'id="pin-reset-form"' not in person
    attempts: tuple[tuple[str, dict[str, str]], ...] = (
        (f"/console/merchants/{shop}/decision", {"decision": "approve", "tier": "standard"}),
        (f"/console/people/member/{somsri.id}/wallet", {"status": "frozen", "reason": "ทดสอบ"}),
        (f"/console/people/member/{somsri.id}/pin-reset", {}),
    )
    for action, data in attempts:
        assert post_form(auditor, action, data, page="/console/people").status_code == 403, action
    assert shop_status(demo_site.engine, shop) == ("pending", "standard")
    with read_transaction(demo_site.engine) as connection:
        assert get_account(connection, somsri.account_id).status == "active"
    assert "ตั้งแล้ว" in auditor.get(f"/console/people/member/{somsri.id}").text  # PIN kept


def test_a_console_post_without_the_form_token_is_refused(demo_site: DemoSite) -> None:
    shop = apply_for_shop(demo_site.engine)
    operator = demo_site.client(OPERATOR)
    operator.get("/console/merchants")
    response = operator.post(
        f"/console/merchants/{shop}/decision",
        data={"decision": "approve", "tier": "standard", "csrf_token": "forged"},
    )
    assert response.status_code == 403
    assert shop_status(demo_site.engine, shop) == ("pending", "standard")
