"""PostgreSQL numbers transfers from a sequence, so a transfer can commit after one with a
higher id. The rollups must never step over such a transfer: a refresh waits for the
writers that may still hold an unseen id (or, past its lock timeout, adds nothing)."""

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Connection, Engine, select

from tests import databases
from tests.circulation.economy import BO_YANG, Economy, at
from thungngoen import redemption
from thungngoen.circulation import horizon, rollup, tables
from thungngoen.clock import simulated_time
from thungngoen.db import create_db_engine
from thungngoen.wallet.people import Member


@pytest.fixture
def pg_engine(postgres_url: str) -> Iterator[Engine]:
    engine = create_db_engine(postgres_url)
    databases.empty_postgres(engine)
    yield engine
    engine.dispose()


@dataclass
class Town:
    economy: Economy
    somsri: Member
    anan: Member
    shops: tuple[int, int]

    def open_supplier_payment(self) -> Connection:
        """A transfer posted in a transaction left open: it holds the next id."""
        connection = self.economy.engine.connect()
        connection.begin()
        with simulated_time(at(2, 11)):
            payer, supplier = self.shops
            redemption.pay_supplier(connection, payer, supplier, 5_000, "late", actor="test")
        return connection

    def send(self) -> None:
        """A member-to-member payment, committed: its id is above the open one's."""
        self.economy.send(self.somsri, self.anan, 50, at(2, 12))


def _town(engine: Engine) -> Town:
    economy = Economy(engine)
    somsri, anan = economy.member("สมศรี", BO_YANG), economy.member("อนันต์", BO_YANG)
    shops = (economy.shop("ร้านหนึ่ง", BO_YANG), economy.shop("ร้านสอง", BO_YANG))
    economy.top_up(somsri, 500, at(2, 9))
    economy.buy(somsri, shops[0], 100, at(2, 10))
    economy.refresh()
    return Town(economy, somsri, anan, shops)


def _commit_later(connection: Connection, delay: float) -> threading.Thread:
    def commit() -> None:
        time.sleep(delay)
        connection.commit()
        connection.close()

    thread = threading.Thread(target=commit)
    thread.start()
    return thread


def _kinds(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(select(tables.flows.c.kind)).scalars())


def test_refresh_waits_for_a_transfer_still_being_committed(pg_engine: Engine) -> None:
    town = _town(pg_engine)
    late = town.open_supplier_payment()
    town.send()
    writer = _commit_later(late, 0.5)
    started = time.perf_counter()
    assert rollup.refresh(pg_engine) == 2
    assert time.perf_counter() - started >= 0.4
    writer.join()
    assert {"supplier", "p2p"} <= _kinds(pg_engine)


def test_refresh_gives_up_after_its_lock_timeout(
    pg_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(horizon, "LOCK_TIMEOUT", "200ms")
    town = _town(pg_engine)
    before = rollup.watermark(pg_engine)
    late = town.open_supplier_payment()
    town.send()
    assert rollup.refresh(pg_engine) == 0
    assert rollup.watermark(pg_engine) == before
    late.commit()
    late.close()
    assert rollup.refresh(pg_engine) == 2
    assert {"supplier", "p2p"} <= _kinds(pg_engine)
