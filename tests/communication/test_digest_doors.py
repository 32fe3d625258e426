"""The digest's doors: its page in Thai (no English) and English, another person's digest
refused, the preview of this week so far; the frequency on the settings page, the API
and its refusal; the CLI printing and sending it; the email with a plain-text and an
HTML part, sections and all, and the one-click unsubscribe of ``news``; an SMS short,
with the link to the digest's page."""

import re
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.communication.smtp_peer import Inbox, smtp_server
from tests.communication.test_digests import SENT, _a_week, _run, _told
from tests.communication.test_sms import KEY, gateway
from tests.wallet.conftest import World
from tests.web.conftest import form_token, logged_in
from tests.web.visible_text import english_in, visible_texts
from thungngoen.cli.main import app
from thungngoen.clock import simulated_time, utc_now
from thungngoen.communication import run_round
from thungngoen.communication.channels import EmailChannel, SmsChannel
from thungngoen.communication.channels.sms import MAX_SEGMENTS, SEGMENT
from thungngoen.communication.delivery import Claimed
from thungngoen.communication.digest_email import whole_digest
from thungngoen.communication.notifications import DIGEST
from thungngoen.communication.preferences import preferences_of, set_address
from thungngoen.communication.worker import outgoing
from thungngoen.db import read_transaction, write_transaction
from thungngoen.db.writer import detach_writer
from thungngoen.web.app import create_app

SOMSRI = ("0812345678", "somsri-pass")
ANAN = ("0898765432", "anan-pass1")
PUBLIC = "https://thungngoen.example.org"
__all__ = ["gateway"]  # the SMS tests' local gateway, a fixture here too


@pytest.fixture
def browser(world: World) -> Iterator[TestClient]:
    yield TestClient(create_app(world.engine))
    detach_writer(world.engine)


def _digest_id(world: World, user_id: int) -> int:
    [found] = [data["digest"] for who, data in _told(world.engine) if who == user_id]
    return int(found)


def test_the_digest_page_in_thai_has_no_english_and_switches(
    world: World, browser: TestClient
) -> None:
    _a_week(world)
    assert _run(world.engine, SENT) == 2
    member = logged_in(browser, *SOMSRI)
    page = member.get(f"/inbox/digest/{_digest_id(world, world.somsri.user_id)}")
    assert page.status_code == 200
    assert "ยอดคงเหลือ 200.00 เหรียญ" in page.text
    assert "เติมเหรียญ 250.00 เหรียญ (2 ครั้ง)" in page.text
    assert "2 พ.ย. 2569" in page.text
    assert "8 พ.ย. 2569" in page.text  # to Sunday: Monday 00:00 is the end, not a day of it
    assert "9 พ.ย. 2569" not in page.text
    assert english_in(" ".join(visible_texts(page.text))) == []
    inbox = member.get("/inbox").text
    assert "สรุปของคุณ 2 พ.ย. 2569 – 8 พ.ย. 2569" in inbox
    member.get("/lang/en")
    english = member.get(f"/inbox/digest/{_digest_id(world, world.somsri.user_id)}").text
    assert "Topped up 250.00 coin (top-ups: 2)" in english


def test_another_persons_digest_is_not_found(world: World, browser: TestClient) -> None:
    _a_week(world)
    _run(world.engine, SENT)
    member = logged_in(browser, *SOMSRI)
    refused = member.get(f"/inbox/digest/{_digest_id(world, world.anan.user_id)}")
    assert refused.status_code == 422  # the pages' refusal (the API's would be a 404)
    assert "ไม่พบสรุปข่าวสารนี้" in refused.text
    assert "ยอดคงเหลือ" not in refused.text


def test_the_preview_shows_this_week_so_far(funded: World, browser: TestClient) -> None:
    member = logged_in(browser, *SOMSRI)
    page = member.get("/inbox/digest").text
    assert "เติมเหรียญ 200.00 เหรียญ (1 ครั้ง)" in page
    assert english_in(" ".join(visible_texts(page))) == []
    anan = logged_in(TestClient(browser.app), *ANAN).get("/inbox/digest").text
    assert 'id="digest-empty"' in anan
    assert _told(funded.engine) == []  # a preview tells nobody


def test_the_frequency_on_the_settings_page_and_the_api(world: World, browser: TestClient) -> None:
    member = logged_in(browser, *SOMSRI)
    assert 'name="digest" value="weekly" checked' in member.get("/inbox/settings").text
    token = form_token(member, "/inbox/settings")
    form = {"csrf_token": token, "language": "th", "quiet_hours": "on", "digest": "monthly"}
    assert member.post("/inbox/settings", data=form).status_code == 200
    with read_transaction(world.engine) as connection:
        assert preferences_of(connection, world.somsri.user_id).digest == "monthly"
    refused = member.post("/inbox/settings", data={**form, "digest": "daily"})
    assert refused.status_code == 422
    assert "ทุกสัปดาห์ ทุกเดือน หรือไม่ต้องส่ง" in refused.text
    api = "/api/v1/me/notification-preferences"
    answer = browser.post("/api/v1/auth/login", json={"phone": SOMSRI[0], "password": SOMSRI[1]})
    bearer = {"Authorization": f"Bearer {answer.json()['token']}"}
    assert browser.get(api, headers=bearer).json()["digest"] == "monthly"
    body = {"language": "th", "quiet_hours": True, "addresses": {}, "off": []}
    kept = browser.put(api, json=body, headers=bearer)  # left out: unchanged
    assert kept.json()["digest"] == "monthly"
    assert browser.put(api, json={**body, "digest": "never"}, headers=bearer).json()["digest"] == (
        "never"
    )
    assert browser.put(api, json={**body, "digest": "daily"}, headers=bearer).status_code == 422


