from sqlalchemy import Engine
from typer.testing import CliRunner

from thungngoen.checks import run_checks
from thungngoen.cli.main import app
from thungngoen.db import read_transaction
from thungngoen.wallet.demo import load_demo
from thungngoen.wallet.reserve import reserve_report


def test_demo_loads_once_and_is_sound(engine: Engine, database_url: str) -> None:
    assert load_demo(engine) is True
    with read_transaction(engine) as connection:
        first = reserve_report(connection)
    result = CliRunner().invoke(app, ["demo", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert "already there" in result.output
    assert "สมศรี ใจดี" in result.output
    with read_transaction(engine) as connection:
        assert reserve_report(connection) == first
        assert [check.name for check in run_checks(connection) if not check.ok] == []
    assert first.coin_outstanding == 100_000
