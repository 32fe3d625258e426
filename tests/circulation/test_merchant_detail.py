"""``merchant_circulation``: one shop's totals and its series by day, or by month over
more than 62 days, from the worked example (``conftest``; amounts in satang)."""

from datetime import date

import pytest
from sqlalchemy import Engine

from tests.circulation.conftest import Story
from tests.circulation.economy import BAHT, BO_YANG, Economy, at
from thungngoen.circulation.errors import InvalidPeriod, UnknownMerchant
from thungngoen.circulation.measures import merchant_table
from thungngoen.circulation.merchant_detail import (
    Amounts,
    MerchantCirculationDetail,
    merchant_circulation,
)
from thungngoen.db import read_transaction


def _detail(
    economy: Economy, merchant_id: int, first: date | None = None, last: date | None = None
) -> MerchantCirculationDetail:
    economy.refresh()
    with read_transaction(economy.engine) as connection:
        return merchant_circulation(connection, merchant_id, first, last)


def test_the_grocery_day_by_day(story: Story) -> None:
    """The grocery G: Wichai buys for 200 on day 1 (2 March); on day 2 the wholesaler
    pays it 150 and Anan buys for 150; on day 3 it redeems 300. Received 200 + 150 +
    150 = 500, nothing re-spent (share 0), 300 redeemed. The rollups hold days 1-3."""
    detail = _detail(story.economy, story.grocery)
    assert (detail.shop.business_name, detail.shop.tambon) == ("ร้านชำ", BO_YANG)
    assert (detail.first_day, detail.last_day, detail.grain) == (
        date(2026, 3, 2),
        date(2026, 3, 4),
        "day",
    )
    assert detail.totals == Amounts(350 * BAHT, 150 * BAHT, 0, 300 * BAHT)
    assert detail.totals.received == 500 * BAHT
    assert detail.totals.respend_share == 0
    assert [(row.first_day.day, row.last_day.day, row.amounts) for row in detail.series] == [
        (2, 2, Amounts(purchases=200 * BAHT)),
        (3, 3, Amounts(purchases=150 * BAHT, from_merchants=150 * BAHT)),
        (4, 4, Amounts(redeemed=300 * BAHT)),
    ]
    assert detail.as_of_transfer > 0


def test_re_spend_counts_suppliers_and_wages(story: Story) -> None:
    """The rice shop R took 400 + 100 and paid the wholesaler 300 and Anan a wage of
    100: re-spent 400 of 500, a share of 0.8. The wholesaler W got 300 from R and paid
    G 150: 0.5, all of it coin from a shop."""
    rice = _detail(story.economy, story.rice)
    assert rice.totals == Amounts(500 * BAHT, 0, 400 * BAHT, 0)
    assert rice.totals.respend_share == pytest.approx(0.8)
    wholesaler = _detail(story.economy, story.wholesaler)
    assert wholesaler.totals == Amounts(0, 300 * BAHT, 150 * BAHT, 0)
    assert wholesaler.totals.respend_share == pytest.approx(0.5)
    with read_transaction(story.economy.engine) as connection:
        [listed] = [m for m in merchant_table(connection) if m.merchant_id == story.rice]
    assert (listed.purchases, listed.respent) == (rice.totals.purchases, rice.totals.respent)


def test_a_period_of_more_than_62_days_is_given_by_month(story: Story) -> None:
    """15 February - 20 April is 14 + 31 + 20 = 65 days: three rows, the first and last
    cut to the period; all of the grocery's figures fall in March."""
    detail = _detail(story.economy, story.grocery, date(2026, 2, 15), date(2026, 4, 20))
    assert detail.grain == "month"
    assert [(row.first_day, row.last_day) for row in detail.series] == [
        (date(2026, 2, 15), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 31)),
        (date(2026, 4, 1), date(2026, 4, 20)),
    ]
    assert [row.amounts.received for row in detail.series] == [0, 500 * BAHT, 0]
    assert detail.totals.redeemed == 300 * BAHT


def test_62_days_are_still_given_day_by_day(story: Story) -> None:
    """1 March - 1 May is 31 + 30 + 1 = 62 days: a row for each, idle days at zero."""
    detail = _detail(story.economy, story.grocery, date(2026, 3, 1), date(2026, 5, 1))
    assert detail.grain == "day"
    assert len(detail.series) == 62
    assert detail.series[0].amounts == Amounts()
    assert sum(1 for row in detail.series if row.amounts != Amounts()) == 3


def test_refunds_come_off_the_day_they_are_made(engine: Engine) -> None:
    """A member pays 100 on 2 March, the shop refunds 30 on 3 March: 100 on day 1,
    -30 on day 2, 70 in all."""
    economy = Economy(engine)
    shop = economy.shop("ร้านทดลอง", BO_YANG)
    member = economy.member("สมชาย", BO_YANG)
    economy.top_up(member, 200, at(2, 9))
    payment = economy.buy(member, shop, 100, at(2, 10))
    economy.refund(shop, payment, 30, at(3, 10))
    detail = _detail(economy, shop)
    assert [row.amounts.purchases for row in detail.series] == [100 * BAHT, -30 * BAHT]
    assert detail.totals.purchases == 70 * BAHT


def test_a_shop_that_took_no_coin_has_zeros(story: Story) -> None:
    idle = story.economy.shop("ร้านเงียบ", BO_YANG)
    detail = _detail(story.economy, idle)
    assert detail.totals == Amounts()
    assert detail.totals.respend_share is None
    assert len(detail.series) == 3


@pytest.mark.parametrize("merchant_id", [None, 0, -1, 2**70])
def test_an_unknown_merchant_is_refused(story: Story, merchant_id: int | None) -> None:
    """``None``: an id no shop has; the others are no ids at all."""
    with pytest.raises(UnknownMerchant):
        _detail(story.economy, story.wholesaler + 100 if merchant_id is None else merchant_id)


def test_a_period_that_ends_before_it_starts_is_refused(story: Story) -> None:
    with pytest.raises(InvalidPeriod):
        _detail(story.economy, story.rice, date(2026, 3, 4), date(2026, 3, 2))
