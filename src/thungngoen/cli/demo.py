"""``thungngoen demo``: load the Songkhla pilot and show who can log in."""

from rich.table import Table

from thungngoen.communication.demo import load_digest_demo
from thungngoen.community.demo_data import LOGINS as DATA_LOGINS
from thungngoen.db import read_transaction
from thungngoen.money import format_money
from thungngoen.savings.demo_data import OFFICER_LOGINS
from thungngoen.terminal import DatabaseUrl, console, engine_for
from thungngoen.wallet.demo import LOGINS, PIN, demo_accounts, load_demo
from thungngoen.wallet.reserve import reserve_report


def demo(database_url: DatabaseUrl = None) -> None:
    """Load the demo pilot (once) and print the demo logins and the reserve."""
    engine = engine_for(database_url)
    loaded = load_demo(engine)
    load_digest_demo(engine)  # the first member's digest of this week so far, in her inbox
    console.print("demo pilot loaded" if loaded else "demo pilot already there")
    table = Table(title=f"ถุงเงินสงขลา — demo logins (payment PIN of members: {PIN})")
    for column in ("role", "name", "phone", "password"):
        table.add_column(column)
    for login in LOGINS:
        table.add_row(login.role, login.name, login.phone, login.password)
    for office, login in OFFICER_LOGINS:  # two of them approve a loan (the regulation's 2)
        table.add_row(f"{office} (savings demo)", login.name, login.phone, login.password)
    for duty, login in DATA_LOGINS:  # thungngoen data demo grants their duties
        table.add_row(f"{duty} (community data demo)", login.name, login.phone, login.password)
    console.print(table)
    balances = Table(title="balances")
    balances.add_column("account")
    balances.add_column("name")
    balances.add_column("balance", justify="right")
    with read_transaction(engine) as connection:
        report = reserve_report(connection)
        for account in demo_accounts(connection):
            balances.add_row(
                account.code, account.name, format_money(account.balance, account.currency)
            )
    console.print(balances)
    console.print(
        f"coin outstanding {format_money(report.coin_outstanding, 'SKC')}"
        f" = baht backing {format_money(report.baht_backing, 'THB')}"
        f" = in the bank {format_money(report.baht_in_bank, 'THB')}"
        f" + cash at agents {format_money(report.cash_at_agents, 'THB')}"
    )
