"""Every response carries the security headers (issue 12, finding 10); the browser tests
check that the pages satisfy the Content-Security-Policy."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from thungngoen.web.app import create_app


@pytest.mark.parametrize("path", ["/login", "/circulation", "/api/v1/health", "/nowhere"])
def test_pages_and_api_answers_are_not_framed_sniffed_or_stored(engine: Engine, path: str) -> None:
    response = TestClient(create_app(engine)).get(path)
    if response.headers["content-type"].startswith("text/html"):
        policy = response.headers["content-security-policy"]
        assert "script-src 'self';" in policy
        assert "'unsafe-inline'" not in policy
        assert "frame-ancestors 'none'" in policy
    else:
        assert "content-security-policy" not in response.headers
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    assert response.headers["cache-control"] == "no-store"


def test_static_files_stay_cacheable_and_a_page_s_own_choice_is_kept(engine: Engine) -> None:
    client = TestClient(create_app(engine))
    asset = client.get("/static/app.css")
    assert asset.status_code == 200
    assert asset.headers.get("cache-control") != "no-store"
    assert asset.headers["x-content-type-options"] == "nosniff"
    worker = client.get("/sw.js")
    assert worker.headers["cache-control"] == "no-cache"


def test_only_the_api_explorer_may_run_its_inline_script(engine: Engine) -> None:
    policy = TestClient(create_app(engine)).get("/api/docs").headers["content-security-policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'none'" in policy
