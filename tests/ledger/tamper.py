"""Helpers for the tamper-evidence tests: a small sealed ledger and what verify says."""

from sqlalchemy import Engine, text

from tests.ledger.helpers import Book, make_book
from thungngoen import ledger
from thungngoen.db import read_transaction
from thungngoen.ledger.verify import CheckResult, run_checks


def reports(engine: Engine) -> dict[str, CheckResult]:
    """The failed checks by name."""
    with read_transaction(engine) as connection:
        return {result.name: result for result in run_checks(connection) if not result.ok}


def sealed_book(engine: Engine) -> Book:
    """Transfers 1–4 (a funding, two payments with memo and metadata, a pending
    reservation), all sealed; verify is clean."""
    book = make_book(engine)
    book.pay(book.alice, book.bob, 100, memo="coffee", metadata={"shop": 5, "ref": "A-1"})
    book.pay(book.alice, book.bob, 200, memo="rice", idempotency_key="order-7")
    book.pay(book.alice, book.bob, 50, pending=True, expires_at=None)
    ledger.seal(engine)
    assert reports(engine) == {}
    return book


def execute(engine: Engine, sql: str) -> None:
    """Raw SQL behind the ledger's back."""
    with engine.begin() as connection:
        connection.execute(text(sql))
