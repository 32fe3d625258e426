"""The ``thungngoen`` command: each area adds its commands here."""

import typer

from thungngoen.circulation import cli as circulation_cli
from thungngoen.cli import db, verify
from thungngoen.cli.demo import demo
from thungngoen.cli.serve import serve
from thungngoen.ledger.bench import cli as bench_cli
from thungngoen.ledger.export import cli as export_cli
from thungngoen.savings import cli as savings_cli
from thungngoen.simulation.cli import simulate
from thungngoen.wallet import cli as wallet_cli
from thungngoen.wallet.bench.cli import api as api_bench

app = typer.Typer(
    name="thungngoen",
    help="Thung Ngoen (ถุงเงิน): the Songkhla Wallet platform.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
app.add_typer(wallet_cli.app, name="wallet")
app.add_typer(savings_cli.app, name="savings")
report = typer.Typer(help="Reports.", no_args_is_help=True)
report.command("circulation")(circulation_cli.report)
app.add_typer(report, name="report")
app.add_typer(circulation_cli.app, name="circulation")
app.command()(demo)
app.command()(serve)
app.command()(simulate)
verify.register(app)
export_cli.register(app)
bench_cli.register(app)
bench_cli.app.command()(api_bench)


if __name__ == "__main__":
    app()
