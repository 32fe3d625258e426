"""Who may open the money pages: staff look, only operators act; others are refused."""

import re

import pytest

from tests.web.conftest import DemoSite
from tests.web.helpers import assert_closed_to, member_of, post_form, shop_id
from tests.web.money_helpers import (
    ask_for_topup,
    redeem_at_shop,
    rows_written,
    statement,
)
from thungngoen import redemption
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR, SHOPS, Login
from thungngoen.web.forms import MAX_UPLOAD_BYTES

PAGES = (
    "/console/programs",
    "/console/programs/1",
    "/console/vouchers",
    "/console/statements",
    "/console/payouts",
)
FORM_IDS = ("program-create", "voucher-issue", "statement-upload", "create-payout-batch")


def _with_a_payout_batch(demo_site: DemoSite) -> int:
    redeem_at_shop(demo_site.engine, shop_id(demo_site.engine, SHOPS[0][1]), 5_000, "access")
    batch = write_transaction(
        demo_site.engine, lambda c: redemption.create_payout_batch(c, "test", utc_now())
    )
    return batch.id


@pytest.mark.parametrize("login", [OPERATOR, AUDITOR], ids=["operator", "auditor"])
def test_every_page_renders_for_staff(demo_site: DemoSite, login: Login) -> None:
    batch = _with_a_payout_batch(demo_site)
    client = demo_site.client(login)
    for path in (*PAGES, f"/console/payouts/{batch}"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert 'rel="stylesheet" href="/static/console/money.css"' in response.text


def test_other_roles_are_refused_and_visitors_sent_to_log_in(demo_site: DemoSite) -> None:
    paths = (*PAGES, "/console/payouts/1", "/console/payouts/1.csv", "/console/vouchers/1/sheet")
    assert_closed_to(demo_site, (MEMBERS[0], SHOPS[0][0], AGENT), paths)


def test_auditors_see_no_forms(demo_site: DemoSite) -> None:
    batch = _with_a_payout_batch(demo_site)
    redeem_at_shop(demo_site.engine, shop_id(demo_site.engine, SHOPS[1][1]), 2_000, "waiting")
    operator, auditor = demo_site.client(OPERATOR), demo_site.client(AUDITOR)
    for client, shown in ((operator, True), (auditor, False)):
        pages = "".join(client.get(path).text for path in PAGES)
        for form_id in FORM_IDS:
            assert (f'id="{form_id}"' in pages) is shown, form_id
        assert (
            "<form" in client.get(f"/console/payouts/{batch}").text.split("</header>")[1]
        ) is shown


def test_auditors_posts_are_refused_and_write_nothing(demo_site: DemoSite) -> None:
    engine = demo_site.engine
    batch = _with_a_payout_batch(demo_site)
    somsri = member_of(engine, MEMBERS[0].phone)
    asked = ask_for_topup(engine, somsri, 10_000)
    auditor = demo_site.client(AUDITOR)
    before = rows_written(engine)
    program = {
        "code": "audit-try",
        "name": "x",
        "kind": "sandbox",
        "valid_from": "2026-01-01T00:00",
    }
    posts = [
        ("/console/programs", "/console/programs", program),
        ("/console/programs/1", "/console/programs/1/edit", program),
        ("/console/programs/1", "/console/programs/1/deactivate", {}),
        ("/console/programs/1", "/console/programs/1/participants", {"phone": MEMBERS[0].phone}),
        ("/console/programs/1", "/console/programs/1/merchants", {"merchant_id": "1"}),
        ("/console/programs/1", "/console/programs/1/close", {}),
        ("/console/vouchers", "/console/vouchers", {"name": "x", "value": "10", "count": "1"}),
        ("/console/vouchers", "/console/vouchers/1/cancel", {"reason-1": "lost"}),
        ("/console/statements", "/console/statements/lines/1/assign", {"phone": "0812345678"}),
        ("/console/statements", "/console/statements/lines/1/refund", {"note-1": "back"}),
        ("/console/payouts", "/console/payouts", {}),
        ("/console/payouts", f"/console/payouts/{batch}/paid", {"bank_reference": "KTB-1"}),
    ]
    for page, action, data in posts:
        assert post_form(auditor, action, data, page=page).status_code == 403, action
    upload = {
        "statement": ("s.csv", statement((f"{asked.amount / 100:.2f}", "x", asked.reference, "A1")))
    }
    assert post_form(auditor, "/console/statements", files=upload).status_code == 403
    assert auditor.get(f"/console/payouts/{batch}.csv").status_code == 403
    huge = {"statement": ("s.csv", b"x" * (MAX_UPLOAD_BYTES + 1))}
    refused = post_form(auditor, "/console/statements", files=huge)
    assert refused.status_code == 403  # refused for who they are, before the body is read
    assert rows_written(engine) == before


def test_a_post_without_the_form_token_is_refused(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    before = rows_written(demo_site.engine)
    response = operator.post("/console/payouts", data={}, follow_redirects=False)
    assert response.status_code == 403
    files = {"statement": ("s.csv", statement(("100.00", "x", "", "B1")))}
    upload = operator.post("/console/statements", files=files, follow_redirects=False)
    assert upload.status_code == 403
    assert rows_written(demo_site.engine) == before


def test_pages_link_only_to_known_places(demo_site: DemoSite) -> None:
    operator = demo_site.client(OPERATOR)
    for path in PAGES:
        for link in re.findall(r'(?:href|action)="(/console/[^"]*)"', operator.get(path).text):
            assert operator.get(link, follow_redirects=False).status_code in (200, 405), link
