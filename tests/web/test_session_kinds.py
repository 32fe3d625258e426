"""Page sessions and API tokens are different things (issue 12, finding 9): a session
cookie is no bearer token, an API token no cookie; API tokens expire, are listed and
revoked one by one."""

from datetime import datetime, timedelta

from fastapi.testclient import TestClient

from tests.web.conftest import Site
from tests.web.session_helpers import api_token, bearer, browser, later, now, serves, with_cookie
from thungngoen.web.app import create_app


def test_a_page_session_is_refused_as_a_bearer_token(site: Site) -> None:
    session = browser(site, "member").cookies["tn_session"]
    response = TestClient(create_app(site.engine)).get(
        "/api/v1/auth/tokens", headers=bearer(session)
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "wrong_token_kind"


def test_an_api_token_is_refused_as_a_session_cookie(site: Site) -> None:
    token = api_token(site, "member")
    assert not serves(with_cookie(site, token), "/wallet")
    api = TestClient(create_app(site.engine))
    assert api.get("/api/v1/auth/tokens", headers=bearer(token)).status_code == 200


def test_an_api_token_ends_after_its_days(site: Site) -> None:
    start = now()
    token = api_token(site, "member", days=2)
    client = TestClient(create_app(site.engine))
    with later(start, days=1, hours=23):
        assert client.get("/api/v1/auth/tokens", headers=bearer(token)).status_code == 200
    with later(start, days=2, minutes=1):
        expired = client.get("/api/v1/auth/tokens", headers=bearer(token))
    assert expired.status_code == 401
    assert expired.json()["error"]["code"] == "token_expired"


def test_an_api_token_lives_90_days_unless_asked_and_at_most_a_year(site: Site) -> None:
    client = TestClient(create_app(site.engine))
    body = {"phone": "0812345678", "password": "somsri-pass"}
    issued = client.post("/api/v1/auth/login", json=body).json()
    lives = datetime.fromisoformat(issued["expires_at"]) - now()
    assert timedelta(days=89, hours=23) < lives <= timedelta(days=90)
    too_long = client.post("/api/v1/auth/login", json=body | {"days": 366})
    assert too_long.status_code == 422


def test_one_s_api_tokens_are_listed_and_revoked_one_by_one(site: Site) -> None:
    till, phone = api_token(site, "member", name="till"), api_token(site, "member", name="phone")
    client = TestClient(create_app(site.engine))
    listed = client.get("/api/v1/auth/tokens", headers=bearer(till)).json()
    assert [token["name"] for token in listed] == ["till", "phone"]
    assert "tn_" not in str(listed)  # never the secrets
    till_id = listed[0]["id"]
    gone = client.delete(f"/api/v1/auth/tokens/{till_id}", headers=bearer(phone))
    assert gone.status_code == 204
    assert client.get("/api/v1/auth/tokens", headers=bearer(till)).status_code == 401
    listed = client.get("/api/v1/auth/tokens", headers=bearer(phone)).json()
    assert [token["name"] for token in listed] == ["phone"]


def test_no_one_revokes_another_s_api_token(site: Site) -> None:
    member, agent = api_token(site, "member"), api_token(site, "agent")
    client = TestClient(create_app(site.engine))
    agent_id = client.get("/api/v1/auth/tokens", headers=bearer(agent)).json()[0]["id"]
    refused = client.delete(f"/api/v1/auth/tokens/{agent_id}", headers=bearer(member))
    assert refused.status_code == 404
    assert refused.json()["error"]["code"] == "unknown_token"
    assert client.get("/api/v1/auth/tokens", headers=bearer(agent)).status_code == 200
