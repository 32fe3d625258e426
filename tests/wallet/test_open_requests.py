"""A till's open requests found by the shop number (decision 0031): the one bill waiting is
paid through its own link and the till turns paid; several are listed newest first;
expired and paid ones, and other shops' ones, are never offered; a shop not approved is
refused as paying it would be."""

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

import pytest
from sqlalchemy import Connection

from tests.wallet.conftest import World
from thungngoen.auth.users import create_user, get_user
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.wallet import errors, merchant_pay, people
from thungngoen.wallet.checkout import Payment
from thungngoen.wallet.merchant_pay.by_number import MAX_SHOWN
from thungngoen.wallet.pages.shop.queries import till_request

T = TypeVar("T")


def write(world: World, work: Callable[[Connection], T]) -> T:
    return write_transaction(world.engine, work)


def ask(
    world: World,
    amount: int,
    *,
    reference: str = "",
    now: datetime | None = None,
    lifetime: timedelta = timedelta(minutes=15),
) -> merchant_pay.PaymentRequest:
    """What the shop's till does when it shows a QR."""
    return write(
        world,
        lambda c: merchant_pay.create_payment_request(
            c,
            merchant_id=world.shop_id,
            amount=amount,
            reference=reference,
            lifetime=lifetime,
            now=now or utc_now(),
        ),
    )


def found(world: World, now: datetime | None = None) -> list[merchant_pay.OpenRequest]:
    return write(world, lambda c: merchant_pay.open_requests(c, world.shop_id, now or utc_now()))


def till_state(world: World, request_id: int) -> str:
    def read(connection: Connection) -> str:
        owner = get_user(connection, world.shop_owner_id)
        shown = till_request(connection, owner, request_id)
        assert shown is not None
        return shown.state(utc_now())

    return write(world, read)


def test_the_one_open_request_is_found_and_paying_it_turns_the_till_paid(funded: World) -> None:
    world = funded
    asked = ask(world, 8_500, reference="โต๊ะ 4")
    assert till_state(world, asked.id) == "pending"
    [bill] = found(world)
    assert (bill.merchant_id, bill.business_name, bill.amount, bill.reference) == (
        world.shop_id,
        "ร้านข้าวมันไก่ป้าแดง",
        8_500,
        "โต๊ะ 4",
    )
    assert bill.expires_at == asked.expires_at
    opened = write(world, lambda c: merchant_pay.open_payment_request(c, bill.token, utc_now()))
    assert opened.id == asked.id

    def pay(key: str) -> Payment:
        return write(
            world,
            lambda c: merchant_pay.pay_payment_request(
                c, member=world.somsri, token=bill.token, idempotency_key=key, now=utc_now()
            ),
        )

    paid = pay("by-number")
    assert pay("by-number") == paid  # a retry returns the same payment
    assert (paid.amount, paid.channel) == (8_500, "merchant_qr")
    assert till_state(world, asked.id) == "paid"
    assert found(world) == []
    with pytest.raises(errors.PaymentRequestUsed):
        pay("another-key")


def test_several_open_requests_are_listed_newest_first(funded: World) -> None:
    world, now = funded, utc_now()
    first_made, second_made = now - timedelta(minutes=3), now - timedelta(minutes=1)
    first = ask(world, 4_000, reference="เคาน์เตอร์ 1", now=first_made)
    second = ask(world, 6_500, reference="เคาน์เตอร์ 2", now=second_made)
    bills = found(world, now)
    assert [(bill.amount, bill.reference, bill.created_at) for bill in bills] == [
        (6_500, "เคาน์เตอร์ 2", second_made),
        (4_000, "เคาน์เตอร์ 1", first_made),
    ]

    def opened(connection: Connection) -> list[int]:
        return [merchant_pay.open_payment_request(connection, b.token, now).id for b in bills]

    assert write(world, opened) == [second.id, first.id]


def test_expired_paid_and_other_shops_requests_are_never_offered(funded: World) -> None:
    world, now = funded, utc_now()
    ask(world, 1_000, now=now - timedelta(minutes=20), lifetime=timedelta(minutes=15))
    ask(world, 1_100, now=now - timedelta(minutes=15), lifetime=timedelta(minutes=15))
    ask(world, 1_150, now=now - timedelta(minutes=15), lifetime=timedelta(minutes=15, seconds=1))
    paid = ask(world, 1_200)
    write(
        world,
        lambda c: merchant_pay.pay_payment_request(
            c, member=world.somsri, token=paid.token, idempotency_key="paid", now=now
        ),
    )
    other_shop = write(world, _second_shop)
    write(
        world,
        lambda c: merchant_pay.create_payment_request(
            c, merchant_id=other_shop, amount=1_300, now=now
        ),
    )
    assert found(world, now) == []
    waiting = ask(world, 1_400, now=now)
    assert [bill.amount for bill in found(world, now)] == [1_400]
    assert till_state(world, waiting.id) == "pending"


def test_no_open_request_leaves_nothing_to_choose(world: World) -> None:
    assert found(world) == []


def test_at_most_the_newest_ten_are_shown(world: World) -> None:
    now = utc_now()
    for minute in range(MAX_SHOWN + 2):
        ask(world, 100 + minute, now=now - timedelta(seconds=MAX_SHOWN + 2 - minute))
    amounts = [bill.amount for bill in found(world, now)]
    assert amounts == [100 + minute for minute in range(MAX_SHOWN + 1, 1, -1)]


def test_a_shop_not_approved_is_refused_and_shows_no_request(funded: World) -> None:
    world = funded
    ask(world, 2_000)
    write(world, lambda c: people.set_merchant_status(c, world.shop_id, "suspended", "operator:1"))
    with pytest.raises(errors.MerchantNotApproved):
        found(world)
    with pytest.raises(errors.UnknownMerchant):
        write(world, lambda c: merchant_pay.open_requests(c, 999_999, utc_now()))


def _second_shop(connection: Connection) -> int:
    owner = create_user(
        connection,
        phone="0867778888",
        name="ลุงชัย",
        role="merchant",
        password="coffee-pass",
        actor="test",
    )
    shop = people.register_merchant(
        connection,
        owner=owner,
        business_name="ร้านกาแฟถนนนครใน",
        category="food",
        tambon_code="900101",
        payout_promptpay="0867778888",
        actor="test",
    )
    people.set_merchant_status(connection, shop, "approved", actor="operator:1")
    return shop
