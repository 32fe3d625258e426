"""The promotion a past payment had, for its receipt and its history line: the payment
row keeps the discount and (in its details) the promotion that gave it."""

import json
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Connection, select

from thungngoen.wallet.tables import payments, promotions


@dataclass(frozen=True, slots=True)
class PaidDiscount:
    amount: int
    kind: str
    """``percent`` (the price was lowered) or ``cashback`` (paid back in coin)."""
    basis_points: int


def discounts_by_transfer(
    connection: Connection, transfer_ids: Collection[int]
) -> dict[int, PaidDiscount]:
    """The discounted payments among ``transfer_ids`` (their payment leg), by transfer."""
    if not transfer_ids:
        return {}
    rows = connection.execute(
        select(payments.c.transfer_id, payments.c.discount, payments.c.details).where(
            payments.c.transfer_id.in_(list(transfer_ids)), payments.c.discount > 0
        )
    ).all()
    promotion_of = {row.transfer_id: _promotion_id(row.details) for row in rows}
    wanted = {found for found in promotion_of.values() if found is not None}
    terms = {
        row.id: (row.kind, row.basis_points)
        for row in connection.execute(
            select(promotions.c.id, promotions.c.kind, promotions.c.basis_points).where(
                promotions.c.id.in_(sorted(wanted))
            )
        )
    }
    found: dict[int, PaidDiscount] = {}
    for row in rows:
        kind, basis_points = terms.get(promotion_of[row.transfer_id] or 0, ("percent", 0))
        found[row.transfer_id] = PaidDiscount(row.discount, kind, basis_points)
    return found


def _promotion_id(details: object) -> int | None:
    if isinstance(details, str):
        details = json.loads(details)
    if not isinstance(details, dict):
        return None
    value = details.get("promotion_id")
    return value if isinstance(value, int) else None
