"""Small builders shared by the ledger tests."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Engine, func, select

from thungngoen import ledger
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import accounts, transfers
from thungngoen.ledger.verify import run_checks

T = TypeVar("T")


@dataclass
class Book:
    """A tiny ledger: a coin mint, two wallets, a baht reserve and a cash float."""

    engine: Engine
    mint: int
    alice: int
    bob: int
    reserve: int
    cash: int

    def write(self, work: Callable[[Any], T]) -> T:
        return write_transaction(self.engine, work)

    def pay(self, debit: int, credit: int, amount: int, **extra: Any) -> ledger.Transfer:
        currency = extra.pop("currency", "SKC")
        request = ledger.TransferRequest(debit, credit, amount, currency, "payment", **extra)
        return self.write(lambda c: ledger.post_transfer(c, request))

    def balance(self, account_id: int) -> int:
        with read_transaction(self.engine) as connection:
            return ledger.balance(connection, account_id)

    def account(self, account_id: int) -> ledger.Account:
        with read_transaction(self.engine) as connection:
            return ledger.get_account(connection, account_id)

    def snapshot(self) -> tuple[list[Any], int]:
        """Every account row and the number of transfers: to show nothing was written."""
        with read_transaction(self.engine) as connection:
            rows = [tuple(r) for r in connection.execute(select(accounts).order_by(accounts.c.id))]
            count = connection.execute(select(func.count()).select_from(transfers)).scalar_one()
        return rows, count

    def assert_sound(self) -> None:
        with read_transaction(self.engine) as connection:
            failed = [r for r in run_checks(connection) if not r.ok]
        assert failed == [], failed


def wallet(code: str, currency: str = "SKC", **limits: Any) -> ledger.AccountSpec:
    return ledger.AccountSpec(code, currency, "liability", "member", "wallet", **limits)


def make_book(engine: Engine) -> Book:
    def work(connection: Any) -> Book:
        def open_(spec: ledger.AccountSpec) -> int:
            return ledger.open_account(connection, spec).id

        mint = open_(ledger.AccountSpec("ledger-test:mint", "SKC", "equity", "system", "mint"))
        alice = open_(wallet("wallet:alice", no_overdraft=True))
        bob = open_(wallet("wallet:bob", no_overdraft=True))
        reserve = open_(ledger.AccountSpec("thb:reserve", "THB", "asset", "system", "reserve"))
        cash = open_(
            ledger.AccountSpec(
                "thb:float:agent1", "THB", "asset", "agent", "float", no_overdraft=True
            )
        )
        return Book(engine, mint, alice, bob, reserve, cash)

    book = write_transaction(engine, work)
    book.pay(book.mint, book.alice, 10_000)
    return book
