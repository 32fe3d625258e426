"""Every refusal of the JSON API has one shape, in Thai and English, and every operation
documents the statuses it may refuse with (issue 12, finding 1: undocumented codes)."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from thungngoen.web.api_errors import API_ERROR_STATUSES
from thungngoen.web.app import create_app


@pytest.fixture
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine))


def _error(response_json: dict[str, Any]) -> dict[str, Any]:
    error: dict[str, Any] = response_json["error"]
    assert error["message"]
    assert error["message_th"]
    assert error["message"] != error["message_th"]
    return error


def test_framework_refusals_come_in_the_api_s_shape(client: TestClient) -> None:
    missing = client.get("/api/v1/no-such-route")
    unreadable = client.post(
        "/api/v1/auth/login", content=b"[+\xff", headers={"content-type": "application/json"}
    )
    off_model = client.post("/api/v1/auth/login", json={"phone": 812345678})
    assert (missing.status_code, _error(missing.json())["code"]) == (404, "not_found")
    assert (unreadable.status_code, _error(unreadable.json())["code"]) == (400, "malformed_request")
    error = _error(off_model.json())
    assert (off_model.status_code, error["code"]) == (422, "invalid_request")
    assert {"field": "body.phone", "problem": "Input should be a valid string"} in error["fields"]


def test_a_refusal_by_an_operation_carries_its_thai_text(client: TestClient) -> None:
    refused = client.post("/api/v1/auth/login", json={"phone": "0800000000", "password": "x"})
    assert refused.status_code == 401
    assert _error(refused.json())["message_th"] == "หมายเลขโทรศัพท์หรือรหัสผ่านไม่ถูกต้อง"


def test_a_wrong_method_names_every_method_the_address_takes(client: TestClient) -> None:
    for path, methods in (
        ("/api/v1/programs", "GET, POST"),
        ("/api/v1/savings/groups", "GET, POST"),
    ):
        response = client.options(path)
        assert response.status_code == 405
        assert response.headers["allow"] == methods
        assert _error(response.json())["code"] == "method_not_allowed"


def test_every_operation_documents_its_refusals_and_their_shape(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    operations = [
        operation
        for path, methods in spec["paths"].items()
        if path.startswith("/api/")
        for operation in methods.values()
    ]
    assert len(operations) > 70
    envelope = {"$ref": "#/components/schemas/ErrorEnvelope"}
    for operation in operations:
        responses = operation["responses"]
        for status in API_ERROR_STATUSES:
            assert str(status) in responses, (operation["operationId"], status)
        assert responses["422"]["content"]["application/json"]["schema"] == envelope
