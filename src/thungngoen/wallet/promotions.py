"""Coin discounts ("if there is a discount, discount in coin"): merchants' promotions.

A *percent* promotion lowers the coin price: the member pays the price less the
discount. A *cashback* promotion has the member pay the full price and the merchant pay
the cashback back in coin, in the same linked batch. Either way the discount stays coin
and keeps circulating. Only one promotion applies to a payment: the most generous.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, insert, select, update

from thungngoen import audit
from thungngoen.clock import utc_now
from thungngoen.db.prepared import Prepared
from thungngoen.db.types import UtcDateTime
from thungngoen.wallet import errors
from thungngoen.wallet.tables import promotions

_RUNNING = Prepared(
    select(promotions.c.id, promotions.c.kind, promotions.c.basis_points, promotions.c.cap).where(
        promotions.c.merchant_id == bindparam("merchant_id"),
        promotions.c.active == 1,
        promotions.c.starts_at <= bindparam("now", type_=UtcDateTime()),
        promotions.c.ends_at > bindparam("now", type_=UtcDateTime()),
        promotions.c.min_spend <= bindparam("amount"),
    )
)
"""Asked on every payment: a prepared statement (see thungngoen.db.prepared)."""


@dataclass(frozen=True, slots=True)
class Discount:
    promotion_id: int
    kind: str
    amount: int
    basis_points: int = 0
    """The promotion's rate, which names it to the member (``10%`` off, ``5%`` back)."""


def create_promotion(
    connection: Connection,
    *,
    merchant_id: int,
    kind: str,
    percent: float,
    cap: int | None,
    min_spend: int,
    starts_at: datetime,
    ends_at: datetime,
    actor: str,
) -> int:
    basis_points = round(percent * 100)
    if kind not in ("percent", "cashback") or not 0 < basis_points <= 10_000:
        raise errors.WalletError("a promotion is percent or cashback, between 0.01% and 100%")
    if ends_at <= starts_at or (cap is not None and cap <= 0) or min_spend < 0:
        raise errors.WalletError("a promotion needs an end after its start and a positive cap")
    values = {
        "merchant_id": merchant_id,
        "kind": kind,
        "basis_points": basis_points,
        "cap": cap,
        "min_spend": min_spend,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "active": 1,
        "created_at": utc_now(),
    }
    promotion_id: int = connection.execute(
        insert(promotions).returning(promotions.c.id), values
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="promotion.create",
        subject_type="promotion",
        subject_id=promotion_id,
        after={**values, "created_at": None},
    )
    return promotion_id


def best_discount(
    connection: Connection, merchant_id: int, amount: int, now: datetime
) -> Discount | None:
    rows = _RUNNING.run(connection, {"merchant_id": merchant_id, "now": now, "amount": amount})
    offers = [
        Discount(promotion_id, kind, _discount(amount, basis_points, cap), basis_points)
        for promotion_id, kind, basis_points, cap in rows
    ]
    offers = [offer for offer in offers if offer.amount > 0]
    return max(offers, key=lambda offer: (offer.amount, -offer.promotion_id), default=None)


def _discount(amount: int, basis_points: int, cap: int | None) -> int:
    value = amount * basis_points // 10_000
    return value if cap is None else min(value, cap)


@dataclass(frozen=True, slots=True)
class Promotion:
    id: int
    kind: str
    basis_points: int
    cap: int | None
    min_spend: int
    starts_at: datetime
    ends_at: datetime
    active: bool

    def state(self, now: datetime) -> str:
        """``running``, ``scheduled`` (starts later) or ``ended`` (ended early, or over)."""
        if not self.active or now >= self.ends_at:
            return "ended"
        return "scheduled" if now < self.starts_at else "running"


def merchant_promotions(connection: Connection, merchant_id: int) -> list[Promotion]:
    """The shop's promotions, newest first."""
    rows = connection.execute(
        select(promotions)
        .where(promotions.c.merchant_id == merchant_id)
        .order_by(promotions.c.id.desc())
    )
    return [
        Promotion(
            row.id,
            row.kind,
            row.basis_points,
            row.cap,
            row.min_spend,
            row.starts_at,
            row.ends_at,
            bool(row.active),
        )
        for row in rows
    ]


def end_promotion(
    connection: Connection, *, merchant_id: int, promotion_id: int, actor: str
) -> None:
    """Stop a promotion now; ending it again changes nothing."""
    row = connection.execute(
        select(promotions.c.active).where(
            promotions.c.id == promotion_id, promotions.c.merchant_id == merchant_id
        )
    ).first()
    if row is None:
        raise errors.WalletError("no such promotion at this shop")
    if not row.active:
        return
    connection.execute(update(promotions).where(promotions.c.id == promotion_id).values(active=0))
    audit.record(
        connection,
        actor=actor,
        action="promotion.end",
        subject_type="promotion",
        subject_id=promotion_id,
        before={"active": 1},
        after={"active": 0},
    )
