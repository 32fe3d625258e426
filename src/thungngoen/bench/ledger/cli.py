"""``thungngoen bench ledger`` and ``thungngoen bench reads``.

Progress and notes go to stderr; with ``--json`` stdout carries exactly one JSON object.
The database option deliberately ignores ``THUNGNGOEN_DATABASE_URL``: a benchmark never
writes into the application's database, only into var/bench/ or its own PostgreSQL schema.
"""

from enum import StrEnum
from typing import Annotated

import typer

from thungngoen.bench.ledger.database import BenchError
from thungngoen.bench.ledger.reads import ReadsConfig, run_reads_bench
from thungngoen.bench.ledger.report import (
    dumps,
    fill_progress,
    ledger_json,
    ledger_table,
    reads_json,
    reads_table,
)
from thungngoen.bench.ledger.transfers import LedgerBenchConfig, run_ledger_bench
from thungngoen.terminal import console, err_console

app = typer.Typer(help="Benchmarks of the ledger (durable commits only).", no_args_is_help=True)


class ModeChoice(StrEnum):
    single = "single"
    batch = "batch"
    group = "group"


class Durable(StrEnum):
    FULL = "FULL"
    EXTRA = "EXTRA"


BenchUrl = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        envvar="THUNGNGOEN_BENCH_DATABASE_URL",
        help="SQLite URL of an empty database, or a PostgreSQL URL (the bench uses its own "
        "schema in it). Default: a fresh SQLite file under var/bench/.",
    ),
]
Json = Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")]


def _note(message: str) -> None:
    err_console.print(f"[dim]{message}[/dim]")


@app.command()
def ledger(
    accounts: Annotated[int, typer.Option(help="Funded wallets.")] = 1000,
    transfers: Annotated[int, typer.Option(help="Measured transfers (all clients).")] = 5000,
    mode: Annotated[
        ModeChoice, typer.Option(help="One transfer or one batch per commit, or group commit.")
    ] = (ModeChoice.single),
    batch_size: Annotated[int, typer.Option(help="Transfers per batch (batch mode).")] = 1000,
    clients: Annotated[
        int, typer.Option(help="Clients: OS processes (threads in group mode).")
    ] = 1,
    hot_share: Annotated[float, typer.Option(help="Share of transfers on a hot account.")] = 0.0,
    hot_accounts: Annotated[int, typer.Option(help="How many wallets are hot.")] = 10,
    database_url: BenchUrl = None,
    synchronous: Annotated[Durable, typer.Option(help="SQLite synchronous level.")] = (
        Durable.FULL
    ),
    baseline: Annotated[bool, typer.Option(help="Also run the raw sqlite3 baseline.")] = True,
    rounds: Annotated[
        int, typer.Option(help="Alternating ledger/baseline rounds (evens out background load).")
    ] = 10,
    seed: Annotated[int, typer.Option(help="Random seed of the workload.")] = 20261121,
    json: Json = False,
) -> None:
    """Post transfers through the ledger API and compare with a raw sqlite3 loop."""
    config = LedgerBenchConfig(
        accounts=accounts,
        transfers=transfers,
        mode=mode.value,
        batch_size=batch_size,
        clients=clients,
        hot_share=hot_share,
        hot_accounts=hot_accounts,
        database_url=database_url,
        synchronous="EXTRA" if synchronous is Durable.EXTRA else "FULL",
        baseline=baseline,
        rounds=rounds,
        seed=seed,
    )
    try:
        config.validate()
        result = run_ledger_bench(config, _note)
    except (BenchError, ValueError) as error:
        err_console.print(f"[red]{error}[/red]")
        raise typer.Exit(code=1) from error
    if json:
        print(dumps(ledger_json(result)))
    else:
        console.print(ledger_table(result))
    if not result.verification.ok:
        err_console.print(f"[red bold]verification failed: {result.verification}[/red bold]")
        raise typer.Exit(code=1)


@app.command()
def reads(
    transfers: Annotated[int, typer.Option(help="Transfers in the database.")] = 1_000_000,
    accounts: Annotated[int, typer.Option(help="Wallets the transfers are spread over.")] = 1000,
    samples: Annotated[int, typer.Option(help="Measured reads of each kind.")] = 2000,
    database_url: BenchUrl = None,
    rebuild: Annotated[bool, typer.Option(help="Fill again even if a filled one exists.")] = False,
    json: Json = False,
) -> None:
    """Balance and statement-page latency on a ledger of many transfers."""
    config = ReadsConfig(transfers, accounts, samples, database_url, rebuild)
    with fill_progress(err_console) as start:
        try:
            result = run_reads_bench(config, start)
        except BenchError as error:
            err_console.print(f"[red]{error}[/red]")
            raise typer.Exit(code=1) from error
    if json:
        print(dumps(reads_json(result)))
    else:
        console.print(reads_table(result))
