"""What the programs and events tests share: a funded world, programs, shops, payments and
the checks that nothing was left half-written."""

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

import pytest
from sqlalchemy import Connection, func, select

from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.audit.tables import audit_log
from thungngoen.auth.users import create_user
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.wallet import checkout, people, programs
from thungngoen.wallet.programs import (
    Program,
    ProgramRuleBroken,
)
from thungngoen.wallet.tables import payments
from thungngoen.wallet.topups import cash_topup

T = TypeVar("T")
START = datetime(2025, 1, 1, tzinfo=UTC)
NOON = datetime(2025, 3, 10, 5, 0, tzinfo=UTC)  # 12:00 in Songkhla
_phones = itertools.count(100)


def write(world: World, work: Callable[[Connection], T]) -> T:
    return write_transaction(world.engine, work)


def top_up(world: World, member: people.Member, amount: int) -> None:
    key = f"cash-{next(_phones)}"
    write(
        world,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=member.id,
            amount=amount,
            idempotency_key=key,
            actor="agent:1",
        ),
    )


def new_merchant(world: World, name: str, category: str, tambon_code: str) -> int:
    phone = f"0861{next(_phones):06d}"

    def register(connection: Connection) -> int:
        owner = create_user(
            connection, phone=phone, name=name, role="merchant", password="shop-pass", actor="t"
        )
        shop_id = people.register_merchant(
            connection,
            owner=owner,
            business_name=name,
            category=category,
            tambon_code=tambon_code,
            payout_promptpay=phone,
            actor="test",
        )
        people.set_merchant_status(connection, shop_id, "approved", actor="operator:1")
        return shop_id

    return write(world, register)


def new_program(world: World, code: str = "old-town", **terms: object) -> Program:
    defaults: dict[str, object] = {"name": "Old Town pilot", "valid_from": START}
    program_terms = programs.ProgramTerms(**{**defaults, **terms})  # type: ignore[arg-type]
    return write(
        world,
        lambda c: programs.create_program(
            c, code=code, kind="sandbox", terms=program_terms, actor="operator:1"
        ),
    )


def pay(
    world: World, shop_id: int, amount: int, now: datetime, member: people.Member | None = None
) -> checkout.Payment:
    payer = member or world.somsri
    key = f"pay-{next(_phones)}"
    return write(
        world,
        lambda c: checkout.pay_merchant(
            c,
            member=payer,
            merchant_id=shop_id,
            amount=amount,
            channel="api",
            idempotency_key=key,
            now=now,
        ),
    )


def footprint(world: World) -> tuple[int, ...]:
    """What any write would change: transfers, payments, audit entries, the wallet."""
    with read_transaction(world.engine) as connection:
        counts = [
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (transfers, payments, audit_log)
        ]
        return (*counts, ledger.balance(connection, world.somsri.account_id))


def assert_sound(world: World) -> None:
    with read_transaction(world.engine) as connection:
        failed = [check for check in run_checks(connection) if not check.ok]
    assert not failed, failed


def refused(
    world: World, error: type[ProgramRuleBroken], pay_it: Callable[[], object]
) -> ProgramRuleBroken:
    before = footprint(world)
    with pytest.raises(error) as caught:
        pay_it()
    assert footprint(world) == before
    assert_sound(world)
    return caught.value


def program_of(world: World, payment: checkout.Payment) -> int | None:
    with read_transaction(world.engine) as connection:
        query = select(payments.c.program_id).where(payments.c.id == payment.id)
        program_id: int | None = connection.execute(query).scalar_one()
        return program_id


def balance_of(world: World, account_id: int) -> int:
    with read_transaction(world.engine) as connection:
        return ledger.balance(connection, account_id)
