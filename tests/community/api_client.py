"""A client of the community-data API logged in as each login of ``helpers.World``."""

from typing import Any

from fastapi.testclient import TestClient
from httpx import Response

from tests.community.helpers import PASSWORD, World
from thungngoen.web.app import create_app


class Api:
    def __init__(self, world: World) -> None:
        self.client = TestClient(create_app(world.engine))
        self.tokens: dict[str, dict[str, str]] = {}
        for name, user in world.users.items():
            login = {"phone": user.phone, "password": PASSWORD}
            answer = self.client.post("/api/v1/auth/login", json=login)
            assert answer.status_code == 200, answer.text
            self.tokens[name] = {"Authorization": f"Bearer {answer.json()['token']}"}

    def call(self, method: str, path: str, who: str | None, **body: Any) -> Response:
        headers = self.tokens[who] if who else {}
        response: Response = self.client.request(
            method, f"/api/v1/data{path}", headers=headers, json=body or None
        )
        return response


def error_of(response: Response) -> dict[str, Any]:
    error: dict[str, Any] = response.json()["error"]
    assert error["message"].isascii(), "English"
    assert any("\u0e00" <= char <= "\u0e7f" for char in error["message_th"]), "and Thai"
    return error
