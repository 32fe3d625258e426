"""``thungngoen data field entries|conflicts``: what phones sent, from the shell."""

from sqlalchemy import Engine
from typer.testing import CliRunner

from tests.community.field.test_entries_api import household_entry, send
from tests.community.helpers import AT, World
from tests.community.test_api import Api
from thungngoen.cli.main import app
from thungngoen.community import field


def test_entries_and_conflicts_in_the_shell(
    world: World, api: Api, engine: Engine, database_url: str
) -> None:
    household = world.household(income_month=100_000)
    applied = household_entry(household, debts=5_000)
    send(api, "collector", applied)
    stale = household_entry(household, income_month=200_000)  # made on version 1 too
    conflict = send(api, "collector", stale)[0]
    assert conflict["outcome"] == "conflict"
    runner = CliRunner()

    def run(*words: str) -> str:
        result = runner.invoke(app, ["data", "field", *words, "--database-url", database_url])
        assert result.exit_code == 0, result.output
        return result.output

    listed = run("entries", "--collector", world.users["collector"].phone)
    assert "2 entries" in listed
    assert "applied" in listed
    assert "conflict" in listed
    shown = run("conflicts")
    assert "1 conflicts" in shown
    assert "income_month" in shown
    assert "200000" in shown
    assert "1 → 2" in shown
    world.write(
        lambda c: field.resolve_conflict(
            c, world.users["coordinator"], conflict["entry_id"], take_from_phone=set(), at=AT
        )
    )
    assert "0 conflicts" in run("conflicts")
    assert "office" in run("conflicts", "--resolved")
    nobody = runner.invoke(
        app, ["data", "field", "entries", "--collector", "0000", "--database-url", database_url]
    )
    assert nobody.exit_code == 1
