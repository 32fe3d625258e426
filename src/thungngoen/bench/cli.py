"""``thungngoen bench …``: the ledger, its reads and the HTTP payment path."""

import typer

from thungngoen.bench.api.cli import api
from thungngoen.bench.ledger.cli import app


def register(main_app: typer.Typer) -> None:
    """Add ``bench ledger``, ``bench reads`` and ``bench api`` to the ``thungngoen`` app."""
    main_app.add_typer(app, name="bench")
    app.command()(api)
