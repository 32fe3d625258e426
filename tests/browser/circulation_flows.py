"""Coin flowing between sub-districts on the live server, made through the wallet's own
operations (the demo alone is one sub-district of three members: every flow of it is
withheld). The demo's sandbox allows shops of the old town only, so the members buy
there; the shops then pay their suppliers elsewhere:

- five members of Khao Rup Chang and five of Hat Yai each buy for ``PURCHASE`` at an old
  town shop;
- that shop pays a Hat Yai wholesaler ``SUPPLY``, which pays a Krasae Sin farm ``SUPPLY``.
"""

from sqlalchemy import Connection

from tests.browser.support import LiveServer
from thungngoen import redemption
from thungngoen.auth.users import create_user
from thungngoen.clock import utc_now
from thungngoen.db import create_db_engine, write_transaction
from thungngoen.wallet import people
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.topups import cash_topup

OLD_TOWN, KHAO_RUP_CHANG, HAT_YAI, KRASAE_SIN = "900101", "900102", "901101", "900804"
PURCHASE = 12_000
SUPPLY = 40_000
ACTOR = "browser-test"


class _Seeder:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.count = 0

    def _next(self) -> int:
        self.count += 1
        return self.count

    def phone(self) -> str:
        return f"0655{self._next():06d}"

    def key(self) -> str:
        return f"browser-flows-{self._next()}"

    def shop(self, name: str, tambon: str, category: str) -> int:
        owner = create_user(
            self.connection,
            phone=self.phone(),
            name=name,
            role="merchant",
            password="shop-pass1",
            actor=ACTOR,
        )
        shop = people.register_merchant(
            self.connection,
            owner=owner,
            business_name=name,
            category=category,
            tambon_code=tambon,
            payout_promptpay=owner.phone,
            actor=ACTOR,
        )
        people.set_merchant_status(self.connection, shop, "approved", actor=ACTOR)
        return shop

    def agent(self) -> int:
        user = create_user(
            self.connection,
            phone=self.phone(),
            name="ตัวแทนทดสอบ",
            role="agent",
            password="agent-pass1",
            actor=ACTOR,
        )
        return people.register_agent(
            self.connection, user=user, name="ตัวแทนทดสอบ", tambon_code=OLD_TOWN, actor=ACTOR
        )

    def buyer(self, agent: int, tambon: str, shop: int, n: int) -> None:
        member = people.register_member(
            self.connection,
            phone=self.phone(),
            name=f"ผู้ซื้อทดสอบ{tambon}-{n}",
            password="member-pass",
            tambon_code=tambon,
            actor=ACTOR,
        )
        cash_topup(
            self.connection,
            agent_id=agent,
            member_id=member.id,
            amount=PURCHASE,
            idempotency_key=self.key(),
            actor=ACTOR,
        )
        pay_merchant(
            self.connection,
            member=member,
            merchant_id=shop,
            amount=PURCHASE,
            channel="qr",
            idempotency_key=self.key(),
            now=utc_now(),
        )


def _seed(connection: Connection) -> None:
    seeder = _Seeder(connection)
    agent = seeder.agent()
    shop = seeder.shop("ร้านข้าวแกงเมืองเก่า", OLD_TOWN, "food")
    wholesaler = seeder.shop("ร้านค้าส่งหาดใหญ่", HAT_YAI, "wholesale")
    farm = seeder.shop("สวนผักกระแสสินธุ์", KRASAE_SIN, "wholesale")
    for tambon in (KHAO_RUP_CHANG, HAT_YAI):
        for n in range(5):
            seeder.buyer(agent, tambon, shop, n)
    redemption.pay_supplier(connection, shop, wholesaler, SUPPLY, seeder.key(), actor=ACTOR)
    redemption.pay_supplier(connection, wholesaler, farm, SUPPLY, seeder.key(), actor=ACTOR)


def seed_flows(server: LiveServer) -> None:
    engine = create_db_engine(server.database_url)
    try:
        write_transaction(engine, _seed)
    finally:
        engine.dispose()
