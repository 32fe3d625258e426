"""Wrong passwords are limited on every path, the API's too (issue 12, finding 8): the API
log-in and the password check of a PIN change count with the log-in page, per phone and
per address, and refuse with 429 once used up — even the right password."""

from tests.wallet.api_client import Api
from tests.wallet.conftest import World, world

__all__ = ["world"]


def test_the_api_log_in_is_limited_per_phone(world: World) -> None:
    api = Api(world)
    body = {"phone": "0812345678", "password": "wrong-pass"}
    for _ in range(5):
        assert api.client.post("/api/v1/auth/login", json=body).status_code == 401
    right = api.client.post(
        "/api/v1/auth/login", json={"phone": "0812345678", "password": "somsri-pass"}
    )
    assert right.status_code == 429, right.text
    assert right.json()["error"]["code"] == "login_rate_limited"
    other = api.client.post(
        "/api/v1/auth/login", json={"phone": "0898765432", "password": "anan-pass"}
    )
    assert other.status_code == 429  # the same address has used up its attempts too


def test_the_password_check_of_a_pin_change_is_limited(world: World) -> None:
    api = Api(world)
    somsri = api.login("0812345678", "somsri-pass")
    for _ in range(5):
        wrong = api.call("PUT", "/api/v1/auth/pin", somsri, pin="564738", password="nope-pass")
        assert wrong.status_code == 401, wrong.text
    right = api.call("PUT", "/api/v1/auth/pin", somsri, pin="564738", password="somsri-pass")
    assert right.status_code == 429
    assert right.json()["error"]["code"] == "login_rate_limited"
