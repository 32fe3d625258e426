"""``thungngoen demo``: load the demo ledger and show its balances."""

from rich.table import Table

from thungngoen.cli.common import DatabaseUrl, console, engine_for
from thungngoen.demo import demo_balances, load_demo
from thungngoen.money import format_money


def demo(database_url: DatabaseUrl = None) -> None:
    """Load the demo ledger (once) and print every demo account's balance."""
    engine = engine_for(database_url)
    load_demo(engine)
    table = Table(title="ถุงเงินสงขลา — demo ledger balances")
    table.add_column("account")
    table.add_column("name")
    table.add_column("balance", justify="right")
    for account in demo_balances(engine):
        table.add_row(account.code, account.name, format_money(account.balance, account.currency))
    console.print(table)
    balances = {account.code: account.balance for account in demo_balances(engine)}
    outstanding, backing = -balances["skc:mint"], balances["thb:backing"]
    console.print(
        f"coin outstanding {format_money(outstanding, 'SKC')}"
        f" = baht backing {format_money(backing, 'THB')}"
    )
