"""A group's meetings ahead through the API and the shell: the chair, treasurer or
secretary plans, moves and cancels; the operator may too; a member, an outsider and the
auditor may not; a bad day, a past date, a taken day, a bad time or no place is refused
with its field and its Thai, and changes nothing."""

from datetime import timedelta
from typing import Any

from sqlalchemy import Engine
from typer.testing import CliRunner

from tests.savings.test_api import Site
from thungngoen import savings
from thungngoen.audit.tables import audit_log
from thungngoen.cli.main import app
from thungngoen.db import read_transaction
from thungngoen.savings.tables import planned_meetings

TODAY = savings.thai_today()
SOON = TODAY + timedelta(days=10)


def _body(**changes: Any) -> dict[str, Any]:
    return {"meets_on": SOON.isoformat(), "starts_at": "09:30", "place": "ศาลาชุมชน"} | changes


def _rows(engine: Engine) -> tuple[int, int]:
    with read_transaction(engine) as connection:
        plans = connection.execute(planned_meetings.select()).all()
        audited = connection.execute(audit_log.select()).all()
    return len(plans), len(audited)


def test_an_officer_plans_moves_and_cancels(site: Site) -> None:
    path = f"/groups/{site.group.id}/next-meetings"
    planned = site.call("POST", path, "secretary", **_body())
    assert planned.status_code == 201, planned.text
    meeting = planned.json()
    assert (meeting["meets_on"], meeting["starts_at"], meeting["place"]) == (
        SOON.isoformat(),
        "09:30",
        "ศาลาชุมชน",
    )
    later = (SOON + timedelta(days=2)).isoformat()
    moved = site.call("PUT", f"/next-meetings/{meeting['id']}", "chair", **_body(meets_on=later))
    assert moved.json()["meets_on"] == later
    listed = site.call("GET", path, "auditor").json()
    assert [m["meets_on"] for m in listed] == [later]
    gone = site.call("DELETE", f"/next-meetings/{meeting['id']}", "treasurer")
    assert gone.status_code == 204
    assert site.call("GET", path, "treasurer").json() == []
    missing = site.call("DELETE", f"/next-meetings/{meeting['id']}", "treasurer")
    assert missing.status_code == 404


def test_a_monthly_day_plans_the_next_months(site: Site) -> None:
    path = f"/groups/{site.group.id}/next-meetings/monthly"
    body: dict[str, Any] = {"day": 5, "months": 3, "starts_at": "18:00", "place": "มัสยิดบ้านหัวป้อม"}
    planned = site.call("POST", path, "operator", **body)
    assert planned.status_code == 201, planned.text
    days = [m["meets_on"] for m in planned.json()]
    assert len(days) == 3
    assert all(day.endswith("-05") and day >= TODAY.isoformat() for day in days)
    again = site.call("POST", path, "operator", **body)
    assert again.json() == []  # the days already planned keep their meetings


def test_who_may_not_plan(site: Site, engine: Engine) -> None:
    path = f"/groups/{site.group.id}/next-meetings"
    before = _rows(engine)
    for who in ("member", "outsider", "auditor"):
        assert site.call("POST", path, who, **_body()).status_code == 403, who
    assert site.call("GET", path, "member").status_code == 403
    assert site.call("GET", path, "outsider").status_code == 403
    meeting = site.call("POST", path, "chair", **_body()).json()
    for who in ("member", "auditor"):
        assert site.call("DELETE", f"/next-meetings/{meeting['id']}", who).status_code == 403
    assert _rows(engine)[0] == before[0] + 1


