"""The meetings-ahead page: the treasurer plans one meeting and the next months' and
moves and cancels one; a member reads the next meeting on "My savings"; a member, the
auditor and another group's treasurer change nothing; a mistake is said in Thai under its
field (or in English in English) and nothing is written; the Thai page has no English."""

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Engine, func, select

from tests.savings.pages.conftest import Groups
from tests.web.conftest import form_token, logged_in
from tests.web.visible_text import english_in, visible_texts
from thungngoen import savings
from thungngoen.db import read_transaction
from thungngoen.db.writer import detach_writer
from thungngoen.savings.demo import load_savings_demo
from thungngoen.savings.demo_data import SECRETARY
from thungngoen.savings.tables import planned_meetings
from thungngoen.web.app import create_app

TODAY = savings.thai_today()
SOON = TODAY + timedelta(days=3)


def _page(groups: Groups) -> str:
    return f"/savings/groups/{groups.group.id}/next-meetings"


def _post(client: TestClient, groups: Groups, path: str, **fields: str) -> Response:
    data = {"csrf_token": form_token(client, _page(groups)), **fields}
    response: Response = client.post(path, data=data, follow_redirects=False)
    return response


def _plan(client: TestClient, groups: Groups, **changes: str) -> Response:
    fields = {"meets_on": SOON.isoformat(), "starts_at": "09:30", "place": "ศาลาชุมชน"}
    return _post(client, groups, _page(groups), **(fields | changes))


def _planned(groups: Groups) -> int:
    with read_transaction(groups.engine) as connection:
        return int(connection.scalar(select(func.count()).select_from(planned_meetings)) or 0)


def test_the_treasurer_plans_and_the_member_sees_the_next_meeting(groups: Groups) -> None:
    treasurer = groups.client("treasurer")
    assert _plan(treasurer, groups).status_code == 303
    monthly = {"day": "20", "months": "2", "monthly_starts_at": "18:00", "monthly_place": "วัด"}
    assert _post(treasurer, groups, _page(groups) + "/monthly", **monthly).status_code == 303
    page = treasurer.get(_page(groups)).text
    assert page.count('id="planned-') == 3
    assert "ศาลาชุมชน" in page
    assert "บันทึกนัดประชุมแล้ว" in page
    mine = groups.client("member").get("/savings").text
    assert f'id="next-meeting-{groups.group.id}"' in mine
    assert "ประชุมครั้งต่อไป" in mine
    assert "09:30" in mine
    assert "ศาลาชุมชน" in mine
    group_page = treasurer.get(f"/savings/groups/{groups.group.id}").text
    assert 'id="next-meeting"' in group_page
    assert 'id="meetings-ahead-link"' in group_page


def test_moving_and_cancelling(groups: Groups) -> None:
    treasurer = groups.client("treasurer")
    _plan(treasurer, groups)
    with read_transaction(groups.engine) as connection:
        [meeting] = savings.meetings_ahead(connection, groups.group.id, TODAY)
    later = (SOON + timedelta(days=1)).isoformat()
    moved = _post(
        treasurer,
        groups,
        f"/savings/next-meetings/{meeting.id}",
        meets_on=later,
        starts_at="10:00",
        place="วัดแหลมสนอ่อน",
    )
    assert moved.status_code == 303
    assert "วัดแหลมสนอ่อน" in treasurer.get(_page(groups)).text
    gone = _post(treasurer, groups, f"/savings/next-meetings/{meeting.id}/cancel")
    assert gone.status_code == 303
    assert 'id="no-meetings"' in treasurer.get(_page(groups)).text
    again = _post(treasurer, groups, f"/savings/next-meetings/{meeting.id}/cancel")
    assert again.status_code == 404


def test_who_may_not_plan_or_read(groups: Groups) -> None:
    treasurer = groups.client("treasurer")
    _plan(treasurer, groups)
    auditor = groups.client("auditor")
    page = auditor.get(_page(groups))
    assert page.status_code == 200
    assert 'id="meeting-form"' not in page.text
    assert 'id="monthly-form"' not in page.text
    assert groups.client("member").get(_page(groups)).status_code == 403
    fields = {"meets_on": (SOON + timedelta(days=5)).isoformat(), "starts_at": "09:00"}
    for client, opened in (
        (auditor, _page(groups)),
        (groups.client("other_treasurer"), "/savings"),
    ):
        data = {"csrf_token": form_token(client, opened), "place": "x"} | fields
        answer = client.post(_page(groups), data=data, follow_redirects=False)
        assert answer.status_code == 403, opened
    assert _planned(groups) == 1


def test_mistakes_are_said_in_thai_under_their_field_and_write_nothing(groups: Groups) -> None:
    treasurer = groups.client("treasurer")
    past = _plan(treasurer, groups, meets_on=(TODAY - timedelta(days=1)).isoformat())
    assert past.status_code == 422
    assert 'id="e-meets_on">วันประชุมต้องไม่ก่อนวันนี้' in past.text
    bad_time = _plan(treasurer, groups, starts_at="25:00")
    assert 'id="e-starts_at">กรอกเวลา เช่น 09:30<' in bad_time.text
    no_place = _plan(treasurer, groups, place=" ")
    assert 'id="e-place">กรุณาระบุสถานที่ประชุม' in no_place.text
    monthly = {"day": "31", "months": "2", "monthly_starts_at": "05:00", "monthly_place": "วัด"}
    bad_day = _post(treasurer, groups, _page(groups) + "/monthly", **monthly)
    assert bad_day.status_code == 422
    assert 'id="e-day">วันประชุมประจำเดือนต้องเป็นวันที่ 1 ถึง 28<' in bad_day.text
    early = _post(treasurer, groups, _page(groups) + "/monthly", **(monthly | {"day": "3"}))
    assert 'id="e-monthly_starts_at">เวลาเริ่มประชุมต้องอยู่ระหว่าง' in early.text
    assert _planned(groups) == 0
    treasurer.get("/lang/en", follow_redirects=False)
    english = _plan(treasurer, groups, meets_on=(TODAY - timedelta(days=1)).isoformat())
    assert "before today" in english.text


def test_the_thai_page_has_no_english(groups: Groups) -> None:
    treasurer = groups.client("treasurer")
    _plan(treasurer, groups)
    for path in (_page(groups), "/savings", f"/savings/groups/{groups.group.id}"):
        texts = visible_texts(treasurer.get(path).text)
        assert [text for text in texts if english_in(text)] == [], path
    refused = _plan(treasurer, groups, place="")
    assert [text for text in visible_texts(refused.text) if english_in(text)] == []


def test_the_demo_member_sees_her_groups_next_meeting(engine: Engine) -> None:
    assert load_savings_demo(engine)
    try:
        member = logged_in(TestClient(create_app(engine)), SECRETARY.phone, SECRETARY.password)
        page = member.get("/savings").text
    finally:
        detach_writer(engine)
    found = re.search(r'id="next-meeting-\d+">(.*?)</p>', page, re.S)
    assert found is not None
    assert "ประชุมครั้งต่อไป" in found.group(1)
    assert "ศาลาชุมชนแหลมสนอ่อน" in found.group(1)
