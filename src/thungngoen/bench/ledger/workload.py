"""The transfer workload and one client's loop over the real ledger API.

Every client draws its own random transfers (seeded), builds the requests before the clock
starts, then times each write transaction (one transfer, or one linked batch) around
``write_transaction``. It keeps the balance change it committed per account, so the run can
be checked for lost updates afterwards.
"""

import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection

from thungngoen.bench.ledger.database import Synchronous, Target, bench_engine
from thungngoen.bench.ledger.population import transfer
from thungngoen.db import write_transaction
from thungngoen.db.transactions import TooMuchContention
from thungngoen.ledger import TransferRequest, post_batch, post_transfer
from thungngoen.ledger.errors import LedgerError
from thungngoen.ledger.group import GroupCommitter

Poster = GroupCommitter | None
Mode = Literal["single", "batch", "group"]
"""single: one commit per transfer; batch: one per batch; group: clients' single transfers
share commits through one ``GroupCommitter`` (clients are threads of one process)."""
MAX_AMOUNT = 10_000


@dataclass(frozen=True, slots=True)
class Workload:
    target: Target
    synchronous: Synchronous
    mode: Mode
    batch_size: int
    hot_ids: tuple[int, ...]
    cold_ids: tuple[int, ...]
    hot_share: float

    @property
    def unit(self) -> int:
        """Transfers per write transaction."""
        return self.batch_size if self.mode == "batch" else 1


@dataclass(frozen=True, slots=True)
class ClientJob:
    workload: Workload
    index: int
    transfers: int
    warmup: int
    seed: int


@dataclass(slots=True)
class ClientResult:
    index: int
    started: float = 0.0
    finished: float = 0.0
    cpu_seconds: float = 0.0
    """CPU time this client process spent in the timed loop (user + system)."""
    groups: int = 0
    """Group mode: commits (groups) in the timed loop, all booked on the first client."""
    latencies: list[float] = field(default_factory=list)
    """Seconds per write transaction (one transfer, or one batch)."""
    sizes: list[int] = field(default_factory=list)
    """Transfers in each of those transactions."""
    committed: int = 0
    rejected: int = 0
    failed: int = 0
    warmup_committed: int = 0
    deltas: dict[int, int] = field(default_factory=dict)
    """Net balance change per wallet from every transfer this client committed."""


def draw_pairs(
    rng: random.Random, hot: Sequence[int], cold: Sequence[int], hot_share: float, count: int
) -> list[tuple[int, int, int]]:
    """``count`` (debit, credit, amount) triples; ``hot_share`` of them touch a hot account."""
    triples = []
    for _ in range(count):
        if hot and rng.random() < hot_share:
            pair = (rng.choice(hot), rng.choice(cold))
            debit, credit = pair if rng.random() < 0.5 else pair[::-1]
        else:
            debit, credit = rng.sample(cold, 2)
        triples.append((debit, credit, rng.randint(1, MAX_AMOUNT)))
    return triples


def _units(job: ClientJob, rng: random.Random, count: int) -> list[list[TransferRequest]]:
    w = job.workload
    triples = draw_pairs(rng, w.hot_ids, w.cold_ids, w.hot_share, count)
    requests = [transfer(debit, credit, amount) for debit, credit, amount in triples]
    return [requests[i : i + w.unit] for i in range(0, len(requests), w.unit)]


def _post(
    connection: Connection, unit: list[TransferRequest], mode: Mode, committer: Poster
) -> None:
    if committer is not None:
        committer.post(unit[0])
    elif mode == "single":
        write_transaction(connection, lambda c: post_transfer(c, unit[0]))
    else:
        write_transaction(connection, lambda c: post_batch(c, unit))


def _run_units(
    connection: Connection,
    units: list[list[TransferRequest]],
    mode: Mode,
    result: ClientResult,
    committer: Poster = None,
) -> tuple[list[list[TransferRequest]], list[float]]:
    """Post each unit; return the units committed and their latencies (nothing else timed)."""
    committed = []
    latencies = []
    clock = time.perf_counter
    for unit in units:
        start = clock()
        try:
            _post(connection, unit, mode, committer)
        except LedgerError:
            result.rejected += len(unit)
            continue
        except TooMuchContention:
            result.failed += len(unit)
            continue
        latencies.append(clock() - start)
        committed.append(unit)
    return committed, latencies


def _book(result: ClientResult, committed: list[list[TransferRequest]]) -> int:
    """Add the committed units' balance changes to ``result.deltas``; return their size."""
    deltas = defaultdict(int, result.deltas)
    count = 0
    for unit in committed:
        count += len(unit)
        for request in unit:
            deltas[request.debit_account_id] -= request.amount
            deltas[request.credit_account_id] += request.amount
    result.deltas = dict(deltas)
    return count


def run_client(job: ClientJob, ready: Callable[[], None], committer: Poster = None) -> ClientResult:
    """Warm up, wait at ``ready`` for the other clients, then post and time the workload
    (through ``committer`` in group mode)."""
    rng = random.Random(job.seed)
    result = ClientResult(job.index)
    engine = bench_engine(job.workload.target, job.workload.synchronous)
    try:
        with engine.connect() as connection:
            mode = job.workload.mode
            warmup = _units(job, rng, job.warmup)
            warm, _ = _run_units(connection, warmup, mode, result, committer)
            result.warmup_committed = _book(result, warm)
            units = _units(job, rng, job.transfers)
            ready()
            cpu = time.process_time()
            result.started = time.perf_counter()
            done, result.latencies = _run_units(connection, units, mode, result, committer)
            result.finished = time.perf_counter()
            result.cpu_seconds = time.process_time() - cpu
            result.committed = _book(result, done)
            result.sizes = [len(unit) for unit in done]
    finally:
        engine.dispose()
    return result
