"""How each kind of network merchant behaves in the simulated pilot economy.

One row per wallet category the simulator uses (docs/decisions/0010-simulator.md gives
the reasoning behind each figure). Amounts are in whole baht; hours are Thai time.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    """The wallet's merchant category (``people.MERCHANT_CATEGORIES``)."""
    shop_prefix: str
    merchant_share: float
    """Share of the network's merchants."""
    tier: str
    """Redemption tier (``redemption.tiers``): who may redeem, after how much re-spend."""
    area: str
    """Where such shops are (``areas.AREA_PROFILES``)."""
    purchase_share: float
    """Share of members' purchases made in this category."""
    price: tuple[int, int, int]
    """Low, most usual and high price of one purchase."""
    hours: tuple[tuple[int, int], ...]
    """(hour, weight) of the members' purchases: when the shop is busy."""
    suppliers: tuple[str, ...]
    """Categories it buys its stock from, in coin."""
    restock_every: int
    """Days between two payments to a supplier."""
    restock_share: float
    """Share of the coin in the wallet paid to the supplier."""
    staff: tuple[int, int]
    """Fewest and most employees (members paid wages in coin)."""
    daily_wage: int
    redeem_every: int | None
    """Days between two redemptions (``None``: the tier may not redeem)."""
    redeem_share: float
    """Share of what is redeemable that the shop turns into baht."""

    @property
    def mean_price(self) -> float:
        return sum(self.price) / 3


def _day(first: int, last: int, weight: int = 1) -> tuple[tuple[int, int], ...]:
    return tuple((hour, weight) for hour in range(first, last + 1))


CATEGORIES = (
    Category(
        "food",
        "ร้านอาหาร",
        merchant_share=0.30,
        tier="circulate_only",
        area="home",
        purchase_share=0.55,
        price=(20, 40, 100),
        hours=(*_day(6, 8, 3), *_day(9, 10), *_day(11, 12, 4), *_day(13, 16), *_day(17, 19, 3)),
        suppliers=("market", "producer", "wholesale"),
        restock_every=1,
        restock_share=0.45,
        staff=(1, 2),
        daily_wage=300,
        redeem_every=None,
        redeem_share=0.0,
    ),
    Category(
        "grocery",
        "ร้านของชำ",
        merchant_share=0.20,
        tier="large",
        area="home",
        purchase_share=0.20,
        price=(20, 60, 300),
        hours=(*_day(7, 9, 2), *_day(10, 16), *_day(17, 20, 2)),
        suppliers=("wholesale", "producer"),
        restock_every=3,
        restock_share=0.60,
        staff=(0, 2),
        daily_wage=330,
        redeem_every=7,
        redeem_share=0.8,
    ),
    Category(
        "market",
        "แผงตลาด",
        merchant_share=0.12,
        tier="large",
        area="home",
        purchase_share=0.12,
        price=(15, 50, 250),
        hours=(*_day(5, 8, 3), *_day(9, 15), *_day(16, 19, 2)),
        suppliers=("producer", "wholesale"),
        restock_every=1,
        restock_share=0.55,
        staff=(0, 1),
        daily_wage=300,
        redeem_every=7,
        redeem_share=0.7,
    ),
    Category(
        "service",
        "ร้านบริการ",
        merchant_share=0.18,
        tier="standard",
        area="home",
        purchase_share=0.08,
        price=(40, 120, 600),
        hours=_day(8, 19),
        suppliers=("grocery", "wholesale"),
        restock_every=7,
        restock_share=0.15,
        staff=(1, 2),
        daily_wage=350,
        redeem_every=7,
        redeem_share=0.6,
    ),
    Category(
        "producer",
        "วิสาหกิจชุมชน",
        merchant_share=0.12,
        tier="standard",
        area="rural",
        purchase_share=0.04,
        price=(30, 80, 300),
        hours=(*_day(6, 9, 2), *_day(10, 17)),
        suppliers=("wholesale",),
        restock_every=7,
        restock_share=0.20,
        staff=(1, 3),
        daily_wage=300,
        redeem_every=7,
        redeem_share=0.7,
    ),
    Category(
        "wholesale",
        "ร้านค้าส่ง",
        merchant_share=0.08,
        tier="standard",
        area="city",
        purchase_share=0.01,
        price=(100, 400, 1500),
        hours=_day(6, 17),
        suppliers=("producer",),
        restock_every=3,
        restock_share=0.30,
        staff=(2, 4),
        daily_wage=370,
        redeem_every=7,
        redeem_share=0.8,
    ),
)
BY_CODE = {category.code: category for category in CATEGORIES}
MEAN_PURCHASE = sum(c.purchase_share * c.mean_price for c in CATEGORIES) / sum(
    c.purchase_share for c in CATEGORIES
)
"""Baht of an average purchase, for the members' top-up habits."""
