"""Every measure of the worked example (``conftest.py``), computed by hand."""

from datetime import date

import pytest

from tests.circulation.conftest import Story
from tests.circulation.economy import BAHT, BO_YANG, HAT_YAI, KHAO_RUP_CHANG, MUEANG_SONGKHLA
from thungngoen.circulation.errors import InvalidPeriod, UnknownArea
from thungngoen.circulation.measures import circulation_report, circulation_series
from thungngoen.db import read_transaction
from thungngoen.wallet.programs import UnknownProgram

DAY_1, DAY_2, DAY_3 = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)


def test_lm3_of_the_whole_pilot(story: Story) -> None:
    """LM3 traced through the transfer graph, proportional rule.

    R1, what members spent at merchants: 400 + 100 (at R) + 200 (at G, day 1) + 150
    (Anan at G, day 2) = 850.
    R2, round-1 coin the merchants re-spent: R holds 500, all round 1, and pays W 300
    and Anan 100, all round-1 coin: R2 = 400. W now holds 300 and Anan 100 of round-2
    coin (R1 place A).
    R3, round-2 coin spent on: W pays G 150 out of its 300, all round 2: 150. Anan
    holds 400 − 100 + 100 = 500 of which 100 round 2 and pays G 150: 150 × 100 / 500
    = 30 of round 2. R3 = 180.
    LM3 = (850 + 400 + 180) / 850 = 1430 / 850 = 1.6824.
    """
    lm3 = story.economy.report().lm3
    assert (lm3.r1, lm3.r2, lm3.r3) == (850 * BAHT, 400 * BAHT, 180 * BAHT)
    assert lm3.value == pytest.approx(1430 / 850)


def test_lm3_of_a_sub_district_counts_only_what_stays_in_it(story: Story) -> None:
    """Bo Yang (A) only: R1 = 850 (R and G are both in A). R2 local to A: the wage to
    Anan, 100 (W is in Hat Yai). R3 local to A: W's 150 to G starts outside A, so only
    Anan's 30 at G counts. LM3 = (850 + 100 + 30) / 850 = 980 / 850. The district
    (Mueang Songkhla: A and B) gives the same: nothing leaves A for B but Somsri's gift,
    which is no round of LM3."""
    for area in (BO_YANG, MUEANG_SONGKHLA):
        lm3 = story.economy.report(area=area).lm3
        assert (lm3.r1, lm3.r2, lm3.r3) == (850 * BAHT, 100 * BAHT, 30 * BAHT)
        assert lm3.value == pytest.approx(980 / 850)
    hat_yai = story.economy.report(area=HAT_YAI).lm3
    assert (hat_yai.r1, hat_yai.r2, hat_yai.r3, hat_yai.value) == (0, 0, 0, None)


def test_supply_reserve_velocity_and_activity(story: Story) -> None:
    """Coin issued: 1,000 + 500 + 200 = 1,700 on day 1; G redeems 300 on day 3: supply
    at the end 1,400, the same as the baht reserve. Days' closing supply 1,700, 1,700,
    1,400: average 1,600. Spend: purchases 850 + supplier 300 + 150 + wage 100 + gift
    100 = 1,500; velocity 1,500 / 1,600 = 0.9375. Active: 3 members, 3 merchants."""
    report = story.economy.report()
    assert (report.first_day, report.last_day) == (DAY_1, DAY_3)
    assert report.supply_end == report.reserve_end == 1_400 * BAHT
    assert report.supply_average == 1_600 * BAHT
    assert (report.issued, report.burned) == (1_700 * BAHT, 300 * BAHT)
    assert report.spend == 1_500 * BAHT
    assert report.spend_by_kind == {
        "purchase": 850 * BAHT,
        "supplier": 450 * BAHT,
        "wages": 100 * BAHT,
        "p2p": 100 * BAHT,
    }
    assert report.velocity == pytest.approx(1_500 / 1_600)
    assert (report.active_members, report.active_merchants) == (3, 3)


def test_leakage_respend_and_hops(story: Story) -> None:
    """Merchant receipts: purchases 850 + from other merchants 300 (W) + 150 (G) =
    1,300; re-spent to other members: 300 + 100 (R) + 150 (W) = 550, share 550 / 1,300;
    redeemed: 300, leakage 300 / 1,300.

    Hops (hop mass = satang × hops): R gets 500 with 1 hop each (mass 500). R → W 300
    carries 300 and adds 300: W 300 with mass 600. R → Anan 100: Anan 500, mass 200.
    W → G 150 carries 600 × 150/300 = 300 and adds 150: G 350, mass 200 + 450 = 650.
    Anan → G 150 carries 200 × 150/500 = 60 and adds 150: G 500, mass 860. G redeems
    300: mass 860 × 300/500 = 516; average 516 / 300 = 1.72 hops before redemption."""
    report = story.economy.report()
    assert report.merchant_receipts == 1_300 * BAHT
    assert report.merchant_respent == 550 * BAHT
    assert report.redeemed == 300 * BAHT
    assert report.respend_share == pytest.approx(550 / 1_300)
    assert report.leakage == pytest.approx(300 / 1_300)
    assert report.average_hops == pytest.approx(1.72)


