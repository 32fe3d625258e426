"""``thungngoen savings …``: the network's and a treasurer's view from the shell.

A GROUP argument is the group's code (``laem-son-on``); amounts are typed in baht and
dates as ``2025-03-31``; rates are percent a month (``1`` or ``1.25``).
"""

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated

import typer
from rich.table import Table

from thungngoen import savings
from thungngoen.db import read_transaction
from thungngoen.money import format_satang, parse_baht
from thungngoen.savings import meetings_cli
from thungngoen.savings.demo import load_savings_demo
from thungngoen.savings.schedule import Instalment
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.web.api_fields import FIRST_DAY, LAST_DAY
from thungngoen.web.form_values import typed_day

app = typer.Typer(help="Savings groups: the federation, group reports, loan schedules.")
app.add_typer(meetings_cli.app, name="meetings")
app.command("leave")(meetings_cli.leave)
AsOf = Annotated[str | None, typer.Option(help="The day to report on (default: today).")]


def _day(text: str | None) -> date:
    """A ``--as-of`` day: ``YYYY-MM-DD`` within the days the API accepts (``Day``)."""
    if not text:
        return savings.thai_today()
    day = typed_day(text)
    if day is None:
        raise typer.BadParameter(
            f"a day is written YYYY-MM-DD, between {FIRST_DAY} and {LAST_DAY}", param_hint="--as-of"
        )
    return day


def _rate(text: str) -> int:
    try:
        basis_points = Decimal(text) * 100
    except InvalidOperation:
        raise ValueError(f"not a rate: {text!r}") from None
    if basis_points != basis_points.to_integral_value():
        raise ValueError("a rate has at most two decimals")
    return int(basis_points)


@app.command("groups")
@fail_on_rejection
def groups(
    tambon: Annotated[str | None, typer.Option(help="Only this sub-district.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """List the groups with their community and savings."""
    with read_transaction(engine_for(database_url)) as connection:
        found = savings.list_groups(connection, tambon)
        books = savings.books_by_group(connection)
    table = Table("code", "name", "community", "sub-district", "status", "savings")
    for group in found:
        saved = books.get(group.code, savings.Books()).savings
        table.add_row(
            group.code,
            group.name,
            group.community,
            group.tambon_code,
            group.status,
            format_satang(saved),
        )
    console.print(table)


@app.command("federation")
@fail_on_rejection
def federation(
    as_of: AsOf = None,
    tambon: Annotated[str | None, typer.Option(help="Only this sub-district.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Every group's members, savings, loans, arrears and growth, with the totals."""
    with read_transaction(engine_for(database_url)) as connection:
        view = savings.federation_view(connection, _day(as_of), tambon)
    table = Table("code", "community", "members", "savings", "loans", "overdue", "in arrears")
    table.add_column("growth (90 days)")
    for row in view.rows:
        table.add_row(
            row.group.code,
            row.group.community,
            str(row.members),
            format_satang(row.savings),
            format_satang(row.loans_outstanding),
            format_satang(row.loans_overdue),
            str(row.members_in_arrears),
            format_satang(row.growth),
        )
    console.print(table)
    console.print(
        f"{view.groups} groups ({view.count('active')} active, {view.count('forming')}"
        f" forming), {view.total('members')} members, savings"
        f" {format_satang(view.total('savings'))} baht, loans outstanding"
        f" {format_satang(view.total('loans_outstanding'))} baht"
    )


@app.command("report")
@fail_on_rejection
def report(group: str, as_of: AsOf = None, database_url: DatabaseUrl = None) -> None:
    """A group's books and its members' savings, loans and arrears."""
    with read_transaction(engine_for(database_url)) as connection:
        found = savings.group_by_code(connection, group)
        result = savings.group_report(connection, found.id, _day(as_of))
    books = result.books
    console.print(f"{found.name} ({found.community}) — {result.meetings} meetings")
    console.print(
        f"cash {format_satang(books.cash)} = savings {format_satang(books.savings)}"
        f" + welfare {format_satang(books.welfare)} + reserve {format_satang(books.reserve)}"
        f" + profit {format_satang(books.profit)} − loans {format_satang(books.loans)}"
        f" ({'balanced' if books.balanced else 'NOT BALANCED'})"
    )
    table = Table("no.", "member", "offices", "savings", "loans", "commitment due", "overdue")
    for row in result.members:
        table.add_row(
            str(row.member.number),
            row.member.name,
            ", ".join(row.offices),
            format_satang(row.savings),
            format_satang(row.loans_outstanding),
            format_satang(row.commitment_arrears),
            format_satang(row.loan_overdue),
        )
    console.print(table)


@app.command("schedule")
@fail_on_rejection
def schedule(
    principal: Annotated[str, typer.Option(help="The loan, in baht.")] = "10000",
    months: Annotated[int, typer.Option(help="Number of monthly instalments.")] = 12,
    rate: Annotated[str, typer.Option(help="Interest, percent a month.")] = "1",
    method: Annotated[str, typer.Option(help="flat or declining.")] = "flat",
    repayment: Annotated[
        str, typer.Option(help="equal_instalments or equal_principal.")
    ] = "equal_instalments",
    start: Annotated[str | None, typer.Option(help="Paid out on (default: today).")] = None,
) -> None:
    """Preview a loan's repayment schedule, exact to the satang."""
    terms = savings.LoanTerms(parse_baht(principal), months, _rate(rate), method, repayment)
    _print_schedule(savings.compute_schedule(terms, _day(start)))


@app.command("loan")
@fail_on_rejection
def loan(loan_id: int, as_of: AsOf = None, database_url: DatabaseUrl = None) -> None:
    """A loan's schedule with what is paid and what is overdue."""
    with read_transaction(engine_for(database_url)) as connection:
        view = savings.loan_view(connection, loan_id, _day(as_of))
    console.print(
        f"loan {loan_id} of {view.member.name}: {format_satang(view.loan.principal)} baht,"
        f" {view.loan.status}"
    )
    lines = view.schedule
    _print_schedule([line.instalment for line in lines], [line.status for line in lines])


def _print_schedule(lines: list[Instalment], statuses: list[str] | None = None) -> None:
    table = Table("no.", "due on", "principal", "interest", "instalment", "status")
    for line, status in zip(lines, statuses or [""] * len(lines), strict=True):
        table.add_row(
            str(line.number),
            line.due_on.isoformat(),
            format_satang(line.principal),
            format_satang(line.interest),
            format_satang(line.amount),
            status,
        )
    table.add_row(
        "",
        "total",
        format_satang(sum(line.principal for line in lines)),
        format_satang(sum(line.interest for line in lines)),
        format_satang(sum(line.amount for line in lines)),
        "",
    )
    console.print(table)


@app.command("demo")
def demo(database_url: DatabaseUrl = None) -> None:
    """Load the 16 Bo Yang savings groups with a year of meetings (once)."""
    loaded = load_savings_demo(engine_for(database_url))
    console.print("savings groups loaded" if loaded else "savings groups already there")
