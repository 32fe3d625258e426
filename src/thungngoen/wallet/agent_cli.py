"""``thungngoen wallet agents …``: the agents' floats from the shell (operator use): list
them against their limits, set a limit, record the cash an agent hands over."""

from typing import Annotated

import typer
from rich.table import Table

from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_money, parse_baht
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.wallet.agent_limits import agent_floats, set_float_limit
from thungngoen.wallet.handovers import record_handover

app = typer.Typer(help="Agents' cash floats: limits and hand-overs.", no_args_is_help=True)
ACTOR = "cli"
Baht = Annotated[str, typer.Argument(help="Amount in baht, e.g. 20000 or 1,234.50")]


@app.command("list")
def list_floats(database_url: DatabaseUrl = None) -> None:
    """Every agent: the limit, the cash held for the operator and the room left."""
    with read_transaction(engine_for(database_url)) as connection:
        found = agent_floats(connection)
    table = Table("agent", "name", "limit", "cash held", "room")
    for agent in found:
        table.add_row(
            str(agent.agent_id),
            agent.name,
            format_money(agent.float_limit, "THB"),
            format_money(agent.held, "THB"),
            format_money(agent.room, "THB"),
        )
    console.print(table)


@app.command("limit")
@fail_on_rejection
def limit(agent_id: int, amount: Baht, database_url: DatabaseUrl = None) -> None:
    """Set the cash AGENT_ID may hold for the operator (audited)."""
    satang = parse_baht(amount)
    agent = write_transaction(
        engine_for(database_url), lambda c: set_float_limit(c, agent_id, satang, ACTOR)
    )
    console.print(f"{agent.name}: limit {format_money(agent.float_limit, 'THB')}")


@app.command("handover")
@fail_on_rejection
def handover(
    agent_id: int,
    amount: Baht,
    key: Annotated[str, typer.Argument(help="The hand-over's number (idempotency key).")],
    reference: Annotated[str, typer.Option(help="The bank's deposit slip.")] = "",
    database_url: DatabaseUrl = None,
) -> None:
    """AGENT_ID handed AMOUNT of the operator's cash over and it is banked."""
    done = write_transaction(
        engine_for(database_url),
        lambda c: record_handover(
            c,
            agent_id=agent_id,
            amount=parse_baht(amount),
            idempotency_key=key,
            actor=ACTOR,
            reference=reference,
        ),
    )
    held = format_money(done.agent.held, "THB")
    console.print(f"{done.agent.name}: handed over, still holds {held}")
