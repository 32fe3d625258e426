"""What the top-up operation tests share: writing, statement CSVs and snapshots."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from tests.wallet.conftest import World
from thungngoen import ledger, topups
from thungngoen.audit.tables import audit_log
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import accounts, batches, transfers
from thungngoen.topups.tables import statement_lines
from thungngoen.wallet import book, people
from thungngoen.wallet.tables import topup_requests

T = TypeVar("T")
T0 = datetime(2025, 3, 15, 2, 0, tzinfo=UTC)  # 09:00 in Thailand
HEADER = "date,time,amount,description,reference,bank_ref\n"
ALL_TABLES = (accounts, transfers, batches, topup_requests, statement_lines, audit_log)
LEDGER_TABLES = (accounts, transfers, batches)


def write(world: World, work: Callable[[Connection], T]) -> T:
    return write_transaction(world.engine, work)


def request(
    world: World, member: people.Member, amount: int, now: datetime = T0
) -> topups.TopUpRequest:
    return write(world, lambda c: topups.request_topup(c, member.id, amount, now))


def import_csv(world: World, rows: str, now: datetime = T0) -> topups.ImportReport:
    return write(world, lambda c: topups.import_statement(c, HEADER + rows, "operator:1", now))


def snapshot(world: World, tables: tuple[Any, ...] = ALL_TABLES) -> list[list[tuple[Any, ...]]]:
    with read_transaction(world.engine) as connection:
        return [
            [tuple(row) for row in connection.execute(select(t).order_by(*t.primary_key))]
            for t in tables
        ]


def balance(world: World, account_id: int) -> int:
    with read_transaction(world.engine) as connection:
        return ledger.balance(connection, account_id)


def system_balance(world: World, code: str) -> int:
    with read_transaction(world.engine) as connection:
        return ledger.balance(connection, book.system_account_id(connection, code))


def request_row(world: World, request_id: int) -> topups.TopUpRequest:
    with read_transaction(world.engine) as connection:
        return topups.get_topup_request(connection, request_id)


def line_by_ref(world: World, bank_ref: str) -> topups.ImportedLine:
    with read_transaction(world.engine) as connection:
        query = select(statement_lines.c.id).where(statement_lines.c.bank_ref == bank_ref)
        return topups.get_statement_line(connection, connection.execute(query).scalar_one())


def assert_checks_ok(world: World) -> None:
    with read_transaction(world.engine) as connection:
        failed = [check for check in run_checks(connection) if not check.ok]
    assert failed == []


def audit_actions(world: World) -> list[str]:
    with read_transaction(world.engine) as connection:
        return list(
            connection.execute(select(audit_log.c.action).order_by(audit_log.c.id)).scalars()
        )
