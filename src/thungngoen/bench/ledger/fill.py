"""Filling a database with many transfers for the read benchmark, through ``post_batch``.

A filled database is reused when it already holds the wallets and enough transfers, so a
re-run only measures; ``rebuild`` (or a database too small) starts it again from empty.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import DBAPIError

from thungngoen.bench.ledger.database import (
    BenchError,
    Synchronous,
    Target,
    account_count,
    bench_engine,
    ensure_schema,
    migrate,
    reset,
)
from thungngoen.bench.ledger.population import (
    Population,
    create_population,
    load_population,
    transfer,
)
from thungngoen.bench.ledger.workload import draw_pairs
from thungngoen.db import write_transaction
from thungngoen.ledger import post_batch
from thungngoen.ledger.tables import transfers as transfers_table

FILL_BATCH = 5000
Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class Filled:
    population: Population
    transfers: int
    reused: bool
    fill_seconds: float = 0.0


def transfer_count(engine: Engine) -> int:
    with engine.connect() as connection:
        query = select(func.count()).select_from(transfers_table)
        return int(connection.execute(query).scalar_one())


def reusable(engine: Engine, accounts: int, transfers: int) -> Filled | None:
    population = load_population(engine)
    if population is None or len(population.wallet_ids) != accounts:
        return None
    count = transfer_count(engine)
    return Filled(population, count, reused=True) if count >= transfers else None


def _reuse(engine: Engine, accounts: int, transfers: int) -> Filled | None:
    """The filled database of an earlier run, if its schema still migrates to head (a
    database filled under older migrations is rebuilt instead)."""
    try:
        migrate(engine)
    except DBAPIError:
        return None
    return reusable(engine, accounts, transfers)


def open_filled(
    target: Target,
    accounts: int,
    transfers: int,
    rebuild: bool,
    synchronous: Synchronous,
    progress: Callable[[int], Progress],
) -> tuple[Engine, Filled]:
    """An engine on a database with ``accounts`` wallets and at least ``transfers`` transfers.

    ``progress(total)`` is called once before filling and returns a callback that is
    given the number of transfers each committed batch added.
    """
    engine = bench_engine(target, synchronous)
    try:
        if not rebuild:
            ensure_schema(target)
            found = _reuse(engine, accounts, transfers)
            if found is not None:
                return engine, found
        if target.owned:
            engine.dispose()
            reset(target)
            engine = bench_engine(target, synchronous)
        migrate(engine)
        if account_count(engine):
            raise BenchError(
                f"{target.display} holds other ledger data; give an empty database "
                "(or no --database-url to use var/bench/)"
            )
        started = time.perf_counter()
        population = create_population(engine, accounts)
        with engine.connect() as connection:
            fill(connection, population, transfers, progress(transfers))
        seconds = time.perf_counter() - started
        return engine, Filled(population, transfer_count(engine), False, seconds)
    except BaseException:
        engine.dispose()
        raise


def fill(connection: Connection, population: Population, transfers: int, advance: Progress) -> None:
    """Post ``transfers`` random transfers between the wallets in linked batches."""
    rng = random.Random(7)
    wallets = list(population.wallet_ids)
    done = 0
    while done < transfers:
        size = min(FILL_BATCH, transfers - done)
        legs = [transfer(d, c, a) for d, c, a in draw_pairs(rng, [], wallets, 0.0, size)]
        write_transaction(connection, partial(post_batch, requests=legs))
        done += size
        advance(size)
