"""A network merchant pays an employee's wages in coin: the shop's wallet to the member's.

Wages are the merchants' local re-spend that reaches households directly (the R2 of the
local multiplier). The transfer is the record: purpose ``wage``, the shop and the member
in its metadata; the same idempotency key pays once.
"""

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.wallet.checkout import approved_merchant
from thungngoen.wallet.people import get_member
from thungngoen.wallet.topups import check_amount

MAX_WAGE = 10_000_000
"""100,000 baht: one wage payment above this is a mistake."""


def pay_wage(
    connection: Connection,
    *,
    merchant_id: int,
    member_id: int,
    amount: int,
    idempotency_key: str,
    actor: str,
) -> ledger.Transfer:
    check_amount(amount, MAX_WAGE)
    shop = approved_merchant(connection, merchant_id)
    member = get_member(connection, member_id)
    request = ledger.TransferRequest(
        shop.account_id,
        member.account_id,
        amount,
        "SKC",
        "wage",
        f"ค่าจ้าง {shop.business_name}",
        {"actor": actor, "merchant_id": merchant_id, "member_id": member_id},
        idempotency_key=f"wage:{merchant_id}:{idempotency_key}",
    )
    return ledger.post_transfer(connection, request)
