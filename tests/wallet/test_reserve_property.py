"""Whatever members, shops and the operator do, every coin stays backed by a baht.

A Hypothesis state machine drives random top-ups, shop payments (with a percent and a
cashback promotion running), refunds, redemptions, voucher batches and voucher
redemptions, rejected or not; after every step SKC outstanding equals the THB reserve
and every other invariant of ``thungngoen verify`` holds.
"""

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import Connection

from tests import databases
from thungngoen import redemption, vouchers
from thungngoen.auth.users import create_user
from thungngoen.checks import run_checks
from thungngoen.clock import utc_now
from thungngoen.db import create_db_engine, read_transaction, write_transaction
from thungngoen.errors import DomainError
from thungngoen.wallet import book, merchant_pay, people, promotions
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.topups import cash_topup

amounts = st.integers(min_value=1, max_value=30_000)


class CoinMachine(RuleBasedStateMachine):
    url = ""
    template = Path()

    def __init__(self) -> None:
        super().__init__()
        self.engine = create_db_engine(databases.reset_database(self.url, self.template))
        self.now = utc_now()
        self.members, self.shops, self.agent = write_transaction(self.engine, self._world)
        self.payments: list[int] = []
        self.codes: list[str] = []
        self.keys = 0

    def _world(self, connection: Connection) -> tuple[list[people.Member], list[int], int]:
        book.ensure_system_accounts(connection)
        agent_user = create_user(
            connection,
            phone="0810000001",
            name="agent",
            role="agent",
            password="agent-pass",
            actor="test",
        )
        agent = people.register_agent(
            connection, user=agent_user, name="agent", tambon_code="900101", actor="test"
        )
        members = [
            people.register_member(
                connection,
                phone=f"08{n}0000000",
                name=f"m{n}",
                password="member-pass",
                tambon_code="900101",
            )
            for n in (1, 2, 3)
        ]
        shops = []
        for n, kind in ((6, "percent"), (8, "cashback")):
            owner = create_user(
                connection,
                phone=f"0{n}60000000",
                name=f"s{n}",
                role="merchant",
                password="shop-pass",
                actor="test",
            )
            shop = people.register_merchant(
                connection,
                owner=owner,
                business_name=f"shop {n}",
                category="food",
                tambon_code="900101",
                payout_promptpay=f"0{n}60000000",
                actor="test",
            )
            people.set_merchant_status(connection, shop, "approved", actor="test")
            promotions.create_promotion(
                connection,
                merchant_id=shop,
                kind=kind,
                percent=10,
                cap=500,
                min_spend=1_000,
                starts_at=self.now - timedelta(days=1),
                ends_at=self.now + timedelta(days=9),
                actor="test",
            )
            shops.append(shop)
        return members, shops, agent

    def teardown(self) -> None:
        self.engine.dispose()

    def attempt(self, work: Any) -> Any:
        self.keys += 1
        try:
            return write_transaction(self.engine, work)
        except DomainError:
            return None

    @rule(member=st.integers(0, 2), amount=amounts)
    def top_up(self, member: int, amount: int) -> None:
        self.attempt(
            lambda c: cash_topup(
                c,
                agent_id=self.agent,
                member_id=self.members[member].id,
                amount=amount,
                idempotency_key=f"t{self.keys}",
                actor="test",
            )
        )

    @rule(member=st.integers(0, 2), shop=st.integers(0, 1), amount=amounts)
    def pay(self, member: int, shop: int, amount: int) -> None:
        payment = self.attempt(
            lambda c: pay_merchant(
                c,
                member=self.members[member],
                merchant_id=self.shops[shop],
                amount=amount,
                channel="test",
                idempotency_key=f"p{self.keys}",
                now=self.now,
            )
        )
        if payment is not None:
            self.payments.append(payment.id)

    @rule(data=st.data(), amount=amounts)
    def refund(self, data: st.DataObject, amount: int) -> None:
        if not self.payments:
            return
        payment = data.draw(st.sampled_from(self.payments))
        for shop in self.shops:
            self.attempt(
                lambda c, shop=shop: merchant_pay.refund(
                    c,
                    merchant_id=shop,
                    payment_id=payment,
                    amount=amount,
                    idempotency_key=f"r{self.keys}",
                    actor="test",
                )
            )

    @rule(
        shop=st.integers(0, 1), amount=amounts, fund=st.sampled_from(sorted(book.COMMUNITY_FUNDS))
    )
    def redeem(self, shop: int, amount: int, fund: str) -> None:
        self.attempt(
            lambda c: redemption.redeem(
                c, self.shops[shop], amount, fund, f"x{self.keys}", "test", self.now
            )
        )

    @rule(count=st.integers(1, 3), value=st.integers(100, 2_000))
    def issue_vouchers(self, count: int, value: int) -> None:
        batch = self.attempt(
            lambda c: vouchers.generate_voucher_batch(
                c,
                name="test",
                value=value,
                count=count,
                expires_on=date.today() + timedelta(30),
                fund_code="welfare",
                idempotency_key=f"v{self.keys}",
                actor="test",
                now=self.now,
            )
        )
        if batch is not None:
            self.codes.extend(batch.codes)

    @rule(data=st.data(), member=st.integers(0, 2))
    def redeem_voucher(self, data: st.DataObject, member: int) -> None:
        if not self.codes:
            return
        code = data.draw(st.sampled_from(self.codes))
        self.attempt(
            lambda c: vouchers.redeem_to_member(
                c,
                code=code,
                member_id=self.members[member].id,
                idempotency_key=f"c{self.keys}",
                actor="test",
                now=self.now,
            )
        )

    @invariant()
    def every_coin_is_backed(self) -> None:
        with read_transaction(self.engine) as connection:
            report = reserve_report(connection)
            failed = [check.name for check in run_checks(connection) if not check.ok]
        assert report.coin_outstanding == report.baht_backing
        assert failed == []


def test_coin_stays_backed(database_url: str, sqlite_template: Path) -> None:
    machine = type("Machine", (CoinMachine,), {"url": database_url, "template": sqlite_template})
    examples = 20 if database_url.startswith("sqlite") else 10
    run_state_machine_as_test(
        machine, settings=settings(max_examples=examples, stateful_step_count=25, deadline=None)
    )