def test_the_cli_prints_the_digest_and_sends_it(funded: World) -> None:
    url = funded.engine.url.render_as_string(hide_password=False)
    printed = CliRunner().invoke(
        app, ["notify", "digest", SOMSRI[0], "--lang", "en", "--database-url", url]
    )
    assert printed.exit_code == 0, printed.output
    assert "Topped up 200.00 coin (top-ups: 1)" in printed.output
    assert _told(funded.engine) == []
    sent = CliRunner().invoke(app, ["notify", "digest", SOMSRI[0], "--send", "--database-url", url])
    assert sent.exit_code == 0, sent.output
    assert "1 digest(s) told" in sent.output
    assert len(_told(funded.engine)) == 1
    bad = CliRunner().invoke(
        app, ["notify", "digest", SOMSRI[0], "--period", "daily", "--database-url", url]
    )
    assert bad.exit_code != 0
    shown = CliRunner().invoke(app, ["notify", "digest-choice", SOMSRI[0], "--database-url", url])
    assert "digest: weekly" in shown.output
    changed = CliRunner().invoke(
        app, ["notify", "digest-choice", SOMSRI[0], "monthly", "--database-url", url]
    )
    assert "digest: monthly" in changed.output
    refused = CliRunner().invoke(
        app, ["notify", "digest-choice", SOMSRI[0], "daily", "--database-url", url]
    )
    assert refused.exit_code != 0
    with read_transaction(funded.engine) as connection:
        assert preferences_of(connection, funded.somsri.user_id).digest == "monthly"


def test_the_digest_email_has_both_parts_and_one_click_unsubscribe(world: World) -> None:
    _a_week(world)
    with smtp_server() as (url, inbox):
        write_transaction(
            world.engine,
            lambda c: set_address(c, world.somsri.user_id, "email", "somsri@example.org", SENT),
        )
        assert _run(world.engine, SENT) == 2
        with simulated_time(SENT):
            while run_round(world.engine, [EmailChannel(url, "tn@example.org", 100)], PUBLIC):
                pass
    [mail] = _digests(inbox)
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    plain, html = mail.get_body(("plain",)), mail.get_body(("html",))
    assert plain is not None
    assert html is not None
    assert "- ยอดคงเหลือ 200.00 เหรียญ" in plain.get_content()
    page = html.get_content()
    assert "<h2>เงินในกระเป๋า</h2>" in page
    assert f'<a href="{PUBLIC}/wallet/history">จ่าย 50.00 เหรียญ (2 รายการ)</a>' in page
    assert re.search(rf'href="{PUBLIC}/inbox/digest/\d+"', page)
    assert mail["List-Unsubscribe"].strip("<>") in page
    assert utc_now()  # the clock is back


def _digests(inbox: Inbox) -> list[EmailMessage]:
    return [m for m in inbox.received if str(m["Subject"]).startswith("สรุปของคุณ")]


def test_an_sms_says_it_short_with_the_link_to_the_page(
    world: World, gateway: tuple[str, list[dict[str, Any]], list[int]]
) -> None:
    url, received, _ = gateway
    _a_week(world)
    write_transaction(
        world.engine, lambda c: set_address(c, world.somsri.user_id, "sms", "0812345678", SENT)
    )
    assert _run(world.engine, SENT) == 2
    with simulated_time(SENT):
        while run_round(world.engine, [SmsChannel(url, KEY, per_second=100)], PUBLIC):
            pass
    [sms] = [m for m in received if m["text"].startswith("สรุปของคุณ")]
    digest_id = _digest_id(world, world.somsri.user_id)
    assert sms["text"].endswith(f" {PUBLIC}/inbox/digest/{digest_id}")
    assert len(sms["text"]) <= MAX_SEGMENTS * SEGMENT


def test_an_email_of_a_digest_that_cannot_be_read_goes_short(world: World) -> None:
    data = {"digest": 999, "first": "2026-11-02", "last": "2026-11-08"}
    claimed = Claimed(
        1, "email", "a@example.org", 1, world.somsri.user_id, DIGEST.code, data, "th", SENT
    )
    message = outgoing(claimed, PUBLIC)
    assert whole_digest(world.engine, "email", claimed, message, PUBLIC) == message
    assert message.link == f"{PUBLIC}/inbox/digest/999"
    assert message.html == ""
