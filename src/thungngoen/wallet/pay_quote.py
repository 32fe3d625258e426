"""What a payment will cost the member, shown before the PIN: the price, the promotion
that applies (the one checkout will apply: ``promotions.best_discount``) and the coin
that will leave the wallet."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from thungngoen.wallet.promotions import Discount, best_discount


@dataclass(frozen=True, slots=True)
class Quote:
    price: int
    discount: Discount | None

    @property
    def pay(self) -> int:
        """What the payment takes from the wallet: less a percent discount; a cashback
        is the full price, with the cashback paid back in the same batch."""
        if self.discount is not None and self.discount.kind == "percent":
            return self.price - self.discount.amount
        return self.price

    @property
    def net(self) -> int:
        """What the payment costs the member in the end (cashback counted)."""
        return self.price - (self.discount.amount if self.discount else 0)


def quote(connection: Connection, merchant_id: int, amount: int, now: datetime) -> Quote:
    return Quote(amount, best_discount(connection, merchant_id, amount, now))
