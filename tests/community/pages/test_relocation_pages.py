"""The relocation pages: the register scoped to a place with its status filter, a
request's page with its history and the steps each duty may take, proposals and the PDF
for CODI; the community profile's new sections."""

import re
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection

from tests.community.helpers import ACTOR, PASSWORD, World
from tests.community.relocation_helpers import household_with, proposal, register, step
from tests.web.conftest import form_token, logged_in
from thungngoen.community.relocation_tables import relocation_requests, relocation_steps
from thungngoen.community.tables import personal_reads
from thungngoen.db.writer import detach_writer
from thungngoen.wallet.people import MERCHANT_CATEGORIES, register_merchant, set_merchant_status
from thungngoen.web.app import create_app


class Browser:
    def __init__(self, world: World) -> None:
        self.app = create_app(world.engine)
        self.world = world

    def as_(self, who: str | None) -> TestClient:
        client = TestClient(self.app)
        if who is None:
            return client
        return logged_in(client, self.world.users[who].phone, PASSWORD)


@pytest.fixture
def browser(world: World) -> Iterator[Browser]:
    yield Browser(world)
    detach_writer(world.engine)


def _post(client: TestClient, page: str, action: str, **form: str) -> httpx.Response:
    data = {"csrf_token": form_token(client, page), **form}
    answer: httpx.Response = client.post(action, data=data, follow_redirects=False)
    return answer


def test_a_leader_registers_and_withdraws_but_does_not_verify(
    world: World, browser: Browser
) -> None:
    home = household_with(world, community_id=world.hat_yai.id)
    leader = browser.as_("leader")
    form = f"/data/households/{home}/relocation"
    assert "ลงทะเบียนคำขอย้ายที่อยู่" in leader.get(form).text
    refused = _post(leader, form, form, reason="boredom", loan="300000")
    assert refused.status_code == 422
    assert "ข้อมูลคำขอย้ายที่อยู่หรือโครงการไม่ถูกต้อง" in refused.text
    assert world.count(relocation_requests) == 0
    made = _post(leader, form, form, reason="crowded", loan="300000", declared_savings="25,000")
    assert made.status_code == 303
    where = made.headers["location"]
    page = leader.get(where).text
    assert "บ้านแออัดหรือทรุดโทรม" in page
    assert "25,000.00" in page
    assert 'value="verified"' not in page, "only a coordinator verifies"
    request_id = int(where.rsplit("/", 1)[1])
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version
    verify = _post(leader, where, f"{where}/step", status="verified", version=version[1])
    assert verify.status_code == 403
    withdrawn = _post(leader, where, f"{where}/step", status="withdrawn", version=version[1])
    assert withdrawn.status_code == 303
    assert world.count(relocation_steps) == 2
    assert request_id > 0
    other = household_with(world)  # Bo Yang: not the leader's community
    assert leader.get(f"/data/households/{other}/relocation").status_code == 403
    assert browser.as_("collector").get(f"/data/households/{other}/relocation").status_code == 403


def test_the_coordinator_steps_and_a_wrong_step_reads_in_thai(
    world: World, browser: Browser
) -> None:
    request = register(world, household_with(world))
    coordinator = browser.as_("coordinator")
    where = f"/data/relocation/{request.id}"
    wrong = _post(coordinator, where, f"{where}/step", status="approved", version="1")
    assert wrong.status_code == 422
    assert "เปลี่ยนไปเป็นสถานะที่เลือกไม่ได้" in wrong.text
    assert world.count(relocation_steps) == 1
    done = _post(
        coordinator, where, f"{where}/step", status="verified", version="1", note="ตรวจแล้ว"
    )
    assert done.status_code == 303
    page = coordinator.get(where).text
    assert "เครือข่ายตรวจสอบแล้ว" in page
    assert "ตรวจแล้ว" in page
    history = page.split('id="relocation-history"', 1)[1]
    assert world.users["coordinator"].name in history, "by whom"
    assert "user:" not in history, "a name, not a code"
    assert "2569" in page, "dated in the Buddhist Era"
    auditor = browser.as_("auditor")
    assert auditor.get(where).status_code == 200
    assert 'value="withdrawn"' not in auditor.get(where).text
    assert (
        _post(auditor, where, f"{where}/step", status="withdrawn", version="2").status_code == 403
    )


