"""The till's live status: a Server-Sent Events stream that reports the payment at once."""

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.types import Message, Scope

from tests.wallet.pages.shop.helpers import COFFEE, PADAENG, PADAENG_SHOP, SOMSRI, pay_request
from tests.web.conftest import DemoSite
from tests.web.helpers import member_of, till_request
from thungngoen.clock import utc_now
from thungngoen.wallet import merchant_pay
from thungngoen.wallet.pages.shop import queries


def _request(demo_site: DemoSite, amount: int, minutes_ago: int = 0) -> merchant_pay.PaymentRequest:
    now = utc_now() - timedelta(minutes=minutes_ago)
    return till_request(demo_site.engine, amount, now=now, shop=PADAENG_SHOP)


def _events(client: TestClient, request_id: int) -> list[tuple[str, str]]:
    """The (event, data) pairs of the whole stream (it ends once paid or expired)."""
    with client.stream("GET", f"/shop/requests/{request_id}/events") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        text = "".join(response.iter_text())
    found = []
    for block in text.split("\n\n"):
        lines = block.splitlines()
        names = [line.removeprefix("event: ") for line in lines if line.startswith("event: ")]
        data = "\n".join(line.removeprefix("data: ") for line in lines if line.startswith("data: "))
        if names:
            found.append((names[0], data))
    return found


def test_a_paid_request_streams_paid_with_the_amount(demo_site: DemoSite) -> None:
    request = _request(demo_site, 4_200)
    pay_request(demo_site.engine, request.token, member_of(demo_site.engine, SOMSRI.phone))
    events = _events(demo_site.client(PADAENG), request.id)
    assert [name for name, _ in events] == ["paid"]
    assert "42.00 เหรียญ" in events[0][1]


def test_the_till_hears_of_the_payment_within_two_seconds(
    demo_site: DemoSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = _request(demo_site, 1_500)
    payer, till = member_of(demo_site.engine, SOMSRI.phone), demo_site.client(PADAENG)
    streaming, paid_at = threading.Event(), []
    reads = []
    read_request = queries.till_request

    def counted_read(*arguments: Any) -> queries.TillRequest | None:
        reads.append(1)
        if len(reads) == 2:  # the endpoint's check, then the stream's first read
            streaming.set()
        return read_request(*arguments)

    monkeypatch.setattr(queries, "till_request", counted_read)

    def pay_once_streaming() -> None:
        streaming.wait(timeout=10)
        time.sleep(0.3)
        pay_request(demo_site.engine, request.token, payer)
        paid_at.append(time.monotonic())

    payer_thread = threading.Thread(target=pay_once_streaming)
    payer_thread.start()
    events = _events(till, request.id)
    heard_at = time.monotonic()
    payer_thread.join()
    assert [name for name, _ in events] == ["pending", "paid"]
    assert "15.00 เหรียญ" in events[1][1]
    assert heard_at - paid_at[0] < 2


def test_an_expired_request_streams_expired(demo_site: DemoSite) -> None:
    request = _request(demo_site, 1_000, minutes_ago=16)
    assert [name for name, _ in _events(demo_site.client(PADAENG), request.id)] == ["expired"]


def test_another_merchant_cannot_follow_the_request(demo_site: DemoSite) -> None:
    request = _request(demo_site, 1_000)
    client = demo_site.client(COFFEE)
    assert client.get(f"/shop/requests/{request.id}/events").status_code == 404
    assert client.get(f"/shop/requests/{request.id}").status_code == 404


async def _stream_until_the_browser_leaves(
    demo_site: DemoSite, path: str, session: str, spec_version: str
) -> list[bytes]:
    """Run the endpoint as a server would; the browser leaves after the first event."""
    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": spec_version},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"cookie", f"tn_session={session}".encode())],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    left, asked, chunks = asyncio.Event(), [False], []

    async def receive() -> Message:
        if not asked[0]:
            asked[0] = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await left.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        body = message.get("body", b"")
        assert isinstance(body, bytes)
        chunks.append(body)
        if b"event: pending" in body:
            left.set()

    await asyncio.wait_for(demo_site.app(scope, receive, send), timeout=5)
    return chunks


@pytest.mark.parametrize("spec_version", ["2.3", "2.4"])
def test_the_stream_stops_when_the_browser_leaves(demo_site: DemoSite, spec_version: str) -> None:
    """Whether or not the server tells Starlette of the disconnect (ASGI spec 2.4 does not),
    the stream of a still unpaid request ends as soon as the browser has gone."""
    request = _request(demo_site, 1_000)
    session = demo_site.client(PADAENG).cookies["tn_session"]
    path = f"/shop/requests/{request.id}/events"
    started = time.monotonic()
    # A thread of its own: a browser test earlier in this process may own a running loop.
    with ThreadPoolExecutor(max_workers=1) as thread:
        stream = _stream_until_the_browser_leaves(demo_site, path, session, spec_version)
        chunks = thread.submit(asyncio.run, stream).result()
    assert time.monotonic() - started < 3
    assert any(b"event: pending" in chunk for chunk in chunks)
    assert not any(b"event: paid" in chunk for chunk in chunks)
