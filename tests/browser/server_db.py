"""The live server's database seen from the test: the demo shops' numbers, payment
requests made through the real operation at a chosen moment (an expired QR without
waiting for it to expire), and a fresh savings group for entering a first sheet."""

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import Connection, select

from tests.browser.support import LiveServer
from thungngoen import ledger, savings
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.db import create_db_engine, read_transaction, write_transaction
from thungngoen.wallet.demo import OLD_TOWN
from thungngoen.wallet.merchant_pay import PaymentRequest, create_payment_request
from thungngoen.wallet.people import member_for_user, register_member
from thungngoen.wallet.tables import merchants

T = TypeVar("T")
ELDERS = ("ยายสมใจ รักดี", "ตาเหมือน ทองดี", "ป้าอำพร ศรีสุข")


def _with_engine(server: LiveServer, work: Callable[[Connection], T], *, write: bool) -> T:
    engine = create_db_engine(server.database_url)
    try:
        if write:
            return write_transaction(engine, work)
        with read_transaction(engine) as connection:
            return work(connection)
    finally:
        engine.dispose()


def shop_number(server: LiveServer, business_name: str) -> int:
    """The number of the shop called ``business_name`` (what its till and poster show)."""
    query = select(merchants.c.id).where(merchants.c.business_name == business_name)
    number: int = _with_engine(server, lambda c: c.execute(query).scalar_one(), write=False)
    return number


def payment_request(
    server: LiveServer,
    shop: int,
    amount: int,
    *,
    reference: str = "",
    made_ago: timedelta = timedelta(0),
    lifetime: timedelta = timedelta(minutes=15),
) -> PaymentRequest:
    """A till's payment request of ``amount`` satang, made ``made_ago`` before now."""
    made_at: datetime = utc_now() - made_ago
    return _with_engine(
        server,
        lambda c: create_payment_request(
            c, merchant_id=shop, amount=amount, reference=reference, lifetime=lifetime, now=made_at
        ),
        write=True,
    )


def new_savings_group(server: LiveServer, code: str, treasurer_phone: str) -> savings.Group:
    """A savings group founded today whose treasurer is the member with this phone (her
    wallet's login acts for the office) and three elders without a wallet: 20 baht of
    commitment and 10 of welfare a month. Its first sheet can be dated today."""

    def found(connection: Connection) -> savings.Group:
        today = savings.thai_today()
        group = savings.create_group(
            connection,
            code=code,
            name="กลุ่มออมทรัพย์ทดสอบหน้าจอ",
            tambon_code="900101",
            community="ชุมชนทดสอบ",
            founded_on=today,
            regulation=savings.Regulation(commitment=2_000, welfare_monthly=1_000),
            actor="browser-test",
        )
        user = find_by_phone(connection, treasurer_phone)
        assert user is not None
        wallet = member_for_user(connection, user.id).id
        people = [(wallet, "")] + [(None, name) for name in ELDERS]
        joined = [
            savings.add_member(
                connection, group.id, wallet_member_id=w, name=n, joined_on=today, actor="t"
            )
            for w, n in people
        ]
        savings.appoint_officer(
            connection,
            group.id,
            member_id=joined[0].id,
            office="treasurer",
            appointed_on=today,
            actor="browser-test",
        )
        return group

    return _with_engine(server, found, write=True)


def new_member(server: LiveServer, phone: str, name: str) -> None:
    """A member with no coin and no PIN yet (someone to send coin to)."""
    _with_engine(
        server,
        lambda c: register_member(
            c, phone=phone, name=name, password=None, tambon_code=OLD_TOWN, actor="test"
        ),
        write=True,
    )


def coin_balance(server: LiveServer, phone: str) -> int:
    """A member's coin as the served database's ledger has it."""

    def read(connection: Connection) -> int:
        user = find_by_phone(connection, phone)
        assert user is not None
        return ledger.balance(connection, member_for_user(connection, user.id).account_id)

    return _with_engine(server, read, write=False)
