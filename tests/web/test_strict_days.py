"""A day or a month in a query is ISO and within 2000–2100 (issue 12, findings 1 and 2):
``as_of=0`` is not 1970-01-01 and year 1 or 9999 is a 422, not a 500."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction
from thungngoen.web.app import create_app


@pytest.fixture
def operator(engine: Engine) -> tuple[TestClient, dict[str, str]]:
    write_transaction(
        engine,
        lambda c: create_user(
            c, phone="0800000008", name="SK", role="operator", password="secret-pass", actor="t"
        ),
    )
    client = TestClient(create_app(engine))
    login = client.post(
        "/api/v1/auth/login", json={"phone": "0800000008", "password": "secret-pass"}
    )
    return client, {"Authorization": f"Bearer {login.json()['token']}"}


@pytest.mark.parametrize(
    ("as_of", "status"),
    [("0", 422), ("0001-01-01", 422), ("9999-12-31", 422), ("2026-1-5", 422), ("2026-01-05", 200)],
)
def test_a_day_in_a_query_is_iso_and_sane(
    operator: tuple[TestClient, dict[str, str]], as_of: str, status: int
) -> None:
    client, token = operator
    response = client.get(f"/api/v1/savings/federation?as_of={as_of}", headers=token)
    assert response.status_code == status, response.text


@pytest.mark.parametrize(
    ("first", "last", "status"),
    [("0001-01", "9999-12", 422), ("2026-13", "2026-12", 422), ("2026-01", "2026-03", 200)],
)
def test_a_month_in_a_query_is_within_the_platform_s_years(
    engine: Engine, first: str, last: str, status: int
) -> None:
    response = TestClient(create_app(engine)).get(
        f"/api/v1/circulation/summary?from={first}&to={last}"
    )
    assert response.status_code == status, response.text
