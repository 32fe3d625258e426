"""What a member's payment to a merchant is, and the shop it may go to: shared by the
checkout and by the programs' allowance spending (which the checkout's rules call), so
that neither imports the other."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row

from thungngoen.wallet import errors
from thungngoen.wallet.people import Shop, find_shop

MAX_PAYMENT = 2_000_000


@dataclass(frozen=True, slots=True)
class Payment:
    id: int
    transfer_id: int
    member_id: int
    merchant_id: int
    amount: int
    discount: int
    charged: int
    """What left the member's wallet, net of any percent discount or cashback."""
    channel: str


def payment_from_row(row: Row[Any]) -> Payment:
    return Payment(
        row.id,
        row.transfer_id,
        row.member_id,
        row.merchant_id,
        row.amount,
        row.discount,
        row.amount - row.discount,
        row.channel,
    )


def approved_merchant(connection: Connection, merchant_id: int) -> Shop:
    shop = find_shop(connection, merchant_id)
    if shop is None:
        raise errors.UnknownMerchant(f"merchant {merchant_id} does not exist")
    if shop.status != "approved":
        raise errors.MerchantNotApproved("this shop is not (yet) approved to take coin")
    return shop
