"""Sealing: incremental blocks, concurrent writers and sealers, transfers still in flight,
every posting path, the CLI and the server's sealer (docs/decisions/0017)."""

import random
import threading
import time
from datetime import timedelta
from functools import partial

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from tests.ledger.helpers import Book, make_book
from tests.ledger.tamper import execute, reports, sealed_book
from thungngoen import ledger
from thungngoen.cli.main import app
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.group import GroupCommitter, post_transfers
from thungngoen.ledger.seals import append_blocks
from thungngoen.ledger.tables import seals, transfers


def sealed_through(engine: Engine) -> tuple[int, int]:
    """(last sealed transfer id, transfers sealed) by the stored seals."""
    with read_transaction(engine) as connection:
        row = connection.execute(select(func.max(seals.c.last_id), func.sum(seals.c.count))).one()
    return row[0] or 0, row[1] or 0


def transfer_count(engine: Engine) -> int:
    with read_transaction(engine) as connection:
        return int(connection.scalar(select(func.count()).select_from(transfers)) or 0)


def test_blocks_chain_and_grow_with_the_ledger(engine: Engine) -> None:
    book = make_book(engine)
    for amount in range(1, 8):
        book.pay(book.alice, book.bob, amount)
    blocks = ledger.seal(engine, block_size=3)
    assert [(b.id, b.after_id, b.last_id, b.count) for b in blocks] == [
        (1, 0, 3, 3),
        (2, 3, 6, 3),
        (3, 6, 8, 2),
    ]
    assert [b.previous_digest for b in blocks[1:]] == [b.digest for b in blocks[:-1]]
    assert ledger.seal(engine) == []
    book.pay(book.bob, book.alice, 5)
    [fourth] = ledger.seal(engine)
    assert (fourth.id, fourth.after_id, fourth.last_id, fourth.previous_digest) == (
        4,
        8,
        9,
        blocks[-1].digest,
    )
    assert reports(engine) == {}


def test_every_posting_path_writes_a_digest_that_verifies(engine: Engine) -> None:
    """Single, batch, group, group committer, two-phase (post, void, expire), reversal:
    each row's digest is recomputed from what the database returns, and sealed."""
    book = make_book(engine)
    request = ledger.TransferRequest(book.alice, book.bob, 10, "SKC", "payment", memo="ค่ากาแฟ")
    book.pay(book.alice, book.bob, 10, metadata={"shop": 1, "items": [1, {"b": 2, "a": None}]})
    book.write(lambda c: ledger.post_batch(c, [request, request], idempotency_key="batch-1"))
    book.write(lambda c: post_transfers(c, [request, request]))
    committer = GroupCommitter(engine)
    committer.post(request)
    committer.close()
    held = [book.pay(book.alice, book.bob, 10, pending=True) for _ in range(3)]
    book.write(lambda c: ledger.post_pending(c, held[0].id, 5))
    book.write(lambda c: ledger.void_pending(c, held[1].id))
    later = utc_now() + timedelta(days=1)
    expiring = book.pay(book.alice, book.bob, 10, pending=True, expires_at=later)
    book.write(lambda c: ledger.expire_pending(c, later))
    payment = book.pay(book.alice, book.bob, 10, metadata={7: "number key"})
    book.write(lambda c: ledger.reverse_transfer(c, payment.id))
    with read_transaction(engine) as connection:
        kinds = set(connection.scalars(select(transfers.c.kind)))
    assert kinds == {"posted", "pending", "post_pending", "void_pending", "expire_pending"}
    assert expiring.id < transfer_count(engine)
    ledger.seal(engine)
    assert sealed_through(engine) == (transfer_count(engine), transfer_count(engine))
    assert reports(engine) == {}


