"""The pages' own date fields and paging cursors are strict too (issue 12, findings 1 and 2):
year 1 or 9999, a superscript digit or a cursor past 2⁶³ is a field error or the first page,
never a 500."""

import pytest

from tests.web.conftest import DemoSite
from thungngoen.wallet.demo import MEMBERS, OPERATOR, SHOPS, Login

EXTREME_DAYS = ("0001-01-01", "9999-12-31", "2026-02-30", "²⁰²⁶-01-01")
EXTREME_CURSORS = ("9" * 25, "²", "-1", "0")


@pytest.mark.parametrize(
    ("login", "path", "field"),
    [
        (MEMBERS[0], "/wallet/history", "from"),
        (MEMBERS[0], "/wallet/history", "to"),
        (SHOPS[0][0], "/shop/takings", "day"),
        (OPERATOR, "/console/audit", "since"),
        (OPERATOR, "/console/audit", "until"),
        (OPERATOR, "/console/circulation", "from"),
        (None, "/circulation", "to"),
    ],
)
def test_an_extreme_day_in_a_page_field_is_refused_not_a_server_error(
    demo_site: DemoSite, login: Login | None, path: str, field: str
) -> None:
    client = demo_site.client(login)
    for day in EXTREME_DAYS:
        response = client.get(path, params={field: day})
        assert response.status_code in (200, 422), (day, response.status_code)


@pytest.mark.parametrize(
    ("login", "path"), [(MEMBERS[0], "/wallet/history"), (OPERATOR, "/console/audit")]
)
def test_a_cursor_that_is_not_a_record_s_number_is_the_first_page(
    demo_site: DemoSite, login: Login, path: str
) -> None:
    client = demo_site.client(login)
    first = client.get(path)
    assert first.status_code == 200
    for before in EXTREME_CURSORS:
        response = client.get(path, params={"before": before})
        assert response.status_code == 200, (before, response.status_code)
