"""LINE, end to end against a local server speaking the Messaging API: a person links
their LINE by sending the app's code to the account (the webhook checks LINE's signature
and refuses anything else), notifications are pushed to them, a push whose answer was
lost is retried with the same retry key and arrives once, a refused push is dead at once,
and blocking the account stops the pushes."""

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from tests.communication.line_peer import TOKEN, LinePeer, line_server
from tests.web.conftest import PASSWORDS, Site
from thungngoen.clock import simulated_time
from thungngoen.communication import run_round
from thungngoen.communication.api.line_webhook import LINKED, NOT_A_CODE
from thungngoen.communication.channels import LineChannel
from thungngoen.communication.tables import addresses, deliveries
from thungngoen.config import get_settings
from thungngoen.db import read_transaction

SECRET = "test-channel-secret"
LINE_USER = "U4af4980629a1b2c3d4e5f6a7b8c9d0e1"
NOON = datetime(2026, 12, 5, 5, 0, tzinfo=UTC)


@pytest.fixture
def line(monkeypatch: pytest.MonkeyPatch) -> Iterator[LinePeer]:
    with line_server() as peer:
        monkeypatch.setenv("THUNGNGOEN_LINE_CHANNEL_TOKEN", TOKEN)
        monkeypatch.setenv("THUNGNGOEN_LINE_CHANNEL_SECRET", SECRET)
        monkeypatch.setenv("THUNGNGOEN_LINE_API", peer.url)
        get_settings.cache_clear()
        yield peer
    get_settings.cache_clear()


def _signed(events: list[dict[str, Any]], secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"destination": "Ubot", "events": events}).encode()
    signature = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest())
    return body, {"x-line-signature": signature.decode(), "Content-Type": "application/json"}


def _text(text: str) -> dict[str, Any]:
    return {
        "type": "message",
        "replyToken": "r-" + text[:8],
        "source": {"type": "user", "userId": LINE_USER},
        "message": {"type": "text", "id": "1", "text": text},
    }


def _member_token(client: TestClient) -> dict[str, str]:
    phone, password = PASSWORDS["member"]
    answer = client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _line_address(engine: Engine) -> list[str]:
    with read_transaction(engine) as connection:
        query = select(addresses.c.address).where(addresses.c.channel == "line")
        return list(connection.execute(query).scalars())


def _link(site: Site) -> None:
    member = _member_token(site.client)
    code = site.client.post("/api/v1/me/notification-preferences/line-code", headers=member)
    assert code.status_code == 201, code.text
    body, headers = _signed([_text(f"รหัส {code.json()['code']}")])
    answer = site.client.post("/api/v1/line/webhook", content=body, headers=headers)
    assert answer.json() == {"events": 1}


def test_sending_the_apps_code_links_line_and_is_answered(site: Site, line: LinePeer) -> None:
    _link(site)
    assert _line_address(site.engine) == [LINE_USER]
    assert line.replies[-1]["messages"][0]["text"] == LINKED
    assert line.problems == []


def test_a_wrong_or_used_code_links_nothing(site: Site, line: LinePeer) -> None:
    body, headers = _signed([_text("12345678")])
    site.client.post("/api/v1/line/webhook", content=body, headers=headers)
    assert _line_address(site.engine) == []
    assert line.replies[-1]["messages"][0]["text"] == NOT_A_CODE


@pytest.mark.parametrize("bad", ["", "c2lnbmF0dXJl", "other-secret"])
def test_a_bad_signature_is_refused_and_reads_nothing(site: Site, line: LinePeer, bad: str) -> None:
    member = _member_token(site.client)
    code = site.client.post("/api/v1/me/notification-preferences/line-code", headers=member)
    body, headers = _signed([_text(code.json()["code"])], secret=bad or SECRET)
    if bad != "other-secret":
        headers["x-line-signature"] = bad
    refused = site.client.post("/api/v1/line/webhook", content=body, headers=headers)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "line_bad_signature"
    assert _line_address(site.engine) == []
    assert line.replies == []


def test_notifications_are_pushed_once_even_when_an_answer_is_lost(
    site: Site, line: LinePeer
) -> None:
    _link(site)
    channel = LineChannel(TOKEN, line.url)
    line.lose_answer = True
    with simulated_time(NOON):
        assert run_round(site.engine, [channel], "https://example.org") == 1
    assert _statuses(site.engine) == [("queued", 1)]
    with simulated_time(NOON.replace(minute=1)):
        assert run_round(site.engine, [channel], "https://example.org") == 1
    assert _statuses(site.engine) == [("sent", 2)]
    [push] = line.pushed
    assert push["to"] == LINE_USER
    assert push["messages"][0]["text"].startswith("มีการเข้าสู่ระบบ\n")
    assert line.problems == []


def test_a_refused_push_is_dead_at_once(site: Site, line: LinePeer) -> None:
    _link(site)
    line.next_status.append(400)
    with simulated_time(NOON):
        run_round(site.engine, [LineChannel(TOKEN, line.url)], "https://example.org")
    assert _statuses(site.engine) == [("dead", 1)]


def test_blocking_the_account_stops_the_pushes(site: Site, line: LinePeer) -> None:
    _link(site)
    unfollow = {"type": "unfollow", "source": {"type": "user", "userId": LINE_USER}}
    body, headers = _signed([unfollow])
    site.client.post("/api/v1/line/webhook", content=body, headers=headers)
    assert _line_address(site.engine) == []


def _statuses(engine: Engine) -> list[tuple[str, int]]:
    with read_transaction(engine) as connection:
        query = select(deliveries.c.status, deliveries.c.attempts).order_by(deliveries.c.id)
        return [(row.status, row.attempts) for row in connection.execute(query)]
