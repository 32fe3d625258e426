"""Run the HTTP payment benchmark: a fresh database, the server in one process, the load
generator in another; then check every invariant of the ledger."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from thungngoen import keys
from thungngoen.bench.api.population import populate
from thungngoen.checks import run_checks
from thungngoen.db import create_db_engine, read_transaction
from thungngoen.db.migrate import upgrade

BENCH_DIR = Path("var/bench")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _fresh_database(members: int, merchants: int) -> tuple[str, Path]:
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    database = BENCH_DIR / "api.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{database}"
    engine = create_db_engine(url)
    upgrade(engine)
    keys.open_database(engine)  # this database's keys, as the server will use them
    population = populate(engine, members, merchants)
    engine.dispose()
    path = BENCH_DIR / "api-population.json"
    population.save(path)
    return url, path


def _wait_until_up(port: int, server: subprocess.Popen[bytes]) -> None:
    for _ in range(200):
        if server.poll() is not None:
            raise RuntimeError("the server exited before answering")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the server did not answer in 10 s")


def _load(port: int, population: Path, **options: float) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "thungngoen.bench.api.loadgen",
        "--port",
        str(port),
        "--population",
        str(population),
    ]
    for name, value in options.items():
        command += [f"--{name}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def run_api_bench(
    requests: int, concurrency: int, rate: float, members: int = 200, merchants: int = 20
) -> dict[str, Any]:
    url, population = _fresh_database(members, merchants)
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "thungngoen.cli.main",
            "serve",
            "--port",
            str(port),
            "--database-url",
            url,
            "--no-access-log",
        ],
        env={**os.environ, "THUNGNGOEN_SQLITE_SYNCHRONOUS": "FULL"},
    )
    try:
        _wait_until_up(port, server)
        _load(port, population, requests=min(500, requests), concurrency=concurrency)
        peak = _load(port, population, requests=requests, concurrency=concurrency)
        steady = _load(port, population, requests=int(rate * 10), concurrency=64, rate=rate)
    finally:
        server.terminate()
        server.wait(timeout=30)
    engine = create_db_engine(url)
    with read_transaction(engine) as connection:
        failed = [check.name for check in run_checks(connection) if not check.ok]
    engine.dispose()
    return {
        "peak": peak,
        "steady": steady,
        "failed_checks": failed,
        "database": url,
        "durability": "SQLite WAL, synchronous=FULL",
    }
