"""Paying shops by QR (both ways), refunds and coin discounts."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

import pytest
from sqlalchemy import Connection, func, select

from tests.wallet.conftest import World
from tests.wallet.program_helpers import assert_sound
from tests.wallet.test_events import (
    DURING,
    EXPIRES,
    allowance_code,
    donate_to_fund,
    new_event,
    register,
    spend,
    stall_for,
)
from thungngoen import ledger
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import accounts, transfers
from thungngoen.wallet import errors, merchant_pay, programs, promotions, signing
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.people import get_member
from thungngoen.wallet.tables import payments
from thungngoen.wallet.topups import cash_topup

T = TypeVar("T")


def write(world: World, work: Callable[[Connection], T]) -> T:
    return write_transaction(world.engine, work)


def balance(world: World, account_id: int) -> int:
    with read_transaction(world.engine) as connection:
        return ledger.balance(connection, account_id)


def shop_account(world: World) -> int:
    with read_transaction(world.engine) as connection:
        from thungngoen.wallet.checkout import approved_merchant

        return int(approved_merchant(connection, world.shop_id).account_id)


def snapshot(world: World) -> tuple[Any, ...]:
    with read_transaction(world.engine) as connection:
        rows = tuple(connection.execute(select(accounts).order_by(accounts.c.id)))
        count = connection.execute(select(func.count()).select_from(transfers)).scalar_one()
    return rows, count


def test_merchant_qr_pays_once(funded: World) -> None:
    world, now = funded, utc_now()
    request = write(
        world,
        lambda c: merchant_pay.create_payment_request(
            c, merchant_id=world.shop_id, amount=8_500, reference="โต๊ะ 4", now=now
        ),
    )
    seen = write(world, lambda c: merchant_pay.open_payment_request(c, request.token, now))
    assert (seen.business_name, seen.amount, seen.paid) == ("ร้านข้าวมันไก่ป้าแดง", 8_500, False)

    def pay(key: str, member: Any = world.somsri) -> Any:
        return write(
            world,
            lambda c: merchant_pay.pay_payment_request(
                c, member=member, token=request.token, idempotency_key=key, now=now
            ),
        )

    paid = pay("k1")
    assert pay("k1") == paid
    assert balance(world, world.somsri.account_id) == 11_500
    assert balance(world, shop_account(world)) == 8_500
    before = snapshot(world)
    with pytest.raises(errors.PaymentRequestUsed):
        pay("k2")
    with pytest.raises(errors.PaymentRequestUsed):
        pay("k3", world.anan)
    assert snapshot(world) == before


def test_merchant_qr_refusals_write_nothing(funded: World) -> None:
    world, now = funded, utc_now()
    request = write(
        world,
        lambda c: merchant_pay.create_payment_request(
            c, merchant_id=world.shop_id, amount=30_000, lifetime=timedelta(minutes=1), now=now
        ),
    )
    before = snapshot(world)
    attempts: list[tuple[type[Exception], str, Any]] = [
        (ledger.errors.InsufficientFunds, request.token, now),
        (signing.ExpiredToken, request.token, now + timedelta(minutes=2)),
        (signing.TamperedToken, request.token[:-2] + "xx", now),
    ]
    for error, token, moment in attempts:

        def pay(c: Connection, token: str = token, moment: Any = moment) -> object:
            return merchant_pay.pay_payment_request(
                c, member=world.somsri, token=token, idempotency_key="x", now=moment
            )

        with pytest.raises(error):
            write(world, pay)
    assert snapshot(world) == before


def test_customer_pay_code(funded: World) -> None:
    world, now = funded, utc_now()
    code = merchant_pay.issue_pay_code(world.somsri, 5_000, "nonce-1", now)

    def charge(amount: int, key: str, moment: Any = now) -> Any:
        return write(
            world,
            lambda c: merchant_pay.charge_pay_code(
                c,
                merchant_id=world.shop_id,
                code=code,
                amount=amount,
                idempotency_key=key,
                now=moment,
            ),
        )

    with pytest.raises(errors.InvalidAmount, match=r"at most 50\.00"):
        charge(5_001, "a")
    paid = charge(4_000, "b")
    assert charge(4_000, "b") == paid
    with pytest.raises(errors.PaymentRequestUsed):
        charge(1_000, "c")
    late = merchant_pay.issue_pay_code(world.somsri, 5_000, "nonce-2", now)
    with pytest.raises(signing.ExpiredToken):
        write(
            world,
            lambda c: merchant_pay.charge_pay_code(
                c,
                merchant_id=world.shop_id,
                code=late,
                amount=100,
                idempotency_key="d",
                now=now + timedelta(seconds=61),
            ),
        )
    assert balance(world, world.somsri.account_id) == 16_000
    with pytest.raises(errors.InvalidAmount):
        merchant_pay.issue_pay_code(world.somsri, world.somsri.customer_qr_limit + 1, "n", now)


def test_refunds_never_exceed_the_payment(funded: World) -> None:
    world, now = funded, utc_now()
    payment = write(
        world,
        lambda c: pay_merchant(
            c,
            member=world.somsri,
            merchant_id=world.shop_id,
            amount=6_000,
            channel="api",
            idempotency_key="p",
            now=now,
        ),
    )

    def refund(amount: int, key: str, shop: int = world.shop_id) -> Any:
        return write(
            world,
            lambda c: merchant_pay.refund(
                c,
                merchant_id=shop,
                payment_id=payment.id,
                amount=amount,
                idempotency_key=key,
                actor="merchant",
            ),
        )

    first = refund(2_000, "r1")
    assert refund(2_000, "r1").id == first.id
    before = snapshot(world)
    with pytest.raises(errors.RefundTooLarge):
        refund(4_001, "r2")
    with pytest.raises(errors.WalletError, match="no such payment"):
        refund(1, "r3", shop=world.shop_id + 99)
    assert snapshot(world) == before
    refund(4_000, "r4")
    assert balance(world, world.somsri.account_id) == 20_000


@pytest.mark.parametrize(
    ("kind", "charged", "shop_keeps"), [("percent", 9_000, 9_000), ("cashback", 9_000, 9_000)]
)
def test_coin_discounts(funded: World, kind: str, charged: int, shop_keeps: int) -> None:
    world, now = funded, utc_now()
    write(
        world,
        lambda c: promotions.create_promotion(
            c,
            merchant_id=world.shop_id,
            kind=kind,
            percent=10,
            cap=1_500,
            min_spend=5_000,
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(days=1),
            actor="shop",
        ),
    )
    if kind == "cashback":
        write(
            world,
            lambda c: cash_topup(
                c,
                agent_id=world.agent_id,
                member_id=world.anan.id,
                amount=5_000,
                idempotency_key="a",
                actor="agent",
            ),
        )
        anan = write(world, lambda c: get_member(c, world.anan.id))
        write(
            world,
            lambda c: pay_merchant(
                c,
                member=anan,
                merchant_id=world.shop_id,
                amount=5_000,
                channel="api",
                idempotency_key="seed",
                now=now,
            ),
        )
    before_shop = balance(world, shop_account(world))
    payment = write(
        world,
        lambda c: pay_merchant(
            c,
            member=world.somsri,
            merchant_id=world.shop_id,
            amount=10_000,
            channel="api",
            idempotency_key="d",
            now=now,
        ),
    )
    assert (payment.discount, payment.charged) == (1_000, charged)
    assert balance(world, world.somsri.account_id) == 20_000 - charged
    assert balance(world, shop_account(world)) - before_shop == shop_keeps


def test_an_event_payment_is_refunded_to_its_allowance_not_the_wallet(world: World) -> None:
    donate_to_fund(world, 100_000)
    event = new_event(world)
    stall = stall_for(world, event)
    register(world, event, world.somsri)
    payment = spend(world, world.somsri, stall, 12_000, "stall", DURING)
    with read_transaction(world.engine) as connection:
        allowance = ledger.find_account(connection, allowance_code(event, world.somsri))
    assert allowance is not None

    def refund(amount: int, key: str) -> ledger.Transfer:
        return write(
            world,
            lambda c: merchant_pay.refund(
                c,
                merchant_id=stall,
                payment_id=payment.id,
                amount=amount,
                idempotency_key=key,
                actor="merchant",
            ),
        )

    given_back = refund(5_000, "r1")
    assert given_back.credit_account_id == allowance.id
    assert balance(world, allowance.id) == 43_000
    assert balance(world, world.somsri.account_id) == 0  # no ordinary coin appeared
    assert_sound(world)

    closing = write(world, lambda c: programs.close_event(c, event.id, EXPIRES, actor="op"))
    assert closing.returned == 43_000
    before = snapshot(world)
    with pytest.raises(programs.AllowanceClosed, match="Citizens' Day 2025"):
        refund(1_000, "r2")
    assert snapshot(world) == before
    with read_transaction(world.engine) as connection:
        query = select(payments.c.refunded).where(payments.c.id == payment.id)
        assert connection.execute(query).scalar_one() == 5_000
    assert refund(5_000, "r1").id == given_back.id  # a retry of the earlier refund still answers
    assert_sound(world)
