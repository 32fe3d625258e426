"""``make bench``: run the scenarios that the performance targets name, and compare.

(a)  SQLite, single durable commits, 1 client: ratio to the raw sqlite3 baseline >= 0.6
(b)  SQLite, linked batches of 1,000: >= 50,000 transfers/s
(c)  PostgreSQL, group commit, 8 clients, 1,000 accounts, half the transfers on one of
     10 hot accounts: >= 3,000 transfers/s and no lost update. The clients are threads
     of one process, each posting one transfer at a time through one shared
     ``GroupCommitter``; a transfer is acknowledged only after its group's durable commit.
(c') the same workload with one commit per transfer from 8 client processes: reported
     for comparison, not judged (its soundness is)
(d)  reads on 1,000,000 transfers: p99 < 5 ms for a balance and a 50-line statement page
(e)  wallet payments through the HTTP API (PIN, durable SQLite commit), load generator in
     a second process: >= 1,000 payments/s at full load, p99 < 50 ms at 500 payments/s
(f)  simulator: 5,000 members, 300 merchants, 90 days on SQLite (about a million
     transfers) < 600 s; the database stays at var/bench/simulated.db (``--quick``: a
     tenth of the members and shops, in var/bench/simulated-quick.db)
(g)  circulation over the simulated ledger of (f) (simulated first if missing): the full
     report — first rollup of every transfer, then the report — < 10 s on SQLite; the
     public page ``GET /circulation`` (in process, rollups up to date), p99 < 200 ms,
     both with its board cached until the rollups move and cold (cache emptied)

(n)  notifications: the two a shop payment raises add < 0.2 ms to it; an announcement
     to 100,000 people is queued (one notification each, durably) < 10 s; and delivered:
     100,000 people with LINE addresses, the worker's rounds sending to a local LINE
     server at LINE's limits (multicast 200 requests/s of up to 500 people), judged against
     the limit; half as many at 20 multicasts/s (the limit binds: kept, never exceeded); 100
     people by email to a local SMTP server at the SMTP rate setting — on SQLite and on
     PostgreSQL (THUNGNGOEN_BENCH_PG_URL)
(n') the weekly digest job for 10,000 members (a week of top-ups and payments, one
     announcement, the rollups refreshed), on SQLite and on PostgreSQL when reachable:
     each batch of 1,000 people < 1 s (a batch is one transaction holding SQLite's one
     writer: a payment behind it waits that long); the whole pass reported

(i)  importing the network's spreadsheets (issue 15): 100,000 households, one row per
     person (about 300,000 rows), from CSV < 30 s and from XLSX < 90 s, on SQLite and on
     PostgreSQL when reachable, each in a fresh process; peak RSS reported beside that of
     a file a tenth the size (streamed: the memory does not grow with the file)
(p)  the network's central data at a province's size (500,000 households, 1,500,000
     persons, generated once and kept: var/bench/province.db and the PostgreSQL schema
     bench_province), on SQLite and on PostgreSQL when reachable, through the app in
     process by a logged-in coordinator, 500 requests of each door after a warm-up: a
     community profile (page and API) p99 < 200 ms; search by name or phone (page and
     API) p99 < 100 ms; the generator's time reported (``--rebuild`` generates again)

(c) and (c') are skipped if PostgreSQL is unreachable (URL from THUNGNGOEN_BENCH_PG_URL).
Every figure is for durable commits. The figures also go to var/bench/summary.json, with
the 1-minute load average before and after each scenario (the machine may be shared).
Exit status 1 if a run is unsound (lost update, invariant violation) or has no figure;
with ``--strict`` also if a target is missed. ``--only "c'"`` runs (c') alone.
"""

import argparse
import dataclasses
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from platform_scenarios import scenario_digests, scenario_i, scenario_n, scenario_p
from scenario_kit import PG_DEFAULT, SUMMARY, Outcome, console, note, pg_unreachable, with_note
from sqlalchemy.engine import make_url

from thungngoen.bench.api.run import run_api_bench
from thungngoen.bench.circulation import run_circulation_bench
from thungngoen.bench.ledger import report
from thungngoen.bench.ledger.reads import TARGET_P99_MS, ReadsConfig, run_reads_bench
from thungngoen.bench.ledger.targets import (
    Figure,
    at_least,
    below,
    ledger_figures,
    reported,
    summary_table,
)
from thungngoen.bench.ledger.transfers import LedgerBenchConfig, run_ledger_bench
from thungngoen.bench.ledger.workload import Mode
from thungngoen.bench.simulation import FULL, SIMULATED_DB, bench_json, run_simulation_bench
from thungngoen.simulation.cli import progress_bar
from thungngoen.simulation.cli import summary_table as simulation_table
from thungngoen.simulation.world import SimulationConfig


