"""``thungngoen data relocation …``: the register (``list``, ``show``), ``register``,
``step``, ``proposals`` (and ``--create``) and ``pdf`` — the proposal for CODI written to
a file, its export of names logged under the reader ``cli``. Money is typed in baht."""

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen import community
from thungngoen.clock import utc_now
from thungngoen.community import relocation as rel
from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_satang
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.thai import thai_today

app = typer.Typer(help="Relocation requests to CODI (Baan Mankong) and the proposals.")
ACTOR = "cli"
Baht = Annotated[int | None, typer.Option(help="Whole baht.", min=0, max=10**9)]


@app.command("list")
@fail_on_rejection
def list_requests(
    node: Annotated[
        str, typer.Option(help="A place: tambon:900101, community:12.")
    ] = "province:90",
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """The register under a place: household, community, status, persons, savings, 10 %."""
    today = thai_today()
    with read_transaction(engine_for(database_url)) as connection:
        found = rel.list_requests(connection, community.parse_node(node), status=status)
        views = [rel.view_of(connection, request, today) for request in found]
    table = Table("id", "house", "community", "status", "persons", "income", "savings", "10 %")
    for view in views:
        table.add_row(
            str(view.request.id), view.household.house_number, view.community_name,
            view.request.status, str(view.family_size),
            format_satang(view.household.income_month), format_satang(view.savings),
            "yes" if view.meets_down_payment else "no",
        )  # fmt: skip
    console.print(table)
    console.print(f"{len(views)} requests")


@app.command("show")
@fail_on_rejection
def show(request_id: int, database_url: DatabaseUrl = None) -> None:
    """A request and its history, each step dated and by whom."""
    with read_transaction(engine_for(database_url)) as connection:
        view = rel.view_of(connection, rel.get_request(connection, request_id), thai_today())
        history = rel.steps_of(connection, request_id)
    request = view.request
    console.print(
        f"request {request.id} · household {view.household.id} ({view.household.house_number},"
        f" {view.community_name}) · {request.status} · version {request.version}\n"
        f"reason {request.reason} · persons {view.family_size} · savings "
        f"{format_satang(view.savings)} ({view.savings_source}) · 10 % of the loan "
        f"{format_satang(view.down_payment)}: {'reached' if view.meets_down_payment else 'not yet'}"
    )
    table = Table("when (UTC)", "from", "to", "by", "note")
    for step in history:
        table.add_row(
            step.at.isoformat(timespec="minutes"), step.from_status or "", step.to_status,
            step.actor, step.note,
        )  # fmt: skip
    console.print(table)


@app.command("register")
@fail_on_rejection
def register(
    household_id: Annotated[int, typer.Option("--household", help="The household's id.")],
    reason: Annotated[str, typer.Option(help=f"One of {', '.join(rel.REASONS)}.")],
    note: Annotated[str, typer.Option(help="In the household's words.")] = "",
    savings: Baht = None,
    loan: Baht = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Register a household's request (savings: declared, when no member saves in a group)."""
    at = utc_now()
    made = write_transaction(
        engine_for(database_url),
        lambda c: rel.register_request(
            c, household_id=household_id, reason=reason, reason_note=note,
            declared_savings=None if savings is None else savings * 100,
            loan_amount=rel.DEFAULT_LOAN if loan is None else loan * 100, actor=ACTOR, at=at,
        ),
    )  # fmt: skip
    console.print(f"[green]request {made.id} registered[/green]")


@app.command("step")
@fail_on_rejection
def step(
    request_id: int,
    status: Annotated[str, typer.Argument(help=f"One of {', '.join(rel.STATUSES)}.")],
    version: Annotated[int, typer.Option(help="The version shown by `show`.")],
    proposal_id: Annotated[int | None, typer.Option("--proposal")] = None,
    note: str = "",
    database_url: DatabaseUrl = None,
) -> None:
    """Take the next step (``verified``, ``proposed --proposal 1``, ``approved``, …)."""
    at = utc_now()

    def work(connection: Connection) -> rel.RelocationRequest:
        return rel.take_step(
            connection, request_id, status, expected_version=version, note=note,
            proposal_id=proposal_id, actor=ACTOR, at=at,
        )  # fmt: skip

    done = write_transaction(engine_for(database_url), work)
    console.print(f"[green]request {done.id} is {done.status} (version {done.version})[/green]")


@app.command("proposals")
@fail_on_rejection
def proposals(
    create: Annotated[str | None, typer.Option(help="Create a proposal of this name.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """The proposals to CODI, or a new one."""
    engine = engine_for(database_url)
    if create is not None:
        at = utc_now()
        made = write_transaction(
            engine, lambda c: rel.create_proposal(c, name=create, actor=ACTOR, at=at)
        )
        console.print(f"[green]proposal {made.id} created[/green]")
    with read_transaction(engine) as connection:
        found = rel.list_proposals(connection)
        counts = {p.id: len(rel.list_requests(connection, community.ROOT, proposal_id=p.id))
                  for p in found}  # fmt: skip
    table = Table("id", "name", "requests", "created")
    for each in found:
        table.add_row(
            str(each.id), each.name, str(counts[each.id]), each.created_at.date().isoformat()
        )
    console.print(table)


@app.command("pdf")
@fail_on_rejection
def pdf(
    proposal_id: int,
    out: Annotated[Path, typer.Option(help="Where to write the PDF.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Write the proposal for CODI as a Thai PDF; each head's name is logged as exported."""
    at = utc_now()
    document = write_transaction(
        engine_for(database_url),
        lambda c: rel.proposal_document(c, proposal_id, reader=ACTOR, at=at, as_of=thai_today(at)),
    )
    out.write_bytes(rel.render_pdf(document))
    whole = document.totals[-1]
    console.print(
        f"[green]{out}: {whole.households} households, {whole.persons} persons, "
        f"{whole.meeting} reach 10 %[/green]"
    )
