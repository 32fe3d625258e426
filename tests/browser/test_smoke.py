"""The stack in a real browser: the served app, Debian's Chromium, screenshots."""

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.server_db import coin_balance
from tests.browser.support import LiveServer, Problems, screenshot
from thungngoen.wallet.demo import MEMBERS

pytestmark = pytest.mark.browser

SOMSRI = MEMBERS[0]
# The wallet demo: 500 baht cash top-up, 85 + 35 baht at two shops, 20 baht to a
# neighbour; the savings demo may then pay her a loan in coin.
WALLET_DEMO_BALANCE = 50_000 - 8_500 - 3_500 - 2_000


def test_health_and_reserve_render_in_the_browser(page: Page) -> None:
    health = page.goto("/api/v1/health")
    assert health is not None
    assert health.status == 200
    assert health.json() == {"status": "ok", "database": "sqlite"}
    expect(page.locator("body")).to_contain_text('"status":"ok"')
    screenshot(page, "api-health")

    reserve = page.goto("/api/v1/reserve")
    assert reserve is not None
    # Other browser tests of this server move coin (top-ups, redemptions): the figures
    # change, the balance between them does not.
    figures = reserve.json()
    assert figures["balanced"] is True
    assert figures["coin_outstanding_satang"] == figures["baht_backing_satang"] > 0
    expect(page.locator("body")).to_contain_text('"balanced":true')
    screenshot(page, "api-reserve")


def test_desktop_page_has_the_desktop_viewport(desktop_page: Page) -> None:
    desktop_page.goto("/api/v1/reserve")
    assert desktop_page.evaluate("window.innerWidth") == 1280
    expect(desktop_page.locator("body")).to_contain_text('"balanced":true')
    screenshot(desktop_page, "api-reserve")


def test_demo_member_logs_in_and_reads_her_wallet(page: Page, live_server: LiveServer) -> None:
    balance = coin_balance(live_server, SOMSRI.phone)
    assert balance >= WALLET_DEMO_BALANCE
    # Playwright's request context shares the page's cookies and base URL.
    unauthorised = page.request.get("/api/v1/me/wallet")
    assert unauthorised.status == 401

    login = page.request.post(
        "/api/v1/auth/login", data={"phone": SOMSRI.phone, "password": SOMSRI.password}
    )
    assert login.ok, login.text()
    body = login.json()
    assert (body["name"], body["role"]) == (SOMSRI.name, "member")

    bearer = {"Authorization": f"Bearer {body['token']}"}
    wallet = page.request.get("/api/v1/me/wallet", headers=bearer)
    assert wallet.ok, wallet.text()
    assert wallet.json()["name"] == SOMSRI.name
    assert wallet.json()["balance_satang"] == balance

    # The same from the page's own JavaScript: fetch() inside Chromium's renderer.
    page.goto("/api/v1/health")
    from_page: dict[str, Any] = page.evaluate(
        """async ([phone, password]) => {
            const login = await fetch("/api/v1/auth/login", {
                method: "POST",
                headers: {"Content-Type": "application/json"},
                body: JSON.stringify({phone, password}),
            });
            const {token} = await login.json();
            const wallet = await fetch("/api/v1/me/wallet", {
                headers: {Authorization: `Bearer ${token}`},
            });
            return {status: wallet.status, wallet: await wallet.json()};
        }""",
        [SOMSRI.phone, SOMSRI.password],
    )
    assert from_page["status"] == 200
    assert from_page["wallet"]["balance_satang"] == balance

    # And as a page, with the token as a header on the browser's own navigation.
    page.set_extra_http_headers(bearer)
    page.goto("/api/v1/me/wallet")
    expect(page.locator("body")).to_contain_text(SOMSRI.name)
    expect(page.locator("body")).to_contain_text(f'"balance_satang":{balance}')
    screenshot(page, "api-me-wallet")


def test_offsite_requests_and_script_errors_are_caught(page: Page, problems: Problems) -> None:
    """The guard every page test has: nothing loads from another host, no script throws."""
    page.goto("/api/v1/health")
    failure = page.evaluate(
        """async () => {
            try { await fetch("https://cdn.example.invalid/x.js"); return null; }
            catch (error) { return String(error); }
        }"""
    )
    assert failure is not None
    with page.expect_event("pageerror"):
        page.evaluate("setTimeout(() => { throw new Error('boom from the page'); })")
    assert problems.offsite == ["https://cdn.example.invalid/x.js"]
    assert len(problems.page_errors) == 1
    assert "boom from the page" in problems.page_errors[0]
    problems.offsite.clear()
    problems.page_errors.clear()


def test_the_api_explorer_works_offline(desktop_page: Page) -> None:
    """Swagger UI comes from the vendored copy (the offsite guard fails any CDN request)."""
    desktop_page.goto("/api/docs")
    expect(desktop_page.locator(".swagger-ui .info .title")).to_contain_text("Thung Ngoen")
    expect(desktop_page.get_by_text("/api/v1/payments/p2p").first).to_be_visible()
    screenshot(desktop_page, "api-docs")