def test_concurrent_writers_then_seal_verify_clean(engine: Engine) -> None:
    """Threads post (some through a shared group committer) while another thread keeps
    sealing: no seal ever covers an id whose transfer commits later, so the final seal
    and verify are clean and cover every transfer."""
    book = make_book(engine)
    book.pay(book.mint, book.bob, 10_000)
    committer = GroupCommitter(engine)
    done = threading.Event()
    errors: list[BaseException] = []

    def client(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(40):
            debit, credit = rng.sample([book.alice, book.bob], 2)
            request = ledger.TransferRequest(debit, credit, rng.randint(1, 300), "SKC", "pay")
            try:
                if seed % 2:
                    committer.post(request)
                else:
                    write_transaction(engine, partial(ledger.post_transfer, request=request))
            except ledger.errors.InsufficientFunds:
                pass
            except BaseException as error:
                errors.append(error)

    def sealer() -> None:
        while not done.is_set():
            try:
                ledger.seal(engine, patience=2.0)
            except BaseException as error:
                errors.append(error)

    sealing = threading.Thread(target=sealer)
    sealing.start()
    clients = [threading.Thread(target=client, args=(seed,)) for seed in range(6)]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join()
    committer.close()
    done.set()
    sealing.join()
    assert errors == []
    ledger.seal(engine)
    total = transfer_count(engine)
    assert total > 100
    assert sealed_through(engine)[1] == total
    assert reports(engine) == {}


# SQLite has one writer: an id is committed before the next is drawn.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_transfer_still_in_flight_holds_the_seal_back(engine: Engine) -> None:
    """PostgreSQL: id 3 is drawn but not committed while id 4 (other accounts) commits.
    A seal now must stop short of 3 — sealing through 4 would report 3 as inserted once
    it commits."""
    book = make_book(engine)
    book.pay(book.mint, book.bob, 1_000)
    request = ledger.TransferRequest(book.alice, book.bob, 10, "SKC", "payment")
    with engine.connect() as slow:
        transaction = slow.begin()
        assert ledger.post_transfer(slow, request).id == 3
        fast = ledger.TransferRequest(book.cash, book.reserve, 10, "THB", "float")
        assert book.write(lambda c: ledger.post_transfer(c, fast)).id == 4
        started = time.monotonic()
        assert ledger.seal(engine, patience=0.3) == []
        assert time.monotonic() - started >= 0.3
        transaction.commit()
    assert [(b.after_id, b.last_id, b.count) for b in ledger.seal(engine)] == [(0, 4, 4)]
    assert reports(engine) == {}


# SQLite has one writer: an id is committed before the next is drawn.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_sealing_past_a_transfer_in_flight_would_be_reported(engine: Engine) -> None:
    """Why the horizon matters: a seal forced through id 4 while 3 was in flight."""
    book = make_book(engine)
    book.pay(book.mint, book.bob, 1_000)
    request = ledger.TransferRequest(book.alice, book.bob, 10, "SKC", "payment")
    with engine.connect() as slow:
        transaction = slow.begin()
        ledger.post_transfer(slow, request)
        fast = ledger.TransferRequest(book.cash, book.reserve, 10, "THB", "float")
        book.write(lambda c: ledger.post_transfer(c, fast))
        with engine.connect() as sealer:
            write_transaction(sealer, lambda c: append_blocks(c, 4, 100))
        transaction.commit()
    violations = reports(engine)["sealed_blocks"].violations
    assert violations[0] == "seal 1: sealed 3 transfers in (0, 4], 4 are there now"


def test_two_sealers_at_once_append_one_chain(engine: Engine) -> None:
    book = make_book(engine)
    for amount in range(1, 30):
        book.pay(book.alice, book.bob, amount)
    results: list[list[ledger.Seal]] = []
    threads = [
        threading.Thread(target=lambda: results.append(ledger.seal(engine, block_size=4)))
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sealed_through(engine) == (30, 30)
    assert sorted(b.id for blocks in results for b in blocks) == list(range(1, 9))
    assert reports(engine) == {}


def test_cli_seals_and_verify_seals_first(engine: Engine, database_url: str) -> None:
    book = make_book(engine)
    runner = CliRunner()
    sealed = runner.invoke(app, ["ledger", "seal", "--database-url", database_url])
    assert sealed.exit_code == 0, sealed.output
    assert "sealed 1 transfers in 1 blocks; head: seal 1 through transfer 1" in sealed.output
    book.pay(book.alice, book.bob, 100)
    unsealed = runner.invoke(app, ["verify", "--no-seal", "--database-url", database_url])
    assert unsealed.exit_code == 0, unsealed.output
    assert sealed_through(engine) == (1, 1)
    verified = runner.invoke(app, ["verify", "--database-url", database_url])
    assert verified.exit_code == 0, verified.output
    assert "head: seal 2 through transfer 2" in verified.output
    execute(engine, "UPDATE ledger_transfers SET memo = 'edited' WHERE id = 2")
    broken = runner.invoke(app, ["verify", "--database-url", database_url])
    assert broken.exit_code == 1
    assert "transfer 2 does not match its digest" in broken.output


def test_the_servers_sealer_seals_in_the_background(engine: Engine) -> None:
    book: Book = sealed_book(engine)
    book.pay(book.alice, book.bob, 1)
    sealer = ledger.Sealer(engine, interval=0.05)
    try:
        deadline = time.monotonic() + 10
        while sealed_through(engine)[0] < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        sealer.close()
    assert sealed_through(engine) == (5, 5)
