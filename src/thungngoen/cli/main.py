"""The ``thungngoen`` command: the platform's own commands, then each area's
(``thungngoen.areas``)."""

from typing import Any

import typer

from thungngoen import areas
from thungngoen.bench.cli import register as register_bench
from thungngoen.cli import backup, db, keys, ledger, verify
from thungngoen.cli import export as export_cli
from thungngoen.cli.demo import demo
from thungngoen.cli.serve import serve
from thungngoen.simulation.cli import simulate

app = typer.Typer(
    name="thungngoen",
    help="Thung Ngoen (ถุงเงิน): the Songkhla Wallet platform.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def mount_areas(root: typer.Typer) -> None:
    """Hang each area's commands where its ``CliMount`` says, making the groups on the way."""
    groups: dict[tuple[str, ...], typer.Typer] = {(): root}
    for area in areas.AREAS:
        for mount in area.cli:
            parent = groups.get(mount.path[:-1])
            if parent is None:
                parent = groups[mount.path[:-1]] = typer.Typer(
                    help=mount.help, no_args_is_help=True
                )
                groups[mount.path[:-2]].add_typer(parent, name=mount.path[-2])
            target: Any = areas.load(mount.target)
            if isinstance(target, typer.Typer):
                parent.add_typer(target, name=mount.path[-1])
                groups[mount.path] = target
            else:
                parent.command(mount.path[-1])(target)


app.add_typer(db.app, name="db")
app.add_typer(keys.app, name="keys")
app.add_typer(ledger.app, name="ledger")
mount_areas(app)
app.command()(demo)
app.command()(serve)
app.command()(simulate)
verify.register(app)
backup.register(app)
export_cli.register(app)
register_bench(app)


if __name__ == "__main__":
    app()
