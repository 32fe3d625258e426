"""Importing the network's spreadsheets: the mapping suggested from Thai headers, the
row report's rejections, all or nothing, the good rows only, the same file twice."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.community.helpers import AT, CONSENT, VALID_ID, World
from tests.community.imports.files import HEADERS, row, write_csv, write_xlsx
from thungngoen import community
from thungngoen.auth.errors import Forbidden
from thungngoen.community import imports
from thungngoen.community.collection_tables import import_runs
from thungngoen.community.tables import consents, households, persons

ID = "เลขประจำตัวประชาชน"  # a dict key: Python folds Thai sara am in keyword names
WRITERS = {"csv": write_csv, "xlsx": write_xlsx}


def options(**more: object) -> imports.ImportOptions:
    values: dict[str, object] = {"mapping": None, "basis": CONSENT, "scope": None} | more
    return imports.ImportOptions(**values)  # type: ignore[arg-type]


def run(world: World, path: Path, **more: object) -> imports.ImportReport:
    dry_run = bool(more.pop("dry_run", False))
    return imports.import_file(
        world.engine, path, options(**more), actor="test", at=AT, dry_run=dry_run
    )


def family(world: World) -> list[list[str]]:
    name = world.bo_yang.name
    return [
        row(name, "12/3", "สมศรี ใจดี", **{ID: VALID_ID, "เบอร์โทร": "0812345678"}),
        row(name, "12/3", "สมชาย ใจดี", เพศ="ชาย", ความสัมพันธ์="สามี", วันเกิด="1965-01-02"),
        row(str(world.rail.id), "7", "มาลี ริมราง", การถือครอง="railway_land"),
    ]


def test_the_mapping_is_suggested_from_thai_and_english_headers() -> None:
    thai = imports.suggest_mapping(HEADERS)
    assert thai["birth_date"] == "วันเกิด"
    assert thai["national_id"] == "เลขประจำตัวประชาชน"
    assert thai["community"] == "ชุมชน"
    assert thai["tenure"] == "การถือครอง"
    english = imports.suggest_mapping(["Community", "House No.", "Full name", "Date of birth"])
    assert english == {
        "community": "Community",
        "house_number": "House No.",
        "name": "Full name",
        "birth_date": "Date of birth",
    }


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_clean_file_imports_and_the_same_file_twice_changes_nothing(
    world: World, tmp_path: Path, kind: str
) -> None:
    path = WRITERS[kind](tmp_path / f"survey.{kind}", family(world))
    first = run(world, path, file_name=path.name)
    assert first.written
    assert first.rejected == 0
    assert first.rows == 3
    assert (first.counts.households_created, first.counts.persons_created) == (2, 3)
    assert world.count(households) == 2
    assert world.count(persons) == 3
    assert world.count(consents) == 3  # each person's consent, taken by the importer
    stored = world.read(
        lambda c: c.execute(select(persons).where(persons.c.name == "สมศรี ใจดี")).one()
    )
    assert stored.birth_date == date(1967, 3, 15)  # 15/03/2510, Buddhist era
    assert stored.national_id_last4 == VALID_ID[-4:]
    assert stored.phone == "0812345678"
    second = run(world, path)
    assert second.written
    assert second.counts.unchanged == 3
    assert (second.counts.households_created, second.counts.persons_created) == (0, 0)
    assert (second.counts.households_updated, second.counts.persons_updated) == (0, 0)
    assert world.count(persons) == 3
    assert world.count(consents) == 3
    assert world.count(import_runs) == 2


def test_a_changed_row_updates_its_person_and_moves_the_version(
    world: World, tmp_path: Path
) -> None:
    rows = family(world)
    run(world, write_csv(tmp_path / "a.csv", rows))
    rows[1] = row(world.bo_yang.name, "12/3", "สมชาย ใจดี", เพศ="ชาย", ความสัมพันธ์="สามี",
                  วันเกิด="1965-01-02", เบอร์โทร="0899999999")  # fmt: skip
    report = run(world, write_csv(tmp_path / "b.csv", rows))
    assert report.counts.persons_updated == 1
    assert report.counts.unchanged == 2
    changed = world.read(
        lambda c: c.execute(select(persons).where(persons.c.name == "สมชาย ใจดี")).one()
    )
    assert changed.phone == "0899999999"
    assert changed.version == 2
    assert world.count(persons) == 3


BAD = [
    ({"เลขประจำตัวประชาชน": "1101700207031"}, "เลขประจำตัวประชาชน", "invalid_person_national_id"),
    ({"วันเกิด": "01/01/2600"}, "วันเกิด", "birth_date_in_future"),
    ({"ชุมชน": "ชุมชนที่ไม่มี"}, "ชุมชน", "unknown_community"),
    ({"การถือครอง": "ให้อยู่ฟรี"}, "การถือครอง", "invalid_household"),
    ({"วันเกิด": "31/02/2510"}, "วันเกิด", "invalid_person"),
    ({"ผู้สูงอายุอยู่ลำพัง": "ใช่", "วันเกิด": "01/01/2560"}, "ผู้สูงอายุอยู่ลำพัง", "invalid_person"),
]


@pytest.mark.parametrize(("change", "column", "code"), BAD)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_file_with_a_bad_row_writes_nothing_and_reports_it(
    world: World, tmp_path: Path, kind: str, change: dict[str, str], column: str, code: str
) -> None:
    rows = family(world)
    rows.insert(1, row(world.bo_yang.name, "20", "แถวเสีย", **change))
    report = run(world, WRITERS[kind](tmp_path / f"bad.{kind}", rows))
    assert not report.written
    assert report.rejected == 1
    [problem] = report.problems
    assert (problem.row, problem.column, problem.code) == (3, column, code)
    assert problem.message
    assert world.count(households) == 0
    assert world.count(persons) == 0
    assert world.count(import_runs) == 0


def test_only_the_good_rows_when_the_user_chooses(world: World, tmp_path: Path) -> None:
    rows = family(world)
    rows.append(row(world.bo_yang.name, "30", "บัตรผิด", **{ID: "1234567890123"}))
    report = run(world, write_csv(tmp_path / "mixed.csv", rows), good_rows_only=True)
    assert report.written
    assert report.rejected == 1
    assert report.counts.persons_created == 3
    assert world.count(persons) == 3
    assert world.count(households) == 2


def test_a_preview_shows_the_rows_as_mapped_and_writes_nothing(
    world: World, tmp_path: Path
) -> None:
    report = run(world, write_csv(tmp_path / "p.csv", family(world)), dry_run=True)
    assert not report.written
    assert report.counts.persons_created == 3
    assert report.preview[0]["name"] == "สมศรี ใจดี"
    assert report.preview[0]["row"] == "2"
    assert world.count(persons) == 0


def test_health_data_without_explicit_consent_is_refused(world: World, tmp_path: Path) -> None:
    headers = [*HEADERS, "ติดเตียง"]
    rows = [[*row(world.bo_yang.name, "1", "ติดเตียง", วันเกิด="01/01/2480"), "ใช่"]]
    report = run(world, write_csv(tmp_path / "h.csv", rows, headers))
    assert [p.code for p in report.problems] == ["sensitive_consent_required"]
    assert world.count(persons) == 0


def test_a_withdrawn_consent_is_not_brought_back_by_an_old_sheet(
    world: World, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "s.csv", family(world))
    run(world, path)
    person_id = world.read(lambda c: c.execute(select(func.min(persons.c.id))).scalar_one())
    world.write(
        lambda c: community.withdraw_consent(c, person_id, kind="general", actor="test", at=AT)
    )
    report = run(world, path)
    assert [p.code for p in report.problems] == ["missing_lawful_basis"]
    assert not report.written


def test_a_malformed_file_and_a_wrong_sheet_are_refused(world: World, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook at all")
    with pytest.raises(imports.MalformedFile):
        run(world, broken)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(imports.MalformedFile):
        run(world, binary)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(imports.MalformedFile):
        run(world, empty)
    book = write_xlsx(tmp_path / "book.xlsx", family(world))
    with pytest.raises(imports.UnknownSheet):
        run(world, book, sheet="Sheet9")
    with pytest.raises(imports.InvalidMapping):
        run(world, book, mapping={"name": "ชื่อ-สกุล"})
    assert world.count(persons) == 0


def test_who_may_import(world: World) -> None:
    scope = imports.import_scope
    assert world.read(lambda c: scope(c, world.users["coordinator"])) is None
    for name in ("collector", "leader", "stranger"):
        with pytest.raises(Forbidden):
            world.read(lambda c, n=name: scope(c, world.users[n]))  # type: ignore[misc]


def test_an_editor_imports_only_within_their_organisation_places(
    world: World, tmp_path: Path
) -> None:
    def work(c: object) -> frozenset[int] | None:
        org = community.create_organisation(
            c, name_th="กลุ่มทดสอบ", name_en="Test group", sector="civil_society",  # type: ignore[arg-type]
            dimensions=("happy_society",), places=("tambon:900101",), actor="test", at=AT,
        )  # fmt: skip
        community.grant_duty(
            c, user_id=world.users["editor"].id, duty="editor", organisation_id=org.id,  # type: ignore[arg-type]
            actor="test", at=AT,
        )  # fmt: skip
        return imports.import_scope(c, world.users["editor"])  # type: ignore[arg-type]

    scope = world.write(work)
    assert scope == frozenset({world.bo_yang.id, world.rail.id})
    rows = [row(world.hat_yai.name, "1", "นอกพื้นที่"), *family(world)]
    report = run(world, write_csv(tmp_path / "e.csv", rows), scope=scope)
    assert [p.code for p in report.problems] == ["outside_assignment"]
