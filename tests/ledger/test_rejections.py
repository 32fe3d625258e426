"""Every rejection the ledger makes: a typed error, a clear message, nothing written."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.ledger.helpers import Book, make_book, wallet
from thungngoen import ledger
from thungngoen.clock import utc_now
from thungngoen.ledger import errors


@pytest.fixture
def book(engine: Engine) -> Book:
    return make_book(engine)


def assert_rejected(
    book: Book, error: type[errors.LedgerError], work: Callable[[Any], object], match: str
) -> errors.LedgerError:
    before = book.snapshot()
    with pytest.raises(error, match=match) as raised:
        book.write(work)
    assert book.snapshot() == before
    book.assert_sound()
    return raised.value


def transfer(debit: int, credit: int, amount: Any, currency: str = "SKC", **extra: Any) -> Any:
    request = ledger.TransferRequest(debit, credit, amount, currency, "payment", **extra)
    return lambda c: ledger.post_transfer(c, request)


@pytest.mark.parametrize("amount", [0, -5, 1.5, True])
def test_amount_must_be_positive_satang(book: Book, amount: Any) -> None:
    assert_rejected(book, errors.InvalidAmount, transfer(book.alice, book.bob, amount), "positive")


def test_currency_must_match_both_accounts(book: Book) -> None:
    assert_rejected(
        book, errors.CurrencyMismatch, transfer(book.alice, book.reserve, 100), "holds THB"
    )
    assert_rejected(book, errors.UnknownCurrency, transfer(book.alice, book.bob, 1, "USD"), "USD")


def test_debit_and_credit_must_differ(book: Book) -> None:
    assert_rejected(book, errors.SameAccount, transfer(book.alice, book.alice, 100), "differ")


def test_unknown_account(book: Book) -> None:
    assert_rejected(book, errors.UnknownAccount, transfer(book.alice, 9999, 100), "9999")


@pytest.mark.parametrize("status", ["frozen", "closed"])
def test_frozen_or_closed_account_cannot_move(book: Book, status: str) -> None:
    empty = book.write(lambda c: ledger.open_account(c, wallet("wallet:empty")).id)
    book.write(lambda c: ledger.set_account_status(c, empty, status))
    error = errors.AccountFrozen if status == "frozen" else errors.AccountClosed
    assert_rejected(book, error, transfer(book.alice, empty, 100), status)
    assert_rejected(book, error, transfer(empty, book.alice, 100), status)


def test_closing_needs_a_zero_balance(book: Book) -> None:
    close = lambda c: ledger.set_account_status(c, book.alice, "closed")  # noqa: E731
    assert_rejected(book, errors.InvalidAccount, close, "zero balance")


def test_overdraft_is_refused(book: Book) -> None:
    rejected = assert_rejected(
        book, errors.InsufficientFunds, transfer(book.alice, book.bob, 10_001), "available"
    )
    assert rejected.code == "insufficient_funds"


def test_credit_limit(book: Book) -> None:
    limited = book.write(lambda c: ledger.open_account(c, wallet("w:limit", credit_limit=500)).id)
    book.pay(limited, book.bob, 500)
    assert book.balance(limited) == -500
    assert_rejected(book, errors.CreditLimitExceeded, transfer(limited, book.bob, 1), "limit")


def test_pending_reservations_count_against_the_balance(book: Book) -> None:
    book.pay(book.alice, book.bob, 9_000, pending=True)
    assert_rejected(
        book,
        errors.InsufficientFunds,
        transfer(book.alice, book.bob, 1_001),
        "1000 satang available",
    )


def test_idempotency_key_reused_with_another_payload(book: Book) -> None:
    first = book.pay(book.alice, book.bob, 100, idempotency_key="k-1")
    assert book.pay(book.alice, book.bob, 100, idempotency_key="k-1").id == first.id
    assert_rejected(
        book,
        errors.IdempotencyConflict,
        transfer(book.alice, book.bob, 200, idempotency_key="k-1"),
        "k-1",
    )


def test_batch_with_an_invalid_leg_writes_nothing(book: Book) -> None:
    legs = [
        ledger.TransferRequest(book.alice, book.bob, 1_000, "SKC", "split"),
        ledger.TransferRequest(book.bob, book.alice, 500, "SKC", "split"),
        ledger.TransferRequest(book.alice, book.bob, 9_600, "SKC", "split"),
    ]
    rejected = assert_rejected(
        book, errors.BatchLegRejected, lambda c: ledger.post_batch(c, legs), "leg 2"
    )
    assert isinstance(rejected, errors.BatchLegRejected)
    assert isinstance(rejected.cause, errors.InsufficientFunds)
    assert_rejected(book, errors.EmptyBatch, lambda c: ledger.post_batch(c, []), "at least one")


def test_batch_key_reused_for_another_batch(book: Book) -> None:
    leg = ledger.TransferRequest(book.alice, book.bob, 100, "SKC", "split")
    book.write(lambda c: ledger.post_batch(c, [leg], idempotency_key="b-1"))
    other = ledger.TransferRequest(book.alice, book.bob, 101, "SKC", "split")
    post_other = lambda c: ledger.post_batch(c, [other], idempotency_key="b-1")  # noqa: E731
    assert_rejected(book, errors.IdempotencyConflict, post_other, "b-1")


def test_posting_or_voiding_what_is_not_pending(book: Book) -> None:
    plain = book.pay(book.alice, book.bob, 100)
    post_plain = lambda c: ledger.post_pending(c, plain.id)  # noqa: E731
    assert_rejected(book, errors.TransferNotPending, post_plain, "not a pending")
    held = book.pay(book.alice, book.bob, 100, pending=True)
    book.write(lambda c: ledger.void_pending(c, held.id))
    post_voided = lambda c: ledger.post_pending(c, held.id)  # noqa: E731
    assert_rejected(book, errors.TransferNotPending, post_voided, "already voided")
    void_voided = lambda c: ledger.void_pending(c, held.id)  # noqa: E731
    assert_rejected(book, errors.TransferNotPending, void_voided, "already voided")
    assert_rejected(book, errors.UnknownTransfer, lambda c: ledger.post_pending(c, 999), "999")


def test_posting_more_than_reserved_or_after_expiry(book: Book) -> None:
    held = book.pay(book.alice, book.bob, 100, pending=True)
    too_much = lambda c: ledger.post_pending(c, held.id, 101)  # noqa: E731
    assert_rejected(book, errors.PostExceedsPending, too_much, "101")
    soon = utc_now() + timedelta(seconds=30)
    expiring = book.pay(book.alice, book.bob, 100, pending=True, expires_at=soon)
    late = soon + timedelta(seconds=1)
    post_late = lambda c: ledger.post_pending(c, expiring.id, now=late)  # noqa: E731
    assert_rejected(book, errors.PendingTransferExpired, post_late, "expired")


def test_reversal_rules(book: Book) -> None:
    paid = book.pay(book.alice, book.bob, 100)
    book.write(lambda c: ledger.reverse_transfer(c, paid.id))
    again = lambda c: ledger.reverse_transfer(c, paid.id)  # noqa: E731
    assert_rejected(book, errors.AlreadyReversed, again, "already reversed")
    held = book.pay(book.alice, book.bob, 100, pending=True)
    reverse_held = lambda c: ledger.reverse_transfer(c, held.id)  # noqa: E731
    assert_rejected(book, errors.NotReversible, reverse_held, "cannot be reversed")


def test_reversal_needs_the_receiver_to_afford_it(book: Book) -> None:
    paid = book.pay(book.alice, book.bob, 300)
    book.pay(book.bob, book.alice, 250)
    reverse = lambda c: ledger.reverse_transfer(c, paid.id)  # noqa: E731
    assert_rejected(book, errors.InsufficientFunds, reverse, "available")


def test_account_rules(book: Book) -> None:
    duplicate = lambda c: ledger.open_account(c, wallet("wallet:alice"))  # noqa: E731
    assert_rejected(book, errors.DuplicateAccountCode, duplicate, "wallet:alice")
    odd = ledger.AccountSpec("x", "SKC", "wallet", "member", "wallet")
    assert_rejected(book, errors.InvalidAccount, lambda c: ledger.open_account(c, odd), "type")
    both = wallet("y", no_overdraft=True, credit_limit=5)
    assert_rejected(book, errors.InvalidAccount, lambda c: ledger.open_account(c, both), "limit")
