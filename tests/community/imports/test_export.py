"""Exporting a place: masked by default and not logged; in full only with a purpose, each
person logged; a full export imports back unchanged; and the commands."""

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tests.community.helpers import AT, CONSENT, VALID_ID, World
from tests.community.imports.files import write_csv
from tests.community.imports.test_import import family
from tests.spreadsheets import csv_rows, sheet_rows
from thungngoen import community
from thungngoen.cli.main import app
from thungngoen.community import imports
from thungngoen.community.imports.export import export_node
from thungngoen.community.pdpa.requests import receive_request
from thungngoen.community.tables import personal_reads, persons


def _imported(world: World, tmp_path: Path) -> None:
    options = imports.ImportOptions(None, CONSENT, None)
    path = write_csv(tmp_path / "in.csv", family(world))
    assert imports.import_file(world.engine, path, options, actor="test", at=AT).written


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_export_masks_by_default_and_logs_nothing(
    world: World, tmp_path: Path, kind: str
) -> None:
    _imported(world, tmp_path)
    out = tmp_path / f"out.{kind}"
    count = world.read(
        lambda c: export_node(
            c, community.ROOT, out, file_format=kind, scope=None, reader="test", at=AT
        )
    )
    assert count == 3
    content = out.read_bytes()
    rows = csv_rows(content) if kind == "csv" else sheet_rows(content)
    assert rows[0][:2] == ["community", "house_number"]
    flat = " ".join(str(cell) for line in rows for cell in line)
    assert "สมศรี" not in flat
    assert "0812345678" not in flat
    assert "1967-03-15" not in flat
    assert "08x-xxx-5678" in flat
    assert "x-xxxx-xxxx7-03-0" in flat
    assert world.count(personal_reads) == 0


def test_a_full_export_is_logged_and_imports_back_unchanged(world: World, tmp_path: Path) -> None:
    _imported(world, tmp_path)
    out = tmp_path / "full.csv"
    world.write(
        lambda c: export_node(
            c, community.ROOT, out, file_format="csv", scope=None, full=True,
            purpose="รายชื่อเสนอ พอช.", reader="user:1", at=AT,
        )
    )  # fmt: skip
    assert "สมศรี ใจดี" in out.read_text(encoding="utf-8-sig")
    logged = world.read(lambda c: c.execute(select(personal_reads)).all())
    assert len(logged) == 3
    assert {(r.what, r.purpose, r.reader) for r in logged} == {
        ("export", "รายชื่อเสนอ พอช.", "user:1")
    }
    again = imports.import_file(
        world.engine, out, imports.ImportOptions(None, CONSENT, None), actor="test", at=AT
    )
    assert again.written
    assert again.rejected == 0
    assert again.counts.unchanged == 3
    assert again.counts.persons_updated == 0
    kept = world.read(lambda c: c.execute(select(persons.c.national_id_last4)).scalars().all())
    assert VALID_ID[-4:] in kept  # the masked ID in the file left the stored one alone


def test_the_commands_import_and_export(world: World, tmp_path: Path, database_url: str) -> None:
    runner = CliRunner()
    path = write_csv(tmp_path / "in.csv", family(world))
    basis = ["--purpose", "household survey", "--notice", "2026-1"]
    url = ["--database-url", database_url]
    shown = runner.invoke(app, ["data", "import", str(path), *basis, "--preview", *url])
    assert shown.exit_code == 0, shown.output
    assert "preview only" in shown.output
    assert world.count(persons) == 0
    done = runner.invoke(app, ["data", "import", str(path), *basis, *url])
    assert done.exit_code == 0, done.output
    assert world.count(persons) == 3
    bad = write_csv(
        tmp_path / "bad.csv", [[*family(world)[0][:7], "32/13/2510", *family(world)[0][8:]]]
    )
    refused = runner.invoke(app, ["data", "import", str(bad), *basis, *url])
    assert refused.exit_code == 1
    assert "nothing imported" in refused.output
    out = tmp_path / "out.xlsx"
    exported = runner.invoke(
        app, ["data", "export", "province:90", "-o", str(out), "--format", "xlsx", *url]
    )
    assert exported.exit_code == 0, exported.output
    assert len(sheet_rows(out.read_bytes())) == 4
    no_purpose = runner.invoke(
        app, ["data", "export", "province:90", "-o", str(out), "--full", *url]
    )
    assert no_purpose.exit_code != 0
    assert world.count(personal_reads) == 0


def test_a_restricted_person_is_left_out_of_every_export(world: World, tmp_path: Path) -> None:
    _imported(world, tmp_path)
    first = world.read(lambda c: c.scalars(select(persons.c.id).order_by(persons.c.id)).first())
    assert first is not None
    world.write(
        lambda c: receive_request(c, first, kind="restriction", received_at=AT, actor="test", at=AT)
    )
    out = tmp_path / "out.csv"
    count = world.write(
        lambda c: export_node(
            c, community.ROOT, out, file_format="csv", scope=None, full=True,
            purpose="checking the register", reader="test", at=AT,
        )
    )  # fmt: skip
    assert count == 2
    assert world.count(personal_reads) == 2