def test_the_register_is_scoped_and_filtered(world: World, browser: Browser) -> None:
    mine = register(world, household_with(world, community_id=world.hat_yai.id, house_number="55"))
    theirs = register(world, household_with(world, house_number="77"))
    step(world, theirs, "verified")
    leader = browser.as_("leader").get("/data/relocation").text
    assert f"/data/relocation/{mine.id}" in leader
    assert f"/data/relocation/{theirs.id}" not in leader
    coordinator = browser.as_("coordinator")
    verified = coordinator.get("/data/relocation?status=verified").text
    assert f"/data/relocation/{theirs.id}" in verified
    assert f"/data/relocation/{mine.id}" not in verified
    scoped = coordinator.get("/data/relocation?node=tambon:901101").text
    assert f"/data/relocation/{mine.id}" in scoped
    assert f"/data/relocation/{theirs.id}" not in scoped
    assert browser.as_("auditor").get("/data/relocation").status_code == 200
    assert browser.as_("stranger").get("/data/relocation").status_code == 403
    assert browser.as_(None).get("/data/relocation", follow_redirects=False).status_code == 303


def test_a_proposal_page_and_its_pdf(world: World, browser: Browser) -> None:
    coordinator = browser.as_("coordinator")
    made = _post(coordinator, "/data/relocation", "/data/relocation/proposals", name="ระยะที่ 1")
    assert made.status_code == 303
    where = made.headers["location"]
    plan_id = int(where.rsplit("/", 1)[1])
    request = step(
        world, register(world, household_with(world), declared_savings=3_000_000), "verified"
    )
    step(world, request, "proposed", proposal_id=plan_id)
    page = coordinator.get(where).text
    assert "สรุปตามชุมชน" in page
    assert "ชุมชนตัวอย่างบ่อยาง" in page
    pdf = coordinator.get(f"{where}.pdf")
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert world.count(personal_reads) == 1, "the export is logged"
    assert browser.as_("leader").get(f"{where}.pdf").status_code == 403
    assert browser.as_("leader").get(where).status_code == 403
    assert world.count(personal_reads) == 1, "a refused export logs nothing"
    assert browser.as_("auditor").get(where).status_code == 200
    assert coordinator.get("/data/relocation/proposals/999").status_code == 404
    assert (
        _post(
            browser.as_("leader"), "/data/relocation", "/data/relocation/proposals", name="x"
        ).status_code
        == 403
    )
    assert proposal(world, "ระยะที่ 2").id != plan_id


def test_the_profile_shows_shops_coin_and_relocation(world: World, browser: Browser) -> None:
    def shop(connection: Connection) -> None:
        from thungngoen.auth.users import create_user

        owner = create_user(
            connection, phone="0891112222", name="เจ้าของร้าน", role="merchant",
            password=PASSWORD, actor=ACTOR,
        )  # fmt: skip
        found = register_merchant(
            connection, owner=owner, business_name="ร้านข้าวแกงตัวอย่าง",
            category=MERCHANT_CATEGORIES[0], tambon_code="900101", payout_promptpay="0891112222",
            actor=ACTOR,
        )  # fmt: skip
        set_merchant_status(connection, found, "approved", ACTOR)

    world.write(shop)
    request = register(world, household_with(world), declared_savings=3_000_000)
    step(world, request, "verified")
    page = browser.as_(None).get(f"/data/communities/{world.bo_yang.id}").text
    assert "ร้านค้าที่รับเหรียญในตำบล" in page
    assert "ร้านข้าวแกงตัวอย่าง" in page
    assert "ร้านค้าบันทึกไว้ตามตำบลเท่านั้น" in page, "the page says the figures are the sub-district's"
    assert "ไม่แสดงตัวเลข" in page, "no member active: the coin figures are withheld"
    assert "คำขอย้ายที่อยู่ถึง พอช." in page
    assert "คำขอที่ตรวจสอบแล้ว" in page
    assert "เครือข่ายตรวจสอบแล้ว" not in page, "figures only"
    quiet = browser.as_(None).get(f"/data/communities/{world.hat_yai.id}").text
    assert "คำขอย้ายที่อยู่ถึง พอช." not in quiet
    assert "ร้านข้าวแกงตัวอย่าง" not in quiet
