"""Page sessions end when idle and at an absolute end, and are renewed (a new id) while in
use (issue 12, finding 9). Time moves with ``thungngoen.clock.simulated_time``."""

import pytest

from tests.web.conftest import Site, form_token
from tests.web.session_helpers import HOMES, browser, later, now, serves, with_cookie


@pytest.mark.parametrize("role", ["agent", "operator"])
def test_a_staff_session_ends_after_30_idle_minutes(site: Site, role: str) -> None:
    start, client = now(), browser(site, role)
    with later(start, minutes=29):
        assert serves(with_cookie(site, client.cookies["tn_session"]), HOMES[role])
    with later(start, minutes=31):
        assert not serves(client, HOMES[role])


def test_a_member_session_outlives_a_day_idle_but_not_a_week(site: Site) -> None:
    start, client = now(), browser(site, "member")
    session = client.cookies["tn_session"]
    with later(start, days=2):
        assert serves(with_cookie(site, session), "/wallet")
    with later(start, days=7, minutes=1):
        assert not serves(with_cookie(site, session), "/wallet")


def test_a_session_in_use_past_half_its_idle_window_gets_a_new_id(site: Site) -> None:
    start, client = now(), browser(site, "agent")
    first = client.cookies["tn_session"]
    with later(start, minutes=10):
        response = client.get("/agent")
        assert "tn_session" not in response.headers.get("set-cookie", "")  # no write yet
    with later(start, minutes=16):
        response = client.get("/agent")
    assert response.status_code == 200
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith("tn_s"))
    assert "HttpOnly" in cookie
    assert "Max-Age=1800" in cookie
    second = client.cookies["tn_session"]
    assert second != first
    with later(start, minutes=16, seconds=30):
        assert serves(with_cookie(site, first), "/agent")  # a request already in flight
    with later(start, minutes=18):
        assert not serves(with_cookie(site, first), "/agent")
    with later(start, minutes=40):
        assert serves(with_cookie(site, second), "/agent")


def test_a_staff_session_ends_after_12_hours_however_busy(site: Site) -> None:
    start, client = now(), browser(site, "operator")
    for minutes in range(20, 12 * 60, 20):
        with later(start, minutes=minutes):
            assert serves(client, "/console"), minutes
    with later(start, hours=12, minutes=1):
        assert not serves(client, "/console")


def test_a_logout_after_a_renewal_ends_the_old_id_too(site: Site) -> None:
    start, client = now(), browser(site, "agent")
    first = client.cookies["tn_session"]
    with later(start, minutes=16):
        token = form_token(client, "/agent")
        assert client.cookies["tn_session"] != first
        client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
        assert not serves(with_cookie(site, first), "/agent")
