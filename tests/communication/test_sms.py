"""SMS against a local gateway speaking the adapter's contract: the person's phone gets
the title and body in at most three Thai segments with the delivery's reference; a bad
number is refused at the settings; a gateway error is retried."""

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import select

from tests.wallet.conftest import World
from thungngoen.clock import simulated_time, utc_now
from thungngoen.communication import run_round
from thungngoen.communication.channels import SmsChannel
from thungngoen.communication.channels.base import Outgoing
from thungngoen.communication.channels.sms import MAX_SEGMENTS, SEGMENT, sms_text
from thungngoen.communication.errors import BadAddress
from thungngoen.communication.preferences import set_address
from thungngoen.communication.tables import deliveries
from thungngoen.db import read_transaction, write_transaction

KEY = "gateway-key"
NOON = datetime(2026, 12, 5, 5, 0, tzinfo=UTC)


@pytest.fixture
def gateway() -> Iterator[tuple[str, list[dict[str, Any]], list[int]]]:
    received: list[dict[str, Any]] = []
    failures: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            ok = self.path == "/messages" and self.headers["Authorization"] == f"Bearer {KEY}"
            status = failures.pop(0) if failures else (201 if ok else 401)
            if status == 201:
                received.append(body)
            payload = json.dumps({"id": f"m{len(received)}"}).encode()
            self.send_response(status)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", received, failures
    server.shutdown()
    server.server_close()


def test_a_top_up_reaches_a_phone_by_sms(
    funded: World, gateway: tuple[str, list[dict[str, Any]], list[int]]
) -> None:
    url, received, failures = gateway
    write_transaction(
        funded.engine,
        lambda c: set_address(c, funded.somsri.user_id, "sms", "+66 81 234 5678", utc_now()),
    )
    failures.append(503)
    channel = SmsChannel(url, KEY, per_second=100)
    with simulated_time(NOON):
        run_round(funded.engine, [channel], "https://example.org")
    assert received == []
    with simulated_time(NOON.replace(minute=1)):
        run_round(funded.engine, [channel], "https://example.org")
    [sms] = received
    assert sms["to"] == "0812345678"
    assert sms["text"].startswith("เติมเหรียญแล้ว 200.00 เหรียญ: ได้รับ 200.00 เหรียญ")
    assert sms["reference"].startswith("thungngoen-delivery-")
    with read_transaction(funded.engine) as connection:
        assert connection.execute(select(deliveries.c.status)).scalar_one() == "sent"


def test_a_bad_number_is_refused_at_the_settings(funded: World) -> None:
    with pytest.raises(BadAddress):
        write_transaction(
            funded.engine,
            lambda c: set_address(c, funded.somsri.user_id, "sms", "12345", utc_now()),
        )


def test_a_long_message_is_cut_to_three_segments() -> None:
    message = Outgoing(1, "0812345678", "หัวเรื่อง", "ก" * 400, "https://x.org/a", "th", "k", "")
    text = sms_text(message)
    assert len(text) == SEGMENT * MAX_SEGMENTS
    assert text.endswith("…")
    assert "https://" not in text
