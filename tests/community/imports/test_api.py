"""The import and export over the API: the file as the body, the row report in Thai and
English, nothing written for a bad file, a collector refused, exports masked unless a
coordinator states why."""

from pathlib import Path

from httpx import Response

from tests.community.helpers import World
from tests.community.imports.files import row, write_csv, write_xlsx
from tests.community.imports.test_import import family
from tests.community.test_api import Api
from tests.spreadsheets import csv_rows
from thungngoen.community.collection_tables import import_mappings
from thungngoen.community.tables import personal_reads, persons

BASIS = "purpose=household+survey&notice_version=2026-1"


def post(api: Api, who: str, path: Path, query: str) -> Response:
    response: Response = api.client.post(
        f"/api/v1/data/imports?{query}&{BASIS}", content=path.read_bytes(), headers=api.tokens[who]
    )
    return response


def test_preview_then_import_and_a_bad_file_refused(world: World, tmp_path: Path) -> None:
    api = Api(world)
    path = write_xlsx(tmp_path / "in.xlsx", family(world))
    shown = post(api, "coordinator", path, "mode=preview")
    assert shown.status_code == 200, shown.text
    assert shown.json()["persons_created"] == 3
    assert world.count(persons) == 0
    done = post(api, "coordinator", path, "mode=all")
    assert done.json()["written"]
    assert world.count(persons) == 3
    bad = write_csv(tmp_path / "bad.csv", [row(world.bo_yang.name, "1", "ก", วันเกิด="01/01/2600")])
    refused = post(api, "coordinator", bad, "mode=all")
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["code"] == "import_has_errors"
    assert error["message_th"]
    [problem] = error["report"]["problems"]
    assert problem["code"] == "birth_date_in_future"
    assert problem["column"] == "วันเกิด"
    assert problem["row"] == 2
    assert problem["message"]
    assert "วันเกิด" in problem["message_th"]
    assert world.count(persons) == 3
    good = post(api, "coordinator", bad, "mode=good_rows")
    assert good.status_code == 200
    assert good.json()["rejected"] == 1


def test_a_collector_may_not_import_and_mappings_are_saved(world: World, tmp_path: Path) -> None:
    api = Api(world)
    path = write_csv(tmp_path / "in.csv", family(world))
    assert post(api, "collector", path, "mode=preview").status_code == 403
    mapping = {"mapping": {"name": "ชื่อ-สกุล", "birth_date": "วันเกิด"}}
    saved = api.client.put(
        "/api/v1/data/imports/mappings/สำรวจ 2569", json=mapping, headers=api.tokens["coordinator"]
    )
    assert saved.status_code == 204, saved.text
    listed = api.client.get("/api/v1/data/imports/mappings", headers=api.tokens["coordinator"])
    assert listed.json() == {"สำรวจ 2569": mapping["mapping"]}
    assert world.count(import_mappings) == 1


def test_exports_mask_unless_a_coordinator_states_why(world: World, tmp_path: Path) -> None:
    api = Api(world)
    post(api, "coordinator", write_csv(tmp_path / "in.csv", family(world)), "mode=all")
    masked = api.client.get("/api/v1/data/export?format=csv", headers=api.tokens["coordinator"])
    assert masked.status_code == 200
    assert "สมศรี" not in masked.text
    assert world.count(personal_reads) == 0
    assert len(csv_rows(masked.content)) == 4
    full = api.client.get(
        "/api/v1/data/export?format=csv&purpose=CODI+proposal", headers=api.tokens["coordinator"]
    )
    assert "สมศรี ใจดี" in full.text
    assert world.count(personal_reads) == 3
    assert api.client.get("/api/v1/data/export", headers=api.tokens["collector"]).status_code == 403
