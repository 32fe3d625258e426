"""The raw baseline: the least a durable transfer on SQLite can cost from Python.

A hand-written loop over the standard ``sqlite3`` module, one client, on a fresh WAL file
with the same ``synchronous`` level as the ledger run: per transaction ``BEGIN IMMEDIATE``,
then for each transfer a conditional debit ``UPDATE … WHERE balance >= amount``, a credit
``UPDATE`` and one ``INSERT`` of a transfer row, then ``COMMIT``. No ORM, no validation, no
balance-after columns, no secondary indexes.
"""

import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from thungngoen.bench.ledger.database import BENCH_DIR, Synchronous, remove_sqlite_files
from thungngoen.bench.ledger.population import INITIAL_BALANCE
from thungngoen.bench.ledger.workload import draw_pairs

SCHEMA = """
CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL);
CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    debit_account_id INTEGER NOT NULL,
    credit_account_id INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
"""
DEBIT = "UPDATE accounts SET balance = balance - ? WHERE id = ? AND balance >= ?"
CREDIT = "UPDATE accounts SET balance = balance + ? WHERE id = ?"
INSERT = (
    "INSERT INTO transfers (debit_account_id, credit_account_id, amount, created_at) "
    "VALUES (?, ?, ?, ?)"
)


@dataclass(frozen=True, slots=True)
class BaselineResult:
    elapsed: float
    committed: int
    rejected: int
    latencies: list[float]
    """Seconds per transaction."""
    sizes: list[int]
    """Transfers in each of those transactions."""

    @property
    def transfers_per_second(self) -> float:
        return self.committed / self.elapsed if self.elapsed else 0.0

    @classmethod
    def merge(cls, runs: "list[BaselineResult]") -> "BaselineResult":
        """Rounds taken together: total transfers over total time."""
        return cls(
            elapsed=sum(r.elapsed for r in runs),
            committed=sum(r.committed for r in runs),
            rejected=sum(r.rejected for r in runs),
            latencies=[s for r in runs for s in r.latencies],
            sizes=[n for r in runs for n in r.sizes],
        )


class Baseline:
    """A fresh baseline database, kept open across the rounds of one benchmark run."""

    def __init__(
        self,
        accounts: int,
        synchronous: Synchronous,
        hot_accounts: int = 0,
        hot_share: float = 0.0,
        seed: int = 1,
        path: Path = BENCH_DIR / "baseline.db",
    ) -> None:
        self.path = path
        self.connection = _open(path, synchronous, accounts)
        ids = list(range(accounts))
        self.hot = ids[:hot_accounts] if hot_share > 0 else []
        self.cold = ids[len(self.hot) :]
        self.hot_share = hot_share
        self.rng = random.Random(seed)

    def run(self, transfers: int, batch_size: int) -> BaselineResult:
        """Post ``transfers`` random transfers, ``batch_size`` per transaction, and time them."""
        triples = draw_pairs(self.rng, self.hot, self.cold, self.hot_share, transfers)
        units = [triples[i : i + batch_size] for i in range(0, len(triples), batch_size)]
        cursor = self.connection.cursor()
        clock = time.perf_counter
        latencies: list[float] = []
        sizes: list[int] = []
        committed = rejected = 0
        started = clock()
        for unit in units:
            begin = clock()
            if _post(cursor, unit):
                latencies.append(clock() - begin)
                sizes.append(len(unit))
                committed += len(unit)
            else:
                rejected += len(unit)
        return BaselineResult(clock() - started, committed, rejected, latencies, sizes)

    def close(self) -> None:
        self.connection.close()
        remove_sqlite_files(self.path)


def _open(path: Path, synchronous: Synchronous, accounts: int) -> sqlite3.Connection:
    remove_sqlite_files(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA synchronous={synchronous}")
    connection.execute("PRAGMA busy_timeout=30000")
    connection.executescript(SCHEMA)
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO accounts VALUES (?, ?)", [(i, INITIAL_BALANCE) for i in range(accounts)]
    )
    connection.execute("COMMIT")
    return connection


def _post(cursor: sqlite3.Cursor, unit: list[tuple[int, int, int]]) -> bool:
    cursor.execute("BEGIN IMMEDIATE")
    for debit, credit, amount in unit:
        cursor.execute(DEBIT, (amount, debit, amount))
        if cursor.rowcount != 1:
            cursor.execute("ROLLBACK")
            return False
        cursor.execute(CREDIT, (amount, credit))
        now = datetime.now(UTC).isoformat()
        cursor.execute(INSERT, (debit, credit, amount, now))
    cursor.execute("COMMIT")
    return True
