"""The survey rounds' pages: a coordinator plans, opens and closes a round, adds a question
and sets the thresholds; a collector finds their households and records one on a plain
form, a wrong answer shown next to its question in Thai with nothing written; the
household page shows its history across rounds; no one else manages rounds."""

import re
from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from tests.community.helpers import PASSWORD, World
from tests.community.rounds_helpers import good, open_round, submit
from tests.web.conftest import form_token, logged_in
from thungngoen import community
from thungngoen.community.round_tables import round_questions, round_records
from thungngoen.db.writer import detach_writer
from thungngoen.web.app import create_app


class Browser:
    def __init__(self, world: World) -> None:
        self.world = world
        self.app = create_app(world.engine)

    def as_(self, who: str) -> TestClient:
        return logged_in(TestClient(self.app), self.world.users[who].phone, PASSWORD)


@pytest.fixture
def browser(world: World) -> Iterator[Browser]:
    yield Browser(world)
    detach_writer(world.engine)


def _post(client: TestClient, page: str, action: str, data: dict[str, str]) -> Response:
    token = form_token(client, page)
    response: Response = client.post(
        action, data=data | {"csrf_token": token}, follow_redirects=False
    )
    return response


def test_a_coordinator_manages_rounds_and_thresholds(world: World, browser: Browser) -> None:
    coordinator = browser.as_("coordinator")
    assert browser.as_("collector").get("/data/rounds").status_code == 403
    made = _post(coordinator, "/data/rounds", "/data/rounds", {
        "name": "รอบหน้าเว็บ", "starts_on": "2026-06-01", "ends_on": "2026-07-31",
        f"c_{world.bo_yang.id}": "yes"})  # fmt: skip
    assert made.status_code == 303
    page = made.headers["location"]
    bad = _post(coordinator, page, f"{page}/questions", {"key": "Boat!", "kind": "yes_no",
                "label_th": "มีเรือ", "label_en": "Has a boat"})  # fmt: skip
    assert bad.status_code == 422
    assert "รอบสำรวจ" in bad.text
    assert world.count(round_questions) == 0
    fine = _post(coordinator, page, f"{page}/questions", {"key": "boat", "kind": "one_choice",
                 "label_th": "มีเรือ", "label_en": "Has a boat",
                 "choices": "none|ไม่มี|None\nsmall|เรือเล็ก|Small boat"})  # fmt: skip
    assert fine.status_code == 303
    pair = f"{world.users['collector'].id}:{world.bo_yang.id}"
    assert _post(coordinator, page, f"{page}/collectors", {"pair": pair}).status_code == 303
    assert _post(coordinator, page, f"{page}/open", {}).status_code == 303
    shown = coordinator.get(page)
    assert "เปิดเก็บข้อมูล" in shown.text
    assert "ปิดรอบ" in shown.text
    limits = coordinator.get("/data/thresholds")
    assert 'value="38000"' in limits.text
    data = {"income_line_baht": "40000", "reason": "ปรับตามเส้นใหม่"} | {
        f"{d}_failed": "1" for d in ("income", "living", "health", "education", "services")
    }
    assert _post(coordinator, "/data/thresholds", "/data/thresholds", data).status_code == 303
    wrong = _post(
        coordinator, "/data/thresholds", "/data/thresholds", data | {"living_failed": "9"}
    )
    assert wrong.status_code == 422
    assert world.read(community.current_thresholds).income_line == 4_000_000


def test_a_collector_records_a_household_on_the_form(world: World, browser: Browser) -> None:
    round_id = open_round(world)
    home = world.household()
    collector = browser.as_("collector")
    mine = collector.get("/data/my-round")
    assert "ต้องไปเก็บ" in mine.text
    form_page = f"/data/rounds/{round_id}/households/{home.id}"
    form = collector.get(form_page)
    assert "จำนวนสมาชิกในครัวเรือน (คน)" in form.text
    key = re.search(r'name="entry_key" value="([^"]+)"', form.text)
    assert key is not None
    answers = {f"q_{k}": ("yes" if v is True else str(v)) for k, v in good().items()}
    bad = _post(collector, form_page, form_page, answers | {"q_members": "0", "entry_key": key[1]})
    assert bad.status_code == 422
    assert "ต้องอยู่ในช่วง 1 ถึง 30" in bad.text
    assert world.count(round_records) == 0
    done = _post(collector, form_page, form_page, answers | {"entry_key": key[1]})
    assert done.status_code == 303
    again = _post(collector, form_page, form_page, answers | {"entry_key": key[1]})
    assert again.status_code == 303, "the same entry sent twice counts once"
    assert world.count(round_records) == 1
    stale = _post(collector, form_page, form_page, answers | {"entry_key": "another-entry-1"})
    assert stale.status_code == 422
    assert "entry-conflict" in stale.text
    leader = browser.as_("leader")
    assert leader.get(form_page).status_code == 403
    history = collector.get(f"/data/households/{home.id}")
    assert "household-history" in history.text
    assert "รอบ 2569" in history.text
    assert "50,000.00" in history.text


def test_the_household_page_compares_rounds(world: World, browser: Browser) -> None:
    home = world.household()
    first = open_round(world, "รอบ 2568", date(2025, 6, 1))
    second = open_round(world, "รอบ 2569")
    submit(world, first, home.id, good(members=4, income_year=60_000))
    submit(world, second, home.id, good(members=3, income_year=150_000))
    page = browser.as_("coordinator").get(f"/data/households/{home.id}").text
    section = page[page.index("household-history") :]
    assert section.index("รอบ 2568") < section.index("รอบ 2569")
    assert "ขัดสนด้านรายได้" not in section
    assert "มิติรายได้" in section


def test_the_data_page_links_to_the_rounds(world: World, browser: Browser) -> None:
    assert 'id="link-rounds"' in browser.as_("coordinator").get("/data").text
    collector = browser.as_("collector").get("/data").text
    assert 'id="link-my-round"' in collector
    assert 'id="link-rounds"' not in collector


def test_an_unknown_round_is_the_404_page(world: World, browser: Browser) -> None:
    coordinator = browser.as_("coordinator")
    assert coordinator.get("/data/rounds/999").status_code == 404
    home = world.household()
    assert coordinator.get(f"/data/rounds/999/households/{home.id}").status_code == 404
