"""The circulation pages in a real browser: the public dashboard draws its three trend
charts with the vendored Chart.js (no JavaScript error, nothing fetched off the server:
the fixtures check both) and fits a phone, its flow matrix scrolling inside its own box,
and filters by program; the operator reads the full report.
Screenshots: the dashboard, its flows and a program, and the report."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.circulation_flows import (
    HAT_YAI,
    KHAO_RUP_CHANG,
    KRASAE_SIN,
    OLD_TOWN,
    PURCHASE,
    SUPPLY,
    seed_flows,
)
from tests.browser.pages import assert_fits_phone, capture, log_in, satang_of, submit
from tests.browser.support import LiveServer
from thungngoen.wallet.demo import OPERATOR

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
    expect(page.locator("#current-partial")).to_contain_text("เดือนนี้ยังไม่ครบเดือน — ถึงวันที่")
    page.locator("#meaning-lm3 summary").click()
    expect(page.locator("#meaning-lm3 p")).to_contain_text("รวมกันเป็นรอบที่ 1")
    capture(page, "circulation-dashboard")


def test_the_operator_reads_the_report(page: Page) -> None:
    log_in(page, OPERATOR)
    page.goto("/console")
    page.locator("nav a[href='/console/circulation']").first.click()
    expect(page.locator("h1")).to_have_text("การหมุนเวียนของเงิน")
    assert satang_of(page.locator("#report-spend")) > 0
    capture(page, "circulation-console")


def test_the_flow_matrix_scrolls_in_its_box_and_a_program_filters(
    page: Page, live_server: LiveServer
) -> None:
    seed_flows(live_server)
    page.goto("/circulation")
    matrix = page.locator("#flow-matrix")
    expect(matrix).to_be_visible()

    def flow(origin: str, dest: str) -> int:
        return satang_of(matrix.locator(f'td[data-origin="{origin}"][data-dest="{dest}"]'))

    assert flow(KHAO_RUP_CHANG, OLD_TOWN) == 5 * PURCHASE
    assert flow(HAT_YAI, OLD_TOWN) == 5 * PURCHASE
    assert flow(OLD_TOWN, HAT_YAI) == SUPPLY
    assert flow(HAT_YAI, KRASAE_SIN) == SUPPLY
    expect(matrix.locator(f'th[data-dest="{KRASAE_SIN}"] a')).to_have_text("กระแสสินธุ์")
    assert_fits_phone(page)
    box = page.locator("#matrix .matrix-scroll")
    assert box.evaluate("box => box.scrollWidth > box.clientWidth"), "the matrix fits: no test"
    capture(page, "circulation-flows")

    option = page.locator("#program option[value='old-town-pilot']")
    name = (option.text_content() or "").strip()
    assert name not in ("", "old-town-pilot")
    page.locator("#program").select_option("old-town-pilot")
    submit(page.locator("form.circulation-filter"))
    expect(page).to_have_url(re.compile(r"[?&]program=old-town-pilot(&|$)"))
    expect(page.locator("#program-name")).to_have_text(name)
    expect(page.locator("#program")).to_have_value("old-town-pilot")
    capture(page, "circulation-program")
