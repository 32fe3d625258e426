"""A new password or a frozen wallet ends the user's sessions and API tokens at once, the
in-process cache notwithstanding (issue 12, finding 9)."""

from fastapi.testclient import TestClient
from sqlalchemy import Connection

from tests.web.conftest import PASSWORDS, Site, form_token
from tests.web.session_helpers import api_token, bearer, browser, serves, with_cookie
from thungngoen.auth.users import find_by_phone
from thungngoen.db import write_transaction
from thungngoen.wallet import change_account_status, people
from thungngoen.web.app import create_app


def _api_serves(site: Site, token: str) -> bool:
    client = TestClient(create_app(site.engine))
    response = client.get("/api/v1/auth/tokens", headers=bearer(token))
    status: int = response.status_code
    assert status in (200, 401), response.text
    return status == 200


def _change_password(client: TestClient, current: str, new: str) -> int:
    form = {
        "action": "password",
        "current_password": current,
        "new_password": new,
        "new_password_again": new,
        "csrf_token": form_token(client, "/wallet/settings"),
    }
    status: int = client.post("/wallet/settings", data=form, follow_redirects=False).status_code
    return status


def test_a_new_password_ends_every_other_session_and_token(site: Site) -> None:
    here, elsewhere = browser(site, "member"), browser(site, "member")
    token, old_here = api_token(site, "member"), here.cookies["tn_session"]
    assert serves(elsewhere, "/wallet")  # cached now
    assert _api_serves(site, token)
    assert _change_password(here, PASSWORDS["member"][1], "new-secret-1") == 303
    assert serves(here, "/wallet")
    assert here.cookies["tn_session"] != old_here
    assert not serves(with_cookie(site, old_here), "/wallet")
    assert not serves(elsewhere, "/wallet")
    assert not _api_serves(site, token)


def test_a_wrong_current_password_changes_nothing(site: Site) -> None:
    here, elsewhere = browser(site, "member"), browser(site, "member")
    assert _change_password(here, "not-my-password", "new-secret-1") == 422
    assert serves(here, "/wallet")
    assert serves(elsewhere, "/wallet")


def _freeze_member(connection: Connection, status: str) -> None:
    user = find_by_phone(connection, PASSWORDS["member"][0])
    assert user is not None
    account_id = people.member_for_user(connection, user.id).account_id
    change_account_status(connection, account_id, status, actor="user:1", reason="lost phone")


def test_a_frozen_wallet_logs_its_owner_out_everywhere(site: Site) -> None:
    page, token, agent = browser(site, "member"), api_token(site, "member"), browser(site, "agent")
    assert serves(page, "/wallet")
    assert _api_serves(site, token)
    write_transaction(site.engine, lambda c: _freeze_member(c, "frozen"))
    assert not serves(page, "/wallet")
    assert not _api_serves(site, token)
    assert serves(agent, "/agent")  # nobody else
    write_transaction(site.engine, lambda c: _freeze_member(c, "active"))
    assert serves(browser(site, "member"), "/wallet")  # a new log-in sees the wallet again
