from sqlalchemy import Engine
from typer.testing import CliRunner

from thungngoen.cli.main import app
from thungngoen.demo import demo_balances, load_demo


def test_demo_loads_once_and_balances(engine: Engine, database_url: str) -> None:
    load_demo(engine)
    first = {account.code: account.balance for account in demo_balances(engine)}
    result = CliRunner().invoke(app, ["demo", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert "สมศรี ใจดี" in result.output
    assert {account.code: account.balance for account in demo_balances(engine)} == first
    assert -first["skc:mint"] == first["thb:backing"] == 80_000
    assert first["skc:wallet:somsri"] == 50_000 - 8_500
