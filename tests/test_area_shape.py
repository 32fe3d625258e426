"""Every area has the one shape of docs/ARCHITECTURE.md, and every package that owns
tables is declared in ``thungngoen.areas``."""

import ast
from pathlib import Path

import pytest
import typer
from fastapi import APIRouter

from thungngoen import areas
from thungngoen.areas import AREAS, Area
from thungngoen.db import metadata

SOURCE = Path(areas.__file__).parent
TESTS = Path(__file__).parent
CORE_PACKAGES = {part.split(".")[1] for part in areas.CORE_TABLES}


def _defines_tables(path: Path) -> bool:
    """The module builds a ``Table(...)`` on the shared metadata."""
    tree = ast.parse(path.read_text())
    return any(
        isinstance(node, ast.Call)
        and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Table"
        and any(getattr(arg, "id", None) == "metadata" for arg in node.args)
        for node in ast.walk(tree)
    )


def test_every_package_owning_tables_is_an_area_or_the_core() -> None:
    owners = {
        path.relative_to(SOURCE).parts[0]
        for path in SOURCE.rglob("*.py")
        if "migrations" not in path.parts and _defines_tables(path)
    }
    registered = {area.name for area in AREAS} | CORE_PACKAGES
    assert owners, "no table found: the scan is broken"
    assert owners <= registered, f"not in thungngoen.areas: {sorted(owners - registered)}"


def test_the_registry_loads_every_table_the_areas_own() -> None:
    areas.load_all_tables()
    for area in AREAS:
        if area.tables:
            module = areas.load(area.tables)
            owned = [v for v in vars(module).values() if getattr(v, "metadata", None) is metadata]
            assert owned, f"{area.tables} defines no table"


@pytest.mark.parametrize("area", AREAS, ids=lambda area: area.name)
def test_an_area_has_the_whole_shape(area: Area) -> None:
    directory = area.directory()
    assert directory == SOURCE / area.name
    assert area.access == f"{area.package}.access"
    assert areas.load(area.access).__doc__, "access.py says who may do what"
    texts = areas.load(area.texts)
    assert isinstance(texts.THAI, dict)
    assert isinstance(texts.THAI_BY_CODE, dict)
    assert (TESTS / area.name).is_dir(), f"tests/{area.name}/ mirrors the area"
    if area.tables:
        assert (directory / "errors.py").is_file(), "an area with tables has its rejections"
    if area.api:
        assert isinstance(areas.load(area.api), APIRouter)
        schemas = directory / "api" / "schemas"
        assert schemas.with_suffix(".py").is_file() or (schemas / "__init__.py").is_file()
    if area.pages:
        assert isinstance(areas.load(area.pages), APIRouter)
        assert (directory / "templates" / area.name).is_dir()
    for mount in area.cli:
        target = areas.load(mount.target)
        assert isinstance(target, typer.Typer) or callable(target)
    if area.checks:
        assert all(callable(check) for check in areas.load(area.checks))
    if area.demo:
        assert callable(areas.load(area.demo))


@pytest.mark.parametrize("area", AREAS, ids=lambda area: area.name)
def test_no_part_of_an_area_is_left_undeclared(area: Area) -> None:
    directory = area.directory()
    found = {
        "tables": (directory / "tables.py").exists(),
        "api": (directory / "api").is_dir(),
        "pages": (directory / "pages").is_dir(),
        "cli": (directory / "cli.py").exists(),
    }
    declared = {"tables": bool(area.tables), "api": bool(area.api), "pages": bool(area.pages)}
    declared["cli"] = bool(area.cli)
    assert found == declared


def test_names_are_unique_and_menus_point_at_pages() -> None:
    assert len({area.name for area in AREAS}) == len(AREAS)
    positions = [(link.role, link.position) for area in AREAS for link in area.navigation]
    assert len(set(positions)) == len(positions), "two menu entries share a place"
    for area in AREAS:
        assert all(link.path.startswith("/") for link in area.navigation)


def test_verify_runs_the_core_checks_and_every_area_s() -> None:
    from thungngoen.checks import all_checks

    run = all_checks()
    expected = [check for part in areas.CORE_CHECKS for check in areas.load(part)]
    expected += [check for area in AREAS if area.checks for check in areas.load(area.checks)]
    assert run == expected
    assert {"coin_backed_by_baht", "audit_chain"} <= {check.__name__ for check in run}
