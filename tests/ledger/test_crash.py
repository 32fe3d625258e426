"""A writer killed with SIGKILL mid-run loses nothing it acknowledged and leaves a sound
ledger that takes new writes, on both databases."""

import subprocess
from functools import partial

import pytest
from sqlalchemy import Engine, select

from tests.ledger import workers
from thungngoen import ledger
from thungngoen.db import create_db_engine, write_transaction
from thungngoen.ledger.tables import batches, transfers

pytestmark = pytest.mark.slow

ACKNOWLEDGED_BEFORE_KILL = 200
ROUNDS = 3


def run_until_killed(database_url: str, accounts: list[int], seed: int) -> list[list[str]]:
    """What the worker acknowledged before it died: lines of key and transfer ids."""
    ids = ",".join(str(i) for i in accounts)
    argv = workers.command("crash-loop", database_url, "--accounts", ids, "--seed", str(seed))
    proc = subprocess.Popen(argv, cwd=workers.ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    lines: list[str] = []
    try:
        while len(lines) < ACKNOWLEDGED_BEFORE_KILL:
            lines.append(proc.stdout.readline())
            assert lines[-1], "the worker ended before it was killed"
    finally:
        proc.kill()
        proc.wait(timeout=30)
    lines += proc.stdout.readlines()
    proc.stdout.close()
    assert proc.returncode == -9
    return [line.split() for line in lines if line.endswith("\n")]


def stored_keys(engine: Engine) -> dict[int, str]:
    """Each test transfer's id and its idempotency key (or its batch's)."""
    query = select(transfers.c.id, transfers.c.idempotency_key, batches.c.idempotency_key)
    query = query.outerjoin(batches, batches.c.id == transfers.c.batch_id)
    with engine.connect() as c:
        workers.assert_sound(c)
        rows = c.execute(query.where(transfers.c.purpose == workers.PURPOSE))
        return {i: key or batch_key for i, key, batch_key in rows}


def test_killed_writer_keeps_acknowledged_transfers(database_url: str, engine: Engine) -> None:
    mint, wallets = workers.open_accounts(engine, 4)
    engine.dispose()
    stored: dict[int, str] = {}
    for seed in range(ROUNDS):
        before = stored
        lines = run_until_killed(database_url, [mint, *wallets], seed)
        acknowledged = {int(i): key for key, *ids in lines for i in ids}
        assert len(acknowledged) >= ACKNOWLEDGED_BEFORE_KILL
        reopened = create_db_engine(database_url)
        try:
            stored = stored_keys(reopened)
            assert {i: stored.get(i) for i in acknowledged} == acknowledged
            in_flight = set(stored) - set(before) - set(acknowledged)
            assert len(in_flight) <= 2, "more than the one operation in flight was committed"
            assert all(i > max(acknowledged) for i in in_flight)
            request = ledger.TransferRequest(mint, wallets[0], 1, "SKC", "after-crash")
            write_transaction(reopened, partial(workers.post_one, request=request))
            stored_keys(reopened)
        finally:
            reopened.dispose()
