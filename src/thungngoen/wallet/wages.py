"""A network merchant pays an employee's wages in coin: the shop's wallet to the member's.

Wages are the merchants' local re-spend that reaches households directly (the R2 of the
local multiplier). The transfer is the record: purpose ``wage``, the shop and the member
in its metadata; the same idempotency key pays once.
"""

from dataclasses import dataclass

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth.users import find_by_phone
from thungngoen.wallet import errors
from thungngoen.wallet.checkout import approved_merchant
from thungngoen.wallet.people import get_member, member_for_user
from thungngoen.wallet.topups import check_amount

MAX_WAGE = 10_000_000
"""100,000 baht: one wage payment above this is a mistake."""


@dataclass(frozen=True, slots=True)
class WagePayee:
    """The member a wage goes to, found by phone: shown (name, masked phone) before paying."""

    member_id: int
    name: str
    phone: str

    @property
    def masked_phone(self) -> str:
        """``0812345678`` → ``081-xxx-5678``: enough to recognise, not to copy."""
        return f"{self.phone[:3]}-xxx-{self.phone[-4:]}"


def wage_payee(connection: Connection, phone: str) -> WagePayee:
    """The member with ``phone``; ``UnknownMember`` if no member has it."""
    user = find_by_phone(connection, phone)
    if user is None or user.role != "member":
        raise errors.UnknownMember("no member with this phone number")
    return WagePayee(member_for_user(connection, user.id).id, user.name, user.phone)


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
