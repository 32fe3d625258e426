"""A record's number in a page's path is a plain number the database can hold (issue 12,
finding 1, for the pages): twenty nines is a 404, not a 500, and every page route names
its ids with the ``id`` convertor (``web/path_ids.py``), so a new page cannot forget."""

import re
from pathlib import Path

import pytest

from tests.web.conftest import DemoSite
from thungngoen.wallet.demo import MEMBERS, OPERATOR, Login

SOURCE = Path(__file__).resolve().parents[2] / "src" / "thungngoen"
ROUTE = re.compile(r"^\s*(?:@router\.(?:get|post|put|delete)\(|PATH\s*=).*$", re.MULTILINE)
HUGE = "9" * 25
CHECKS_ITS_OWN = {'PATH = REPORT_PATH + "/merchant/{merchant_id:int}"'}
"""The circulation report of one shop reads any number and names the shop it did not
find (``tests/circulation/pages/test_merchant_page.py``)."""


def test_every_page_route_takes_its_ids_through_the_id_convertor() -> None:
    routes = [
        line for path in SOURCE.rglob("pages/**/*.py") for line in ROUTE.findall(path.read_text())
    ]
    assert len(routes) > 100
    loose = [
        line.strip()
        for line in routes
        if re.search(r"\{[a-z_]+_id(?::int)?\}", line) and line.strip() not in CHECKS_ITS_OWN
    ]
    assert loose == []


@pytest.mark.parametrize(
    ("login", "path"),
    [
        (OPERATOR, f"/console/payouts/{HUGE}"),
        (OPERATOR, f"/console/programs/{HUGE}"),
        (OPERATOR, f"/console/people/member/{HUGE}"),
        (MEMBERS[0], f"/wallet/receipts/{HUGE}"),
        (MEMBERS[0], f"/wallet/topup/{HUGE}"),
        (MEMBERS[0], f"/pay/shop/{HUGE}"),
        (MEMBERS[0], f"/savings/loans/{HUGE}"),
        (MEMBERS[0], "/wallet/receipts/0"),
    ],
)
def test_a_number_no_record_can_have_is_a_404(demo_site: DemoSite, login: Login, path: str) -> None:
    response = demo_site.client(login).get(path, follow_redirects=False)
    assert response.status_code == 404, response.text[:200]
