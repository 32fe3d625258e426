"""Web Push in the installed app, on a 360 px phone: the settings page offers the switch
for this device; the service worker shows a push (delivered to it by Chromium's DevTools,
as the push service would: headless Chromium has no push service to subscribe to) and
keeps the unread count, which the offline page shows with the moment it was seen."""

import json
import re
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.axe import report, violations
from tests.browser.pages import assert_fits_phone, capture, log_in
from tests.browser.support import PHONE, NewContext
from thungngoen.wallet.demo import MEMBERS

pytestmark = pytest.mark.browser

MANEE = MEMBERS[2]  # logging in adds to her inbox only; no test counts it exactly
KEPT = (
    "caches.open('thungngoen-state').then((c) => c.match('/__thungngoen/unread'))"
    ".then((r) => (r ? r.json() : null))"
)
THAI_LINE = r"^ข้อความที่ยังไม่ได้อ่าน {} \(ณ \d{{1,2}} \S+ 25\d\d,? \d\d:\d\d( น\.)?\)$"


def _kept(page: Page) -> Any:
    return page.evaluate(KEPT)


def _wait_kept(page: Page, unread: int) -> None:
    """Until the worker keeps ``unread`` (polled here: ``wait_for_function`` would take the
    promise itself for a true answer)."""
    for _ in range(100):
        kept = _kept(page)
        if kept is not None and kept["unread"] == unread:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the worker keeps {_kept(page)}, not {unread} unread")


def _settings(context: BrowserContext) -> Page:
    page = context.new_page()
    log_in(page, MANEE)
    page.goto("/inbox/settings")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    return page


def test_the_switch_is_on_the_settings_page_of_a_phone(new_context: NewContext) -> None:
    page = _settings(new_context(PHONE))
    switch = page.locator("#push-switch")
    expect(switch).to_be_visible()
    expect(page.locator("label", has=switch)).to_contain_text("รับการแจ้งเตือนบนเครื่องนี้")
    expect(switch).to_be_enabled()  # the browser has a service worker and a PushManager
    expect(switch).not_to_be_checked()
    assert_fits_phone(page)
    capture(page, "push-settings")
    assert violations(page) == [], report({"/inbox/settings": violations(page)})
    switch.click()  # no permission given: it says how to allow, and stays off
    expect(page.locator("#push-status")).to_have_text(
        "การแจ้งเตือนของเว็บนี้ถูกปิดกั้นอยู่ กรุณาอนุญาตในการตั้งค่าเบราว์เซอร์"
    )
    expect(switch).not_to_be_checked()
    expect(page.locator("#push-devices")).to_have_count(0)


def test_a_push_is_shown_and_the_offline_page_shows_the_kept_unread_count(
    new_context: NewContext,
) -> None:
    context = new_context(PHONE)
    context.grant_permissions(["notifications"])
    page = _settings(context)
    unread = int(page.locator("#unread-count").inner_text())
    _wait_kept(page, unread)  # the page's header count, kept by the worker

    message = {"title": "ได้รับ 20.00 เหรียญ", "body": "จาก สมศรี", "link": "/wallet"}
    _push(context, page, {**message, "unread": unread + 4, "tag": "n999"})
    _wait_kept(page, unread + 4)
    shown = _shown_notification(page, "n999")
    assert shown == ["ได้รับ 20.00 เหรียญ", "จาก สมศรี", "n999", "/wallet"]

    context.set_offline(True)
    page.goto("/wallet/history")
    line = page.locator("#unread-kept-line")
    expect(line).to_be_visible()
    expect(line).to_have_text(re.compile(THAI_LINE.format(unread + 4)))
    capture(page, "push-offline-unread")
    context.set_offline(False)


def _shown_notification(page: Page, tag: str) -> list[str]:
    """The notification the service worker shows with ``tag``, once it shows it
    (``evaluate`` awaits the promise; a predicate given to ``wait_for_function`` does not)."""
    query = (
        f"navigator.serviceWorker.ready.then((r) => r.getNotifications({{tag: '{tag}'}}))"
        ".then((list) => list.map((n) => [n.title, n.body, n.tag, n.data.link]))"
    )
    for _ in range(100):
        shown: list[list[str]] = page.evaluate(query)
        if shown:
            return shown[0]
        page.wait_for_timeout(100)
    raise AssertionError(f"no notification tagged {tag} was shown")


def _push(context: BrowserContext, page: Page, message: dict[str, Any]) -> None:
    """Deliver ``message`` to the page's service worker as a push event, through the
    DevTools protocol (what Chromium's own push service would hand it, decrypted)."""
    session = context.new_cdp_session(page)
    registrations: list[str] = []
    session.on(
        "ServiceWorker.workerRegistrationUpdated",
        lambda event: registrations.extend(r["registrationId"] for r in event["registrations"]),
    )
    session.send("ServiceWorker.enable")
    page.wait_for_timeout(300)
    assert registrations, "no service worker registration"
    origin = page.evaluate("location.origin")
    session.send(
        "ServiceWorker.deliverPushMessage",
        {"origin": origin, "registrationId": registrations[-1], "data": json.dumps(message)},
    )
