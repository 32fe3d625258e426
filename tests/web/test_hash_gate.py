"""Concurrent password hashing is bounded (issue 12, finding 8): however many log-ins
arrive at once, at most the gate's limit hash at a time, a few wait, the rest are refused
at once with 503 and Retry-After; other endpoints stay served meanwhile. Counted by an
instrumented hasher, not timed."""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from tests.web.conftest import PASSWORDS, Site, form_token
from thungngoen.auth import hashing
from thungngoen.auth.hash_gate import HashGate
from thungngoen.web.app import create_app

LOGINS, LIMIT, QUEUE = 12, 2, 3


class HeldHasher:
    """Verifies nothing until released, and counts how many verify at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.running = self.most = 0
        self._lock = threading.Lock()

    def verify(self, stored: str, password: str) -> bool:
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
        self.release.wait(timeout=30)
        with self._lock:
            self.running -= 1
        return True

    def hash(self, password: str) -> str:
        return "unused"


async def _until(condition: Any) -> None:
    for _ in range(1000):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the logins never reached the gate")


async def _storm(site: Site, hasher: HeldHasher, gate: HashGate) -> list[httpx.Response]:
    transport = httpx.ASGITransport(app=create_app(site.engine))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        phone, password = PASSWORDS["member"]
        body = {"phone": phone, "password": password}
        logins = [
            asyncio.create_task(client.post("/api/v1/auth/login", json=body)) for _ in range(LOGINS)
        ]
        await _until(lambda: gate.active == LIMIT and gate.waiting == QUEUE)
        await _until(lambda: sum(task.done() for task in logins) == LOGINS - LIMIT - QUEUE)
        health = await client.get("/api/v1/health")
        assert health.status_code == 200  # served while the hashes are held
        hasher.release.set()
        return list(await asyncio.gather(*logins))


def test_concurrent_logins_never_hash_past_the_bound(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    hasher, gate = HeldHasher(), HashGate(LIMIT, QUEUE, wait_seconds=30)
    monkeypatch.setattr(hashing, "_hasher", lambda: hasher)
    monkeypatch.setattr(hashing, "gate", lambda: gate)
    with ThreadPoolExecutor(1) as own_loop:  # a browser test may hold this thread's loop
        responses = own_loop.submit(asyncio.run, _storm(site, hasher, gate)).result()
    assert hasher.most == LIMIT
    assert gate.peak == LIMIT
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [200] * (LIMIT + QUEUE) + [503] * (LOGINS - LIMIT - QUEUE)
    busy = next(response for response in responses if response.status_code == 503)
    assert busy.headers["Retry-After"] == "2"
    assert busy.json()["error"]["code"] == "password_checks_busy"
    assert "กรุณาลองใหม่" in busy.json()["error"]["message_th"]


def test_a_full_gate_refuses_the_log_in_page_with_503_in_thai(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = HashGate(1, 0, wait_seconds=0)
    monkeypatch.setattr(hashing, "gate", lambda: full)
    phone, password = PASSWORDS["member"]
    data = {"phone": phone, "password": password, "csrf_token": form_token(site.client, "/login")}
    with full.slot():  # someone is hashing, and no one may wait
        response = site.client.post("/login", data=data, follow_redirects=False)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "2"
    assert "มีผู้เข้าสู่ระบบพร้อมกันจำนวนมาก" in response.text
    assert "tn_session" not in site.client.cookies