def test_bad_meetings_are_refused_with_their_field_in_thai_and_english(
    site: Site, engine: Engine
) -> None:
    path = f"/groups/{site.group.id}/next-meetings"
    site.call("POST", path, "chair", **_body())
    before = _rows(engine)
    refusals = [
        (path, _body(meets_on=(TODAY - timedelta(days=1)).isoformat()), "meeting_in_the_past"),
        (path, _body(), "meeting_day_taken"),
        (path, _body(meets_on=SOON.isoformat()[:-2] + "40"), "invalid_request"),
        (path, _body(meets_on=(SOON + timedelta(days=1)).isoformat(), starts_at="23:00"), None),
        (path, _body(meets_on=(SOON + timedelta(days=1)).isoformat(), place="  "), None),
        (f"{path}/monthly", {"day": 31, "months": 2, "starts_at": "09:00", "place": "ศาลา"}, None),
    ]
    for where, body, code in refusals:
        refused = site.call("POST", where, "chair", **body)
        assert refused.status_code == 422, (body, refused.text)
        error = refused.json()["error"]
        assert error["code"] == (code or "invalid_meeting_plan"), body
        assert error["message"]
        assert error["message_th"]
        assert error["message"] != error["message_th"]
    errors = [site.call("POST", w, "chair", **b).json()["error"] for w, b, _ in refusals[:2]]
    assert errors[0]["field"] == "meets_on"
    assert "วันประชุมต้องไม่ก่อนวันนี้" in errors[0]["message_th"]
    assert "มีนัดประชุมของกลุ่มแล้ว" in errors[1]["message_th"]
    assert _rows(engine) == before


def _shell(database_url: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["savings", *args, "--database-url", database_url])
    return result.exit_code, result.output


def test_the_shell_plans_lists_moves_and_cancels(
    site: Site, engine: Engine, database_url: str
) -> None:
    day = SOON.isoformat()
    code, output = _shell(
        database_url, "meetings", "plan", "hua-pom", "--on", day, "--at", "9:30", "--place", "ศาลา"
    )
    assert code == 0, output
    assert day in output
    code, output = _shell(database_url, "meetings", "list", "hua-pom")
    assert "09:30" in output
    assert "ศาลา" in output
    with read_transaction(engine) as connection:
        [meeting] = savings.meetings_ahead(connection, site.group.id, TODAY)
    later = (SOON + timedelta(days=1)).isoformat()
    code, output = _shell(
        database_url,
        *("meetings", "move", str(meeting.id), "--on", later, "--at", "10:00", "--place", "วัด"),
    )
    assert code == 0, output
    assert later in output
    code, output = _shell(database_url, "meetings", "cancel", str(meeting.id))
    assert code == 0, output
    assert _shell(database_url, "meetings", "list", "hua-pom")[1].count("ศาลา") == 0


def test_the_shell_refuses_bad_input_in_one_line(
    site: Site, engine: Engine, database_url: str
) -> None:
    past = (TODAY - timedelta(days=3)).isoformat()
    code, output = _shell(
        database_url, "meetings", "plan", "hua-pom", "--on", past, "--at", "09:00", "--place", "x"
    )
    assert code == 1
    assert "before today" in output
    code, output = _shell(
        database_url,
        *("meetings", "monthly", "hua-pom", "--day", "30", "--at", "09:00", "--place", "x"),
    )
    assert code == 1
    assert "day 1 to 28" in output
    code, output = _shell(
        database_url,
        *("meetings", "plan", "hua-pom", "--on", SOON.isoformat(), "--at", "9h", "--place", "x"),
    )
    assert code == 2
    assert "HH:MM" in output
    assert _rows(engine)[0] == 0


def test_a_member_leaves_from_the_shell(site: Site, database_url: str) -> None:
    number = site.members["member"].number
    code, output = _shell(database_url, "leave", "hua-pom", str(number), "--on", "2024-06-30")
    assert code == 0, output
    code, output = _shell(database_url, "leave", "hua-pom", str(number), "--on", "2024-07-30")
    assert code == 1
    assert "left the group" in output


def test_a_time_with_seconds_or_a_zone_is_refused(site: Site, engine: Engine) -> None:
    path = f"/groups/{site.group.id}/next-meetings"
    for starts_at in ("09:30:15", "09:30:00+07:00", "9 o'clock"):
        refused = site.call("POST", path, "chair", **_body(starts_at=starts_at))
        assert refused.status_code == 422, starts_at
    assert _rows(engine)[0] == 0
