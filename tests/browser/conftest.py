"""Browser tests: the real app, served by uvicorn in its own process on a fresh SQLite file
with the demo data, driven by Debian's Chromium through Playwright.

Each pytest process (each xdist worker) that runs a browser test starts one server and one
browser for its session; every test gets a new browser context (fresh cookies and
storage). Requests that leave the server's origin are blocked and fail the test: every
asset must be vendored.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    Route,
    sync_playwright,
)
from playwright.sync_api import Request as BrowserRequest

from tests.browser.camera import Camera
from tests.browser.support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    PHONE,
    LiveServer,
    NewContext,
    Problems,
)

STARTUP_SECONDS = 30.0


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "thungngoen.cli.main", *args]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_healthy(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited ({process.returncode}):\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server did not answer in {STARTUP_SECONDS} s:\n{log.read_text()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app as ``make run`` serves it (``db upgrade``, ``demo``, ``savings demo``,
    ``data demo``, ``serve``), on its own SQLite file; the demo logins are in
    ``thungngoen.wallet.demo``, ``thungngoen.savings.demo_data`` and
    ``thungngoen.community.demo_data``."""
    directory = tmp_path_factory.mktemp("live-server")
    database_url = f"sqlite:///{directory / 'thungngoen.db'}"
    # The test session's environment (cheap Argon2 settings) goes to the server too.
    env = {**os.environ, "THUNGNGOEN_DATABASE_URL": database_url}
    for command in (("db", "upgrade"), ("demo",), ("savings", "demo"), ("data", "demo")):
        done = subprocess.run(
            _cli(*command, "--database-url", database_url), env=env, capture_output=True
        )
        if done.returncode != 0:
            raise RuntimeError(f"thungngoen {' '.join(command)} failed:\n{done.stderr.decode()}")
    log = directory / "server.log"
    for _attempt in range(3):  # another process may take the free port before we bind it
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        with log.open("wb") as output:
            process = subprocess.Popen(
                _cli(
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--database-url",
                    database_url,
                    "--no-access-log",
                ),
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        try:
            _wait_until_healthy(process, url, log)
        except RuntimeError:
            _stop(process)
            if "address already in use" in log.read_text().lower():
                continue
            raise
        break
    else:
        raise RuntimeError(f"no free port for the server:\n{log.read_text()}")
    try:
        yield LiveServer(url=url, database_url=database_url, log=log)
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def camera(tmp_path_factory: pytest.TempPathFactory) -> Camera:
    """What the browser's fake camera films: ``camera.show(text)`` puts a QR of ``text``
    in front of it (read afresh each time a page opens the camera)."""
    return Camera(tmp_path_factory.mktemp("camera") / "camera.y4m")


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright, camera: Camera) -> Iterator[Browser]:
    """One Chromium per test session. Playwright gives it a fresh temporary profile
    (user-data-dir) and removes it when the browser closes. Its camera is ``camera``."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make system-deps` installs Debian's chromium")
    camera.show("nothing to scan yet")
    browser = playwright_driver.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=[*CHROMIUM_ARGS, *camera.chromium_args()]
    )
    yield browser
    browser.close()


@pytest.fixture
def problems() -> Problems:
    return Problems()


@pytest.fixture
def new_context(
    browser: Browser, live_server: LiveServer, problems: Problems
) -> Iterator[NewContext]:
    """Make a fresh browser context of a viewport size (``PHONE``, ``DESKTOP``) whose
    relative URLs go to the live server, in Thai and Bangkok time."""
    contexts: list[BrowserContext] = []
    origin = live_server.url

    def guard(route: Route, request: BrowserRequest) -> None:
        if request.url == origin or request.url.startswith(f"{origin}/"):
            route.continue_()
        else:
            problems.offsite.append(request.url)
            route.abort("blockedbyclient")

    def refused_by_policy(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            problems.policy_violations.append(
                f"{message.page.url if message.page else ''}: {message.text}"
            )

    def watch(page: Page) -> None:
        page.on("pageerror", lambda error: problems.page_errors.append(str(error)))
        page.on("console", refused_by_policy)

    def make(viewport: dict[str, int]) -> BrowserContext:
        context = browser.new_context(
            base_url=origin,
            viewport={"width": viewport["width"], "height": viewport["height"]},
            locale="th-TH",
            timezone_id="Asia/Bangkok",
        )
        context.set_default_timeout(10_000)
        context.route("**/*", guard)
        context.on("page", watch)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    assert not problems.offsite, f"pages reached outside the server: {problems.offsite}"
    assert not problems.page_errors, f"uncaught JavaScript errors: {problems.page_errors}"
    assert not problems.policy_violations, f"refused by the CSP: {problems.policy_violations}"


@pytest.fixture
def page(new_context: NewContext) -> Page:
    """A phone-sized page (360 x 740) in a new context."""
    return new_context(PHONE).new_page()


@pytest.fixture
def desktop_page(new_context: NewContext) -> Page:
    """A desktop-sized page (1280 x 800) in a new context."""
    return new_context(DESKTOP).new_page()
