"""What the ledger does when a request is valid."""

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from tests.ledger.helpers import Book, make_book
from thungngoen import ledger
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction
from thungngoen.ledger import errors


@pytest.fixture
def book(engine: Engine) -> Book:
    return make_book(engine)


def test_transfer_records_both_balances_after_it(book: Book) -> None:
    paid = book.pay(book.alice, book.bob, 2_550, memo="ข้าวมันไก่ 'ป้าแดง'")
    assert (paid.debit_balance_after, paid.credit_balance_after) == (7_450, 2_550)
    assert book.balance(book.alice) == 7_450
    assert book.balance(book.mint) == -10_000
    book.assert_sound()


def test_asset_accounts_are_debit_normal(book: Book) -> None:
    """An agent takes 50 baht cash (its float, an asset, rises) and hands it to the reserve."""
    spec = ledger.AccountSpec("thb:deposits", "THB", "liability", "system", "deposits")
    deposits = book.write(lambda c: ledger.open_account(c, spec).id)
    book.pay(book.cash, deposits, 5_000, currency="THB")
    assert book.balance(book.cash) == 5_000
    book.pay(book.reserve, book.cash, 5_000, currency="THB")
    assert (book.balance(book.cash), book.balance(book.reserve)) == (0, 5_000)
    with pytest.raises(errors.InsufficientFunds):
        book.pay(book.reserve, book.cash, 1, currency="THB")
    book.assert_sound()


def test_batch_legs_apply_in_order(book: Book) -> None:
    """Bob has nothing until the first leg pays him; the second leg spends it."""
    legs = [
        ledger.TransferRequest(book.alice, book.bob, 3_000, "SKC", "wage"),
        ledger.TransferRequest(book.bob, book.alice, 1_000, "SKC", "rent"),
    ]
    posted = book.write(lambda c: ledger.post_batch(c, legs, idempotency_key="sheet-1"))
    assert [t.batch_id for t in posted] == [posted[0].batch_id] * 2
    assert posted[1].debit_balance_after == 2_000
    again = book.write(lambda c: ledger.post_batch(c, legs, idempotency_key="sheet-1"))
    assert [t.id for t in again] == [t.id for t in posted]
    assert (book.balance(book.alice), book.balance(book.bob)) == (8_000, 2_000)
    book.assert_sound()


def test_pending_post_partly_releases_the_rest(book: Book) -> None:
    held = book.pay(book.alice, book.bob, 4_000, pending=True)
    alice = book.account(book.alice)
    assert (alice.balance, alice.available) == (10_000, 6_000)
    posted = book.write(lambda c: ledger.post_pending(c, held.id, 2_500))
    assert posted.pending_id == held.id
    alice = book.account(book.alice)
    assert (alice.balance, alice.available, alice.debits_pending) == (7_500, 7_500, 0)
    assert book.balance(book.bob) == 2_500
    book.assert_sound()


def test_void_and_expiry_release_the_reservation(book: Book) -> None:
    voided = book.pay(book.alice, book.bob, 1_000, pending=True)
    book.write(lambda c: ledger.void_pending(c, voided.id))
    deadline = utc_now() + timedelta(minutes=5)
    expiring = book.pay(book.alice, book.bob, 2_000, pending=True, expires_at=deadline)
    assert book.write(lambda c: ledger.expire_pending(c, now=deadline - timedelta(1))) == []
    expired = book.write(lambda c: ledger.expire_pending(c, now=deadline))
    assert [(t.kind, t.pending_id) for t in expired] == [("expire_pending", expiring.id)]
    assert book.account(book.alice).available == 10_000
    assert book.balance(book.bob) == 0
    book.assert_sound()


def test_reversal_restores_balances(book: Book) -> None:
    paid = book.pay(book.alice, book.bob, 700)
    reversal = book.write(lambda c: ledger.reverse_transfer(c, paid.id, idempotency_key="r-1"))
    assert reversal.reverses_id == paid.id
    assert (reversal.debit_account_id, reversal.credit_account_id) == (book.bob, book.alice)
    assert (book.balance(book.alice), book.balance(book.bob)) == (10_000, 0)
    book.assert_sound()


def test_freeze_and_unfreeze(book: Book) -> None:
    book.write(lambda c: ledger.set_account_status(c, book.bob, "frozen"))
    with pytest.raises(errors.AccountFrozen):
        book.pay(book.alice, book.bob, 1)
    book.write(lambda c: ledger.set_account_status(c, book.bob, "active"))
    assert book.pay(book.alice, book.bob, 1).credit_balance_after == 1


def test_statement_pages_with_running_balance(book: Book) -> None:
    for amount in range(1, 8):
        book.pay(book.alice, book.bob, amount)
        book.pay(book.bob, book.mint, 1) if amount % 3 == 0 else None
    book.pay(book.alice, book.bob, 9, pending=True)
    with read_transaction(book.engine) as connection:
        first = ledger.statement(connection, book.bob, limit=4)
        rest = ledger.statement(connection, book.bob, limit=50, before_id=first[-1].transfer_id)
        with pytest.raises(errors.UnknownTransfer):
            ledger.statement(connection, book.mint, limit=5, before_id=first[0].transfer_id + 1)
    lines = first + rest
    assert [line.amount for line in lines] == [7, -1, 6, 5, 4, -1, 3, 2, 1]
    assert [line.transfer_id for line in lines] == sorted(
        (line.transfer_id for line in lines), reverse=True
    )
    running = 0
    for line in reversed(lines):
        running += line.amount
        assert line.balance_after == running
    assert lines[0].balance_after == book.balance(book.bob)


def test_expiry_skips_reservations_already_settled(book: Book) -> None:
    deadline = utc_now() + timedelta(minutes=1)
    posted = book.pay(book.alice, book.bob, 100, pending=True, expires_at=deadline)
    book.write(lambda c: ledger.post_pending(c, posted.id))
    open_one = book.pay(book.alice, book.bob, 200, pending=True, expires_at=deadline)
    expired = book.write(lambda c: ledger.expire_pending(c, now=deadline))
    assert [t.pending_id for t in expired] == [open_one.id]
    book.assert_sound()
