"""A small client for the wallet API tests: log in, call with a key."""

from typing import Any

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Connection

from tests.wallet.conftest import World
from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction
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


OPERATOR, AUDITOR = ("0800000000", "operator-pass"), ("0800000009", "auditor-pass")


def with_staff(world: World) -> Api:
    """An API client on ``world`` with an operator and an auditor to log in as."""

    def staff(connection: Connection) -> None:
        for (phone, password), role in ((OPERATOR, "operator"), (AUDITOR, "auditor")):
            create_user(
                connection, phone=phone, name=role, role=role, password=password, actor="test"
            )

    write_transaction(world.engine, staff)
    return Api(world)


def error_of(response: Response, status: int) -> dict[str, Any]:
    """The error of a refusal, after checking its status."""
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    return error
