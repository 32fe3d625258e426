"""Announcements: written to an audience with its count, approved (the approver kept),
queued at their time to every person of the audience in one statement, each as a
notification in their own language; bad input and auditors change nothing."""

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.web.conftest import PASSWORDS, Site
from thungngoen.clock import simulated_time
from thungngoen.communication import run_round
from thungngoen.db import read_transaction
from thungngoen.notify.tables import notifications

NOON = datetime(2026, 12, 5, 5, 0, tzinfo=UTC)
BODY = {
    "title_th": "ประชุมเครือข่าย",
    "body_th": "ประชุมใหญ่วันเสาร์ที่ 12 ธันวาคม ที่หอประชุมเทศบาล",
    "title_en": "Network meeting",
    "body_en": "General meeting on Saturday 12 December at the municipal hall.",
    "audience": "role.member",
    "send_at": (NOON + timedelta(hours=1)).isoformat(),
}


def _token(client: TestClient, role: str) -> dict[str, str]:
    phone, password = PASSWORDS[role]
    answer = client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _announcements_in_inbox(site: Site) -> int:
    with read_transaction(site.engine) as connection:
        query = select(func.count()).where(notifications.c.kind == "communication.announcement")
        return int(connection.execute(query).scalar_one())


def test_written_approved_and_sent_at_its_time(site: Site) -> None:
    operator = _token(site.client, "operator")
    count = site.client.get("/api/v1/audiences/role.member/count", headers=operator).json()
    assert count == {"people": 1}
    draft = site.client.post("/api/v1/announcements", headers=operator, json=BODY)
    assert draft.status_code == 201, draft.text
    assert draft.json()["status"] == "draft"
    announcement = draft.json()["id"]
    with simulated_time(NOON + timedelta(hours=2)):
        run_round(site.engine, [], "https://example.org")
    assert _announcements_in_inbox(site) == 0  # not approved: nothing goes
    approved = site.client.post(f"/api/v1/announcements/{announcement}/approve", headers=operator)
    assert approved.json()["status"] == "approved"
    assert approved.json()["approved_by"] is not None
    with simulated_time(NOON):
        run_round(site.engine, [], "https://example.org")
    assert _announcements_in_inbox(site) == 0  # not yet its time
    with simulated_time(NOON + timedelta(hours=1)):
        run_round(site.engine, [], "https://example.org")
    assert _announcements_in_inbox(site) == 1
    member = _token(site.client, "member")
    inbox = site.client.get("/api/v1/me/inbox?lang=en", headers=member).json()
    [told] = [m for m in inbox["messages"] if m["kind"] == "communication.announcement"]
    assert (told["title"], told["body"]) == ("Network meeting", BODY["body_en"])
    [sent] = site.client.get("/api/v1/announcements", headers=operator).json()
    assert (sent["status"], sent["recipients"]) == ("sent", 1)
    again = site.client.post(f"/api/v1/announcements/{announcement}/cancel", headers=operator)
    assert again.status_code == 422
    assert again.json()["error"]["code"] == "announcement_not_draft"


def test_bad_announcements_are_refused_and_write_nothing(site: Site) -> None:
    operator = _token(site.client, "operator")
    bad = [
        ({**BODY, "audience": "wallet.tambon", "audience_value": "909999"}, "empty_audience"),
        ({**BODY, "audience": "weather"}, "unknown_audience"),
        ({**BODY, "title_th": "  "}, "announcement_incomplete"),
        ({**BODY, "body_en": "x" * 2001}, "invalid_request"),
        ({**BODY, "send_at": "2026-12-05T12:00:00"}, "invalid_request"),
    ]
    for body, code in bad:
        refused = site.client.post("/api/v1/announcements", headers=operator, json=body)
        assert refused.status_code == 422, body
        assert refused.json()["error"]["code"] == code
        assert refused.json()["error"]["message_th"]
    assert site.client.get("/api/v1/announcements", headers=operator).json() == []


def test_an_auditor_reads_but_may_not_write_or_approve(site: Site) -> None:
    operator = _token(site.client, "operator")
    draft = site.client.post("/api/v1/announcements", headers=operator, json=BODY).json()
    auditor = _token(site.client, "auditor")
    assert site.client.post("/api/v1/announcements", headers=auditor, json=BODY).status_code == 403
    refused = site.client.post(f"/api/v1/announcements/{draft['id']}/approve", headers=auditor)
    assert refused.status_code == 403
    [still] = site.client.get("/api/v1/announcements", headers=auditor).json()
    assert still["status"] == "draft"
    member = _token(site.client, "member")
    assert site.client.get("/api/v1/announcements", headers=member).status_code == 403
