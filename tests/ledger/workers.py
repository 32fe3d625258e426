"""Worker processes for the concurrency and crash tests.

Run from the project root as ``python -m tests.ledger.workers COMMAND URL ...``. The
``transfers`` and ``same-key`` workers print ``ready``, wait for a line on stdin (so that
all workers start together) and print one JSON line with what was acknowledged. The
``crash-loop`` worker posts until it is killed, printing each transfer only after its
commit returned.
"""

import argparse
import json
import random
import sys
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, Engine

from thungngoen import ledger
from thungngoen.db import create_db_engine, write_transaction
from thungngoen.ledger import errors
from thungngoen.ledger.verify import run_checks

PURPOSE = "test"
FUNDING = 10_000
ROOT = Path(__file__).resolve().parents[2]
"""The directory to start workers in."""


def command(*args: str) -> list[str]:
    """The command line that runs a worker with this interpreter."""
    return [sys.executable, "-m", "tests.ledger.workers", *args]


def transfers(url: str, accounts: list[int], count: int, max_amount: int, seed: int) -> None:
    """Post ``count`` random transfers among ``accounts``, many of them too large: single
    ones, pending ones then posted or voided, and linked batches across three accounts."""
    engine = create_db_engine(url)
    rng = random.Random(seed)
    posted: list[int] = []
    insufficient = 0
    wait_for_start()
    for _ in range(count):
        first, second, third = rng.sample(accounts, 3)
        amount, pending, linked = rng.randint(1, max_amount), rng.random() < 0.2, rng.random() < 0.2
        leg = ledger.TransferRequest(first, second, amount, "SKC", PURPOSE, pending=pending)
        work = partial(post_one, request=leg)
        if linked:
            legs = [leg, ledger.TransferRequest(second, third, amount, "SKC", PURPOSE)]
            work = partial(ledger.post_batch, requests=legs)
        try:
            done = write_transaction(engine, work)
        except errors.LedgerError as error:
            if not isinstance(getattr(error, "cause", error), errors.InsufficientFunds):
                raise
            insufficient += 1
            continue
        posted += [transfer.id for transfer in done]
        if pending:
            settle = ledger.void_pending if rng.random() < 0.5 else ledger.post_pending
            posted.append(write_transaction(engine, partial(settle, pending_id=done[0].id)).id)
    print(json.dumps({"posted": posted, "insufficient": insufficient}), flush=True)
    engine.dispose()


def post_one(connection: Connection, request: ledger.TransferRequest) -> list[ledger.Transfer]:
    return [ledger.post_transfer(connection, request)]


def same_key(url: str, debit: int, credit: int, keys: list[str], seed: int) -> None:
    """Post the same keyed request for each of ``keys`` (in a random order)."""
    engine = create_db_engine(url)
    random.Random(seed).shuffle(keys)
    results: dict[str, int] = {}
    wait_for_start()
    for key in keys:
        request = ledger.TransferRequest(debit, credit, 100, "SKC", PURPOSE, idempotency_key=key)
        results[key] = write_transaction(engine, partial(ledger.post_transfer, request=request)).id
    print(json.dumps(results), flush=True)
    engine.dispose()


def crash_loop(url: str, source: int, accounts: list[int], seed: int) -> None:
    """Post keyed transfers and linked batches forever; print each once committed."""
    engine = create_db_engine(url)
    rng = random.Random(seed)
    for n in range(10**9):
        key = f"crash-{seed}-{n}"
        first, second = rng.sample(accounts, 2)
        amount = rng.randint(1, 5000)
        try:
            if n % 4 == 0:
                legs = [
                    ledger.TransferRequest(source, first, amount, "SKC", PURPOSE),
                    ledger.TransferRequest(first, second, amount, "SKC", PURPOSE),
                ]
                done = write_transaction(
                    engine, partial(ledger.post_batch, requests=legs, idempotency_key=key)
                )
            else:
                request = ledger.TransferRequest(
                    first, second, amount, "SKC", PURPOSE, idempotency_key=key
                )
                done = [write_transaction(engine, partial(ledger.post_transfer, request=request))]
        except errors.InsufficientFunds:
            continue
        print(key, *(transfer.id for transfer in done), flush=True)


def open_accounts(engine: Engine, count: int) -> tuple[int, list[int]]:
    """A mint and ``count`` no-overdraft wallets holding ``FUNDING`` each."""

    def work(c: Connection) -> tuple[int, list[int]]:
        mint = ledger.open_account(c, ledger.AccountSpec("mint", "SKC", "equity", "sys", "mint"))
        wallets = []
        for n in range(count):
            spec = ledger.AccountSpec(
                f"w{n}", "SKC", "liability", "member", "wallet", None, no_overdraft=True
            )
            wallet = ledger.open_account(c, spec)
            ledger.post_transfer(c, ledger.TransferRequest(mint.id, wallet.id, FUNDING, "SKC", "f"))
            wallets.append(wallet.id)
        return mint.id, wallets

    return write_transaction(engine, work)


def assert_sound(connection: Connection) -> None:
    failed = [check for check in run_checks(connection) if not check.ok]
    assert not failed, failed


def wait_for_start() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.ledger.workers")
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("transfers", "same-key", "crash-loop"):
        command = commands.add_parser(name)
        command.add_argument("url")
        command.add_argument("--accounts", type=lambda s: [int(i) for i in s.split(",")])
        command.add_argument("--seed", type=int, default=0)
    commands.choices["transfers"].add_argument("--count", type=int, default=100)
    commands.choices["transfers"].add_argument("--max-amount", type=int, default=1000)
    commands.choices["same-key"].add_argument("--keys", type=lambda s: s.split(","))
    args = parser.parse_args(argv)
    if args.command == "transfers":
        transfers(args.url, args.accounts, args.count, args.max_amount, args.seed)
    elif args.command == "same-key":
        same_key(args.url, args.accounts[0], args.accounts[1], args.keys, args.seed)
    else:
        crash_loop(args.url, args.accounts[0], args.accounts[1:], args.seed)


if __name__ == "__main__":
    main()
