"""axe-core is vendored for the browser tests only (decision 0038): the app never serves
it, under its own static folder or at the address the tests answer themselves."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.browser.axe import AXE, AXE_PATH
from thungngoen.web.app import create_app

STATIC = Path(__file__).resolve().parents[2] / "src" / "thungngoen" / "web" / "static"


def test_axe_is_vendored_with_its_licence_and_version() -> None:
    folder = AXE.parent
    assert AXE.stat().st_size > 100_000
    assert (folder / "LICENSE").read_text().startswith("Mozilla Public License")
    assert (folder / "README.md").read_text().startswith("# axe-core 4.")
    assert sorted(p.name for p in folder.iterdir()) == ["LICENSE", "README.md", "axe.min.js"]


@pytest.mark.parametrize(
    "path", [AXE_PATH, "/static/vendor/axe-core/axe.min.js", "/static/axe.min.js"]
)
def test_the_app_does_not_serve_axe(engine: Engine, path: str) -> None:
    response = TestClient(create_app(engine)).get(path)
    assert response.status_code == 404
    assert len(response.content) < 20_000  # a "not found" page, not the 650 kB script
    assert not (STATIC / "vendor" / "axe-core").exists()
