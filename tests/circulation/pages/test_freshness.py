"""The staff's circulation report never shows figures older than the ledger without
saying so: a view adds at most the page cap of new transfers; behind, the page says as of
which transfer (and when) and what the ledger holds now, and offers a refresh that
catches up (staff only, CSRF-checked, same filters after)."""

import re

import pytest
from sqlalchemy import func, select

from tests.circulation.pages.conftest import Town
from tests.web.helpers import post_form
from thungngoen.circulation import rollup
from thungngoen.circulation.pages import display
from thungngoen.db import write_transaction
from thungngoen.ledger.tables import transfers

PAGE = "/console/circulation"
FILTERS = "from=2026-03-01&to=2026-03-31"


def _ledger(town: Town) -> int:
    with town.engine.connect() as connection:
        return int(connection.execute(select(func.max(transfers.c.id))).scalar_one())


def test_a_report_behind_the_ledger_says_so_and_refreshes(
    town: Town, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_transaction(town.engine, rollup.reset)
    monkeypatch.setattr(display, "REFRESH_LIMIT", 5)
    client = town.client("operator")
    page = client.get(f"{PAGE}?{FILTERS}").text
    assert 'id="freshness"' in page
    assert "ตัวเลขเหล่านี้นับถึงรายการโอนที่" in page
    assert '<strong id="as-of-transfer">5</strong>' in page
    assert f'<strong id="ledger-transfer">{_ledger(town)}</strong>' in page
    assert f'action="{PAGE}/refresh"' in page
    assert f'name="back" value="{PAGE}?from=2026-03-01&amp;to=2026-03-31"' in page

    auditor = town.client("auditor")
    for _ in range(2):  # a second press changes nothing
        done = post_form(auditor, f"{PAGE}/refresh", {"back": f"{PAGE}?{FILTERS}"}, page=PAGE)
        assert done.status_code == 303
        assert done.headers["location"] == f"{PAGE}?{FILTERS}"
    assert rollup.watermark(town.engine) == _ledger(town)
    after = auditor.get(done.headers["location"]).text
    assert "ตัวเลขนับรวมทุกรายการโอนแล้ว" in after
    assert 'id="freshness"' not in after
    assert f"ถึงรายการโอนที่ {_ledger(town)}" in after


def test_an_up_to_date_report_shows_no_notice(town: Town) -> None:
    page = town.client("operator").get(PAGE).text
    assert 'id="freshness"' not in page


def test_only_the_staff_refresh_and_only_with_the_form_token(town: Town) -> None:
    write_transaction(town.engine, rollup.reset)
    rollup.refresh(town.engine, chunk=3, chunks=1)
    member = town.client("member")
    assert post_form(member, f"{PAGE}/refresh", page="/wallet").status_code == 403
    operator = town.client("operator")
    assert operator.post(f"{PAGE}/refresh", data={}).status_code == 403  # no CSRF token
    assert rollup.watermark(town.engine) == 3


def test_the_shop_page_says_so_too_and_the_refresh_comes_back_to_it(
    town: Town, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_transaction(town.engine, rollup.reset)
    monkeypatch.setattr(display, "REFRESH_LIMIT", 5)
    operator = town.client("operator")
    report = operator.get(PAGE).text
    shop = re.search(r'href="(/console/circulation/merchant/\d+)[^"]*"', report)
    assert shop, "no shop link on the report"
    shop_page = operator.get(shop.group(1)).text
    assert 'id="freshness"' in shop_page
    back = re.search(r'name="back" value="([^"]+)"', shop_page)
    assert back
    assert back.group(1).startswith(shop.group(1))
    done = post_form(
        operator, f"{PAGE}/refresh", {"back": back.group(1).replace("&amp;", "&")}, page=PAGE
    )
    assert done.headers["location"] == back.group(1).replace("&amp;", "&")
    assert 'id="freshness"' not in operator.get(done.headers["location"]).text


@pytest.mark.parametrize(
    "back",
    [
        "https://elsewhere.example/console/circulation",
        "//elsewhere.example/x",
        "/wallet",
        "/console/circulation/merchant/../../../wallet",
    ],
)
def test_the_refresh_goes_back_only_to_the_circulation_pages(town: Town, back: str) -> None:
    done = post_form(town.client("operator"), f"{PAGE}/refresh", {"back": back}, page=PAGE)
    assert (done.status_code, done.headers["location"]) == (303, PAGE)
