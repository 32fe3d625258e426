"""Helpers for browser tests: where Chromium is, how it starts, and screenshots."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import BrowserContext, Page

CHROMIUM = Path("/usr/bin/chromium")
"""Debian's Chromium (``make system-deps`` installs it); Playwright's own builds are never
downloaded: the machines have no network beyond the package registries."""

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def screenshot(page: Page, name: str) -> Path:
    """Save the whole page as ``test-artifacts/screenshots/<name>-<width>x<height>.png``.

    Every run overwrites the previous run's picture of the same page, so the folder
    always shows what the pages look like now.
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", name):
        raise ValueError(f"screenshot name {name!r}: use lowercase letters, digits, . _ -")
    viewport = page.viewport_size
    size = f"{viewport['width']}x{viewport['height']}" if viewport else "default"
    path = SCREENSHOTS / f"{name}-{size}.png"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=path, full_page=True)
    return path


@dataclass(frozen=True)
class LiveServer:
    url: str
    """``http://127.0.0.1:<port>``, without a trailing slash."""
    database_url: str
    log: Path


@dataclass
class Problems:
    """What the pages of one test did wrong; the test fails at teardown unless all are
    empty (a test that provokes one on purpose checks and clears it)."""

    offsite: list[str] = field(default_factory=list)
    """URLs a page asked for outside the server (blocked): every asset must be vendored."""
    page_errors: list[str] = field(default_factory=list)
    """Uncaught JavaScript errors."""
    policy_violations: list[str] = field(default_factory=list)
    """What the Content-Security-Policy refused (Chromium reports it on the console)."""


NewContext = Callable[[dict[str, int]], BrowserContext]
"""Makes a fresh browser context of a viewport size (``PHONE``, ``DESKTOP``)."""
