"""The composer page: a preview shows how many people an announcement reaches and how
it reads in both languages; a draft is saved, approved and listed; a bad time and an
empty audience are refused in Thai and save nothing; an auditor sees no form."""

import re

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS, Site, form_token, logged_in
from thungngoen.communication.announcements import recent
from thungngoen.db import read_transaction

FORM = {
    "title_th": "ตลาดนัดชุมชน",
    "body_th": "วันอาทิตย์นี้ ใช้เหรียญได้ทุกร้าน",
    "title_en": "Community market",
    "body_en": "This Sunday, coin is taken at every stall.",
    "audience": "role.member",
    "audience_value": "",
    "send_at": "",
}


def _operator(site: Site) -> TestClient:
    return logged_in(TestClient(site.client.app), *PASSWORDS["operator"])


def _post(client: TestClient, path: str, **form: str) -> str:
    token = form_token(client, "/notify/announcements")
    answer = client.post(path, data={**form, "csrf_token": token}, follow_redirects=True)
    text: str = answer.text
    return text


def test_preview_then_save_then_approve(site: Site) -> None:
    operator = _operator(site)
    preview = _post(operator, "/notify/announcements/preview", **FORM)
    assert "ผู้รับ 1 คน" in preview
    assert "This Sunday, coin is taken at every stall." in preview
    with read_transaction(site.engine) as connection:
        assert recent(connection) == []
    saved = _post(operator, "/notify/announcements", **FORM)
    assert "บันทึกฉบับร่างแล้ว" in saved
    [draft] = re.findall(r'action="/notify/announcements/(\d+)/approve"', saved)
    approved = _post(operator, f"/notify/announcements/{draft}/approve")
    assert 'data-status="approved"' in approved
    with read_transaction(site.engine) as connection:
        [row] = recent(connection)
    assert (row.status, row.approved_by is not None) == ("approved", True)


def test_bad_input_is_refused_in_thai_and_saves_nothing(site: Site) -> None:
    operator = _operator(site)
    bad_time = _post(operator, "/notify/announcements", **{**FORM, "send_at": "tomorrow"})
    assert "กรุณาระบุวันและเวลาที่จะส่ง" in bad_time
    nobody = {**FORM, "audience": "wallet.tambon", "audience_value": "909999"}
    assert "ไม่มีผู้รับในกลุ่มนี้" in _post(operator, "/notify/announcements", **nobody)
    with read_transaction(site.engine) as connection:
        assert recent(connection) == []


def test_an_auditor_reads_without_forms_and_a_member_is_refused(site: Site) -> None:
    auditor = logged_in(TestClient(site.client.app), *PASSWORDS["auditor"])
    page = auditor.get("/notify/announcements")
    assert page.status_code == 200
    assert 'id="announcement-form"' not in page.text
    member = logged_in(TestClient(site.client.app), *PASSWORDS["member"])
    assert member.get("/notify/announcements").status_code == 403
