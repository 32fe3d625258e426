"""The rest of the ``make run`` demo for the Thai pages test: a few days of the simulated
economy (payouts, donations, bank statements, the Citizens' Day event) and the records of
one each the simulation leaves none of for a demo login (a top-up request, a request at
a till, a voucher batch, a shop's promotions, a discounted payment, its refund, a redemption) — all
through the real operations."""

from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Connection, Engine, func, select

from thungngoen import redemption
from thungngoen.clock import utc_now
from thungngoen.communication.digests import send_now
from thungngoen.communication.preferences import unsubscribe_token
from thungngoen.communication.tables import digests
from thungngoen.db import write_transaction
from thungngoen.simulation.runner import simulate
from thungngoen.simulation.world import SimulationConfig
from thungngoen.thai import thai_today
from thungngoen.topups import request_topup
from thungngoen.vouchers.issue import generate_voucher_batch
from thungngoen.wallet import programs
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.donations import donate_to_fund, record_gift
from thungngoen.wallet.merchant_pay import create_payment_request, refund
from thungngoen.wallet.people import get_member
from thungngoen.wallet.promotions import create_promotion
from thungngoen.wallet.tables import fund_gifts, members, merchants

SIMULATED_DAYS = 3


def add_demo_records(engine: Engine) -> dict[str, str]:
    """Simulate the last few days, then add the records of one each; the ids and the
    token of what a link does not lead to (a page opened by a QR, or shown once)."""
    start = thai_today() - timedelta(days=SIMULATED_DAYS)
    assert simulate(
        engine, SimulationConfig(members=30, merchants=6, days=SIMULATED_DAYS, seed=7, start=start)
    )
    return write_transaction(engine, _add_records)


def _first(connection: Connection, table_id: ColumnElement[int]) -> int:
    return int(connection.execute(select(func.min(table_id))).scalar_one())


def _add_records(connection: Connection) -> dict[str, str]:
    """The first demo member asks to top up, the first demo shop asks for a payment, the
    the city gives the Citizens' Day fund baht and the operator issues vouchers from it."""
    now = utc_now()
    member, shop = _first(connection, members.c.id), _first(connection, merchants.c.id)
    request_topup(connection, member, 10_000, now, actor="demo")
    _discounted_and_refunded(connection, member, shop)
    asked = create_payment_request(connection, merchant_id=shop, amount=6_000)
    donate_to_fund(
        connection,
        fund_code="citizens-day",
        amount=10_000,
        donor="เทศบาลนครสงขลา",
        idempotency_key="thai-pages-test",
        actor="demo",
    )
    batch = generate_voucher_batch(
        connection,
        name="คูปองวันพลเมืองสงขลา",
        value=5_000,
        count=2,
        expires_on=date.today() + timedelta(days=30),
        fund_code="citizens-day",
        idempotency_key="thai-pages-test",
        actor="demo",
        now=now,
    )
    spent = _allowance_spent(connection, member, shop, now)
    member_user = get_member(connection, member).user_id
    send_now(connection, member_user, "weekly", now)  # her digest of this week so far
    told = select(func.max(digests.c.id)).where(digests.c.user_id == member_user)
    return {
        "digest": str(connection.execute(told).scalar_one()),
        "unsubscribe": unsubscribe_token(member_user, "news", "email", now),
        "allowance_receipt": str(spent),
        "shop": str(shop),
        "request": str(asked.id),
        "token": asked.token,
        "batch": str(batch.batch_id),
        "gift": str(_first(connection, fund_gifts.c.id)),
    }


def _allowance_spent(connection: Connection, member_id: int, shop: int, now: datetime) -> int:
    """A Citizens' Day open now: the first shop takes allowances, the first member holds
    one and has paid the shop 50.00 coin from it (the receipt's transfer)."""
    record_gift(
        connection,
        fund_code="citizens-day",
        kind="grant",
        amount=30_000,
        donor="องค์การบริหารส่วนจังหวัดสงขลา",
        idempotency_key="thai-pages-event",
        actor="demo",
        now=now,
    )
    terms = programs.ProgramTerms(
        name="วันพลเมืองสงขลา",
        valid_from=now - timedelta(hours=1),
        valid_until=now + timedelta(days=1),
        fund_code="citizens-day",
        allowance=30_000,
    )
    event = programs.create_program(
        connection, code="citizens-day-thai-pages", kind="event", terms=terms, actor="demo"
    )
    programs.add_event_merchant(connection, event.id, shop, actor="demo")
    programs.register_participant(connection, event.id, member_id, actor="demo", now=now)
    member = get_member(connection, member_id)
    paid = programs.pay_with_allowance(connection, member, shop, 5_000, "thai-pages", now)
    return paid.transfer_id


def _discounted_and_refunded(connection: Connection, member_id: int, shop: int) -> None:
    """The first shop runs a discount and a cashback; the first member pays under them
    and gets part of it back; the shop redeems some coin."""
    now = utc_now()
    for kind in ("percent", "cashback"):
        create_promotion(
            connection,
            merchant_id=shop,
            kind=kind,
            percent=10,
            cap=1_000,
            min_spend=0,
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(days=7),
            actor="demo",
        )
    member = get_member(connection, member_id)
    payment = pay_merchant(
        connection,
        member=member,
        merchant_id=shop,
        amount=6_000,
        channel="shop_qr",
        idempotency_key="thai-pages-test",
        now=now,
    )
    refund(
        connection,
        merchant_id=shop,
        payment_id=payment.id,
        amount=1_000,
        idempotency_key="thai-pages-test",
        actor="demo",
        reason="ทอนผิด",
    )
    redemption.redeem(connection, shop, 2_000, "welfare", "thai-pages-test", "demo", now)
