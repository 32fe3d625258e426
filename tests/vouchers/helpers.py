"""Shared helpers for the printed-voucher tests (also used by the API and CLI tests)."""

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, select

from tests.wallet.conftest import World
from thungngoen import audit, ledger
from thungngoen import vouchers as v
from thungngoen.areas import load_all_tables
from thungngoen.checks import run_checks
from thungngoen.db import metadata, read_transaction, write_transaction
from thungngoen.wallet import book, people

load_all_tables()  # every table, for the database scans

NOW = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)
VALID_UNTIL = date(2026, 3, 31)
LAST_MOMENT = datetime(2026, 3, 31, 16, 59, 59, tzinfo=UTC)  # 23:59:59 Thai time
EXPIRED = datetime(2026, 3, 31, 17, 0, tzinfo=UTC)
FUND = "citizens-day"


def balance_of(engine: Engine, code_or_id: str | int) -> int:
    with read_transaction(engine) as connection:
        if isinstance(code_or_id, int):
            return ledger.balance(connection, code_or_id)
        account = ledger.find_account(connection, code_or_id)
        return account.balance if account else 0


def donate_to_fund(world: World, amount: int) -> None:
    """A sponsor's baht arrives in the operator's bank account, held for the fund."""

    def donate(connection: Any) -> None:
        bank = book.system_account_id(connection, book.BANK)
        fund = book.system_account_id(connection, f"thb:fund:{FUND}")
        ledger.post_transfer(
            connection, ledger.TransferRequest(bank, fund, amount, "THB", "donation")
        )

    write_transaction(world.engine, donate)


def generate(
    world: World, count: int = 3, value: int = 10_000, key: str = "b1"
) -> v.GeneratedBatch:
    return write_transaction(
        world.engine,
        lambda c: v.generate_voucher_batch(
            c,
            name="วันพลเมือง 2569 (Citizens' Day 2026)",
            value=value,
            count=count,
            expires_on=VALID_UNTIL,
            fund_code=FUND,
            idempotency_key=key,
            actor="operator:1",
            now=NOW,
        ),
    )


def redeem(
    world: World,
    code: str,
    *,
    member: people.Member | None = None,
    key: str = "r1",
    now: datetime = NOW,
) -> v.Redemption:
    member = member or world.somsri
    return write_transaction(
        world.engine,
        lambda c: v.redeem_to_member(
            c, code=code, member_id=member.id, idempotency_key=key, actor="agent:1", now=now
        ),
    )


def database_state(engine: Engine) -> dict[str, list[str]]:
    """Every row of every table, to show that a rejection wrote nothing."""
    with read_transaction(engine) as connection:
        return {
            table.name: sorted(str(tuple(row)) for row in connection.execute(select(table)))
            for table in metadata.sorted_tables
        }


def run_together(work: list[Callable[[], None]]) -> None:
    threads = [threading.Thread(target=job) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def assert_reserve_balanced(engine: Engine) -> None:
    with read_transaction(engine) as connection:
        failed = [check.name for check in run_checks(connection) if not check.ok]
    assert failed == []


def audit_actions(engine: Engine) -> list[str]:
    with read_transaction(engine) as connection:
        return [
            entry.action
            for entry in audit.recent(connection)
            if entry.subject_type == "voucher_batch"
        ]


def cancel(world: World, batch_id: int) -> v.Closure:
    return write_transaction(
        world.engine,
        lambda c: v.cancel_voucher_batch(
            c, batch_id, reason="sheet lost", actor="operator:1", now=NOW
        ),
    )
