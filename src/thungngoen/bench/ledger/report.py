"""Benchmark results as Rich tables and as one JSON object."""

import json
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.table import Table

from thungngoen.bench.ledger.reads import TARGET_P99_MS, ReadsResult
from thungngoen.bench.ledger.stats import Latency
from thungngoen.bench.ledger.transfers import LedgerBenchResult


def clean(value: Any) -> Any:
    """JSON-ready: NaN becomes null, floats are rounded to 4 places."""
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(clean(payload))


@contextmanager
def fill_progress(console: Console) -> Iterator[Callable[[int], Callable[[int], None]]]:
    """A progress bar for filling the read database: yields ``start(total) -> advance(n)``."""
    columns = (*Progress.get_default_columns()[:1], BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeRemainingColumn(), console=console) as bar:

        def start(total: int) -> Callable[[int], None]:
            task = bar.add_task("filling with post_batch", total=total)
            return lambda done: bar.advance(task, done)

        yield start


def ledger_json(result: LedgerBenchResult) -> dict[str, Any]:
    config, check, base = result.config, result.verification, result.baseline
    unit = config.batch_size if config.mode == "batch" else 1
    base_latency = Latency.of(base.latencies, base.sizes) if base else None
    return {
        "benchmark": "ledger",
        "mode": config.mode,
        "database": result.database,
        "backend": result.backend,
        "synchronous": result.synchronous,
        "durable": result.durable,
        "clients": config.clients,
        "accounts": config.accounts,
        "transfers": config.transfers,
        "batch_size": unit,
        "hot_share": config.hot_share,
        "hot_accounts": config.hot_accounts if config.hot_share > 0 else 0,
        "rounds": config.rounds,
        "committed": result.committed,
        "rejected": result.rejected,
        "failed": result.failed,
        "elapsed_seconds": result.elapsed,
        "transfers_per_second": result.transfers_per_second,
        "baseline_transfers_per_second": base.transfers_per_second if base else None,
        "ratio": result.ratio,
        "ratio_p50": _p50_ratio(base_latency, result.per_transfer),
        "p50_ms": result.per_transfer.p50_ms,
        "p99_ms": result.per_transfer.p99_ms,
        "batch_p50_ms": result.per_batch.p50_ms,
        "batch_p99_ms": result.per_batch.p99_ms,
        "client_cpu_ms_per_transfer": 1000 * result.client_cpu_seconds / max(result.committed, 1),
        "groups": result.groups if config.mode == "group" else None,
        "transfers_per_group": _per_group(result),
        "baseline_p50_ms": base_latency.p50_ms if base_latency else None,
        "baseline_p99_ms": base_latency.p99_ms if base_latency else None,
        "lost_updates": check.lost_updates,
        "balance_sum_conserved": check.balance_sum_conserved,
        "transfers_expected": check.transfers_expected,
        "transfers_found": check.transfers_found,
        "invariant_violations": check.invariant_violations,
        "failed_checks": check.failed_checks,
        "verified": check.ok,
    }


def _per_group(result: LedgerBenchResult) -> float | None:
    if result.config.mode != "group" or not result.groups:
        return None
    return result.committed / result.groups


def _p50_ratio(baseline: Latency | None, ledger: Latency) -> float | None:
    """Baseline median over ledger median: a ratio that a burst of background load barely
    moves (the throughput ratio counts every stall)."""
    if baseline is None or not ledger.p50_ms or math.isnan(ledger.p50_ms):
        return None
    return baseline.p50_ms / ledger.p50_ms


def _ms(value: float | None) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.3f} ms"


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}/s"


_MODES = {"single": "single", "group": "group commit"}


def ledger_table(result: LedgerBenchResult) -> Table:
    data = ledger_json(result)
    batch = data["mode"] == "batch"
    mode = f"batch ×{data['batch_size']}" if batch else _MODES[data["mode"]]
    title = (
        f"bench ledger: {mode}, {data['clients']} client(s), "
        f"{data['accounts']} accounts, {data['transfers']} transfers"
    )
    table = Table(title=title, caption=f"{data['database']}, {data['synchronous']}")
    table.add_column("figure")
    table.add_column("ledger API", justify="right")
    based = data["baseline_transfers_per_second"] is not None
    if based:
        table.add_column("raw sqlite3 baseline", justify="right")

    def row(name: str, ledger: str, baseline: str = "") -> None:
        table.add_row(name, ledger, *([baseline] if based else []))

    row(
        "transfers/s",
        _rate(data["transfers_per_second"]),
        _rate(data["baseline_transfers_per_second"]),
    )
    if based:
        row("ratio to baseline (throughput)", f"{data['ratio']:.3f}", "1")
        row("ratio to baseline (p50 latency)", f"{data['ratio_p50']:.3f}", "1")
    per = "per transfer (÷ batch size)" if batch else "per transfer"
    row(f"p50 {per}", _ms(data["p50_ms"]), _ms(data["baseline_p50_ms"]))
    row(f"p99 {per}", _ms(data["p99_ms"]), _ms(data["baseline_p99_ms"]))
    if batch:
        row("p50 per batch", _ms(data["batch_p50_ms"]))
        row("p99 per batch", _ms(data["batch_p99_ms"]))
    if data["transfers_per_group"] is not None:
        row("transfers per commit (mean)", f"{data['transfers_per_group']:.2f}")
    row("client CPU per transfer", _ms(data["client_cpu_ms_per_transfer"]))
    row("committed / rejected / failed", _counts(data))
    row("lost updates", str(data["lost_updates"]))
    row("balance sum conserved", str(data["balance_sum_conserved"]))
    row("invariant violations", str(data["invariant_violations"]))
    return table


def _counts(data: dict[str, Any]) -> str:
    return f"{data['committed']} / {data['rejected']} / {data['failed']}"


def reads_json(result: ReadsResult) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "benchmark": "reads",
        "database": result.database,
        "backend": result.backend,
        "synchronous": result.synchronous,
        "accounts": result.config.accounts,
        "transfers": result.filled.transfers,
        "reused": result.filled.reused,
        "fill_seconds": result.filled.fill_seconds,
        "samples": result.config.samples,
        "target_p99_ms": TARGET_P99_MS,
    }
    for name, latency in result.latencies.items():
        payload[f"{name}_p50_ms"] = latency.p50_ms
        payload[f"{name}_p99_ms"] = latency.p99_ms
    payload["worst_p99_ms"] = result.worst_p99_ms
    payload["meets_target"] = result.worst_p99_ms < TARGET_P99_MS
    return payload


def reads_table(result: ReadsResult) -> Table:
    filled = result.filled
    how = "reused" if filled.reused else f"filled in {filled.fill_seconds:.1f} s"
    table = Table(
        title=f"bench reads: {filled.transfers:,} transfers, {result.config.accounts} accounts",
        caption=f"{result.database} ({how}), {result.config.samples} samples",
    )
    for column in ("read", "p50", "p99", "max", f"p99 < {TARGET_P99_MS:g} ms"):
        table.add_column(column, justify="left" if column == "read" else "right")
    for name, latency in result.latencies.items():
        ok = latency.p99_ms < TARGET_P99_MS
        verdict = "[green]yes[/green]" if ok else "[red]no[/red]"
        table.add_row(name, _ms(latency.p50_ms), _ms(latency.p99_ms), _ms(latency.max_ms), verdict)
    return table
