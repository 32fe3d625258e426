"""``thungngoen wallet agents …``: the operator lists the floats, sets a limit and records
a hand-over from the shell."""

from typer.testing import CliRunner, Result

from tests.wallet.conftest import World
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import float_of_agent
from thungngoen.wallet.cli import app
from thungngoen.wallet.topups import cash_topup


def run(database_url: str, *args: str) -> Result:
    command = ["agents", *args, "--database-url", database_url]
    return CliRunner().invoke(app, command, env={"COLUMNS": "200"})


def test_limits_and_hand_overs_from_the_shell(world: World, database_url: str) -> None:
    write_transaction(
        world.engine,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=500_000,
            idempotency_key="r-1",
            actor="agent:1",
        ),
    )
    limited = run(database_url, "limit", str(world.agent_id), "30,000")
    assert limited.exit_code == 0, limited.output
    assert "limit" in limited.output
    assert "30,000.00" in limited.output
    handed = run(
        database_url, "handover", str(world.agent_id), "2000", "slip-1", "--reference", "A1"
    )
    assert handed.exit_code == 0, handed.output
    assert "3,000.00" in handed.output
    again = run(
        database_url, "handover", str(world.agent_id), "2000", "slip-1", "--reference", "A1"
    )
    assert again.exit_code == 0, again.output
    listed = run(database_url, "list")
    assert "กลุ่มออมทรัพย์บ่อยาง" in listed.output
    assert "27,000.00" in listed.output  # the room: 30,000 − 3,000
    too_much = run(database_url, "handover", str(world.agent_id), "3000.01", "slip-2")
    assert too_much.exit_code == 1
    with read_transaction(world.engine) as connection:
        agent = float_of_agent(connection, world.agent_id)
    assert (agent.float_limit, agent.held) == (3_000_000, 300_000)
