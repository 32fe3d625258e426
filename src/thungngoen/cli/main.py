"""The ``thungngoen`` command: each area adds its commands here."""

import typer

from thungngoen.cli import db
from thungngoen.ledger import cli as ledger_cli

app = typer.Typer(
    name="thungngoen",
    help="Thung Ngoen (ถุงเงิน): the Songkhla Wallet platform.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
ledger_cli.register(app)
