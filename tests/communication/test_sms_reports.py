"""The SMS gateway's delivery reports: a signed report turns a sent SMS into delivered or
failed (with the gateway's reason); a repeat changes nothing; a bad signature, a report
that is not one, or a server without SMS is refused and changes nothing. The delivery log
shows what the channel reported and when the person read the message in the app."""

import hmac
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.communication.test_sms import KEY, NOON, gateway
from tests.wallet.conftest import World
from thungngoen.clock import simulated_time, utc_now
from thungngoen.communication import run_round
from thungngoen.communication.channels import SmsChannel
from thungngoen.communication.log import delivery_log
from thungngoen.communication.preferences import set_address
from thungngoen.communication.tables import deliveries
from thungngoen.config import get_settings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.notify import mark_read
from thungngoen.web.app import create_app

__all__ = ["gateway"]
ROUTE = "/api/v1/sms/delivery-reports"


@pytest.fixture
def sent(
    funded: World,
    gateway: tuple[str, list[dict[str, Any]], list[int]],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[World, TestClient, str]]:
    """The top-up's notice handed to the gateway by SMS; the app configured for SMS."""
    url, received, _ = gateway
    write_transaction(
        funded.engine,
        lambda c: set_address(c, funded.somsri.user_id, "sms", "0812345678", utc_now()),
    )
    with simulated_time(NOON):
        run_round(funded.engine, [SmsChannel(url, KEY, per_second=100)], "https://example.org")
    [sms] = received
    monkeypatch.setenv("THUNGNGOEN_SMS_API", url)
    monkeypatch.setenv("THUNGNGOEN_SMS_KEY", KEY)
    get_settings.cache_clear()
    yield funded, TestClient(create_app(funded.engine)), sms["reference"]
    get_settings.cache_clear()


def _post(client: TestClient, reports: object, key: str = KEY) -> Any:
    body = json.dumps({"reports": reports}).encode()
    signature = hmac.digest(key.encode(), body, "sha256").hex()
    return client.post(
        ROUTE,
        content=body,
        headers={"content-type": "application/json", "x-thungngoen-signature": signature},
    )


def _delivery(world: World) -> Any:
    with read_transaction(world.engine) as connection:
        return connection.execute(select(deliveries)).one()


def test_a_delivered_report_is_kept_once(sent: tuple[World, TestClient, str]) -> None:
    world, client, reference = sent
    answer = _post(client, [{"reference": reference, "status": "delivered"}])
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"applied": 1, "ignored": 0}
    delivery = _delivery(world)
    assert (delivery.status, delivery.delivered_at is not None) == ("delivered", True)
    again = _post(client, [{"reference": reference, "status": "delivered"}])
    assert again.json() == {"applied": 0, "ignored": 1}
    assert _delivery(world).delivered_at == delivery.delivered_at


def test_a_failed_report_marks_it_failed_with_the_gateways_reason(
    sent: tuple[World, TestClient, str],
) -> None:
    world, client, reference = sent
    report = {"reference": reference, "status": "failed", "reason": "handset unreachable"}
    answer = _post(client, [report, {"reference": "someone-elses-7", "status": "delivered"}])
    assert answer.json() == {"applied": 1, "ignored": 1}
    delivery = _delivery(world)
    assert (delivery.status, delivery.last_error) == ("dead", "sms: handset unreachable")


@pytest.mark.parametrize(
    ("reports", "key", "status", "code"),
    [
        ([{"reference": "x", "status": "delivered"}], "not-the-key", 401, "sms_bad_signature"),
        ([], KEY, 422, "sms_report_invalid"),
        ([{"reference": "x", "status": "read"}], KEY, 422, "sms_report_invalid"),
        ([{"reference": "x", "status": "delivered", "extra": 1}], KEY, 422, "sms_report_invalid"),
    ],
)
def test_a_bad_report_is_refused_and_changes_nothing(
    sent: tuple[World, TestClient, str], reports: object, key: str, status: int, code: str
) -> None:
    world, client, _ = sent
    answer = _post(client, reports, key)
    assert answer.status_code == status, answer.text
    error = answer.json()["error"]
    assert error["code"] == code
    assert error["message_th"] not in ("", error["message"])
    assert _delivery(world).status == "sent"


def test_a_server_without_sms_has_no_report_door(funded: World) -> None:
    get_settings.cache_clear()
    answer = _post(TestClient(create_app(funded.engine)), [{"reference": "x", "status": "failed"}])
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "sms_not_configured"


def test_the_log_shows_when_the_person_read_it(sent: tuple[World, TestClient, str]) -> None:
    world, _, _ = sent
    notification_id = _delivery(world).notification_id
    with read_transaction(world.engine) as connection:
        [row] = delivery_log(connection)
        assert row.read_at is None
    write_transaction(
        world.engine,
        lambda c: mark_read(c, world.somsri.user_id, notification_id, NOON),
    )
    with read_transaction(world.engine) as connection:
        [row] = delivery_log(connection)
    assert row.read_at == NOON
