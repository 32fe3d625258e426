"""Error pages without stack traces, JSON kept for the API, the vendored assets served."""

import logging

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from thungngoen.web.app import create_app


def _app_with_a_broken_page(engine: Engine) -> TestClient:
    app = create_app(engine)
    broken = APIRouter()

    @broken.get("/broken")
    def broken_page() -> None:
        raise RuntimeError("secret internals")

    @broken.get("/api/v1/broken")
    def broken_api() -> None:
        raise RuntimeError("secret internals")

    app.include_router(broken)
    return TestClient(app, raise_server_exceptions=False)


def test_a_missing_page_is_an_html_404_in_both_languages(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "ไม่พบหน้าที่ต้องการ" in response.text
    client.get("/lang/en")
    assert "Page not found" in client.get("/no-such-page").text


def test_the_api_keeps_json_errors(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    missing = client.get("/api/v1/no-such-route")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    assert missing.json()["error"]["message_th"] == "ไม่พบสิ่งที่ขอ"
    refused = client.post("/api/v1/auth/login", json={"phone": "0800000000", "password": "x"})
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "bad_credentials"


def test_a_crash_shows_the_500_page_and_is_logged(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    client = _app_with_a_broken_page(engine)
    with caplog.at_level(logging.ERROR, logger="thungngoen.web"):
        response = client.get("/broken")
    assert response.status_code == 500
    assert "เกิดข้อผิดพลาด" in response.text
    assert "secret internals" not in response.text
    assert "Traceback" not in response.text
    assert any("secret internals" in str(record.exc_info) for record in caplog.records)
    api = client.get("/api/v1/broken")
    assert api.status_code == 500
    assert api.json()["error"]["code"] == "internal"
    assert "secret internals" not in api.text


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("/static/vendor/htmx.org/htmx.min.js", "text/javascript"),
        ("/static/vendor/sarabun/sarabun-thai-400-normal.woff2", "font/woff2"),
        ("/static/vendor/sarabun/sarabun-latin-600-normal.woff2", "font/woff2"),
        ("/static/vendor/jsqr/jsQR.js", "text/javascript"),
        ("/static/app.css", "text/css"),
        ("/static/icons/icon-192.png", "image/png"),
        ("/manifest.webmanifest", "application/manifest+json"),
        ("/sw.js", "text/javascript"),
    ],
)
def test_assets_are_served_from_the_app(engine: Engine, path: str, media_type: str) -> None:
    response = TestClient(create_app(engine)).get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert len(response.content) > 100


def test_the_layout_loads_only_local_assets(engine: Engine) -> None:
    page = TestClient(create_app(engine)).get("/login").text
    assert 'src="/static/vendor/htmx.org/htmx.min.js"' in page
    assert "http://" not in page
    assert "https://" not in page