def test_a_sub_district_counts_each_flow_on_its_side(story: Story) -> None:
    """Bo Yang (A). Spend by payers in A: Somsri 400 + 100 gift, Anan 100 + 150, R 300
    + 100 = 1,150 (Wichai's and W's payments are made outside A). Coin held in A at the
    day's end: 1,700 (Somsri 600, Anan 400, R 500, G 200), 1,550, 1,150: average
    4,400 / 3 = 1,466.67. Receipts of A's merchants: 850 + 150 from W = 1,000; they
    re-spend 400 and redeem 300. Active in A: Somsri and Anan; R and G."""
    report = story.economy.report(area=BO_YANG)
    assert report.spend == 1_150 * BAHT
    assert report.supply_end == 1_150 * BAHT
    assert report.supply_average == 146_667
    assert report.reserve_end == 1_400 * BAHT
    assert report.velocity == pytest.approx(115_000 / 146_667)
    assert (report.merchant_receipts, report.merchant_respent) == (1_000 * BAHT, 400 * BAHT)
    assert report.leakage == pytest.approx(0.3)
    assert report.respend_share == pytest.approx(0.4)
    assert (report.active_members, report.active_merchants) == (2, 2)
    assert report.area.name == "บ่อยาง"


def test_flows_between_sub_districts(story: Story) -> None:
    """A → A: 400 + 100 + 150 (purchases) + 100 (wage) = 750 in 4 payments; A → C: 300;
    B → A: 200; C → A: 150; A → B: 100 (gift). Corridors: the cells between two places,
    biggest first."""
    report = story.economy.report()
    cells = {(c.origin, c.dest): (c.amount // BAHT, c.transfers) for c in report.cells}
    assert cells == {
        (BO_YANG, BO_YANG): (750, 4),
        (BO_YANG, HAT_YAI): (300, 1),
        (KHAO_RUP_CHANG, BO_YANG): (200, 1),
        (HAT_YAI, BO_YANG): (150, 1),
        (BO_YANG, KHAO_RUP_CHANG): (100, 1),
    }
    assert [(c.origin, c.dest) for c in report.corridors] == [
        (BO_YANG, HAT_YAI),
        (KHAO_RUP_CHANG, BO_YANG),
        (HAT_YAI, BO_YANG),
        (BO_YANG, KHAO_RUP_CHANG),
    ]
    in_hat_yai = story.economy.report(area=HAT_YAI).cells
    assert {(c.origin, c.dest) for c in in_hat_yai} == {(BO_YANG, HAT_YAI), (HAT_YAI, BO_YANG)}


def test_top_merchants_by_local_respend(story: Story) -> None:
    """R re-spends 400 of 500; W 150 of 300; G none of 500 (it redeems 300)."""
    top = story.economy.report().top_merchants
    assert [(m.merchant_id, m.received // BAHT, m.respent // BAHT) for m in top] == [
        (story.rice, 500, 400),
        (story.wholesaler, 300, 150),
        (story.grocery, 500, 0),
    ]
    assert top[0].respend_share == pytest.approx(0.8)
    assert top[2].redeemed == 300 * BAHT
    assert [m.merchant_id for m in story.economy.report(area=HAT_YAI).top_merchants] == [
        story.wholesaler
    ]


def test_a_period_counts_its_own_days(story: Story) -> None:
    """Day 2 only. R1 = Anan's 150 at G; R2 = R's 400 re-spent that day (round-1 coin
    of day 1's purchases: rounds are traced from the first transfer and counted on the
    day they happen); R3 = 180. LM3 = (150 + 400 + 180) / 150. Supply all day 1,700.
    Day 3 only: no purchase (LM3 has no value), spend 100 (the gift), 300 redeemed."""
    day_2 = story.economy.report(first=DAY_2, last=DAY_2)
    assert (day_2.lm3.r1, day_2.lm3.r2, day_2.lm3.r3) == (150 * BAHT, 400 * BAHT, 180 * BAHT)
    assert day_2.lm3.value == pytest.approx(730 / 150)
    assert day_2.supply_average == day_2.supply_end == 1_700 * BAHT
    assert day_2.active_members == 1
    day_3 = story.economy.report(first=DAY_3, last=DAY_3)
    assert day_3.lm3.value is None
    assert (day_3.spend, day_3.redeemed, day_3.issued) == (100 * BAHT, 300 * BAHT, 0)
    assert day_3.velocity == pytest.approx(100 / 1_400)
    later = story.economy.report(first=date(2026, 4, 1), last=date(2026, 4, 30))
    assert (later.spend, later.supply_end, later.supply_average) == (0, 140_000, 140_000)


def test_rejections(story: Story) -> None:
    with pytest.raises(InvalidPeriod):
        story.economy.report(first=DAY_3, last=DAY_1)
    with pytest.raises(UnknownArea):
        story.economy.report(area="999999")
    with pytest.raises(UnknownArea):
        story.economy.report(area="9099")
    with pytest.raises(UnknownProgram):
        story.economy.report(program="no-such-program")


def test_whole_months_read_the_monthly_rows(story: Story) -> None:
    """March 2026 as a whole month is answered from the monthly rows: the same flows and
    rounds as days 1–3. Supply, day by day: 0 on 1 March, 1,700 on the 2nd and 3rd, then
    1,400 for 28 days: average 42,600 / 31 = 1,374.19 baht."""
    story.economy.report()
    with read_transaction(story.economy.engine) as connection:
        march = circulation_report(connection, first=date(2026, 3, 1), last=date(2026, 3, 31))
        [series] = circulation_series(connection, [(date(2026, 3, 1), date(2026, 3, 31))])
    days = story.economy.report()
    assert march.lm3 == days.lm3 == series.lm3
    assert (march.spend, march.redeemed, march.cells) == (days.spend, days.redeemed, days.cells)
    assert march.average_hops == pytest.approx(1.72)
    assert march.supply_average == series.supply_average == 137_419
    assert (march.active_members, series.active_members) == (3, 3)
