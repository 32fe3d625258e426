"""``thungngoen savings …`` and the Bo Yang demo: 16 groups, about 56,000 baht, sound."""

from sqlalchemy import Engine
from typer.testing import CliRunner

from thungngoen import savings
from thungngoen.auth.users import find_by_phone
from thungngoen.checks import run_checks
from thungngoen.cli.main import app
from thungngoen.db import read_transaction
from thungngoen.savings import access
from thungngoen.savings.demo_data import TREASURER


def _run(database_url: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["savings", *args, "--database-url", database_url])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_demo_loads_once_and_tells_the_seeds_story(engine: Engine, database_url: str) -> None:
    assert "savings groups loaded" in _run(database_url, "demo")
    assert "already there" in _run(database_url, "demo")
    with read_transaction(engine) as connection:
        view = savings.federation_view(connection, savings.thai_today())
        assert [check.name for check in run_checks(connection) if not check.ok] == []
        user = find_by_phone(connection, TREASURER.phone)
        assert user is not None
        [group] = access.readable_groups(connection, user)
        report = savings.group_report(connection, group.id, savings.thai_today())
        previews = [
            savings.preview_shareout(connection, found.id, savings.thai_today())
            for found in savings.list_groups(connection)
            if found.status == "active"
        ]
    paying = [p for p in previews if p.profit > 0 and p.dividend > 0 and p.dividends]
    assert len(paying) >= 12, [(p.group_id, p.profit, p.dividend) for p in previews]
    assert all(p.enterprise < p.profit for p in paying)  # the enterprise takes a share, not all
    assert all(p.interest + p.fines > p.expenses for p in paying)
    assert (view.count("active"), view.count("forming")) == (16, 6)
    with read_transaction(engine) as connection:
        ahead = savings.meetings_ahead(connection, group.id, savings.thai_today())
    assert len(ahead) == 6
    assert all(m.meets_on.day == 10 and m.meets_on > savings.thai_today() for m in ahead)
    assert 5_000_000 <= view.total("savings") <= 6_200_000
    assert view.total("loans_outstanding") > 0
    assert view.total("members_in_arrears") > 0
    assert report.meetings == 12
    assert {"treasurer"} == {office for row in report.members for office in row.offices} & {
        "treasurer"
    }
    assert sum(1 for row in report.members if row.member.wallet_member_id) == 4
    output = _run(database_url, "federation")
    assert "22 groups (16 active, 6 forming)" in output
    assert "balanced" in _run(database_url, "report", "boyang-01")
    assert "boyang-16" in _run(database_url, "groups")
    assert "total" in _run(database_url, "loan", "1")


def test_a_schedule_preview_from_the_shell() -> None:
    result = CliRunner().invoke(
        app,
        [
            "savings",
            "schedule",
            "--principal",
            "1000",
            "--months",
            "3",
            "--rate",
            "1",
            "--method",
            "declining",
            "--start",
            "2024-01-31",
        ],
    )
    assert result.exit_code == 0, result.output
    output = result.output
    assert "340.02" in output
    assert "340.03" in output
    assert "1,020.07" in output


def test_a_rejection_is_one_red_line(database_url: str) -> None:
    result = CliRunner().invoke(
        app, ["savings", "report", "no-such-group", "--database-url", database_url]
    )
    assert result.exit_code == 1
    assert "no savings group" in result.output
