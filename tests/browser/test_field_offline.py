"""A collector's phone without a signal (decision 0046): the field page and the assigned
households come from the phone; entries queue there ("รอส่ง N รายการ") and send themselves
when the connection returns, each applied once; an entry on a household the office changed
meanwhile shows as a conflict, and the office's value stays."""

import time
from collections.abc import Callable
from typing import TypeVar

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Connection, select

from tests.browser.pages import log_in
from tests.browser.support import PHONE, LiveServer, NewContext, screenshot
from tests.browser.test_axe import Axe
from thungngoen import community
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.community.collection_tables import field_entries
from thungngoen.community.demo_data import COLLECTOR
from thungngoen.db import create_db_engine, read_transaction, write_transaction

pytestmark = pytest.mark.browser
T = TypeVar("T")


def on_server(server: LiveServer, work: Callable[[Connection], T], *, write: bool = False) -> T:
    engine = create_db_engine(server.database_url)
    try:
        if write:
            return write_transaction(engine, work)
        with read_transaction(engine) as connection:
            return work(connection)
    finally:
        engine.dispose()


def entries_of(server: LiveServer) -> list[tuple[str, int, str]]:
    def work(connection: Connection) -> list[tuple[str, int, str]]:
        collector = find_by_phone(connection, COLLECTOR.phone)
        assert collector is not None
        query = (
            select(
                field_entries.c.idempotency_key,
                field_entries.c.household_id,
                field_entries.c.outcome,
            )
            .where(field_entries.c.collector_id == collector.id)
            .order_by(field_entries.c.id)
        )
        return [(row[0], row[1], row[2]) for row in connection.execute(query)]

    return on_server(server, work)


def household(server: LiveServer, household_id: int) -> community.Household:
    return on_server(server, lambda c: community.get_household(c, household_id))


def open_field_page(page: Page) -> list[int]:
    """Online once: the households are kept on the phone and the page by the worker."""
    log_in(page, COLLECTOR)
    page.goto("/data/field")
    expect(page.locator("#field-households li").first).to_be_visible()
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    deadline = time.monotonic() + 10
    while not page.evaluate("async () => Boolean(await caches.match('/data/field'))"):
        assert time.monotonic() < deadline, "the service worker did not keep the field page"
        time.sleep(0.1)
    items = page.locator("#field-households li")
    return [int(items.nth(i).get_attribute("data-household") or "") for i in range(6)]


def enter(page: Page, household_id: int, *, income: str | None = None, wish: bool = False) -> None:
    page.locator(f'#field-households li[data-household="{household_id}"] button').click()
    form = page.locator("#field-form")
    expect(form).to_be_visible()
    if income is not None:
        form.locator("#f-income").fill(income)
    if wish:
        form.locator("#f-wish").check()
    form.locator("#field-save").click()
    expect(page.locator("#field-form-card")).to_be_hidden()


def test_entries_made_offline_are_sent_once_when_the_connection_returns(
    new_context: NewContext, live_server: LiveServer
) -> None:
    context = new_context(PHONE)
    page = context.new_page()
    first, second = open_field_page(page)[:2]
    before = entries_of(live_server)

    context.set_offline(True)
    page.reload()
    expect(page.locator("h1")).to_have_text("เก็บข้อมูลภาคสนาม")
    expect(page.locator(f'#field-households li[data-household="{first}"]')).to_be_visible()
    enter(page, first, income="12,345.50")
    enter(page, second, wish=True)
    queue = page.locator("#field-queue")
    expect(queue).to_have_text("รอส่ง 2 รายการ")
    expect(page.locator("#field-network")).to_contain_text("ออฟไลน์")
    screenshot(page, "field-offline-queued")
    assert entries_of(live_server) == before, "nothing left the phone"

    context.set_offline(False)
    expect(queue).to_have_text("รอส่ง 0 รายการ")
    expect(page.locator('#field-results li[data-outcome="applied"]')).to_have_count(2)
    sent = entries_of(live_server)[len(before) :]
    assert [(household_id, outcome) for _, household_id, outcome in sent] == [
        (first, "applied"),
        (second, "applied"),
    ], "in the order they were made"
    assert household(live_server, first).income_month == 1_234_550
    assert household(live_server, second).wish_to_relocate is True
    page.reload()
    expect(queue).to_have_text("รอส่ง 0 รายการ")
    page.locator("#field-send").click()
    expect(page.locator('#field-results li[data-outcome="applied"]')).to_have_count(2)
    assert entries_of(live_server)[len(before) :] == sent, "sent exactly once"
    screenshot(page, "field-sent")
    context.set_offline(False)


def test_an_entry_on_a_household_the_office_changed_shows_as_a_conflict(
    new_context: NewContext, live_server: LiveServer
) -> None:
    context = new_context(PHONE)
    page = context.new_page()
    target = open_field_page(page)[4]
    kept = household(live_server, target)

    context.set_offline(True)
    enter(page, target, income="999")
    expect(page.locator("#field-queue")).to_have_text("รอส่ง 1 รายการ")
    on_server(
        live_server,
        lambda c: community.update_household(
            c, target, expected_version=kept.version, income_month=kept.income_month + 100,
            actor="office", at=utc_now(),
        ),
        write=True,
    )  # fmt: skip

    context.set_offline(False)
    conflict = page.locator('#field-results li[data-outcome="conflict"]')
    expect(conflict).to_have_count(1)
    expect(conflict).to_contain_text("ขัดแย้ง")
    expect(conflict.locator('a[href="/data/field/conflicts"]')).to_be_visible()
    stored = household(live_server, target)
    assert stored.income_month == kept.income_month + 100, "the office's value stays"
    assert entries_of(live_server)[-1][1:] == (target, "conflict")
    screenshot(page, "field-conflict")
    conflict.locator("a").click()
    expect(page.locator("h1")).to_have_text("ความขัดแย้งที่รอแก้ไข")
    expect(page.locator("#field-conflicts [data-field='income_month']")).to_contain_text("999.00")


def test_a_second_edit_offline_joins_the_entry_not_yet_sent(
    new_context: NewContext, live_server: LiveServer
) -> None:
    context = new_context(PHONE)
    page = context.new_page()
    target = open_field_page(page)[5]
    before = entries_of(live_server)
    context.set_offline(True)
    enter(page, target, income="100")
    enter(page, target, income="250.25")
    expect(page.locator("#field-queue")).to_have_text("รอส่ง 1 รายการ")
    context.set_offline(False)
    expect(page.locator("#field-queue")).to_have_text("รอส่ง 0 รายการ")
    expect(page.locator('#field-results li[data-outcome="applied"]')).to_have_count(1)
    assert [row[1:] for row in entries_of(live_server)[len(before) :]] == [(target, "applied")]
    assert household(live_server, target).income_month == 25_025


def test_axe_finds_nothing_on_the_field_pages(page: Page) -> None:
    axe = Axe(page)
    log_in(page, COLLECTOR)
    page.goto("/data/field")
    first = page.locator("#field-households li button").first
    expect(first).to_be_visible()
    axe.check()
    first.click()
    expect(page.locator("#field-form")).to_be_visible()
    axe.check()
    page.locator("#field-form-card").screenshot(
        path=screenshot(page, "field-page").with_name("field-form-360.png")
    )
    axe.check("/data/field/conflicts")
    screenshot(page, "field-conflicts")
    axe.assert_clean()
