"""The circulation pages in a real browser: the public dashboard draws its three trend
charts with the vendored Chart.js (no JavaScript error, nothing fetched off the server:
the fixtures check both) and fits a phone; the operator reads the full report.
Screenshots: the dashboard and the report."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import capture, log_in, satang_of
from thungngoen.demo import OPERATOR

pytestmark = pytest.mark.browser


def test_the_public_dashboard_draws_its_charts(page: Page) -> None:
    page.goto("/login")
    page.locator("#circulation-link").click()
    expect(page).to_have_url("/circulation")
    expect(page.locator("h1")).to_have_text("เงินหมุนเวียนในสงขลา")
    for chart in ("supply", "velocity", "lm3"):
        canvas = page.locator(f"#chart-{chart}")
        expect(canvas).to_have_attribute("data-drawn", "true")
        box = canvas.bounding_box()
        assert box is not None
        assert box["width"] > 200
        assert box["height"] > 100
    assert page.evaluate("typeof Chart") == "function"
    capture(page, "circulation-dashboard")


def test_the_operator_reads_the_report(page: Page) -> None:
    log_in(page, OPERATOR)
    page.goto("/console")
    page.locator("nav a[href='/console/circulation']").first.click()
    expect(page.locator("h1")).to_have_text("การหมุนเวียนของเงิน")
    assert satang_of(page.locator("#report-spend")) > 0
    capture(page, "circulation-console")
