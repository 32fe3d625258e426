"""My notification settings, through the page, the API and the one-click unsubscribe:
what I switch off stays off, what is mandatory cannot be, bad input changes nothing, an
auditor changes nothing, and a mail scanner following a link unsubscribes nobody."""

import re

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS, Site, form_token, logged_in
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.communication.preferences import preferences_of, unsubscribe_token
from thungngoen.db import read_transaction


def _token(client: TestClient, role: str) -> dict[str, str]:
    phone, password = PASSWORDS[role]
    answer = client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _user_id(site: Site, role: str) -> int:
    with read_transaction(site.engine) as connection:
        user = find_by_phone(connection, PASSWORDS[role][0])
        assert user is not None
        return user.id


WANTED = {
    "language": "en",
    "quiet_hours": False,
    "addresses": {"email": "somsri@example.org"},
    "off": ["news:email", "savings:sms"],
    "digest": "monthly",
}


def test_the_api_keeps_what_i_chose(site: Site) -> None:
    member = _token(site.client, "member")
    default = site.client.get("/api/v1/me/notification-preferences", headers=member).json()
    assert default == {
        "language": "th",
        "quiet_hours": True,
        "addresses": {},
        "off": [],
        "digest": "weekly",
    }
    saved = site.client.put("/api/v1/me/notification-preferences", headers=member, json=WANTED)
    assert saved.status_code == 200, saved.text
    assert saved.json() == WANTED
    again = site.client.get("/api/v1/me/notification-preferences", headers=member).json()
    assert again == WANTED


def test_bad_input_is_refused_and_changes_nothing(site: Site) -> None:
    member = _token(site.client, "member")
    site.client.put("/api/v1/me/notification-preferences", headers=member, json=WANTED)
    bad = [
        {**WANTED, "language": "fr"},
        {**WANTED, "addresses": {"email": "not an address"}},
        {**WANTED, "addresses": {"fax": "021234567"}},
        {**WANTED, "off": ["weather:email"]},
        {**WANTED, "off": ["news:pigeon"]},
        {**WANTED, "quiet_hours": "yes"},
        {**WANTED, "digest": "daily"},
        {**WANTED, "extra": 1},
    ]
    for body in bad:
        refused = site.client.put("/api/v1/me/notification-preferences", headers=member, json=body)
        assert refused.status_code == 422, body
        assert refused.json()["error"]["message_th"], body
    kept = site.client.get("/api/v1/me/notification-preferences", headers=member).json()
    assert kept == WANTED


def test_an_auditor_may_not_change_settings(site: Site) -> None:
    auditor = _token(site.client, "auditor")
    refused = site.client.put("/api/v1/me/notification-preferences", headers=auditor, json=WANTED)
    assert refused.status_code == 403
    with read_transaction(site.engine) as connection:
        assert preferences_of(connection, _user_id(site, "auditor")).addresses == {}


def test_the_page_saves_unticked_boxes_as_off(site: Site) -> None:
    member = logged_in(TestClient(site.client.app), *PASSWORDS["member"])
    page = member.get("/inbox/settings").text
    boxes = re.findall(r'name="(want-[a-z]+-[a-z]+)"', page)
    assert "want-money-email" in boxes
    assert not [box for box in boxes if box.startswith("want-security")]
    form = {name: "on" for name in boxes if name != "want-news-email"}
    form |= {"csrf_token": form_token(member, "/inbox/settings"), "language": "th"}
    form |= {"address-email": "somsri@example.org", "quiet_hours": "on"}
    saved = member.post("/inbox/settings", data=form, follow_redirects=False)
    assert saved.status_code == 303
    with read_transaction(site.engine) as connection:
        chosen = preferences_of(connection, _user_id(site, "member"))
    assert chosen.off == {("news", "email")}
    assert chosen.addresses == {"email": "somsri@example.org"}


def test_the_page_refuses_a_bad_email_in_thai_and_saves_nothing(site: Site) -> None:
    member = logged_in(TestClient(site.client.app), *PASSWORDS["member"])
    form = {"csrf_token": form_token(member, "/inbox/settings"), "address-email": "somsri"}
    refused = member.post("/inbox/settings", data=form)
    assert refused.status_code == 422
    assert "ที่อยู่นี้ใช้ไม่ได้" in refused.text
    with read_transaction(site.engine) as connection:
        assert preferences_of(connection, _user_id(site, "member")).addresses == {}


def test_one_click_unsubscribe_needs_a_post_and_a_genuine_token(site: Site) -> None:
    user_id = _user_id(site, "member")
    token = unsubscribe_token(user_id, "news", "email", utc_now())
    client = TestClient(site.client.app)
    shown = client.get(f"/unsubscribe/{token}")
    assert shown.status_code == 200
    assert "เลิกรับข้อความประเภทนี้" in shown.text
    with read_transaction(site.engine) as connection:
        assert preferences_of(connection, user_id).off == set()
    forged = client.post(f"/unsubscribe/{token[:-2]}xx", data={"List-Unsubscribe": "One-Click"})
    assert forged.status_code == 422
    done = client.post(f"/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert 'id="unsubscribed"' in done.text
    with read_transaction(site.engine) as connection:
        assert preferences_of(connection, user_id).off == {("news", "email")}
