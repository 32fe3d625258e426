"""Registering people and issuing coin against cash."""

import pytest
from sqlalchemy import select

from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.auth.guard import with_pin
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.registry.places import UnknownPlace
from thungngoen.thai import InvalidIdentifier
from thungngoen.wallet import errors, people
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.tables import members
from thungngoen.wallet.topups import cash_topup


def balance(world: World, account_id: int) -> int:
    with read_transaction(world.engine) as connection:
        return ledger.balance(connection, account_id)


def top_up(world: World, member: people.Member, amount: int, key: str) -> None:
    write_transaction(
        world.engine,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=member.id,
            amount=amount,
            idempotency_key=key,
            actor="agent:1",
        ),
    )


def test_national_id_is_validated_and_never_stored(world: World) -> None:
    with read_transaction(world.engine) as connection:
        row = connection.execute(select(members).where(members.c.id == world.somsri.id)).one()
    assert row.national_id_last4 == "3450"
    assert "1101700203450" not in str(tuple(row))
    again = lambda c: people.register_member(  # noqa: E731
        c,
        phone="0811111111",
        name="x",
        password="password1",
        tambon_code="900101",
        national_id="1-1017-00203-45-0",
    )
    with pytest.raises(errors.DuplicateNationalId):
        write_transaction(world.engine, again)
    wrong_digit = lambda c: people.register_member(  # noqa: E731
        c,
        phone="0811111111",
        name="x",
        password="password1",
        tambon_code="900101",
        national_id="1101700203451",
    )
    with pytest.raises(InvalidIdentifier, match="check digit"):
        write_transaction(world.engine, wrong_digit)
    nowhere = lambda c: people.register_member(  # noqa: E731
        c, phone="0811111111", name="x", password="password1", tambon_code="100101"
    )
    with pytest.raises(UnknownPlace):
        write_transaction(world.engine, nowhere)


def test_cash_topup_mints_coin_against_the_agents_cash(world: World) -> None:
    top_up(world, world.somsri, 50_000, "receipt-1")
    top_up(world, world.somsri, 50_000, "receipt-1")
    assert balance(world, world.somsri.account_id) == 50_000
    with read_transaction(world.engine) as connection:
        report = reserve_report(connection)
        assert all(check.ok for check in run_checks(connection))
    assert (report.coin_outstanding, report.baht_backing) == (50_000, 50_000)


@pytest.mark.parametrize("amount", [0, -100, 5_000_001])
def test_topup_amount_bounds(world: World, amount: int) -> None:
    with pytest.raises(errors.InvalidAmount):
        top_up(world, world.somsri, amount, f"bad-{amount}")
    assert balance(world, world.somsri.account_id) == 0


def test_member_pays_member_by_phone_with_pin(world: World) -> None:
    top_up(world, world.somsri, 10_000, "r-2")

    def send(amount: int, key: str) -> object:
        return with_pin(
            world.engine,
            world.somsri.user_id,
            "482915",
            lambda c: pay_member(
                c,
                payer=world.somsri,
                payee_phone="089-876-5432",
                amount=amount,
                memo="ค่าขนม",
                idempotency_key=key,
            ),
        )

    send(2_500, "p-1")
    send(2_500, "p-1")
    assert balance(world, world.anan.account_id) == 2_500
    with pytest.raises(ledger.errors.InsufficientFunds):
        send(7_501, "p-2")
    assert balance(world, world.somsri.account_id) == 7_500