def ledger(config: LedgerBenchConfig) -> dict[str, Any]:
    result = run_ledger_bench(config, note)
    console.print(report.ledger_table(result))
    return report.ledger_json(result)


def scenario_a(scale: float) -> Outcome:
    data = ledger(LedgerBenchConfig(transfers=int(20_000 * scale)))
    name = "(a) SQLite single, 1 client"
    ratio = at_least(name, "ratio to raw sqlite3", data["ratio"], 0.6, ".3f")
    detail = (
        f"{data['transfers_per_second']:,.0f}/s vs {data['baseline_transfers_per_second']:,.0f}/s"
        f"; p50 ratio {data['ratio_p50']:.3f}"
    )
    return data, [with_note(ratio, detail), *ledger_figures(name, data)]


def scenario_b(scale: float) -> Outcome:
    data = ledger(LedgerBenchConfig(transfers=int(200_000 * scale), mode="batch"))
    name = "(b) SQLite batch ×1000"
    rate = at_least(name, "transfers/s", data["transfers_per_second"], 50_000, ",.0f")
    detail = f"per batch p50 {data['batch_p50_ms']:.1f} ms, p99 {data['batch_p99_ms']:.1f} ms"
    return data, [with_note(rate, detail), *ledger_figures(name, data)]


PG_SCENARIOS: dict[Mode, str] = {
    "group": "(c) PostgreSQL, group commit: 8 client threads share one GroupCommitter; "
    "each transfer is acknowledged only after its group's durable commit",
    "single": "(c') PostgreSQL, 8 processes, one commit per transfer",
}


def scenario_pg(mode: Mode, scale: float) -> Outcome:
    """The PostgreSQL workload: judged in group mode (c), reported in single mode (c')."""
    name, judged = PG_SCENARIOS[mode], mode == "group"
    target = ">= 3,000" if judged else "(not judged)"
    url = os.environ.get("THUNGNGOEN_BENCH_PG_URL") or PG_DEFAULT
    why = pg_unreachable(url)
    if why is not None:
        shown = make_url(url).render_as_string(hide_password=True)
        console.print(f"[yellow]skipping: PostgreSQL not reachable at {shown}: {why}")
        return None, [Figure(name, "transfers/s", "–", target, "skipped", why)]
    config = LedgerBenchConfig(
        transfers=int(16_000 * scale),
        mode=mode,
        clients=8,
        hot_share=0.5,
        hot_accounts=10,
        database_url=url,
        baseline=False,
        rounds=1,
    )
    data = ledger(config)
    detail = f"p50 {data['p50_ms']:.2f} ms, p99 {data['p99_ms']:.2f} ms"
    if judged:
        rate = at_least(name, "transfers/s", data["transfers_per_second"], 3000, ",.0f")
        if data["transfers_per_group"] is not None:
            detail += f"; {data['transfers_per_group']:.1f} transfers per commit"
    else:
        rate = reported(name, "transfers/s", data["transfers_per_second"], ",.0f")
    return data, [with_note(rate, detail), *ledger_figures(name, data)]


def scenario_d(scale: float, rebuild: bool) -> Outcome:
    config = ReadsConfig(transfers=int(1_000_000 * scale), samples=2000, rebuild=rebuild)
    with report.fill_progress(console) as start:
        result = run_reads_bench(config, start)
    console.print(report.reads_table(result))
    data = report.reads_json(result)
    name = f"(d) reads, {result.filled.transfers:,} transfers"
    figures = [
        below(name, f"{kind} p99", data[f"{kind}_p99_ms"], TARGET_P99_MS)
        for kind in result.latencies
    ]
    return data, figures


def scenario_e(scale: float) -> Outcome:
    data = run_api_bench(requests=max(500, int(6000 * scale)), concurrency=16, rate=500)
    peak, steady = data["peak"], data["steady"]
    console.print_json(data=data)
    name = "(e) HTTP payments, SQLite"
    unsound = data["failed_checks"] or set(peak["statuses"]) | set(steady["statuses"]) != {"201"}
    figures = [
        at_least(name, "payments/s (16 connections)", peak["payments_per_second"], 1000, ",.0f"),
        below(name, "p99 at 500 payments/s", steady["p99_ms"], 50.0),
    ]
    if unsound:
        figures.append(Figure(name, "soundness", "failed", "sound", "FAILED", str(unsound)))
    return data, figures


