"""Client processes: K OS processes (``spawn``), each with its own engine and connection;
in group mode K threads of this process sharing one ``GroupCommitter``.

The clients warm up, meet at a barrier, and only then start their clocks, so process
start-up and imports stay out of the measurement. ``time.perf_counter`` is the system-wide
monotonic clock on Linux, so the run's wall time is the latest finish less the earliest start.
A single client runs in this process (simpler to profile, same code path).
"""

import multiprocessing
import queue
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from sqlalchemy import Connection

from thungngoen.bench.ledger.database import BenchError, bench_engine
from thungngoen.bench.ledger.workload import ClientJob, ClientResult, run_client
from thungngoen.ledger.group import GroupCommitter

BARRIER_TIMEOUT = 300.0


@dataclass(frozen=True, slots=True)
class ClientFailure:
    index: int
    error: str


def _worker(job: ClientJob, barrier: Barrier, results: "Queue[Any]") -> None:
    try:
        results.put(run_client(job, lambda: _wait(barrier)))
    except BaseException:
        barrier.abort()
        results.put(ClientFailure(job.index, traceback.format_exc()))


def _wait(barrier: Barrier) -> None:
    barrier.wait(BARRIER_TIMEOUT)


def run_clients(jobs: list[ClientJob]) -> list[ClientResult]:
    if jobs[0].workload.mode == "group":
        return _run_threads(jobs)
    if len(jobs) == 1:
        return [run_client(jobs[0], lambda: None)]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(jobs))
    results: Queue[Any] = context.Queue()
    processes = [
        context.Process(target=_worker, args=(job, barrier, results), name=f"bench-client-{i}")
        for i, job in enumerate(jobs)
    ]
    for process in processes:
        process.start()
    collected: list[ClientResult] = []
    failures: list[ClientFailure] = []
    try:
        while len(collected) + len(failures) < len(jobs):
            try:
                item = results.get(timeout=1.0)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in processes):
                    raise BenchError("a client process died without a result") from None
                continue
            (failures if isinstance(item, ClientFailure) else collected).append(item)
    finally:
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():
                process.terminate()
    if failures:
        root = [f for f in failures if "BrokenBarrierError" not in f.error] or failures
        first = min(root, key=lambda f: f.index)
        raise BenchError(f"client {first.index} failed:\n{first.error}")
    return sorted(collected, key=lambda r: r.index)


class _CountingCommitter(GroupCommitter):
    """A ``GroupCommitter`` that counts its commits (groups), for the report."""

    groups = 0

    def _commit(self, connection: Connection, group: list[Any]) -> None:
        self.groups += 1
        super()._commit(connection, group)


def _run_threads(jobs: list[ClientJob]) -> list[ClientResult]:
    """Group mode: the clients are threads that share one ``GroupCommitter``. The
    process's CPU time (clients and writer thread alike) and the number of groups in the
    timed window are booked on the first client; per-thread clocks would count it K times."""
    workload = jobs[0].workload
    engine = bench_engine(workload.target, workload.synchronous)
    committer = _CountingCommitter(engine)
    window: list[tuple[float, int]] = []

    def start_window() -> None:  # run once, by the last thread to reach the barrier
        window.append((time.process_time(), committer.groups))

    barrier = threading.Barrier(len(jobs), action=start_window)
    results: list[ClientResult | BaseException] = []

    def ready() -> None:
        barrier.wait(BARRIER_TIMEOUT)

    def client(job: ClientJob) -> None:
        try:
            results.append(run_client(job, ready, committer))
        except BaseException as error:
            barrier.abort()
            results.append(error)

    threads = [threading.Thread(target=client, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cpu, groups = time.process_time(), committer.groups
    committer.close()
    engine.dispose()
    errors = [r for r in results if isinstance(r, BaseException)]
    if errors:
        raise BenchError(f"a client thread failed: {errors[0]!r}") from errors[0]
    done = sorted((r for r in results if isinstance(r, ClientResult)), key=lambda r: r.index)
    for result in done:
        result.cpu_seconds, result.groups = 0.0, 0
    done[0].cpu_seconds, done[0].groups = cpu - window[0][0], groups - window[0][1]
    return done
