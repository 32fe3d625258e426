"""Shared by the session tests: clients of their own, API log-ins, a moment later."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS, Site, logged_in
from thungngoen.clock import simulated_time
from thungngoen.web.app import create_app

HOMES = {"member": "/wallet", "agent": "/agent", "operator": "/console"}


def browser(site: Site, role: str) -> TestClient:
    """A browser of its own, logged in through the log-in page as ``role``."""
    return logged_in(TestClient(create_app(site.engine)), *PASSWORDS[role])


def api_token(site: Site, role: str, **extra: object) -> str:
    phone, password = PASSWORDS[role]
    client = TestClient(create_app(site.engine))
    response = client.post(
        "/api/v1/auth/login", json={"phone": phone, "password": password, **extra}
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def serves(client: TestClient, path: str) -> bool:
    """Whether the page opens (else the browser is sent to log in)."""
    response = client.get(path, follow_redirects=False)
    status: int = response.status_code
    assert status in (200, 303), response.text
    return status == 200


def with_cookie(site: Site, session: str) -> TestClient:
    return TestClient(create_app(site.engine), cookies={"tn_session": session})


@contextmanager
def later(start: datetime, **delta: float) -> Iterator[None]:
    with simulated_time(start + timedelta(**delta)):
        yield


def now() -> datetime:
    return datetime.now(UTC)
