"""Elderly and low-vision users (issue 13, decision 0027): what axe-core does not test.

Over the main pages of each role (the member's wallet, send and history, the shop's till,
the agent's counter and float, the operator's console, the treasurer's meeting sheet):
the first Tab focuses the skip link and the link leads to ``<main id="content">``; every
field has a ``<label>``; every visible link and button on a money page is at least 44 px
tall; at 200 % zoom on a 360 x 740 phone the header and menu take at most a quarter of the
screen; the language links say which language they are in. The ``new_context`` fixture
fails the test on any CSP violation, uncaught error or off-site request.
"""

from pprint import pformat
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import log_in
from tests.browser.support import NewContext
from thungngoen.savings.demo_data import TREASURER
from thungngoen.wallet.demo import AGENT, MEMBERS, OPERATOR, SHOPS, Login

pytestmark = pytest.mark.browser

MIN_TARGET = 44
"""Pixels: the height of a target on a money page (WCAG 2.5.5, AAA, for fingers that
shake)."""

ZOOMED_PHONE = {"width": 180, "height": 370}
"""A 360 x 740 phone at 200 % browser zoom: the page lays out in half as many CSS pixels."""

HEADER_SHARE = 0.25

SOMSRI = MEMBERS[0]
PADAENG = SHOPS[0][0]

# Which elements carry a field's name and which are exempt: what the browser checks.
_FIELDS_WITHOUT_LABEL = """() => [...document.querySelectorAll('input, select, textarea')]
  .filter((f) => !['hidden', 'submit', 'button', 'reset', 'image'].includes(f.type))
  .filter((f) => f.labels === null || f.labels.length === 0)
  .map((f) => f.outerHTML.slice(0, 160))"""

# Links inside running text (a sentence in a paragraph) are exempt from the target size,
# as WCAG 2.5.8 allows; so is the skip link, which is off screen until focused.
_SMALL_TARGETS = """(least) => [...document.querySelectorAll('a[href], button, summary')]
  .filter((e) => e.checkVisibility() && !e.classList.contains('skip-link'))
  .filter((e) => !e.closest('p, .running-text'))
  .filter((e) => e.getBoundingClientRect().height < least)
  .map((e) => `${Math.round(e.getBoundingClientRect().height)} px: `
    + e.outerHTML.slice(0, 120))"""


def _problems(page: Page, *, money: bool) -> dict[str, Any]:
    """What this page does wrong, by check (empty when all is well)."""
    found: dict[str, Any] = {}
    unlabelled = page.evaluate(_FIELDS_WITHOUT_LABEL)
    if unlabelled:
        found["fields without a <label>"] = unlabelled
    if money:
        small = page.evaluate(_SMALL_TARGETS, MIN_TARGET)
        if small:
            found[f"targets under {MIN_TARGET} px"] = small
    languages = page.evaluate(
        """() => [...document.querySelectorAll('.lang a, .lang strong')]
          .map((e) => [e.textContent.trim(), e.getAttribute('lang')])"""
    )
    if any(lang != {"English": "en", "ไทย": "th"}.get(text) for text, lang in languages):
        found["language links without their lang"] = languages
    # The first Tab from the top of the page lands on the skip link (a page may have put
    # the focus in its first field: Tab starts again from the top of the body).
    page.evaluate(
        """() => { const body = document.body; body.tabIndex = -1; body.focus();
          body.removeAttribute('tabindex'); window.scrollTo(0, 0); }"""
    )
    page.keyboard.press("Tab")
    first = page.evaluate(
        """() => [document.activeElement.className, document.activeElement.getAttribute('href'),
          document.activeElement.getBoundingClientRect().height]"""
    )
    if first[0] != "skip-link" or first[1] != "#content":
        found["first Tab"] = first
    elif first[2] < MIN_TARGET:
        found["skip link when focused"] = first
    if page.locator("main#content").count() != 1:
        found["main#content"] = "missing"
    return found


def _check(page: Page, path: str, *, money: bool = True) -> dict[str, Any]:
    if path:
        page.goto(path)
    page.wait_for_load_state()
    found = _problems(page, money=money)
    return {page.url: found} if found else {}


def _header_share(page: Page) -> float:
    """How much of the screen the header and menu take above the page's content."""
    share: float = page.evaluate(
        """() => { window.scrollTo(0, 0);
          return document.querySelector('main').getBoundingClientRect().top
            / window.innerHeight; }"""
    )
    return share


def _zoomed_header(new_context: NewContext, login: Login, paths: list[str]) -> dict[str, float]:
    page = new_context(ZOOMED_PHONE).new_page()
    log_in(page, login)
    too_tall: dict[str, float] = {}
    for path in paths:
        page.goto(path)
        share = _header_share(page)
        if share > HEADER_SHARE:
            too_tall[path] = round(share, 2)
    return too_tall


def test_the_member_pages_are_usable_for_elderly_and_low_vision_members(
    page: Page, new_context: NewContext
) -> None:
    log_in(page, SOMSRI)
    found = _check(page, "")
    found |= _check(page, "/wallet/send")
    found |= _check(page, "/wallet/history")
    page.locator("#statement a").first.click()
    expect(page.locator("#receipt")).to_be_visible()
    found |= _check(page, "")
    found |= _check(page, "/wallet/settings", money=False)
    assert found == {}, pformat(found, width=120)
    paths = ["/wallet", "/wallet/send", "/wallet/history"]
    assert _zoomed_header(new_context, SOMSRI, paths) == {}


def test_the_member_pages_in_english(page: Page) -> None:
    log_in(page, SOMSRI)
    page.locator(".lang a[lang=en]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(".skip-link")).to_have_text("Skip to content")
    assert _check(page, "/wallet") == {}
    page.locator(".lang a[lang=th]").click()
    expect(page.locator(".skip-link")).to_have_text("ข้ามไปยังเนื้อหา")


def test_the_shop_till_and_the_agent_counter(page: Page, new_context: NewContext) -> None:
    log_in(page, PADAENG)
    found = _check(page, "")
    agent = new_context({"width": 360, "height": 740}).new_page()
    log_in(agent, AGENT)
    found |= _check(agent, "")
    found |= _check(agent, "/agent/float")
    assert found == {}, pformat(found, width=120)
    assert _zoomed_header(new_context, PADAENG, ["/shop"]) == {}
    assert _zoomed_header(new_context, AGENT, ["/agent"]) == {}


def test_the_console_and_the_meeting_sheet(page: Page, new_context: NewContext) -> None:
    log_in(page, OPERATOR)
    found = _check(page, "", money=False)
    found |= _check(page, "/console/people", money=False)
    treasurer = new_context({"width": 768, "height": 1024}).new_page()
    log_in(treasurer, TREASURER)
    found |= _check(treasurer, "/savings")
    treasurer.locator("[id^=sheet-link-]").first.click()
    expect(treasurer.locator("h1")).to_have_text("ใบบันทึกการประชุม")
    found |= _check(treasurer, "")
    assert found == {}, pformat(found, width=120)
    assert _zoomed_header(new_context, OPERATOR, ["/console"]) == {}
    assert _zoomed_header(new_context, TREASURER, ["/savings"]) == {}
