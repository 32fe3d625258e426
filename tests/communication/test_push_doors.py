"""Turning Web Push on and off for a browser, through the API and the settings page: a
good subscription is kept with the browser's name; every bad part is refused in Thai and
English and nothing is kept; an auditor keeps nothing; I remove only my own devices."""

import base64
import os
import re
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from tests.web.conftest import PASSWORDS, Site, form_token, logged_in
from thungngoen.cli.main import app
from thungngoen.communication.tables import push_subscriptions
from thungngoen.db import read_transaction

ANDROID_CHROME = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0 Mobile Safari/537.36"
)
API = "/api/v1/me/push-subscriptions"
RUNNER = CliRunner()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _browser_keys() -> dict[str, str]:
    point = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )
    return {"p256dh": _b64(point), "auth": _b64(os.urandom(16))}


def _subscription(endpoint: str = "https://fcm.googleapis.com/fcm/send/abc123") -> dict[str, Any]:
    return {"endpoint": endpoint, "expirationTime": None, "keys": _browser_keys()}


def _token(client: TestClient, role: str) -> dict[str, str]:
    phone, password = PASSWORDS[role]
    answer = client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
    return {"Authorization": f"Bearer {answer.json()['token']}", "User-Agent": ANDROID_CHROME}


def _stored(site: Site) -> list[str]:
    with read_transaction(site.engine) as connection:
        return list(connection.execute(select(push_subscriptions.c.endpoint)).scalars())


def _bad() -> list[dict[str, Any]]:
    good = _subscription()
    keys = good["keys"]
    point = base64.urlsafe_b64decode(keys["p256dh"] + "=")
    return [
        {**good, "endpoint": "http://fcm.googleapis.com/fcm/send/abc"},  # not https
        {**good, "endpoint": "https://"},
        {**good, "endpoint": "https://user:pw@push.example.org/x"},
        {**good, "endpoint": "https://push.example.org/" + "x" * 500},
        {**good, "keys": {**keys, "p256dh": keys["p256dh"][:-4]}},  # 62 bytes
        {**good, "keys": {**keys, "p256dh": _b64(b"\x02" + point[1:33])}},  # compressed
        {**good, "keys": {**keys, "p256dh": _b64(b"\x04" + b"\x01" * 64)}},  # off the curve
        {**good, "keys": {**keys, "p256dh": "not base64url!"}},
        {**good, "keys": {**keys, "auth": _b64(os.urandom(12))}},
        {**good, "keys": {**keys, "auth": "$$$$"}},
    ]


def test_the_api_keeps_a_browser_lists_it_and_removes_it_by_endpoint(site: Site) -> None:
    member = _token(site.client, "member")
    body = _subscription()
    kept = site.client.post(API, headers=member, json=body)
    assert kept.status_code == 201, kept.text
    assert kept.json()["label"] == "Chrome / Android"
    again = site.client.post(API, headers=member, json={**body, "keys": _browser_keys()})
    assert again.status_code == 201  # the same browser again: its new keys, still one
    listed = site.client.get(API, headers=member).json()
    assert [device["endpoint"] for device in listed] == [body["endpoint"]]
    gone = site.client.delete(API, headers=member, params={"endpoint": body["endpoint"]})
    assert gone.status_code == 204
    assert _stored(site) == []
    missing = site.client.delete(API, headers=member, params={"endpoint": body["endpoint"]})
    assert missing.status_code == 404


@pytest.mark.parametrize("case", range(10))
def test_the_api_refuses_a_bad_subscription_in_thai_and_english_and_keeps_nothing(
    site: Site, case: int
) -> None:
    member = _token(site.client, "member")
    refused = site.client.post(API, headers=member, json=_bad()[case])
    assert refused.status_code == 422, refused.text
    error = refused.json()["error"]
    assert error["code"] == "push_bad_subscription"
    assert "base64url" in error["message"] or "https" in error["message"]
    assert "การแจ้งเตือน" in error["message_th"]
    assert _stored(site) == []