def simulation_plan(scale: float) -> tuple[SimulationConfig, Path]:
    config = dataclasses.replace(
        FULL, members=int(FULL.members * scale), merchants=int(FULL.merchants * scale)
    )
    return config, SIMULATED_DB if scale == 1 else SIMULATED_DB.with_stem("simulated-quick")


def scenario_f(scale: float) -> Outcome:
    config, path = simulation_plan(scale)
    with progress_bar(console) as bar:
        run = run_simulation_bench(config, path, bar)
    console.print(simulation_table(run.summary, config))
    data = bench_json(run, config, path)
    name = f"(f) simulator, {config.members:,} members, {config.merchants} shops, 90 days"
    elapsed = below(name, "elapsed", data["seconds"], 600, "s")
    detail = f"{data['transfers']:,} transfers, {data['transfers_per_second']:,.0f}/s"
    figures = [with_note(elapsed, f"{detail}; CPU {data['cpu_seconds']:,.0f} s")]
    if run.violations:
        figures.append(Figure(name, "invariants", "violated", "hold", "FAILED", run.violations[0]))
    return data, figures


def scenario_g(scale: float) -> Outcome:
    config, path = simulation_plan(scale)
    if not path.exists():
        note(f"{path} is missing: simulating it first, as scenario (f) does")
        with progress_bar(console) as bar:
            run_simulation_bench(config, path, bar)
    data = run_circulation_bench(path)
    console.print_json(data=data)
    name = f"(g) circulation, {data['transfers']:,} transfers"
    rollup = f"first rollup {data['rollup_seconds']:.1f} s"
    page = below(name, "page p99", data["page_p99_ms"], 200)
    cold = below(name, "page p99, cold (no cache)", data["page_cold_p99_ms"], 200)
    return data, [
        with_note(below(name, "full report", data["full_report_seconds"], 10, "s"), rollup),
        with_note(page, f"p50 {data['page_p50_ms']:.1f} ms; board cached"),
        with_note(cold, f"p50 {data['page_cold_p50_ms']:.1f} ms"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description="Run the benchmark targets' scenarios.")
    parser.add_argument("--quick", action="store_true", help="a tenth of the transfers")
    parser.add_argument(
        "--only",
        default="abcc'defgnn'ip",
        help="scenarios to run, e.g. 'ad' or \"cc'\" (default: all)",
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="refill the read database and the province's"
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    scenarios: dict[str, Callable[[], Outcome]] = {
        "a": lambda: scenario_a(scale),
        "b": lambda: scenario_b(scale),
        "c": lambda: scenario_pg("group", scale),
        "c'": lambda: scenario_pg("single", scale),
        "d": lambda: scenario_d(scale, args.rebuild),
        "e": lambda: scenario_e(scale),
        "f": lambda: scenario_f(scale),
        "g": lambda: scenario_g(scale),
        "n": lambda: scenario_n(scale),
        "n'": lambda: scenario_digests(scale),
        "i": lambda: scenario_i(scale),
        "p": lambda: scenario_p(scale, args.rebuild),
    }
    started = time.perf_counter()
    results: dict[str, Any] = {}
    figures: list[Figure] = []
    keys = re.findall(r"[a-z]'?", args.only)
    unknown = [key for key in keys if key not in scenarios]
    if unknown or not keys:
        parser.error(f"--only: unknown scenario(s) {unknown or args.only!r}; known: abcc'defgnn'ip")
    for key in keys:
        console.rule(f"scenario ({key})")
        load = os.getloadavg()[0]
        try:
            results[key], found = scenarios[key]()
            if results[key] is not None:
                results[key]["load_average_1min"] = [load, os.getloadavg()[0]]
        except Exception as error:  # a broken scenario must not hide the others' figures
            console.print_exception()
            found = [Figure(f"({key})", "run", "–", "a figure", "FAILED", repr(error)[:80])]
        figures.extend(found)
    minutes = (time.perf_counter() - started) / 60
    console.print(summary_table(figures, f"Thung Ngoen benchmark targets ({minutes:.1f} min)"))
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY.write_text(json.dumps(report.clean(results), indent=2) + "\n")
    note(f"figures written to {SUMMARY}")
    if any(f.verdict == "FAILED" for f in figures):
        return 1
    return 1 if args.strict and any(f.verdict == "MISSED" for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
