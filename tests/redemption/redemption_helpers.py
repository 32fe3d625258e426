"""Shared helpers for the redemption tests (also used by the API and CLI tests)."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, text

from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.auth.users import create_user
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.redemption import Redemption, redeem
from thungngoen.wallet import book, people
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.topups import cash_topup

NOW = datetime(2025, 3, 1, 3, 0, tzinfo=UTC)
T = TypeVar("T")


def write(world: World, work: Callable[[Connection], T]) -> T:
    return write_transaction(world.engine, work)


def top_up_and_pay(world: World, shop_id: int, amount: int, key: str) -> None:
    """Somsri tops up ``amount`` in cash and pays it all to the shop."""
    write(
        world,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=amount,
            idempotency_key=key,
            actor="agent:1",
        ),
    )
    write(
        world,
        lambda c: pay_merchant(
            c,
            member=world.somsri,
            merchant_id=shop_id,
            amount=amount,
            channel="qr",
            idempotency_key=key,
            now=NOW,
        ),
    )


def add_shop(world: World, phone: str, tier: str, status: str = "approved", **payee: str) -> int:
    def build(connection: Connection) -> int:
        owner = create_user(
            connection, phone=phone, name="ร้าน", role="merchant", password="shop-pass", actor="t"
        )
        shop_id = people.register_merchant(
            connection,
            owner=owner,
            business_name=f"ร้าน {tier}",
            category="wholesale",
            tambon_code="900101",
            payout_promptpay=payee.get("promptpay"),
            payout_bank_account=payee.get("bank", "0201234567" if not payee else None),
            payout_bank_code=payee.get("bank_code", "006"),
            actor="test",
        )
        people.set_merchant_status(connection, shop_id, status, actor="operator:1", tier=tier)
        return shop_id

    return write(world, build)


def do_redeem(
    world: World, shop_id: int, amount: int, key: str, fund: str = "welfare"
) -> Redemption:
    return write(world, lambda c: redeem(c, shop_id, amount, fund, key, "merchant:9", NOW))


def balance_of(world: World, code_or_id: str | int) -> int:
    with read_transaction(world.engine) as connection:
        if isinstance(code_or_id, int):
            return ledger.balance(connection, code_or_id)
        return ledger.balance(connection, book.system_account_id(connection, code_or_id))


def wallet_of(world: World, shop_id: int) -> int:
    with read_transaction(world.engine) as connection:
        return int(
            connection.execute(
                text("SELECT account_id FROM wallet_merchants WHERE id = :id"), {"id": shop_id}
            ).scalar_one()
        )


TABLES = (
    "ledger_transfers",
    "wallet_redemptions",
    "wallet_payout_instructions",
    "wallet_payout_batches",
    "wallet_merchant_payments",
    "audit_log",
)


def snapshot(world: World) -> tuple[Any, ...]:
    """Row counts of every table an operation here writes, and every account's totals."""
    with read_transaction(world.engine) as connection:
        counts = [
            connection.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES
        ]
        totals = connection.execute(
            text("SELECT id, debits_posted, credits_posted FROM ledger_accounts ORDER BY id")
        ).all()
    return (*counts, *map(tuple, totals))


def all_checks_pass(world: World) -> bool:
    with read_transaction(world.engine) as connection:
        return all(check.ok for check in run_checks(connection))
