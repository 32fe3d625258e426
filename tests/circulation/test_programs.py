"""Measures per program: a sandbox, a Citizens' Day event, refunds and cashback."""

from dataclasses import dataclass

import pytest
from sqlalchemy import Engine

from tests.circulation.economy import BAHT, BO_YANG, HAT_YAI, Economy, at
from thungngoen.wallet.programs import Program


@dataclass
class Programs:
    economy: Economy
    sandbox: Program
    event: Program


@pytest.fixture
def programs(engine: Engine) -> Programs:
    """Somsri and Anan live in Bo Yang (A), as do the rice shop R and the grocery G
    (10% cashback from day 2); the wholesaler W is in Hat Yai.

    Day 1 (2 March): Somsri tops up 1,000 and buys for 200 at R (no program yet).
    Day 2: the sandbox opens at midnight, the event at 08:00 (allowance 100, at R, until
    day 4). Somsri and Anan are registered. Somsri buys for 100 at G (10 cashback) and
    for 300 at R, which refunds 50. Anan spends 80 of the allowance at R. R pays W all it
    holds: 200 + 300 − 50 + 80 = 530.
    Day 3: W redeems the 530. Day 4: the event is closed: 100 + 20 go back to the fund.
    """
    economy = Economy(engine)
    somsri = economy.member("สมศรี", BO_YANG)
    anan = economy.member("อนันต์", BO_YANG)
    rice = economy.shop("ร้านข้าว", BO_YANG)
    grocery = economy.shop("ร้านชำ", BO_YANG, "grocery")
    wholesaler = economy.shop("ร้านค้าส่ง", HAT_YAI, "wholesale")
    economy.top_up(somsri, 1_000, at(2, 9))
    economy.buy(somsri, rice, 200, at(2, 12))
    sandbox = economy.sandbox("bo-yang", at(3, 0))
    economy.cashback(grocery, 10, at(3, 0))
    event = economy.event("citizens-day", at(3, 8), at(5, 0), 100, [rice])
    economy.register(event, somsri, at(3, 8))
    economy.register(event, anan, at(3, 8))
    economy.buy(somsri, grocery, 100, at(3, 9))
    payment = economy.buy(somsri, rice, 300, at(3, 10))
    economy.refund(rice, payment, 50, at(3, 11))
    economy.spend_allowance(anan, rice, 80, at(3, 12))
    economy.supply(rice, wholesaler, 530, at(3, 13))
    economy.redeem(wholesaler, 530, at(4, 9))
    economy.close(event, at(5, 9))
    return Programs(economy, sandbox, event)


def test_all_coin_nets_refunds_and_cashback(programs: Programs) -> None:
    """R1 = 200 + (100 − 10) + (300 − 50) + 80 = 620; R's whole 530 goes to W (R2),
    which redeems it. Issued 1,000 + 2 × 100 allowances; burned 530 + 120 returned."""
    report = programs.economy.report()
    assert (report.lm3.r1, report.lm3.r2, report.lm3.r3) == (620 * BAHT, 530 * BAHT, 0)
    assert report.spend_by_kind["purchase"] == 620 * BAHT
    assert (report.issued, report.burned, report.redeemed) == (1_200 * BAHT, 650 * BAHT, 530 * BAHT)
    assert report.supply_end == 550 * BAHT


def test_sandbox_program(programs: Programs) -> None:
    """Under the sandbox: R1 = (100 − 10) + (300 − 50) = 340. R's 530 is a mix of
    round-1 coin by program: its 500 (200 untagged, 300 sandbox) lost 50 to the refund
    pro rata (20 and 30) and it got 80 of event coin: 180 / 270 / 80. So the sandbox's
    R2 is 270, and W redeems all of it: re-spend share and leakage both 270 / 340.
    LM3 = (340 + 270) / 340. Coin supply: a sandbox governs all coin (550 at the end)."""
    report = programs.economy.report(program="bo-yang")
    assert report.program_code == "bo-yang"
    assert (report.lm3.r1, report.lm3.r2, report.lm3.r3) == (340 * BAHT, 270 * BAHT, 0)
    assert report.lm3.value == pytest.approx(610 / 340)
    assert report.spend == report.merchant_receipts == 340 * BAHT
    assert report.merchant_respent == report.redeemed == 270 * BAHT
    assert report.leakage == report.respend_share == pytest.approx(270 / 340)
    assert report.supply_end == 550 * BAHT
    assert (report.issued, report.burned) == (0, 0)
    assert (report.active_members, report.active_merchants) == (1, 2)
    assert [(c.origin, c.dest, c.amount, c.transfers) for c in report.cells] == [
        (BO_YANG, BO_YANG, 340 * BAHT, 2)
    ]
    assert report.top_merchants == ()
    assert report.average_hops is None


def test_event_program(programs: Programs) -> None:
    """The event: 2 × 100 credited, Anan spends 80 at R (R1), which passes it on to W
    (R2 = 80, LM3 = 2) who redeems it (leakage 1). Its coin is what the allowances
    hold: 0, 120, 120, 0 at the end of the four days, average 60; velocity 80 / 60.
    120 goes back to the fund at closing."""
    report = programs.economy.report(program=str(programs.event.id))
    assert report.program_code == "citizens-day"
    assert (report.lm3.r1, report.lm3.r2, report.lm3.value) == (80 * BAHT, 80 * BAHT, 2.0)
    assert (report.leakage, report.respend_share) == (1.0, 1.0)
    assert (report.issued, report.burned) == (200 * BAHT, 120 * BAHT)
    assert (report.supply_end, report.supply_average) == (0, 60 * BAHT)
    assert report.velocity == pytest.approx(80 / 60)
    assert (report.active_members, report.active_merchants) == (1, 1)
