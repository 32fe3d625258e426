"""The phone page and the routes its script calls with the session and the CSRF token
(never a bearer token), and the conflicts page where the office resolves field by field."""

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.community.field.test_entries_api import household_entry
from tests.community.helpers import AT, PASSWORD, World
from tests.web.conftest import logged_in
from thungngoen import community
from thungngoen.community.collection_tables import field_entries
from thungngoen.db.writer import detach_writer
from thungngoen.web.app import create_app
from thungngoen.web.cookies import CSRF_COOKIE


class Phones:
    def __init__(self, world: World) -> None:
        self.world = world
        self.app = create_app(world.engine)

    def as_(self, who: str | None) -> TestClient:
        client = TestClient(self.app)
        if who is None:
            return client
        return logged_in(client, self.world.users[who].phone, PASSWORD)


@pytest.fixture
def phones(world: World) -> Iterator[Phones]:
    yield Phones(world)
    detach_writer(world.engine)


def post_entries(
    client: TestClient, entries: list[dict[str, Any]], token: str | None = None
) -> Any:
    headers = {"X-CSRF-Token": client.cookies.get(CSRF_COOKIE, "") if token is None else token}
    return client.post("/data/field/entries", json={"entries": entries}, headers=headers)


def test_the_phone_page_is_a_shell_for_logins_only(world: World, phones: Phones) -> None:
    household = world.household()
    world.person(household.id, name="ยายตัวอย่าง ใจดี")
    collector = phones.as_("collector")
    page = collector.get("/data/field")
    assert page.status_code == 200
    assert '<script src="/static/community/field.js" defer></script>' in page.text
    assert "เก็บข้อมูลภาคสนาม" in page.text
    assert "ยายตัวอย่าง" not in page.text, "personal data comes from the phone's store"
    assert "<script>" not in page.text
    assert collector.get("/static/community/field.js").status_code == 200
    nobody = phones.as_(None)
    assert nobody.get("/data/field", follow_redirects=False).status_code == 303
    kept = collector.get("/data/field/assignments").json()
    assert kept["households"][0]["persons"][0]["name"] == "ยายตัวอย่าง ใจดี"


def test_entries_need_the_csrf_token_and_apply_once(world: World, phones: Phones) -> None:
    household = world.household()
    collector = phones.as_("collector")
    entry = household_entry(household, debts=50_000)
    assert post_entries(collector, [entry], token="forged").status_code == 403
    assert world.count(field_entries) == 0
    first = post_entries(collector, [entry])
    assert first.status_code == 200, first.text
    assert first.json()[0]["outcome"] == "applied"
    assert post_entries(collector, [entry]).json()[0]["replay"] is True
    assert world.read(lambda c: community.get_household(c, household.id)).version == 2
    malformed = post_entries(collector, [{**entry, "key": str(uuid.uuid4()), "kind": "x"}])
    assert malformed.status_code == 422
    error = malformed.json()["error"]
    assert error["message"].isascii()
    assert "ไม่ถูกต้อง" in error["message_th"]
    assert world.count(field_entries) == 1


def test_the_office_sees_both_versions_and_resolves(world: World, phones: Phones) -> None:
    household = world.household(income_month=300_000)
    world.write(
        lambda c: community.update_household(
            c, household.id, expected_version=1, income_month=310_000, actor="office", at=AT
        )
    )
    collector = phones.as_("collector")
    outcome = post_entries(collector, [household_entry(household, income_month=420_000)]).json()[0]
    assert outcome["outcome"] == "conflict"
    mine = collector.get("/data/field/conflicts").text
    assert f'id="conflict-{outcome["entry_id"]}"' in mine
    assert "สำนักงานเป็นผู้ตัดสิน" in mine, "the collector sees the conflict, the office resolves"
    assert "ยืนยันการแก้ไข" not in mine
    office = phones.as_("coordinator")
    shown = office.get("/data/field/conflicts").text
    assert "4,200.00" in shown
    assert "3,100.00" in shown
    assert "ยืนยันการแก้ไข" in shown
    form = {"csrf_token": office.cookies.get(CSRF_COOKIE, ""), "take-income_month": "phone"}
    done = office.post(
        f"/data/field/conflicts/{outcome['entry_id']}", data=form, follow_redirects=False
    )
    assert done.status_code == 303
    stored = world.read(lambda c: community.get_household(c, household.id))
    assert (stored.income_month, stored.version) == (420_000, 3)
    assert f'id="conflict-{outcome["entry_id"]}"' not in office.get("/data/field/conflicts").text
    resolved = office.get("/data/field/conflicts?resolved=1").text
    assert re.search(r'class="resolution">[^<]*field', resolved)
