"""The inbox page: a log-in is told (the security notice), the header counts unread
messages on every page, opening one marks it read and follows its link; an auditor's
reading changes nothing; another person's message is not found (the page's refusal)."""

import re

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS, Site, form_token, logged_in
from thungngoen.auth.users import find_by_phone
from thungngoen.db import read_transaction
from thungngoen.notify import unread_count


def _unread(site: Site, role: str) -> int:
    with read_transaction(site.engine) as connection:
        user = find_by_phone(connection, PASSWORDS[role][0])
        assert user is not None
        return unread_count(connection, user.id)


def _badge(page: str) -> int | None:
    found = re.search(r'id="unread-count"[^>]*>(\d+)<', page)
    return int(found.group(1)) if found else None


def _login(
    site: Site, role: str, agent: str = "Mozilla/5.0 (Linux; Android 14) Chrome/131"
) -> TestClient:
    client = TestClient(site.client.app, headers={"User-Agent": agent})
    return logged_in(client, *PASSWORDS[role])


def test_a_login_is_told_with_its_device_and_counted_in_the_header(site: Site) -> None:
    member = _login(site, "member")
    page = member.get("/wallet").text
    assert _badge(page) == 1
    inbox = member.get("/inbox").text
    assert "มีการเข้าสู่ระบบ" in inbox
    assert "Chrome / Android" in inbox
    assert 'class="badge">ใหม่<' in inbox


def test_opening_a_message_marks_it_read_and_follows_its_link(site: Site) -> None:
    member = _login(site, "member")
    page = member.get("/inbox").text
    [message_id] = re.findall(r'action="/inbox/(\d+)/open"', page)
    token = form_token(member, "/inbox")
    opened = member.post(
        f"/inbox/{message_id}/open", data={"csrf_token": token}, follow_redirects=False
    )
    assert opened.status_code == 303
    assert opened.headers["location"] == "/wallet/settings"
    assert _unread(site, "member") == 0
    assert _badge(member.get("/wallet").text) is None


def test_mark_all_read(site: Site) -> None:
    member = _login(site, "member")
    _login(site, "member")
    assert _unread(site, "member") == 2
    token = form_token(member, "/inbox")
    member.post("/inbox/read-all", data={"csrf_token": token}, follow_redirects=False)
    assert _unread(site, "member") == 0


def test_another_persons_message_is_not_found(site: Site) -> None:
    _login(site, "merchant")
    shop_page = _login(site, "merchant").get("/inbox").text
    theirs = re.findall(r'action="/inbox/(\d+)/open"', shop_page)[0]
    member = _login(site, "member")
    token = form_token(member, "/inbox")
    refused = member.post(f"/inbox/{theirs}/open", data={"csrf_token": token})
    assert refused.status_code == 422
    assert "ไม่พบการแจ้งเตือนนี้ในกล่องข้อความของคุณ" in refused.text
    assert _unread(site, "merchant") == 2


def test_an_auditor_reads_without_changing_anything(site: Site) -> None:
    auditor = _login(site, "auditor")
    page = auditor.get("/inbox").text
    assert "/open" not in page
    assert "/inbox/read-all" not in page
    assert _unread(site, "auditor") == 1


def test_the_inbox_needs_a_login(site: Site) -> None:
    response = TestClient(site.client.app).get("/inbox", follow_redirects=False)
    assert response.status_code in (302, 303)
    assert response.headers["location"].startswith("/login")
