"""People of their own for the role journeys (``test_journey_*.py``), made in the served
database through the real operations: a member with a PIN and coin, a shop with a
promotion or with coin, a shop's payout waiting for the operator. Other browser tests
share the server; these people are the journeys' alone, so their sums can be exact."""

import secrets
from datetime import timedelta

from sqlalchemy import Connection

from tests.browser.server_db import _with_engine
from tests.browser.support import LiveServer
from thungngoen.auth import pins
from thungngoen.auth.users import create_user, find_by_phone
from thungngoen.clock import utc_now
from thungngoen.redemption.redeem import redeem
from thungngoen.wallet import book, people, promotions
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.demo import AGENT, OLD_TOWN, Login
from thungngoen.wallet.topups import cash_topup_by_phone

ACTOR = "browser-journey"


def _key() -> str:
    return secrets.token_hex(8)


def member_with_coin(server: LiveServer, login: Login, pin: str, coin: int) -> None:
    """A member who can log in with ``login``, pays with ``pin`` and has ``coin`` satang,
    topped up in cash at the demo agent."""

    def make(connection: Connection) -> None:
        member = people.register_member(
            connection,
            phone=login.phone,
            name=login.name,
            password=login.password,
            tambon_code=OLD_TOWN,
            actor=ACTOR,
        )
        pins.set_pin(connection, member.user_id, pin)
        agent = find_by_phone(connection, AGENT.phone)
        assert agent is not None
        cash_topup_by_phone(
            connection,
            agent_user_id=agent.id,
            member_phone=login.phone,
            amount=coin,
            idempotency_key=_key(),
        )

    _with_engine(server, make, write=True)


def new_shop(server: LiveServer, owner: Login, business: str) -> int:
    """An approved food shop in the old town owned by ``owner``; returns its number."""

    def make(connection: Connection) -> int:
        user = create_user(
            connection,
            phone=owner.phone,
            name=owner.name,
            role="merchant",
            password=owner.password,
            actor=ACTOR,
        )
        shop = people.register_merchant(
            connection,
            owner=user,
            business_name=business,
            category="food",
            tambon_code=OLD_TOWN,
            payout_promptpay=owner.phone,
            actor=ACTOR,
        )
        people.set_merchant_status(connection, shop, "approved", actor=ACTOR)
        return shop

    return _with_engine(server, make, write=True)


def running_promotion(server: LiveServer, shop: int, percent: float) -> None:
    """A price cut of ``percent`` at ``shop`` from yesterday to next week."""
    now = utc_now()
    _with_engine(
        server,
        lambda c: promotions.create_promotion(
            c,
            merchant_id=shop,
            kind="percent",
            percent=percent,
            cap=None,
            min_spend=0,
            starts_at=now - timedelta(days=1),
            ends_at=now + timedelta(days=7),
            actor=ACTOR,
        ),
        write=True,
    )


def paid_by(server: LiveServer, shop: int, payer_phone: str, amount: int) -> None:
    """The member with ``payer_phone`` pays ``amount`` satang at ``shop``: the shop has
    coin to re-spend or redeem."""

    def pay(connection: Connection) -> None:
        user = find_by_phone(connection, payer_phone)
        assert user is not None
        member = people.member_for_user(connection, user.id)
        pay_merchant(
            connection,
            member=member,
            merchant_id=shop,
            amount=amount,
            channel="shop_qr",
            idempotency_key=_key(),
            now=utc_now(),
        )

    _with_engine(server, pay, write=True)


def queued_payout(server: LiveServer, shop: int, amount: int) -> None:
    """``shop`` redeems ``amount`` satang of coin: a payout waits for the operator."""
    fund = sorted(book.COMMUNITY_FUNDS)[0]
    _with_engine(
        server,
        lambda c: redeem(c, shop, amount, fund, _key(), ACTOR, utc_now()),
        write=True,
    )
