"""What a request may bring is bounded before any route reads it (issue 12, findings 1
and 12): no NUL character anywhere, no oversized body; refusals change nothing."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from thungngoen.auth.tables import users
from thungngoen.db import read_transaction
from thungngoen.web.app import create_app
from thungngoen.web.request_limits import MAX_FORM_BYTES, MAX_UPLOAD_BODY_BYTES

SIGN_UP = {
    "phone": "0891112233",
    "name": "มานี มีตา",
    "password": "manee-pass",
    "tambon_code": "900101",
    "community": "ชุมชนบ่อยาง",
}


def _users(engine: Engine) -> int:
    with read_transaction(engine) as connection:
        return int(connection.execute(select(func.count()).select_from(users)).scalar_one())


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ({"name": "มานี\u0000มีตา"}, 422, "nul_character"),
        ({"community": "x" * 2_000_000}, 413, "request_too_large"),
        ({"name": "ม" * (MAX_FORM_BYTES // 3 + 10)}, 413, "request_too_large"),
    ],
)
def test_a_nul_or_an_oversized_body_is_refused_and_creates_no_one(
    engine: Engine, change: dict[str, Any], status: int, code: str
) -> None:
    client = TestClient(create_app(engine))
    before = _users(engine)
    response = client.post("/api/v1/members", json=SIGN_UP | change)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message_th"]
    assert _users(engine) == before


def test_a_nul_in_a_query_or_a_form_is_refused(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    assert client.get("/api/v1/circulation/summary?area=%00").status_code == 422
    form = client.post("/login", data={"phone": "0812345678\x00", "password": "x"})
    assert form.status_code == 422
    assert form.json()["error"]["code"] == "nul_character"


def test_an_upload_past_its_bound_is_refused_before_it_is_read(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    big = b"x" * (MAX_UPLOAD_BODY_BYTES + 1)
    response = client.post(
        "/api/v1/operator/bank-statements", content=big, headers={"content-type": "text/csv"}
    )
    assert response.status_code == 413


def test_a_plain_sign_up_still_passes(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    before = _users(engine)
    assert client.post("/api/v1/members", json=SIGN_UP).status_code == 201
    assert _users(engine) == before + 1
