"""``/data/import`` in the browser's way: upload, the preview with the columns mapped and
the report in Thai, then import; a collector is refused; the export links."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.community.helpers import World
from tests.community.imports.files import row, write_csv
from tests.community.imports.test_import import family
from tests.community.pages.test_pages import Browser
from tests.spreadsheets import csv_rows
from tests.web.conftest import form_token
from thungngoen.community.collection_tables import import_mappings
from thungngoen.community.tables import persons
from thungngoen.db.writer import detach_writer


@pytest.fixture
def browser(world: World) -> Iterator[Browser]:
    yield Browser(world)
    detach_writer(world.engine)


BASIS = {"basis": "consent", "purpose": "แบบสำรวจครัวเรือน", "notice_version": "2026-1"}


def test_upload_preview_then_import(world: World, browser: Browser, tmp_path: Path) -> None:
    client = browser.as_("coordinator")
    token = form_token(client, "/data/import")
    rows = family(world)
    rows.append(row(world.bo_yang.name, "9", "วันเกิดล่วงหน้า", วันเกิด="01/01/2600"))
    path = write_csv(tmp_path / "survey.csv", rows)
    shown = client.post(
        "/data/import",
        data={"csrf_token": token, "mode": "preview", **BASIS},
        files={"file": ("survey.csv", path.read_bytes(), "text/csv")},
    )
    assert shown.status_code == 200, shown.text
    assert "ตรวจแล้ว: ยังไม่ได้บันทึกข้อมูล" in shown.text
    assert "วันเกิดต้องไม่เกินวันนี้" in shown.text  # the row's problem, in Thai
    assert 'id="import-all"' not in shown.text
    assert 'id="import-good"' in shown.text
    assert world.count(persons) == 0
    stored = re.search(r'name="token" value="([^"]+)"', shown.text)
    assert stored
    done = client.post(
        "/data/import",
        data={"csrf_token": token, "mode": "good_rows", "token": stored.group(1),
              "file_name": "survey.csv", "save_as": "สำรวจ 2569", **BASIS}
        | {"map-name": "ชื่อ-สกุล", "map-community": "ชุมชน", "map-house_number": "บ้านเลขที่",
           "map-tenure": "การถือครอง", "map-birth_date": "วันเกิด", "map-sex": "เพศ",
           "map-relation": "ความสัมพันธ์"},
    )  # fmt: skip
    assert done.status_code == 200, done.text
    assert "นำเข้าเรียบร้อยแล้ว" in done.text
    assert world.count(persons) == 3
    assert world.count(import_mappings) == 1
    again = client.post(
        "/data/import",
        data={"csrf_token": token, "mode": "all", "token": stored.group(1), **BASIS},
    )
    assert again.status_code == 404, "an imported file is gone"


def test_a_collector_may_not_import_and_exports_mask(world: World, browser: Browser) -> None:
    assert browser.as_("collector").get("/data/import").status_code == 403
    assert browser.as_(None).get("/data/import").status_code == 403
    world.person(world.household().id, phone="0812345678")
    client = browser.as_("coordinator")
    page = client.get("/data/import")
    assert 'href="/data/export?format=csv"' in page.text
    masked = client.get("/data/export?format=csv")
    assert masked.status_code == 200
    assert "สมศรี" not in masked.text
    assert len(csv_rows(masked.content)) == 2
    full = client.get("/data/export?format=csv&purpose=ส่งรายชื่อให้ พอช.")
    assert "สมศรี ใจดี" in full.text
    assert browser.as_("collector").get("/data/export").status_code == 403
