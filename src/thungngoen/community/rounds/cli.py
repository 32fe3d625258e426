"""``thungngoen data rounds …``: survey rounds from the shell — list, create, add
communities, assign collectors, open and close; the deprivation counts of a round under
any place; the thresholds (show, or set a new version). Run by the operator at the
machine, so the actor is ``cli`` (the pages and the API check the coordinator's duty)."""

from datetime import date
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.community.nodes import parse_node
from thungngoen.community.round_tables import DIMENSIONS
from thungngoen.community.rounds.deprivation import (
    current_thresholds,
    deprived_households,
    set_thresholds,
)
from thungngoen.community.rounds.rounds import (
    InvalidRound,
    add_round_community,
    assign_collector,
    collectors_of,
    communities_of,
    create_round,
    list_rounds,
    move_round,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_satang
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection

app = typer.Typer(help="Survey rounds, their collectors, and deprivation in five dimensions.")
ACTOR = "cli"
RoundId = Annotated[int, typer.Argument(help="The round's id.")]


@app.command("list")
@fail_on_rejection
def list_command(database_url: DatabaseUrl = None) -> None:
    """Every round with its period, status, communities and collectors."""
    with read_transaction(engine_for(database_url)) as connection:
        found = [
            (r, len(communities_of(connection, r.id)), len(collectors_of(connection, r.id)))
            for r in list_rounds(connection)
        ]
    table = Table("id", "name", "from", "to", "form", "status", "communities", "collectors")
    for each, places, collectors in found:
        table.add_row(
            str(each.id), each.name, each.starts_on.isoformat(), each.ends_on.isoformat(),
            each.questionnaire, each.status, str(places), str(collectors),
        )  # fmt: skip
    console.print(table)


@app.command("create")
@fail_on_rejection
def create(
    name: Annotated[str, typer.Option(help="The round's name.")],
    start: Annotated[str, typer.Option(help="First day, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option(help="Last day, YYYY-MM-DD.")],
    community_ids: Annotated[list[int], typer.Option("--community", help="A community's id.")],
    database_url: DatabaseUrl = None,
) -> None:
    """A planned round over the communities given (repeat ``--community``)."""
    at = utc_now()

    def work(connection: Connection) -> int:
        found = create_round(
            connection, name=name, starts_on=date.fromisoformat(start),
            ends_on=date.fromisoformat(end), actor=ACTOR, at=at,
        )  # fmt: skip
        for community_id in community_ids:
            add_round_community(connection, found.id, community_id, actor=ACTOR, at=at)
        return found.id

    console.print(
        f"[green]round {write_transaction(engine_for(database_url), work)} planned[/green]"
    )


@app.command("assign")
@fail_on_rejection
def assign(
    round_id: RoundId,
    community_id: Annotated[int, typer.Option("--community")],
    phone: Annotated[str, typer.Option(help="The collector's phone.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Assign a collector (who holds the collector duty there) to a round's community."""
    at = utc_now()

    def work(connection: Connection) -> None:
        user = find_by_phone(connection, phone)
        if user is None:
            raise InvalidRound(f"no login with phone {phone!r}", "user_id")
        assign_collector(connection, round_id, community_id, user.id, actor=ACTOR, at=at)

    write_transaction(engine_for(database_url), work)
    console.print(f"[green]collector assigned in round {round_id}[/green]")


def _move(round_id: int, status: str, database_url: str | None) -> None:
    at = utc_now()
    write_transaction(
        engine_for(database_url), lambda c: move_round(c, round_id, status, actor=ACTOR, at=at)
    )
    console.print(f"[green]round {round_id} {status}[/green]")


@app.command("open")
@fail_on_rejection
def open_command(round_id: RoundId, database_url: DatabaseUrl = None) -> None:
    """Open a planned round: collectors may record households."""
    _move(round_id, "open", database_url)


@app.command("close")
@fail_on_rejection
def close(round_id: RoundId, database_url: DatabaseUrl = None) -> None:
    """Close an open round: no more records."""
    _move(round_id, "closed", database_url)


@app.command("deprivation")
@fail_on_rejection
def deprivation(
    round_id: RoundId,
    node: Annotated[
        str, typer.Option(help="A place: province:90, tambon:900101, …")
    ] = "province:90",
    database_url: DatabaseUrl = None,
) -> None:
    """Households of the round under a place deprived in each dimension."""
    with read_transaction(engine_for(database_url)) as connection:
        counts = deprived_households(connection, parse_node(node), round_id)
    table = Table("surveyed", "any dimension", *DIMENSIONS)
    table.add_row(
        str(counts.surveyed), str(counts.any_dimension),
        *(str(counts.by_dimension[d]) for d in DIMENSIONS),
    )  # fmt: skip
    console.print(table)


@app.command("thresholds")
@fail_on_rejection
def thresholds(
    income_line_baht: Annotated[
        int | None, typer.Option(help="New income line, baht a person a year.")
    ] = None,
    failed: Annotated[
        list[str] | None, typer.Option(help="dimension=n failed indicators, e.g. living=2.")
    ] = None,
    reason: Annotated[str, typer.Option(help="Why the thresholds change.")] = "",
    database_url: DatabaseUrl = None,
) -> None:
    """Show the thresholds, or set a new version of them."""
    engine = engine_for(database_url)
    if income_line_baht is not None or failed:
        at = utc_now()

        def work(connection: Connection) -> None:
            now = current_thresholds(connection)
            counts = dict(now.failed)
            for pair in failed or []:
                key, _, value = pair.partition("=")
                counts[key] = int(value) if value.isdigit() else -1
            line = now.income_line if income_line_baht is None else income_line_baht * 100
            set_thresholds(connection, income_line=line, failed=counts, reason=reason,
                           actor=ACTOR, at=at)  # fmt: skip

        write_transaction(engine, work)
    with read_transaction(engine) as connection:
        now = current_thresholds(connection)
    console.print(
        f"version {now.version}: income line {format_satang(now.income_line)} a person a year; "
        + ", ".join(f"{d} ≥ {n} failed" for d, n in now.failed.items())
    )
