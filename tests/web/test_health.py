"""``/api/v1/health`` says "ok" only when the database takes a write, and a database that
cannot is a retryable 503, never a 500 (issue 12, finding 15)."""

from pathlib import Path

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from tests import databases
from thungngoen.db import read_transaction
from thungngoen.db.health import health_checks
from thungngoen.db.writer import detach_writer
from thungngoen.web.app import create_app


def test_health_writes_its_row(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    for _ in range(2):
        response = client.get("/api/v1/health")
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "ok"
    with read_transaction(engine) as connection:
        rows = connection.execute(select(health_checks)).all()
    assert [row.id for row in rows] == [1]


def test_a_database_that_takes_no_write_is_unavailable_not_ok(
    sqlite_template: Path, tmp_path: Path
) -> None:
    path = make_url(databases.fresh_sqlite_url(sqlite_template, tmp_path)).database
    read_only = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        response = TestClient(create_app(read_only)).get("/api/v1/health")
    finally:
        detach_writer(read_only)
        read_only.dispose()
    assert response.status_code == 503, response.text
    assert response.headers["retry-after"] == "5"
    assert response.json()["error"]["code"] == "unavailable"
    assert response.json()["error"]["message_th"]


@pytest.mark.parametrize(("path", "kind"), [("/api/v1/broken-db", "json"), ("/broken-db", "html")])
def test_a_failing_database_is_a_503_with_retry_after(engine: Engine, path: str, kind: str) -> None:
    app = create_app(engine)
    router = APIRouter()

    @router.get(path)
    def broken() -> None:
        raise OperationalError("SELECT 1", {}, Exception("database or disk is full"))

    app.include_router(router)
    response = TestClient(app).get(path)
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"
    assert kind in response.headers["content-type"]
