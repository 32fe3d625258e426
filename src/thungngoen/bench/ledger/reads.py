"""``bench reads``: balance and statement-page latency on a ledger of a million transfers.

Each sample picks a random wallet and runs, each in its own short read transaction on one
long-lived connection: ``balance``, the newest 50-row ``statement`` page, the next page
(``before_id`` = the last line of the first), and a page at a random depth (``before_id`` =
the wallet's latest transfer below an id drawn over the whole range, looked up untimed).
A few warm-up samples are not counted.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from sqlalchemy import Connection, func, or_, select

from thungngoen.bench.ledger.database import Synchronous, durability, target_for
from thungngoen.bench.ledger.fill import Filled, Progress, open_filled
from thungngoen.bench.ledger.stats import Latency
from thungngoen.ledger import balance, statement
from thungngoen.ledger.tables import transfers as transfers_table

PAGE = 50
WARMUP = 100
TARGET_P99_MS = 5.0
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReadsConfig:
    transfers: int = 1_000_000
    accounts: int = 1000
    samples: int = 2000
    database_url: str | None = None
    rebuild: bool = False
    synchronous: Synchronous = "FULL"
    seed: int = 20261121


@dataclass(frozen=True, slots=True)
class ReadsResult:
    config: ReadsConfig
    database: str
    backend: str
    synchronous: str
    filled: Filled
    latencies: dict[str, Latency]
    """``balance``, ``statement_first_page``, ``statement_next_page``, ``statement_deep_page``."""

    @property
    def worst_p99_ms(self) -> float:
        return max(latency.p99_ms for latency in self.latencies.values())


def _timed(connection: Connection, read: Callable[[Connection], T]) -> tuple[float, T]:
    start = time.perf_counter()
    with connection.begin():
        value = read(connection)
    return time.perf_counter() - start, value


def _anchor_below(connection: Connection, wallet: int, below: int) -> int | None:
    """The wallet's latest posted transfer before id ``below`` (found untimed)."""
    t = transfers_table.c
    query = (
        select(t.id)
        .where(or_(t.debit_account_id == wallet, t.credit_account_id == wallet))
        .where(t.id < below, t.kind == "posted")
        .order_by(t.id.desc())
        .limit(1)
    )
    found = connection.execute(query).scalar()
    connection.rollback()
    return None if found is None else int(found)


def sample_reads(
    connection: Connection, wallets: list[int], samples: int, seed: int
) -> dict[str, list[float]]:
    rng = random.Random(seed)
    max_id = int(connection.execute(select(func.max(transfers_table.c.id))).scalar_one())
    connection.rollback()
    times: dict[str, list[float]] = {
        "balance": [],
        "statement_first_page": [],
        "statement_next_page": [],
        "statement_deep_page": [],
    }
    for index in range(WARMUP + samples):
        wallet = rng.choice(wallets)
        deep = rng.randint(1, max_id)
        page_of = partial(statement, account_id=wallet, limit=PAGE)
        spent = [_timed(connection, partial(balance, account_id=wallet))[0]]
        took, page = _timed(connection, page_of)
        spent.append(took)
        before = page[-1].transfer_id if page else max_id
        spent.append(_timed(connection, partial(page_of, before_id=before))[0])
        anchor = _anchor_below(connection, wallet, deep) or before
        spent.append(_timed(connection, partial(page_of, before_id=anchor))[0])
        if index >= WARMUP:
            for name, seconds in zip(times, spent, strict=True):
                times[name].append(seconds)
    return times


def run_reads_bench(config: ReadsConfig, progress: Callable[[int], Progress]) -> ReadsResult:
    target = target_for(config.database_url, "reads")
    engine, filled = open_filled(
        target, config.accounts, config.transfers, config.rebuild, config.synchronous, progress
    )
    try:
        setting = durability(engine).setting
        with engine.connect() as connection:
            wallets = list(filled.population.wallet_ids)
            times = sample_reads(connection, wallets, config.samples, config.seed)
    finally:
        engine.dispose()
    return ReadsResult(
        config=config,
        database=target.display,
        backend=target.backend,
        synchronous=setting,
        filled=filled,
        latencies={name: Latency.of(values) for name, values in times.items()},
    )
