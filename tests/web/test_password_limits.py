"""Wrong passwords back off on every path (issue 12, finding 8): the API log-in, the log-in
page and the password checks of the settings count together per address and account, per
account, and per address — the last only with a high ceiling, so that one guesser behind
a mobile carrier's NAT does not lock out everyone sharing its address."""

from fastapi.testclient import TestClient

from tests.wallet.api_client import Api
from tests.wallet.conftest import World, world
from thungngoen.web.app import create_app
from thungngoen.web.backoff import Backoff

__all__ = ["world"]

SOMSRI = {"phone": "0812345678", "password": "somsri-pass"}
ANAN = {"phone": "0898765432", "password": "anan-pass1"}


def test_five_wrong_passwords_make_the_account_wait_with_retry_after(world: World) -> None:
    api = Api(world)
    for _ in range(5):
        wrong = api.client.post("/api/v1/auth/login", json=SOMSRI | {"password": "wrong-pass"})
        assert wrong.status_code == 401
    right = api.client.post("/api/v1/auth/login", json=SOMSRI)
    assert right.status_code == 429, right.text
    assert right.headers["Retry-After"] == "60"
    error = right.json()["error"]
    assert error["code"] == "login_rate_limited"
    assert error["retry_after"] == 60
    assert "ใส่รหัสผ่านผิดหลายครั้งเกินไป" in error["message_th"]
    assert "wait" in error["message"]


def test_one_guesser_does_not_lock_out_the_others_behind_the_same_address(world: World) -> None:
    api = Api(world)
    for index in range(40):
        wrong = {"phone": f"08100{index:05d}", "password": "wrong-pass"}
        assert api.client.post("/api/v1/auth/login", json=wrong).status_code == 401
    for _ in range(5):
        api.client.post("/api/v1/auth/login", json=SOMSRI | {"password": "wrong-pass"})
    assert api.client.post("/api/v1/auth/login", json=SOMSRI).status_code == 429
    assert api.client.post("/api/v1/auth/login", json=ANAN).status_code == 200


def test_a_hundred_failures_from_one_address_make_it_wait(world: World) -> None:
    api = Api(world)
    for index in range(100):
        wrong = {"phone": f"08100{index // 4:05d}", "password": "wrong-pass"}
        assert api.client.post("/api/v1/auth/login", json=wrong).status_code == 401
    refused = api.client.post("/api/v1/auth/login", json=ANAN)
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0


def test_the_waits_of_an_account_grow(world: World) -> None:
    app, clock = create_app(world.engine), [1000.0]
    app.state.login_backoff = Backoff(clock=lambda: clock[0])
    client = TestClient(app)
    waits: list[int] = []
    for _ in range(3):
        for _ in range(5 if not waits else 1):
            client.post("/api/v1/auth/login", json=SOMSRI | {"password": "wrong-pass"})
        refused = client.post("/api/v1/auth/login", json=SOMSRI)
        waits.append(int(refused.headers["Retry-After"]))
        clock[0] += waits[-1]
    assert waits == [60, 120, 240]
    assert client.post("/api/v1/auth/login", json=SOMSRI).status_code == 200


def test_the_password_check_of_a_pin_change_counts_with_the_log_in(world: World) -> None:
    api = Api(world)
    somsri = api.login("0812345678", "somsri-pass")
    for _ in range(5):
        wrong = api.call("PUT", "/api/v1/auth/pin", somsri, pin="564738", password="nope-pass")
        assert wrong.status_code == 401, wrong.text
    right = api.call("PUT", "/api/v1/auth/pin", somsri, pin="564738", password="somsri-pass")
    assert right.status_code == 429
    assert right.json()["error"]["code"] == "login_rate_limited"
    assert api.client.post("/api/v1/auth/login", json=SOMSRI).status_code == 429
