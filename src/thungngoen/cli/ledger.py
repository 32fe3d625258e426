"""``thungngoen ledger …``: the ledger's own upkeep."""

from typing import Annotated

import typer

from thungngoen.ledger import Seal, seal
from thungngoen.terminal import DatabaseUrl, console, engine_for

app = typer.Typer(help="The ledger.", no_args_is_help=True)

Patience = Annotated[
    float, typer.Option(help="Seconds to wait for transfers still being committed.")
]


@app.command("seal")
def seal_command(database_url: DatabaseUrl = None, patience: Patience = 5.0) -> None:
    """Seal the transfers committed since the last seal; print the chain's new head
    (write it down elsewhere to catch even a rewrite by someone holding the secret)."""
    report_seals(seal(engine_for(database_url), patience=patience))


def report_seals(blocks: list[Seal]) -> None:
    if not blocks:
        console.print("nothing new to seal")
        return
    head = blocks[-1]
    count = sum(block.count for block in blocks)
    console.print(
        f"sealed {count} transfers in {len(blocks)} blocks; head: seal {head.id}"
        f" through transfer {head.last_id}, digest {head.digest}"
    )
