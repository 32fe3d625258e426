"""``thungngoen bench api``: payments through the HTTP API, measured from outside."""

import json
from typing import Annotated

import typer

from thungngoen.bench.api.run import run_api_bench
from thungngoen.terminal import console


def api(
    requests: Annotated[int, typer.Option(help="Payments at full load.")] = 6000,
    concurrency: Annotated[int, typer.Option(help="Open connections at full load.")] = 16,
    rate: Annotated[float, typer.Option(help="Payments/s of the steady (latency) run.")] = 500,
    members: Annotated[int, typer.Option(help="Members paying.")] = 200,
    merchants: Annotated[int, typer.Option(help="Shops paid.")] = 20,
) -> None:
    """Serve a fresh SQLite wallet, load it from a second process, print one JSON object."""
    result = run_api_bench(requests, concurrency, rate, members, merchants)
    console.print_json(json.dumps(result))
    if result["failed_checks"]:
        raise typer.Exit(code=1)
