"""``bench ledger``: durable transfers through the ledger API, against the raw baseline.

The machine may be shared, and background load comes and goes. So the run is cut into
rounds that alternate the ledger and the baseline (ledger first in even rounds, baseline
first in odd ones); each side's rate is its transfers over the sum of its rounds' times,
so a slow spell weighs on both sides alike.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from thungngoen.bench.ledger.baseline import Baseline, BaselineResult
from thungngoen.bench.ledger.clients import run_clients
from thungngoen.bench.ledger.database import Synchronous, durability, fresh, target_for
from thungngoen.bench.ledger.population import create_population
from thungngoen.bench.ledger.stats import Latency
from thungngoen.bench.ledger.verification import Verification, merge_deltas, verify_run
from thungngoen.bench.ledger.workload import ClientJob, ClientResult, Mode, Workload

Log = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class LedgerBenchConfig:
    accounts: int = 1000
    transfers: int = 5000
    mode: Mode = "single"
    batch_size: int = 1000
    clients: int = 1
    hot_share: float = 0.0
    hot_accounts: int = 10
    database_url: str | None = None
    synchronous: Synchronous = "FULL"
    baseline: bool = True
    rounds: int = 10
    warmup: int = 50
    """Untimed transactions per round before the clock starts (a few batches in batch mode)."""
    seed: int = 20261121

    @property
    def unit(self) -> int:
        return self.batch_size if self.mode == "batch" else 1

    def validate(self) -> None:
        if self.accounts < 2 or self.transfers < 1 or self.clients < 1 or self.batch_size < 1:
            raise ValueError("need at least 2 accounts, 1 transfer, 1 client, batch size 1")
        if not 0 <= self.hot_share <= 1:
            raise ValueError("--hot-share is a share between 0 and 1")
        if self.hot_share > 0 and not 0 < self.hot_accounts <= self.accounts - 1:
            raise ValueError("--hot-accounts must leave at least one cold account")
        if not 1 <= self.rounds <= self.transfers:
            raise ValueError("--rounds must be between 1 and the number of transfers")


@dataclass(frozen=True, slots=True)
class LedgerBenchResult:
    config: LedgerBenchConfig
    database: str
    backend: str
    synchronous: str
    durable: bool
    elapsed: float
    committed: int
    rejected: int
    failed: int
    per_transfer: Latency
    per_batch: Latency
    client_cpu_seconds: float
    groups: int
    """Commits that carried the measured transfers in group mode (0 in other modes)."""
    baseline: BaselineResult | None
    verification: Verification

    @property
    def transfers_per_second(self) -> float:
        return self.committed / self.elapsed if self.elapsed else 0.0

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or not self.baseline.transfers_per_second:
            return None
        return self.transfers_per_second / self.baseline.transfers_per_second


def _split(total: int, parts: int) -> list[int]:
    share, extra = divmod(total, parts)
    return [share + (1 if i < extra else 0) for i in range(parts)]


def _jobs(
    config: LedgerBenchConfig, workload: Workload, count: int, round_: int
) -> list[ClientJob]:
    units = min(config.warmup, 2) if config.mode == "batch" else config.warmup
    warmup = max(units // config.clients, 1) * config.unit
    seed = config.seed + 1000 * round_
    return [
        ClientJob(workload, i, share, warmup, seed + i)
        for i, share in enumerate(_split(count, config.clients))
    ]


@dataclass(slots=True)
class _Rounds:
    clients: list[ClientResult] = field(default_factory=list)
    elapsed: float = 0.0
    baseline: list[BaselineResult] = field(default_factory=list)

    def add(self, results: list[ClientResult]) -> None:
        self.clients.extend(results)
        self.elapsed += max(r.finished for r in results) - min(r.started for r in results)


def _run_rounds(config: LedgerBenchConfig, workload: Workload, log: Log) -> _Rounds:
    done = _Rounds()
    baseline = None
    if config.baseline:
        baseline = Baseline(
            config.accounts, config.synchronous, config.hot_accounts, config.hot_share, config.seed
        )
    try:
        for round_, count in enumerate(_split(config.transfers, config.rounds)):
            log(f"round {round_ + 1}/{config.rounds}: {count} transfers each side")
            if baseline is not None and round_ % 2:
                done.baseline.append(baseline.run(count, config.unit))
            done.add(run_clients(_jobs(config, workload, count, round_)))
            if baseline is not None and not round_ % 2:
                done.baseline.append(baseline.run(count, config.unit))
    finally:
        if baseline is not None:
            baseline.close()
    return done


def run_ledger_bench(config: LedgerBenchConfig, log: Log) -> LedgerBenchResult:
    config.validate()
    target = target_for(config.database_url, "ledger")
    log(f"preparing {target.display}: {config.accounts} funded wallets")
    engine = fresh(target, config.synchronous)
    try:
        population = create_population(engine, config.accounts)
        durable = durability(engine)
        hot, cold = population.hot_and_cold(config.hot_share, config.hot_accounts)
        workload = Workload(
            target,
            config.synchronous,
            config.mode,
            config.unit,
            tuple(hot),
            tuple(cold),
            config.hot_share,
        )
        log(f"{config.transfers} transfers ({config.mode}), {config.clients} client(s)")
        done = _run_rounds(config, workload, log)
        results = done.clients
        committed = sum(r.committed for r in results)
        warm = sum(r.warmup_committed for r in results)
        log("verifying balances and ledger invariants")
        deltas = merge_deltas(r.deltas for r in results)
        verification = verify_run(engine, population, deltas, committed + warm)
    finally:
        engine.dispose()
    latencies = [s for r in results for s in r.latencies]
    sizes = [n for r in results for n in r.sizes]
    return LedgerBenchResult(
        config=config,
        database=target.display,
        backend=target.backend,
        synchronous=durable.setting,
        durable=durable.durable,
        elapsed=done.elapsed,
        committed=committed,
        rejected=sum(r.rejected for r in results),
        failed=sum(r.failed for r in results),
        per_transfer=Latency.of(latencies, sizes),
        per_batch=Latency.of(latencies),
        client_cpu_seconds=sum(r.cpu_seconds for r in results),
        groups=sum(r.groups for r in results),
        baseline=BaselineResult.merge(done.baseline) if done.baseline else None,
        verification=verification,
    )
