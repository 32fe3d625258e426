"""The community-data pages: places and profiles for everyone, households and persons for
those with a duty, a person's page logged as a read, masked lists, Thai first."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.community.helpers import PASSWORD, VALID_ID, WITH_HEALTH, World
from tests.web.conftest import logged_in
from thungngoen.community.tables import personal_reads
from thungngoen.db.writer import detach_writer
from thungngoen.web.app import create_app


class Browser:
    def __init__(self, world: World) -> None:
        self.world = world
        self.app = create_app(world.engine)

    def as_(self, who: str | None) -> TestClient:
        client = TestClient(self.app)
        if who is None:
            return client
        return logged_in(client, self.world.users[who].phone, PASSWORD)


@pytest.fixture
def browser(world: World) -> Iterator[Browser]:
    yield Browser(world)
    detach_writer(world.engine)


def test_anyone_sees_communities_and_profiles_but_no_household(
    world: World, browser: Browser
) -> None:
    household = world.household()
    world.person(household.id, phone="0812345678")
    public = browser.as_(None)
    listed = public.get("/data?node=amphoe:9001")
    assert listed.status_code == 200
    assert world.bo_yang.name in listed.text
    assert "ชุมชนตัวอย่างหาดใหญ่" not in listed.text, "scoped to the district"
    profile = public.get(f"/data/communities/{world.bo_yang.id}")
    assert profile.status_code == 200
    assert "ผู้สูงอายุอยู่ลำพัง" in profile.text
    assert f"/data/households/{household.id}" not in profile.text
    refused = public.get(f"/data/households/{household.id}", follow_redirects=False)
    assert refused.status_code == 303, "to the log-in page"
    assert public.get("/data?node=village:1").status_code == 404


def test_a_collector_opens_a_household_and_a_person_logged(world: World, browser: Browser) -> None:
    household = world.household(income_month=850_000)
    person = world.person(household.id, phone="0812345678", national_id=VALID_ID)
    collector = browser.as_("collector")
    mine = collector.get("/data?node=amphoe:9011").text
    assert f'href="/data/communities/{world.bo_yang.id}"' in mine, "their communities first"
    shown = collector.get(f"/data/households/{household.id}")
    assert shown.status_code == 200
    assert "08x-xxx-5678" in shown.text
    assert "0812345678" not in shown.text
    assert "8,500.00" in shown.text
    page = collector.get(f"/data/persons/{person.id}")
    assert page.status_code == 200
    assert "0812345678" in page.text
    assert "x-xxxx-xxxx7-03-0" in page.text
    assert VALID_ID not in page.text
    assert "มาตรา 26" in page.text, "the form says why health data is not recorded"
    assert world.count(personal_reads) == 1
    assert 'id="person-reads"' not in page.text, "the log is for the coordinator"
    assert browser.as_("leader").get(f"/data/persons/{person.id}").status_code == 403
    assert world.count(personal_reads) == 1, "a refused read is not a read"
    found = collector.get("/data/search?q=0812")
    assert "08x-xxx-5678" in found.text
    assert f"/data/persons/{person.id}" in found.text


def test_the_coordinator_sees_who_read_a_record(world: World, browser: Browser) -> None:
    household = world.household()
    person = world.person(household.id, basis=WITH_HEALTH, bedridden=True)
    browser.as_("collector").get(f"/data/persons/{person.id}")
    page = browser.as_("coordinator").get(f"/data/persons/{person.id}")
    assert 'id="person-reads"' in page.text
    assert page.text.count("เปิดดูหน้าข้อมูลบุคคล") == 2
    assert "ผู้ป่วยติดเตียง" in page.text
    assert "มาตรา 26" not in page.text


def test_organisations_are_listed_by_sector(world: World, browser: Browser) -> None:
    from tests.community.helpers import ACTOR, AT
    from thungngoen import community

    made = world.write(
        lambda c: community.create_organisation(
            c, name_th="สถาบันพัฒนาองค์กรชุมชน (พอช.)", name_en="CODI", sector="national_agency",
            dimensions=["happy_society"], places=["province:90"], actor=ACTOR, at=AT,
        )
    )  # fmt: skip
    public = browser.as_(None)
    listed = public.get("/data/organisations?sector=national_agency")
    assert "สถาบันพัฒนาองค์กรชุมชน (พอช.)" in listed.text
    assert "หน่วยงานระดับชาติ" in listed.text
    assert "พอช." not in public.get("/data/organisations?sector=academia").text
    page = public.get(f"/data/organisations/{made.id}")
    assert "สังคมเป็นสุข" in page.text
    assert "สงขลา" in page.text
