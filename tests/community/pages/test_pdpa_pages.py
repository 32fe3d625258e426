"""The PDPA pages: the privacy notice for everyone with every version; ``/data/me`` for the
person (their reads by duty, consents with the notice version, withdrawal and requests
that take effect); ``/data/pdpa`` for the coordinator (overdue requests counted, the
breach clock) and the auditor (reading only); the reads log filtered. A refusal shows in
Thai and writes nothing."""

from datetime import timedelta

from tests.community.helpers import ACTOR, PASSWORD, World
from tests.community.pages.test_pages import Browser, browser
from tests.web.conftest import form_token, logged_in
from thungngoen.clock import utc_now
from thungngoen.community import active_kinds
from thungngoen.community.pdpa import breaches, requests
from thungngoen.community.pdpa_tables import breaches as breach_table
from thungngoen.community.pdpa_tables import privacy_notices, subject_requests
from thungngoen.wallet import people

__all__ = ["browser"]


def test_the_privacy_notice_shows_the_version_in_force_and_every_older_one(
    world: World, browser: Browser
) -> None:
    page = browser.as_(None).get("/data/privacy")
    assert page.status_code == 200
    assert "ประกาศความเป็นส่วนตัว" in page.text
    assert 'id="notice-2026-1"' in page.text
    assert 'id="notice-2026-2"' in page.text
    assert "ประกาศฉบับที่สอง" in page.text  # 2026-2, in force since June 2026


def test_the_person_sees_their_own_reads_and_withdraws_and_asks(
    world: World, browser: Browser
) -> None:
    member = world.write(
        lambda c: people.register_member(
            c, phone="0857776666", name="มาลี", password=PASSWORD, tambon_code="900101"
        )
    )
    household = world.household()
    own = world.person(household.id, name="มาลี มีสิทธิ์", wallet_member_id=member.id)
    other = world.person(household.id, name="สมชาย คนอื่น", relation="spouse")
    collector = browser.as_("collector")
    assert collector.get(f"/data/persons/{own.id}").status_code == 200
    assert collector.get(f"/data/persons/{other.id}").status_code == 200
    person = logged_in(browser.as_(None), "0857776666", PASSWORD)
    page = person.get("/data/me")
    assert page.status_code == 200
    assert "มาลี มีสิทธิ์" in page.text
    assert "สมชาย" not in page.text
    assert "ผู้เก็บข้อมูลของชุมชนท่าน" in page.text  # the collector, by duty
    assert "user:" not in page.text
    assert 'href="/data/privacy#notice-2026-1"' in page.text
    token = form_token(person, "/data/me")
    refused = person.post(
        f"/data/me/{own.id}/requests", data={"kind": "forget", "csrf_token": token}
    )
    assert refused.status_code == 422
    assert "คำขอไม่ถูกต้อง" in refused.text
    assert world.count(subject_requests) == 0
    other_one = person.post(
        f"/data/me/{other.id}/requests", data={"kind": "erasure", "csrf_token": token}
    )
    assert other_one.status_code == 403
    made = person.post(
        f"/data/me/{own.id}/requests",
        data={"kind": "restriction", "detail": "หยุดใช้", "csrf_token": token},
    )
    assert made.status_code == 200  # followed to /data/me
    assert "ระงับการใช้ข้อมูลนี้ตามคำขอของท่านแล้ว" in made.text
    person.post(f"/data/me/{own.id}/withdraw", data={"kind": "general", "csrf_token": token})
    assert world.read(lambda c: active_kinds(c, own.id)) == frozenset()
    copy = person.get(f"/data/pdpa/persons/{own.id}/copy.pdf")
    assert copy.content.startswith(b"%PDF")
    assert person.get(f"/data/pdpa/persons/{other.id}/copy.pdf").status_code == 403
    assert person.get("/data/pdpa").status_code == 403


def test_the_coordinator_keeps_the_registers_and_the_auditor_only_reads(
    world: World, browser: Browser
) -> None:
    person = world.person(world.household().id)
    long_ago = utc_now() - timedelta(days=31)
    world.write(
        lambda c: requests.receive_request(
            c, person.id, kind="access", received_at=long_ago, actor=ACTOR
        )
    )
    world.write(
        lambda c: breaches.add_breach(
            c, discovered_at=utc_now() - timedelta(hours=10), description="แฟ้มหาย",
            data_affected="ชื่อ", people_affected=3, risk="high", actor=ACTOR, at=utc_now(),
        )
    )  # fmt: skip
    coordinator = browser.as_("coordinator")
    page = coordinator.get("/data/pdpa")
    assert page.status_code == 200
    assert 'id="overdue-count">1<' in page.text
    assert "เกินกำหนด" in page.text
    assert "เหลือ 61 ชั่วโมง" in page.text or "เหลือ 62 ชั่วโมง" in page.text
    token = form_token(coordinator, "/data/pdpa")
    bad = coordinator.post(
        "/data/pdpa/breaches",
        data={"description": "x", "data_affected": "y", "people_affected": "many",
              "risk": "low", "csrf_token": token},
    )  # fmt: skip
    assert bad.status_code == 422
    assert "ข้อมูลเหตุละเมิดไม่ถูกต้อง" in bad.text
    assert world.count(breach_table) == 1
    bad = coordinator.post(
        "/data/pdpa/requests",
        data={"person_id": str(person.id), "kind": "access", "received_at": "yesterday",
              "csrf_token": token},
    )  # fmt: skip
    assert bad.status_code == 422
    assert "คำขอไม่ถูกต้อง" in bad.text
    assert world.count(subject_requests) == 1
    bad = coordinator.post(
        "/data/pdpa/notices",
        data={"version": "2026-1", "effective_on": "2099-01-01", "text_th": "ก",
              "text_en": "a", "csrf_token": token},
    )  # fmt: skip
    assert bad.status_code == 422
    assert world.count(privacy_notices) == 2
    auditor = browser.as_("auditor")
    seen = auditor.get("/data/pdpa")
    assert seen.status_code == 200
    assert 'id="breach-form"' not in seen.text
    assert (
        auditor.post(
            "/data/pdpa/breaches",
            data={"description": "x", "csrf_token": form_token(auditor, "/data/pdpa")},
        ).status_code
        == 403
    )
    assert browser.as_("collector").get("/data/pdpa").status_code == 403
    coordinator.get(f"/data/persons/{person.id}")
    log = coordinator.get(f"/data/pdpa/reads?person={person.id}")
    assert log.status_code == 200
    assert f"user:{world.users['coordinator'].id}" in log.text
    empty = coordinator.get(f"/data/pdpa/reads?person={person.id}&since=2099-01-01")
    assert "ไม่มีการเข้าถึงตามเงื่อนไขนี้" in empty.text
