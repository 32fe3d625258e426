"""Small coin economies for the circulation tests, built through the wallet's own
operations, each at a chosen moment (``simulated_time``)."""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

from thungngoen import ledger, redemption
from thungngoen.auth.users import create_user
from thungngoen.circulation import rollup
from thungngoen.circulation.measures import CirculationReport, circulation_report
from thungngoen.clock import simulated_time
from thungngoen.db import read_transaction, write_transaction
from thungngoen.thai import THAI_TIME
from thungngoen.wallet import book, people, programs, promotions
from thungngoen.wallet.checkout import Payment, pay_merchant
from thungngoen.wallet.merchant_pay.refunds import refund
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.topups import cash_topup
from thungngoen.wallet.wages import pay_wage

T = TypeVar("T")
BAHT = 100

BO_YANG = "900101"
KHAO_RUP_CHANG = "900102"
HAT_YAI = "901101"
MUEANG_SONGKHLA = "9001"


def at(day: int, hour: int = 10, month: int = 3) -> datetime:
    """``hour`` o'clock in Songkhla on ``day`` March 2026."""
    return datetime.combine(date(2026, month, day), time(hour), THAI_TIME)


class Economy:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.keys = 0
        self.phones = 0
        self.phone_of: dict[int, str] = {}
        self.agent = self._write(self._agent, at(1, 8))

    def _write(self, work: Callable[[Connection], T], moment: datetime) -> T:
        with simulated_time(moment):
            return write_transaction(self.engine, work)

    def _key(self) -> str:
        self.keys += 1
        return f"k{self.keys}"

    def new_phone(self) -> str:
        self.phones += 1
        return f"08{self.phones:08d}"

    def _agent(self, connection: Connection) -> int:
        book.ensure_system_accounts(connection)
        user = create_user(
            connection,
            phone=self.new_phone(),
            name="agent",
            role="agent",
            password="agent-pass1",
            actor="test",
        )
        return people.register_agent(
            connection, user=user, name="ตัวแทน", tambon_code=BO_YANG, actor="test"
        )

    def member(self, name: str, tambon: str) -> people.Member:
        phone = self.new_phone()
        member = self._write(
            lambda c: people.register_member(
                c, phone=phone, name=name, password="member-pass", tambon_code=tambon
            ),
            at(1, 8),
        )
        self.phone_of[member.id] = phone
        return member

    def shop(self, name: str, tambon: str, category: str = "food") -> int:
        def build(connection: Connection) -> int:
            owner = create_user(
                connection,
                phone=self.new_phone(),
                name=name,
                role="merchant",
                password="shop-pass1",
                actor="test",
            )
            shop_id = people.register_merchant(
                connection,
                owner=owner,
                business_name=name,
                category=category,
                tambon_code=tambon,
                payout_promptpay=owner.phone,
                actor="test",
            )
            people.set_merchant_status(connection, shop_id, "approved", actor="test")
            return shop_id

        return self._write(build, at(1, 8))

    def top_up(self, member: people.Member, baht: int, moment: datetime) -> None:
        self._write(
            lambda c: cash_topup(
                c,
                agent_id=self.agent,
                member_id=member.id,
                amount=baht * BAHT,
                idempotency_key=self._key(),
                actor="test",
            ),
            moment,
        )

    def buy(self, member: people.Member, shop: int, baht: int, moment: datetime) -> Payment:
        return self._write(
            lambda c: pay_merchant(
                c,
                member=member,
                merchant_id=shop,
                amount=baht * BAHT,
                channel="qr",
                idempotency_key=self._key(),
                now=moment,
            ),
            moment,
        )

    def supply(self, shop: int, supplier: int, baht: int, moment: datetime) -> None:
        self._write(
            lambda c: redemption.pay_supplier(
                c, shop, supplier, baht * BAHT, self._key(), actor="test"
            ),
            moment,
        )

    def wage(self, shop: int, member: people.Member, baht: int, moment: datetime) -> None:
        self._write(
            lambda c: pay_wage(
                c,
                merchant_id=shop,
                member_id=member.id,
                amount=baht * BAHT,
                idempotency_key=self._key(),
                actor="test",
            ),
            moment,
        )

    def send(self, payer: people.Member, payee: people.Member, baht: int, moment: datetime) -> None:
        self._write(
            lambda c: pay_member(
                c,
                payer=payer,
                payee_phone=self.phone_of[payee.id],
                amount=baht * BAHT,
                memo="",
                idempotency_key=self._key(),
            ),
            moment,
        )

    def refund(self, shop: int, payment: Payment, baht: int, moment: datetime) -> None:
        self._write(
            lambda c: refund(
                c,
                merchant_id=shop,
                payment_id=payment.id,
                amount=baht * BAHT,
                idempotency_key=self._key(),
                actor="test",
                now=moment,
            ),
            moment,
        )

    def redeem(self, shop: int, baht: int, moment: datetime) -> None:
        self._write(
            lambda c: redemption.redeem(
                c, shop, baht * BAHT, "welfare", self._key(), "test", moment
            ),
            moment,
        )

    def sandbox(self, code: str, opens: datetime) -> programs.Program:
        terms = programs.ProgramTerms(name=code, valid_from=opens)
        return self._write(
            lambda c: programs.create_program(
                c, code=code, kind="sandbox", terms=terms, actor="test"
            ),
            opens,
        )

    def event(
        self, code: str, opens: datetime, closes: datetime, allowance_baht: int, shops: list[int]
    ) -> programs.Program:
        """An event paid from the Citizens' Day fund, which a donation fills first."""
        terms = programs.ProgramTerms(
            name=code,
            valid_from=opens,
            valid_until=closes,
            fund_code="citizens-day",
            allowance=allowance_baht * BAHT,
        )

        def create(connection: Connection) -> programs.Program:
            bank = book.system_account_id(connection, book.BANK)
            fund = book.system_account_id(connection, "thb:fund:citizens-day")
            donation = ledger.TransferRequest(bank, fund, 1_000_000, "THB", "donation", "บริจาค")
            ledger.post_transfer(connection, donation)
            event = programs.create_program(
                connection, code=code, kind="event", terms=terms, actor="test"
            )
            for shop in shops:
                programs.add_event_merchant(connection, event.id, shop, actor="test")
            return event

        return self._write(create, opens)

    def register(self, event: programs.Program, member: people.Member, moment: datetime) -> None:
        self._write(
            lambda c: programs.register_participant(
                c, event.id, member.id, actor="test", now=moment
            ),
            moment,
        )

    def spend_allowance(
        self, member: people.Member, shop: int, baht: int, moment: datetime
    ) -> None:
        self._write(
            lambda c: programs.pay_with_allowance(
                c, member, shop, baht * BAHT, self._key(), moment
            ),
            moment,
        )

    def close(self, event: programs.Program, moment: datetime) -> None:
        self._write(lambda c: programs.close_event(c, event.id, moment, actor="test"), moment)

    def cashback(self, shop: int, percent: float, starts: datetime) -> None:
        self._write(
            lambda c: promotions.create_promotion(
                c,
                merchant_id=shop,
                kind="cashback",
                percent=percent,
                cap=None,
                min_spend=0,
                starts_at=starts,
                ends_at=starts + timedelta(days=30),
                actor="test",
            ),
            starts,
        )

    def refresh(self) -> int:
        return rollup.refresh(self.engine)

    def report(self, **scope: Any) -> CirculationReport:
        rollup.refresh(self.engine)
        with read_transaction(self.engine) as connection:
            return circulation_report(connection, **scope)
