"""``thungngoen wallet programs …``: the operator runs sandboxes and events from the shell.

A PROGRAM argument is the program's code (``old-town``, ``citizens-day-2025``). Dates are
Thai time (UTC+7) unless they name their zone; amounts are in baht.
"""

from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_money, parse_baht
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.wallet import programs
from thungngoen.wallet.errors import UnknownMember
from thungngoen.wallet.people import member_for_user

app = typer.Typer(help="Programs: the sandbox area and its limits, events.", no_args_is_help=True)
ACTOR = "cli"
ProgramCode = Annotated[str, typer.Argument(help="The program's code, e.g. old-town.")]


def _moment(text: str) -> datetime:
    """``2025-06-20`` or ``2025-06-20T08:00``: Thai time; with an offset: as given."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=programs.THAI_TIME)
    return moment.astimezone(UTC)


def _satang(baht: str | None) -> int | None:
    return None if baht is None else parse_baht(baht)


def _baht(satang: int | None) -> str:
    return "-" if satang is None else format_money(satang, "SKC")


def _thai(moment: datetime | None) -> str:
    return "-" if moment is None else f"{moment.astimezone(programs.THAI_TIME):%Y-%m-%d %H:%M}"


@app.command("create")
@fail_on_rejection
def create(
    code: str,
    name: str,
    kind: Annotated[str, typer.Option(help="sandbox or event.")] = "sandbox",
    valid_from: Annotated[str | None, typer.Option(help="Start (default: now).")] = None,
    valid_until: Annotated[str | None, typer.Option(help="End; an event's expiry.")] = None,
    tambon: Annotated[
        list[str] | None, typer.Option(help="An allowed sub-district code (repeat).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="An excluded merchant category (repeat).")
    ] = None,
    daily_limit: Annotated[str | None, typer.Option(help="Per member per day.")] = None,
    monthly_limit: Annotated[str | None, typer.Option(help="Per member per month.")] = None,
    fund: Annotated[str | None, typer.Option(help="Event: the fund paying it.")] = None,
    allowance: Annotated[str | None, typer.Option(help="Event: per participant.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Create a program CODE named NAME (a sandbox unless --kind event)."""
    terms = programs.ProgramTerms(
        name=name,
        valid_from=_moment(valid_from) if valid_from else utc_now(),
        valid_until=_moment(valid_until) if valid_until else None,
        allowed_tambons=tuple(tambon or ()),
        excluded_categories=tuple(exclude or ()),
        daily_limit=_satang(daily_limit),
        monthly_limit=_satang(monthly_limit),
        fund_code=fund,
        allowance=_satang(allowance),
    )
    program = write_transaction(
        engine_for(database_url),
        lambda c: programs.create_program(c, code=code, kind=kind, terms=terms, actor=ACTOR),
    )
    console.print(f"{program.kind} program {program.code} created (id {program.id})")


@app.command("list")
@fail_on_rejection
def list_programs(
    kind: Annotated[str | None, typer.Option(help="Only sandbox or event programs.")] = None,
    active_only: bool = False,
    database_url: DatabaseUrl = None,
) -> None:
    """List the programs, their area, limits and dates (Thai time)."""
    with read_transaction(engine_for(database_url)) as connection:
        found = programs.list_programs(connection, kind=kind, active_only=active_only)
    table = Table("id", "code", "name", "kind", "area", "per day", "per month", "from", "until")
    table.add_column("state")
    for program in found:
        state = "closed" if program.closed_at else "active" if program.active else "inactive"
        table.add_row(
            str(program.id),
            program.code,
            program.name,
            program.kind,
            " ".join(program.allowed_tambons) or "anywhere",
            _baht(program.daily_limit),
            _baht(program.monthly_limit),
            _thai(program.valid_from),
            _thai(program.valid_until),
            state,
        )
    console.print(table)


@app.command("deactivate")
@fail_on_rejection
def deactivate(program: ProgramCode, database_url: DatabaseUrl = None) -> None:
    """Stop applying a program (its history stays)."""

    def work(connection: Connection) -> None:
        found = programs.program_by_code(connection, program)
        programs.deactivate_program(connection, found.id, actor=ACTOR)

    write_transaction(engine_for(database_url), work)
    console.print(f"program {program} deactivated")


@app.command("add-event-merchant")
@fail_on_rejection
def add_event_merchant(
    program: ProgramCode, merchant_id: int, database_url: DatabaseUrl = None
) -> None:
    """Let an approved shop (a temporary stall too) take the event's allowances."""

    def work(connection: Connection) -> None:
        found = programs.program_by_code(connection, program)
        programs.add_event_merchant(connection, found.id, merchant_id, actor=ACTOR)

    write_transaction(engine_for(database_url), work)
    console.print(f"merchant {merchant_id} takes the allowances of {program}")


@app.command("register")
@fail_on_rejection
def register(program: ProgramCode, phone: str, database_url: DatabaseUrl = None) -> None:
    """Register the member with PHONE and credit the event's allowance from its fund."""

    def work(connection: Connection) -> programs.Participant:
        found = programs.program_by_code(connection, program)
        return programs.register_by_phone(connection, found.id, phone, actor=ACTOR, now=utc_now())

    participant = write_transaction(engine_for(database_url), work)
    console.print(f"{phone} registered: allowance {format_money(participant.allowance, 'SKC')}")


@app.command("close-event")
@fail_on_rejection
def close_event(program: ProgramCode, database_url: DatabaseUrl = None) -> None:
    """After expiry: return what is left of every allowance to the event's fund."""

    def work(connection: Connection) -> programs.EventClosing:
        found = programs.program_by_code(connection, program)
        return programs.close_event(connection, found.id, utc_now(), actor=ACTOR)

    closing = write_transaction(engine_for(database_url), work)
    console.print(
        f"event {program} closed: {closing.participants} participants,"
        f" {format_money(closing.returned, 'THB')} back to the fund"
    )


@app.command("pay-allowance")
@fail_on_rejection
def pay_allowance(
    phone: Annotated[str, typer.Argument(help="The participant's phone number.")],
    merchant_id: Annotated[int, typer.Argument(help="The event shop's number.")],
    amount: Annotated[str, typer.Argument(help="In coin, e.g. 120 or 45.50.")],
    key: Annotated[str, typer.Argument(help="An idempotency key: the same key pays once.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Pay an event shop from the allowance of the member with PHONE: the operation the
    API and the phone's page call, with the same refusals."""

    def work(connection: Connection) -> tuple[int, int]:
        user = find_by_phone(connection, phone)
        if user is None:
            raise UnknownMember(f"no member with phone {phone}")
        member = member_for_user(connection, user.id)
        paid = programs.pay_with_allowance(
            connection, member, merchant_id, parse_baht(amount), key, utc_now()
        )
        return paid.amount, ledger.get_transfer(connection, paid.transfer_id).debit_balance_after

    paid, left = write_transaction(engine_for(database_url), work)
    console.print(
        f"paid {format_money(paid, 'SKC')} from the allowance to shop {merchant_id};"
        f" {format_money(left, 'SKC')} left"
    )
