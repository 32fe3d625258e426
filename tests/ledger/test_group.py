"""Group commit: independent transfers sharing one transaction, fed by many threads."""

import random
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from tests.ledger.helpers import Book, make_book
from thungngoen import ledger
from thungngoen.db import create_db_engine
from thungngoen.ledger import errors
from thungngoen.ledger.group import GroupCommitter, post_transfers


@pytest.fixture
def book(engine: Engine) -> Book:
    return make_book(engine)


def test_each_transfer_stands_alone_in_order(book: Book) -> None:
    requests = [
        ledger.TransferRequest(book.alice, book.bob, 6_000, "SKC", "payment", idempotency_key="a"),
        ledger.TransferRequest(book.alice, book.bob, 6_000, "SKC", "payment"),
        ledger.TransferRequest(book.alice, book.bob, 0, "SKC", "payment"),
        ledger.TransferRequest(book.bob, book.alice, 1_000, "SKC", "payment"),
        ledger.TransferRequest(book.alice, book.bob, 6_000, "SKC", "payment", idempotency_key="a"),
        ledger.TransferRequest(book.alice, book.bob, 5_000, "SKC", "payment", idempotency_key="a"),
    ]
    outcomes = book.write(lambda c: post_transfers(c, requests))
    first = outcomes[0]
    assert isinstance(first, ledger.Transfer)
    assert isinstance(outcomes[1], errors.InsufficientFunds)
    assert isinstance(outcomes[2], errors.InvalidAmount)
    assert isinstance(outcomes[3], ledger.Transfer)
    assert outcomes[4] == first
    assert isinstance(outcomes[5], errors.IdempotencyConflict)
    assert (book.balance(book.alice), book.balance(book.bob)) == (5_000, 5_000)
    again = book.write(lambda c: post_transfers(c, requests[:1]))
    assert again == [first]
    book.assert_sound()


def test_many_threads_share_commits(book: Book) -> None:
    """Eight callers hammer three wallets; every acknowledged transfer is there, and no
    wallet overdraws."""
    book.pay(book.mint, book.bob, 10_000)
    wallets = [book.alice, book.bob]
    committer = GroupCommitter(book.engine)
    acknowledged: list[ledger.Transfer] = []
    rejected: list[errors.LedgerError] = []
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(60):
            debit, credit = rng.sample(wallets, 2)
            try:
                transfer = committer.post(
                    ledger.TransferRequest(debit, credit, rng.randint(1, 4_000), "SKC", "pay")
                )
            except errors.InsufficientFunds as error:
                with lock:
                    rejected.append(error)
                continue
            with lock:
                acknowledged.append(transfer)

    threads = [threading.Thread(target=client, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    committer.close()
    assert len(acknowledged) + len(rejected) == 480
    assert acknowledged
    net = dict.fromkeys(wallets, 0)
    for transfer in acknowledged:
        net[transfer.debit_account_id] -= transfer.amount
        net[transfer.credit_account_id] += transfer.amount
    assert book.balance(book.alice) == 10_000 + net[book.alice]
    assert book.balance(book.bob) == 10_000 + net[book.bob]
    book.assert_sound()


def test_a_failed_commit_fails_every_caller_in_the_group(tmp_path: Path) -> None:
    unmigrated = create_db_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    committer = GroupCommitter(unmigrated)
    futures = [
        committer.submit(ledger.TransferRequest(1, 2, 100, "SKC", "payment")) for _ in range(3)
    ]
    for future in futures:
        with pytest.raises((OperationalError, sqlite3.OperationalError), match="no such table"):
            future.result(timeout=10)
    committer.close()
