"""The inbox API: my messages in my language, paged; marking is mine only and refused
to auditors; bad input is a 422 in the one refusal shape."""

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS, Site


def _token(client: TestClient, role: str) -> dict[str, str]:
    phone, password = PASSWORDS[role]
    answer = client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def test_my_inbox_in_english_then_marked_read(site: Site) -> None:
    member = _token(site.client, "member")
    inbox = site.client.get("/api/v1/me/inbox?lang=en", headers=member).json()
    assert inbox["unread"] == 1
    [message] = inbox["messages"]
    assert message["kind"] == "auth.new_login"
    assert message["title"] == "New login"
    assert inbox["next_before"] is None
    marked = site.client.post(f"/api/v1/me/inbox/{message['id']}/read", headers=member)
    assert marked.json() == {"marked": 1}
    assert site.client.get("/api/v1/me/inbox", headers=member).json()["unread"] == 0


def test_another_persons_message_is_404_and_stays_unread(site: Site) -> None:
    shop = _token(site.client, "merchant")
    theirs = site.client.get("/api/v1/me/inbox", headers=shop).json()["messages"][0]["id"]
    member = _token(site.client, "member")
    refused = site.client.post(f"/api/v1/me/inbox/{theirs}/read", headers=member)
    assert refused.status_code == 404
    assert refused.json()["error"]["code"] == "notification_not_found"
    assert refused.json()["error"]["message_th"] == "ไม่พบการแจ้งเตือนนี้ในกล่องข้อความของคุณ"
    assert site.client.get("/api/v1/me/inbox", headers=shop).json()["unread"] == 1


def test_an_auditor_may_not_mark(site: Site) -> None:
    auditor = _token(site.client, "auditor")
    refused = site.client.post("/api/v1/me/inbox/read-all", headers=auditor)
    assert refused.status_code == 403
    assert site.client.get("/api/v1/me/inbox", headers=auditor).json()["unread"] == 1


def test_bad_input_is_refused(site: Site) -> None:
    member = _token(site.client, "member")
    for query in ("lang=fr", "before=0", "before=abc"):
        answer = site.client.get(f"/api/v1/me/inbox?{query}", headers=member)
        assert answer.status_code == 422, query
        assert answer.json()["error"]["message_th"]
    assert site.client.get("/api/v1/me/inbox").status_code == 401
