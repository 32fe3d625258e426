"""Several processes write the same hot accounts at once: no lost update, no overdraft,
no duplicate for a shared idempotency key, on both databases."""

import json
import subprocess
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from tests.ledger import workers
from thungngoen import ledger
from thungngoen.ledger.tables import transfers

pytestmark = pytest.mark.slow


def run_workers(*argvs: list[str], timeout: float = 120) -> list[Any]:
    """Start the workers, let them go together, and return each one's JSON result."""
    procs = [
        subprocess.Popen(
            workers.command(*argv),
            cwd=workers.ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for argv in argvs
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.readline() == "ready\n"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        outputs = [proc.communicate(timeout=timeout)[0] for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert [proc.returncode for proc in procs] == [0] * len(procs)
    return [json.loads(output) for output in outputs]


def test_hot_accounts_lose_no_update(database_url: str, engine: Engine) -> None:
    mint, wallets = workers.open_accounts(engine, 5)
    ids = ",".join(str(i) for i in wallets)
    results = run_workers(
        *(
            [
                "transfers",
                database_url,
                "--accounts",
                ids,
                "--count",
                "200",
                "--max-amount",
                "12000",
                "--seed",
                str(seed),
            ]
            for seed in range(5)
        )
    )
    acknowledged = [i for result in results for i in result["posted"]]
    assert len(acknowledged) > 100
    assert sum(result["insufficient"] for result in results) > 50
    with engine.connect() as c:
        workers.assert_sound(c)
        stored = c.execute(select(transfers.c.id).where(transfers.c.purpose == "test")).scalars()
        assert sorted(stored) == sorted(acknowledged)
        assert c.scalar(select(func.count()).select_from(transfers)) == len(wallets) + len(
            acknowledged
        )
        accounts = [ledger.get_account(c, i) for i in wallets]
        assert all(a.balance >= 0 and a.available >= 0 for a in accounts), accounts
        assert sum(a.balance for a in accounts) == workers.FUNDING * len(wallets)
        assert ledger.balance(c, mint) == -workers.FUNDING * len(wallets)


def test_shared_idempotency_key_posts_once(database_url: str, engine: Engine) -> None:
    mint, (wallet,) = workers.open_accounts(engine, 1)
    keys = [f"shared-{n}" for n in range(40)]
    argv = ["same-key", database_url, "--accounts", f"{mint},{wallet}", "--keys", ",".join(keys)]
    results = run_workers(*([*argv, "--seed", str(seed)] for seed in range(6)))
    assert all(result == results[0] for result in results)
    assert sorted(results[0]) == sorted(keys)
    with engine.connect() as c:
        workers.assert_sound(c)
        keyed = c.execute(select(transfers.c.id).where(transfers.c.idempotency_key.in_(keys)))
        assert sorted(keyed.scalars()) == sorted(results[0].values())
        assert ledger.balance(c, wallet) == workers.FUNDING + 100 * len(keys)