def test_an_auditor_keeps_no_subscription(site: Site) -> None:
    auditor = _token(site.client, "auditor")
    refused = site.client.post(API, headers=auditor, json=_subscription())
    assert refused.status_code == 403
    assert _stored(site) == []
    page = logged_in(TestClient(site.client.app), *PASSWORDS["auditor"])
    assert 'id="push-switch"' not in page.get("/inbox/settings").text
    form = {"csrf_token": form_token(page, "/inbox/settings"), **_flat(_subscription())}
    assert page.post("/inbox/settings/push", data=form).status_code == 422
    assert _stored(site) == []


def _flat(subscription: dict[str, Any]) -> dict[str, str]:
    return {"endpoint": subscription["endpoint"], **subscription["keys"]}


def test_the_page_offers_the_switch_with_the_servers_key_and_keeps_this_device(
    site: Site,
) -> None:
    member = logged_in(TestClient(site.client.app), *PASSWORDS["member"])
    page = member.get("/inbox/settings").text
    assert "รับการแจ้งเตือนบนเครื่องนี้" in page
    key = re.search(r'data-vapid-key="([A-Za-z0-9_-]+)"', page)
    assert key is not None
    assert len(base64.urlsafe_b64decode(key.group(1) + "=")) == 65
    form = {"csrf_token": form_token(member, "/inbox/settings"), **_flat(_subscription())}
    done = member.post("/inbox/settings/push", data=form, headers={"User-Agent": ANDROID_CHROME})
    assert done.status_code == 200  # followed to the settings page
    assert "เปิดการแจ้งเตือนบนเครื่องนี้แล้ว" in done.text
    assert 'id="push-devices"' in done.text
    assert "Chrome / Android" in done.text
    number = re.search(r'name="number" value="(\d+)"', done.text)
    assert number is not None
    removed = member.post(
        "/inbox/settings/push/remove",
        data={"csrf_token": form["csrf_token"], "number": number.group(1)},
    )
    assert "เครื่องนี้จะไม่ได้รับการแจ้งเตือนอีก" in removed.text
    assert _stored(site) == []


def test_the_page_refuses_a_bad_subscription_and_keeps_nothing(site: Site) -> None:
    member = logged_in(TestClient(site.client.app), *PASSWORDS["member"])
    token = form_token(member, "/inbox/settings")
    for bad in _bad()[:5]:
        refused = member.post("/inbox/settings/push", data={"csrf_token": token, **_flat(bad)})
        assert refused.status_code == 422
        assert "ข้อมูลการสมัครรับการแจ้งเตือนของเบราว์เซอร์ใช้ไม่ได้" in refused.text
    assert _stored(site) == []


def test_i_remove_only_my_own_devices(site: Site) -> None:
    member = _token(site.client, "member")
    site.client.post(API, headers=member, json=_subscription())
    shop = _token(site.client, "merchant")
    endpoint = _subscription()["endpoint"]
    refused = site.client.delete(API, headers=shop, params={"endpoint": endpoint})
    assert refused.status_code == 404
    assert _stored(site) == [endpoint]


def test_the_desk_lists_a_persons_devices_and_removes_one(site: Site) -> None:
    member = _token(site.client, "member")
    site.client.post(API, headers=member, json=_subscription())
    url = site.engine.url.render_as_string(hide_password=False)
    phone = PASSWORDS["member"][0]
    shown = RUNNER.invoke(app, ["notify", "devices", phone, "--database-url", url])
    assert shown.exit_code == 0, shown.output
    assert "Chrome / Android" in shown.output
    assert "fcm.googleapis.com" in shown.output
    number = str(site.client.get(API, headers=member).json()[0]["id"])
    removed = RUNNER.invoke(
        app, ["notify", "devices", phone, "--remove", number, "--database-url", url]
    )
    assert removed.exit_code == 0, removed.output
    assert _stored(site) == []
    again = RUNNER.invoke(
        app, ["notify", "devices", phone, "--remove", number, "--database-url", url]
    )
    assert again.exit_code == 1
    assert "no such device" in again.output
