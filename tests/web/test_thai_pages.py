"""No English on any page in Thai mode (issue 13; decision 0037): every page of the demo,
walked as each of its logins, shows only Thai and the few Latin names people read as they
are (``visible_text.ALLOWED``). The catalogue tests check the texts templates ask for; this
one reads the pages as rendered, with the data and the codes the operations put in them."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.web.conftest import DemoSite
from tests.web.demo_records import add_demo_records
from tests.web.site_crawl import Crawl, page_routes, route_pattern
from tests.web.visible_text import english_in, visible_texts
from thungngoen import web
from thungngoen.community.demo import load_community_demo
from thungngoen.community.demo_data import COLLECTOR, COORDINATOR
from thungngoen.db.writer import detach_writer
from thungngoen.savings.demo import load_savings_demo
from thungngoen.savings.demo_data import CHAIR, TREASURER
from thungngoen.wallet.demo import AGENT, AUDITOR, MEMBERS, OPERATOR, SHOPS, Login
from thungngoen.web.app import create_app

NOT_PAGES = {
    "/lang/{code}": "switches the language (the test stays in Thai)",
    "/manifest.webmanifest": "JSON for the phone's home screen",
    "/sw.js": "the service worker's script",
    "/shop/requests/{request_id:id}/events": "the till's event stream",
    "/console/circulation.csv": "a file",
    "/console/circulation.xlsx": "a file",
    "/console/circulation/merchant/{merchant_id:int}.csv": "a file",
    "/console/circulation/merchant/{merchant_id:int}.xlsx": "a file",
    "/console/payouts/{batch_id:id}.csv": "a file",
    "/console/payouts/{batch_id:id}.xlsx": "a file",
    "/data/export": "a file (its columns: tests/community/imports)",
    "/savings/meetings/{meeting_id:id}/pdf": "a PDF (its text: tests/savings)",
    "/savings/passbooks/{member_id:id}/pdf": "a PDF (its text: tests/savings)",
    "/savings/receipts/{receipt_id:id}/pdf": "a PDF (its text: tests/savings)",
    "/data/relocation/proposals/{proposal_id:id}.pdf": "a PDF (its text: tests/community)",
    "/data/pdpa/persons/{person_id:id}/copy.pdf": "a PDF (its text: tests/community)",
    "/wallet/topup/{request_id:id}/qr.png": "a picture",
    "/wallet/receipts/{transfer_id:id}/card.png": "a picture",
    "/data/field/assignments": "JSON the field page's script keeps on the phone",
}
"""Routes answering something other than an HTML page, never got by the walk."""

TYPED_CODES = {"/console/audit": {"member", "merchant", "account", "user", "system", "pin"}}
"""Codes a page asks staff to type as they are, shown in its examples (the audit log's
filters take the action and subject codes the log stores)."""

WALKERS: tuple[tuple[Login | None, tuple[str, ...]], ...] = (
    (None, ("/login", "/signup", "/shop/signup", "/circulation", "/data")),
    (MEMBERS[0], ("/wallet", "/savings", "/pay/shop/{shop}", "/pay/shop/{shop}/quote?amount=60")),
    (
        MEMBERS[0],
        (
            "/pay/{token}",
            "/wallet/allowance/receipts/{allowance_receipt}",
            "/unsubscribe/{unsubscribe}",
            "/inbox/digest/{digest}",
        ),
    ),
    (CHAIR, ("/wallet", "/savings")),
    (TREASURER, ("/savings",)),
    (SHOPS[0][0], ("/shop", "/shop/requests/{request}")),
    (AGENT, ("/agent",)),
    (OPERATOR, ("/console", "/console/vouchers/{batch}/sheet", "/console/funds/gifts/{gift}")),
    (AUDITOR, ("/",)),
    (COORDINATOR, ("/data",)),
    (COLLECTOR, ("/data",)),
)
"""Who walks the site and from where: the public, a member who is her savings group's
secretary, its chair, its treasurer, a shop, the agent, the operator, the auditor and
the network's data coordinator and a data collector (their survey round).
Some pages are opened by scanning a QR (a shop's poster, a till's request), from an email
(unsubscribe) or shown once (a voucher sheet), not by a link: ``{shop}`` and the others
are filled from the demo."""


@pytest.fixture
def demo_pilot(engine: Engine) -> Iterator[tuple[DemoSite, dict[str, str]]]:
    """The demo ``make run`` loads: the wallet's pilot, the savings groups, a few days of
    the simulated economy, and a record of each kind a page shows alone."""
    assert load_savings_demo(engine)
    assert load_community_demo(engine, households=200)
    seeds = add_demo_records(engine)
    yield DemoSite(engine, create_app(engine)), seeds
    detach_writer(engine)


def test_no_page_shows_english_in_thai_mode(
    demo_pilot: tuple[DemoSite, dict[str, str]],
) -> None:
    site, seeds = demo_pilot
    routes = {path: route_pattern(path) for path in page_routes() if path not in NOT_PAGES}
    found: dict[str, set[str]] = {}
    visited: set[str] = set()
    for login, starts in WALKERS:
        crawl = Crawl(site.client(login), routes)
        for address, html in crawl.pages(start.format(**seeds) for start in starts):
            typed = TYPED_CODES.get(address, set())
            for text in visible_texts(html):
                if set(english_in(text)) - typed:
                    found.setdefault(text, set()).add(address)
        visited |= crawl.shown
    report = [f"{text!r} on {sorted(pages)[:2]}" for text, pages in sorted(found.items())]
    unvisited = sorted(routes.keys() - visited)
    assert (report, unvisited) == ([], []), "\n".join(report + unvisited)


def test_the_offline_page_shows_no_english_outside_its_english_line() -> None:
    """The service worker's page when the network is gone: static, so not in the walk."""
    page = Path(web.__file__).parent / "static" / "offline.html"
    texts = visible_texts(page.read_text())
    assert texts
    assert [text for text in texts if english_in(text)] == []
