"""``thungngoen data …``: the network's data from the shell — communities under a place
with their counts, a community's households, a household's persons (masked), the
organisations, the duties logins hold (and granting them), and the demo.

A place is a node id: ``province:90``, ``amphoe:9001``, ``tambon:900101``,
``municipality:1``, ``community:12`` (decision 0044)."""

from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen import community
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.community import cli_field as field_cli
from thungngoen.community.demo import load_community_demo
from thungngoen.community.demo_data import LOGINS
from thungngoen.community.errors import InvalidDuty
from thungngoen.community.pdpa import cli as pdpa_cli
from thungngoen.community.rounds import cli as rounds_cli
from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_satang
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.thai import InvalidIdentifier

app = typer.Typer(help="The network's data: communities, households, organisations, duties.")
app.add_typer(rounds_cli.app, name="rounds")
ACTOR = "cli"
Node = Annotated[str, typer.Option(help="A place: province:90, tambon:900101, community:12.")]


@app.command("communities")
@fail_on_rejection
def communities(node: Node = "province:90", database_url: DatabaseUrl = None) -> None:
    """The communities under a place, with their households and persons."""
    with read_transaction(engine_for(database_url)) as connection:
        rows = community.community_rows(connection, community.parse_node(node))
    table = Table("id", "community", "type", "sub-district", "households", "persons")
    for row in rows:
        place = row.community
        table.add_row(
            str(place.id), place.name, place.kind, place.tambon_code,
            str(row.households), str(row.persons),
        )  # fmt: skip
    console.print(table)
    console.print(f"{len(rows)} communities, {sum(r.households for r in rows)} households")


@app.command("households")
@fail_on_rejection
def households(
    community_id: Annotated[int, typer.Option("--community", help="The community's id.")],
    database_url: DatabaseUrl = None,
) -> None:
    """A community's households."""
    with read_transaction(engine_for(database_url)) as connection:
        community.get_community(connection, community_id)
        found = community.list_households(connection, community_id)
    table = Table("id", "house number", "tenure", "income a month", "debts", "relocate", "version")
    for home in found:
        table.add_row(
            str(home.id), home.house_number, home.tenure, format_satang(home.income_month),
            format_satang(home.debts), "yes" if home.wish_to_relocate else "", str(home.version),
        )  # fmt: skip
    console.print(table)


@app.command("persons")
@fail_on_rejection
def persons(
    household_id: Annotated[int, typer.Option("--household", help="The household's id.")],
    database_url: DatabaseUrl = None,
) -> None:
    """A household's persons, masked as lists show them (no read of a detail is made)."""
    with read_transaction(engine_for(database_url)) as connection:
        community.get_household(connection, household_id)
        found = community.persons_of(connection, household_id)
    table = Table("id", "name", "born", "relation", "phone", "national ID", "basis")
    for person in found:
        table.add_row(
            str(person.id), person.name, person.birth_date.isoformat(), person.relation,
            community.mask_phone(person.phone),
            community.mask_national_id(person.national_id_last4), person.lawful_basis,
        )  # fmt: skip
    console.print(table)


@app.command("organisations")
@fail_on_rejection
def organisations(
    sector: Annotated[str | None, typer.Option(help="Only this sector.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """The network's organisations, their sector, dimensions and places."""
    with read_transaction(engine_for(database_url)) as connection:
        found = community.list_organisations(connection, sector=sector)
    table = Table("id", "name", "sector", "dimensions", "places")
    for each in found:
        table.add_row(
            str(each.id), each.name_th, each.sector, ", ".join(sorted(each.dimensions)),
            ", ".join(each.places),
        )  # fmt: skip
    console.print(table)


@app.command("duties")
@fail_on_rejection
def duties(
    grant: Annotated[str | None, typer.Option(help="Grant this duty to --phone.")] = None,
    phone: Annotated[str | None, typer.Option(help="The login's phone.")] = None,
    community_id: Annotated[int | None, typer.Option("--community")] = None,
    organisation_id: Annotated[int | None, typer.Option("--organisation")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """List the current duties, or grant one (``--grant collector --phone 08… --community 3``)."""
    engine = engine_for(database_url)
    if grant is not None:
        at = utc_now()

        def work(connection: Connection) -> community.Duty:
            try:
                user = find_by_phone(connection, phone or "")
            except InvalidIdentifier:
                user = None
            if user is None:
                raise InvalidDuty(f"no login with phone {phone!r}", "user_id")
            return community.grant_duty(
                connection, user_id=user.id, duty=grant, community_id=community_id,
                organisation_id=organisation_id, actor=ACTOR, at=at,
            )  # fmt: skip

        held = write_transaction(engine, work)
        console.print(f"[green]duty {held.id} granted: {held.duty}[/green]")
    with read_transaction(engine) as connection:
        found = community.list_duties(connection)
    table = Table("id", "login", "duty", "organisation", "community", "granted by")
    for duty in found:
        table.add_row(
            str(duty.id), str(duty.user_id), duty.duty, str(duty.organisation_id or ""),
            str(duty.community_id or ""), duty.granted_by,
        )  # fmt: skip
    console.print(table)


@app.command("demo")
def demo(database_url: DatabaseUrl = None) -> None:
    """Load the demo's communities, organisations and ~3,000 households (once)."""
    loaded = load_community_demo(engine_for(database_url))
    console.print("community data loaded" if loaded else "community data already there")
    table = Table("duty", "name", "phone", "password")
    for duty, login in LOGINS:
        table.add_row(duty, login.name, login.phone, login.password)
    console.print(table)


from thungngoen.community.relocation.cli import app as relocation_app  # noqa: E402

app.add_typer(relocation_app, name="relocation")
app.add_typer(field_cli.app, name="field")


def _register_imports() -> None:
    from thungngoen.community.imports.cli import register

    register(app)


_register_imports()
app.add_typer(pdpa_cli.app, name="pdpa")
