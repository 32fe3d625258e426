from fastapi.testclient import TestClient
from sqlalchemy import Engine

from thungngoen.web.app import create_app


def test_health_reports_the_database(engine: Engine) -> None:
    response = TestClient(create_app(engine)).get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": engine.dialect.name}
