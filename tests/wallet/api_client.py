"""A small client for the wallet API tests: log in, call with a key."""

from typing import Any

from fastapi.testclient import TestClient
from httpx import Response

from tests.wallet.conftest import World
from thungngoen.web.app import create_app


class Api:
    def __init__(self, world: World) -> None:
        self.client = TestClient(create_app(world.engine))
        self.world = world

    def login(self, phone: str, password: str) -> dict[str, str]:
        response = self.client.post(
            "/api/v1/auth/login", json={"phone": phone, "password": password}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['token']}"}

    def call(
        self,
        method: str,
        path: str,
        headers: dict[str, str] | None = None,
        key: str | None = None,
        **body: Any,
    ) -> Response:
        headers = dict(headers or {})
        if key:
            headers["Idempotency-Key"] = key
        response: Response = self.client.request(method, path, headers=headers, json=body or None)
        return response
