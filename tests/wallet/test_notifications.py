"""Notifications are written in the transaction of the operation that raises them: a
committed payment tells both sides once, a replay tells nobody again, a refused or
rolled-back one tells nobody."""

import pytest
from sqlalchemy import Connection, func, select

from tests.wallet.conftest import World
from thungngoen import notify
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.notify.tables import notifications
from thungngoen.wallet import errors
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.payments import pay_member


def _kinds(world: World, user_id: int) -> list[str]:
    with read_transaction(world.engine) as connection:
        query = select(notifications.c.kind).where(notifications.c.user_id == user_id)
        return list(connection.execute(query.order_by(notifications.c.id)).scalars())


def _count(world: World) -> int:
    with read_transaction(world.engine) as connection:
        return int(connection.execute(select(func.count()).select_from(notifications)).scalar_one())


def _pay_shop(world: World, amount: int, key: str) -> None:
    write_transaction(
        world.engine,
        lambda c: pay_merchant(
            c,
            member=world.somsri,
            merchant_id=world.shop_id,
            amount=amount,
            channel="qr",
            idempotency_key=key,
            now=utc_now(),
        ),
    )


def test_a_top_up_tells_the_member(funded: World) -> None:
    assert _kinds(funded, funded.somsri.user_id) == ["wallet.topped_up"]


def test_a_shop_payment_tells_the_member_and_the_shop_once(funded: World) -> None:
    _pay_shop(funded, 5_500, "k1")
    _pay_shop(funded, 5_500, "k1")
    assert _kinds(funded, funded.somsri.user_id) == ["wallet.topped_up", "wallet.paid"]
    assert _kinds(funded, funded.shop_owner_id) == ["wallet.shop_paid"]
    with read_transaction(funded.engine) as connection:
        [message] = notify.inbox(connection, funded.shop_owner_id, "th")
    assert message.title == "ร้านข้าวมันไก่ป้าแดง ได้รับ 55.00 เหรียญ"
    assert message.link == "/shop/takings"


def test_a_refused_payment_tells_nobody(funded: World) -> None:
    before = _count(funded)
    with pytest.raises(errors.WalletError):
        _pay_shop(funded, 10_000_000, "too-much")
    assert _count(funded) == before


def test_a_rolled_back_payment_tells_nobody(funded: World) -> None:
    before = _count(funded)

    class Undo(Exception):
        pass

    def pay_then_fail(connection: Connection) -> None:
        pay_merchant(
            connection,
            member=funded.somsri,
            merchant_id=funded.shop_id,
            amount=1_000,
            channel="qr",
            idempotency_key="undone",
            now=utc_now(),
        )
        raise Undo

    with pytest.raises(Undo):
        write_transaction(funded.engine, pay_then_fail)
    assert _count(funded) == before


def test_coin_sent_by_phone_tells_both_with_each_others_names(funded: World) -> None:
    def send(connection: Connection) -> None:
        pay_member(
            connection,
            payer=funded.somsri,
            payee_phone="0898765432",
            amount=2_000,
            memo="ค่าผัก",
            idempotency_key="p1",
        )

    write_transaction(funded.engine, send)
    write_transaction(funded.engine, send)
    with read_transaction(funded.engine) as connection:
        [received] = notify.inbox(connection, funded.anan.user_id, "th")
        [sent, _topup] = notify.inbox(connection, funded.somsri.user_id, "en")
    assert received.body == "ได้รับ 20.00 เหรียญ จาก สมศรี ใจดี"
    assert sent.body == "You paid อนันต์ รักถิ่น 20.00 coin."
    assert sent.link == f"/wallet/receipts/{received.link.rsplit('/', 1)[1]}"


def test_reading_marks_once_and_only_ones_own(funded: World) -> None:
    user = funded.somsri.user_id
    with read_transaction(funded.engine) as connection:
        [topup] = notify.inbox(connection, user, "th")
        assert notify.unread_count(connection, user) == 1
    first = utc_now()
    write_transaction(funded.engine, lambda c: notify.mark_read(c, user, topup.id, first))
    write_transaction(funded.engine, lambda c: notify.mark_read(c, user, topup.id, utc_now()))
    with read_transaction(funded.engine) as connection:
        assert notify.unread_count(connection, user) == 0
        assert notify.inbox(connection, user, "th")[0].read_at == first
    with pytest.raises(notify.errors.NotificationNotFound):
        write_transaction(
            funded.engine, lambda c: notify.mark_read(c, funded.anan.user_id, topup.id, first)
        )


def test_a_payment_crossing_the_low_line_says_so_once(funded: World) -> None:
    """200.00 coin: paying 140 leaves 60 (above the line), 20 more leaves 40 (crossed,
    told), 10 more leaves 30 (already below, not told again)."""
    for key, amount in (("a", 14_000), ("b", 2_000), ("c", 1_000)):
        _pay_shop(funded, amount, key)
    kinds = _kinds(funded, funded.somsri.user_id)
    assert kinds.count("wallet.low_balance") == 1
    assert kinds.index("wallet.low_balance") == kinds.index("wallet.paid") + 2
    with read_transaction(funded.engine) as connection:
        low = [
            m
            for m in notify.inbox(connection, funded.somsri.user_id, "th")
            if m.kind == "wallet.low_balance"
        ]
    assert low[0].body == "เหลือ 40.00 เหรียญ เติมเหรียญได้ที่ตัวแทนหรือพร้อมเพย์"
