"""The accounts a benchmark moves money between, opened and funded through the ledger API."""

from dataclasses import dataclass
from functools import partial

from sqlalchemy import Connection, Engine, select

from thungngoen.db import write_transaction
from thungngoen.ledger import AccountSpec, TransferRequest, open_account, post_batch
from thungngoen.ledger.tables import accounts

CURRENCY = "THB"
INITIAL_BALANCE = 1_000_000_000
"""Satang per wallet (10 million baht): no random walk of the benchmark can overdraw it."""
CHUNK = 1000
SOURCE_CODE = "bench:source"


@dataclass(frozen=True, slots=True)
class Population:
    source_id: int
    wallet_ids: tuple[int, ...]
    initial_balance: int = INITIAL_BALANCE

    def hot_and_cold(self, hot_share: float, hot_accounts: int) -> tuple[list[int], list[int]]:
        """The first ``hot_accounts`` wallets are hot when a share of traffic targets them."""
        if hot_share <= 0 or hot_accounts <= 0:
            return [], list(self.wallet_ids)
        hot = list(self.wallet_ids[:hot_accounts])
        return hot, list(self.wallet_ids[hot_accounts:])


def wallet_spec(index: int) -> AccountSpec:
    return AccountSpec(
        code=f"bench:wallet:{index}",
        currency=CURRENCY,
        type="liability",
        owner_type="user",
        owner_id=str(index),
        purpose="wallet",
        no_overdraft=True,
    )


SOURCE_SPEC = AccountSpec(
    code=SOURCE_CODE, currency=CURRENCY, type="asset", owner_type="system", purpose="funding"
)


def transfer(debit: int, credit: int, amount: int, purpose: str = "bench") -> TransferRequest:
    return TransferRequest(
        debit_account_id=debit,
        credit_account_id=credit,
        amount=amount,
        currency=CURRENCY,
        purpose=purpose,
    )


def populate(connection: Connection, count: int) -> Population:
    """Open ``count`` no-overdraft wallets and an unconstrained source that funds them."""
    source = write_transaction(connection, lambda c: open_account(c, SOURCE_SPEC).id)
    ids: list[int] = []
    for start in range(0, count, CHUNK):
        indexes = range(start, min(start + CHUNK, count))

        def open_chunk(c: Connection, indexes: range = indexes) -> list[int]:
            return [open_account(c, wallet_spec(i)).id for i in indexes]

        chunk = write_transaction(connection, open_chunk)
        funding = [transfer(source, wallet, INITIAL_BALANCE, "funding") for wallet in chunk]
        write_transaction(connection, partial(post_batch, requests=funding))
        ids.extend(chunk)
    return Population(source, tuple(ids))


def create_population(engine: Engine, count: int) -> Population:
    with engine.connect() as connection:
        return populate(connection, count)


def load_population(engine: Engine) -> Population | None:
    """The wallets of an earlier run in this database, if it holds one."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(accounts.c.id, accounts.c.code).order_by(accounts.c.id)
        ).all()
    source = [row.id for row in rows if row.code == SOURCE_CODE]
    wallets = tuple(row.id for row in rows if row.code.startswith("bench:wallet:"))
    if not source or not wallets:
        return None
    return Population(source[0], wallets)
