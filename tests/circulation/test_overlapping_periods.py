"""Periods read together may overlap (the dashboard reads the months of the pilot and the
whole pilot at once); each is measured as if alone. Counted by hand from the worked
example (``conftest.py``): active on day 1 (2 March) Somsri, Anan and Wichai, the shops R
and G; on day 2 Anan, and R, W, G; on day 3 Somsri and Wichai (the gift; a redemption
is no activity)."""

from datetime import date

from tests.circulation.conftest import Story
from tests.circulation.economy import BAHT
from thungngoen.circulation.measures import circulation_report, circulation_series
from thungngoen.db import read_transaction

DAY_1, DAY_2, DAY_3 = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)
MARCH = (date(2026, 3, 1), date(2026, 3, 31))

PERIODS = [
    (DAY_2, DAY_3),  # everyone first active before it
    (DAY_3, MARCH[1]),
    (DAY_1, DAY_1),  # W, first active on day 2, not in it
    MARCH,  # a calendar month: the monthly counts
    (MARCH[0], date(2026, 4, 30)),
]
ACTIVE = [(3, 3), (2, 0), (3, 2), (3, 3), (3, 3)]
"""(members, merchants) of each period."""
SPEND = [800, 100, 700, 1_500, 1_500]
"""Day 1: purchases 400 + 100 + 200; day 2: supplier 300 + 150, wage 100, purchase 150;
day 3: the gift of 100."""


def test_overlapping_periods_are_each_measured_alone(story: Story) -> None:
    story.economy.report()  # brings the rollups up to date
    with read_transaction(story.economy.engine) as connection:
        series = circulation_series(connection, PERIODS)
        alone = [circulation_report(connection, first=a, last=b) for a, b in PERIODS]
    assert [(r.first_day, r.last_day) for r in series] == PERIODS
    assert [(r.active_members, r.active_merchants) for r in series] == ACTIVE
    assert [(r.active_members, r.active_merchants) for r in alone] == ACTIVE
    assert [r.spend for r in series] == [baht * BAHT for baht in SPEND]
    for together, single in zip(series, alone, strict=True):
        assert together.lm3 == single.lm3
        assert (together.supply_end, together.supply_average) == (
            single.supply_end,
            single.supply_average,
        )
        assert (together.issued, together.burned, together.redeemed) == (
            single.issued,
            single.burned,
            single.redeemed,
        )
        assert together.cells == ()  # a series has no flows between places


def test_a_sub_district_counts_only_its_own_wallets(story: Story) -> None:
    """Khao Rup Chang (900102): Wichai only, active on days 1 and 3."""
    story.economy.report()
    with read_transaction(story.economy.engine) as connection:
        series = circulation_series(connection, PERIODS, area="900102")
    assert [r.active_members for r in series] == [1, 1, 1, 1, 1]
    assert [r.active_merchants for r in series] == [0, 0, 0, 0, 0]
