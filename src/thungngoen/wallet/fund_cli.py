"""``thungngoen wallet funds …``: the community funds from the shell (operator use): list
them with their balances, record a donation or a grant, print a fund's statement."""

from typing import Annotated

import typer
from rich.table import Table

from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_money, parse_baht
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.wallet.donations import record_gift
from thungngoen.wallet.fund_statement import fund_statement
from thungngoen.wallet.funds import community_funds
from thungngoen.web.filters import format_date

app = typer.Typer(help="Community funds: balances, donations, grants.", no_args_is_help=True)
ACTOR = "cli"
Baht = Annotated[str, typer.Argument(help="Amount in baht, e.g. 20000 or 1,234.50")]


@app.command("list")
def list_funds(database_url: DatabaseUrl = None) -> None:
    """Every community fund and its balance."""
    with read_transaction(engine_for(database_url)) as connection:
        found = community_funds(connection)
    table = Table("fund", "name", "balance")
    for fund in found:
        table.add_row(fund.code, fund.name, format_money(fund.balance, "THB"))
    console.print(table)


@app.command("give")
@fail_on_rejection
def give(
    fund: str,
    amount: Baht,
    donor: str,
    key: Annotated[str, typer.Argument(help="The gift's number (idempotency key).")],
    grant: Annotated[bool, typer.Option("--grant", help="A grant, not a donation.")] = False,
    reference: Annotated[str, typer.Option(help="The bank's slip or the grant's letter.")] = "",
    database_url: DatabaseUrl = None,
) -> None:
    """DONOR gave AMOUNT baht to FUND, in the operator's bank (audited)."""
    gift = write_transaction(
        engine_for(database_url),
        lambda c: record_gift(
            c,
            fund_code=fund,
            kind="grant" if grant else "donation",
            amount=parse_baht(amount),
            donor=donor,
            reference=reference,
            idempotency_key=key,
            actor=ACTOR,
        ),
    )
    console.print(
        f"{gift.number} {gift.fund_name}: {format_money(gift.amount, 'THB')}"
        f" ({gift.amount_in_words}) from {gift.donor}"
    )


@app.command("statement")
@fail_on_rejection
def statement(fund: str, limit: int = 50, database_url: DatabaseUrl = None) -> None:
    """FUND's movements, newest first."""
    with read_transaction(engine_for(database_url)) as connection:
        found = fund_statement(connection, fund, limit)
    table = Table("date", "movement", "amount", "balance", "memo")
    for line in found.movements:
        table.add_row(
            format_date(line.created_at, "th"),
            line.label,
            format_money(line.amount, "THB"),
            format_money(line.balance_after, "THB"),
            line.memo,
        )
    console.print(f"{found.name}: {format_money(found.balance, 'THB')}")
    console.print(table)
