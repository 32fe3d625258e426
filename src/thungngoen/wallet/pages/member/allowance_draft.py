"""The allowance payment form read and checked before any coin moves: which event shop
(picked from the list or typed by its number), how much, and every rule of the payment
(``programs.check_allowance_payment``: a participant, a shop of the event, an open event,
enough allowance left), so that the confirmation shows only a payment that can be made."""

from dataclasses import dataclass
from datetime import datetime

from fastapi import Request
from sqlalchemy import Connection, select

from thungngoen import ledger
from thungngoen.clock import utc_now
from thungngoen.errors import DomainError
from thungngoen.thai import ascii_digits
from thungngoen.wallet import programs
from thungngoen.wallet.pages.member.common import FormState, read_amount
from thungngoen.wallet.people import member_for_user
from thungngoen.wallet.tables import merchants, payments
from thungngoen.web.form_errors import rejection
from thungngoen.web.form_fields import baht_input
from thungngoen.web.page_ops import read

FIELDS = ("shop", "shop_number", "amount")
PICK_A_SHOP = "Choose the shop, or type its number."
FIELD_OF_CODE = {
    "not_event_merchant": "shop",
    "unknown_merchant": "shop",
    "merchant_not_approved": "shop",
    "outside_area": "shop",
    "excluded_category": "shop",
    "invalid_amount": "amount",
    "allowance_too_low": "amount",
    "daily_limit": "amount",
    "monthly_limit": "amount",
    "wrong_pin": "pin",
    "invalid_pin": "pin",
    "pin_rate_limited": "pin",
}
"""The field a refusal is about; any other (not a participant, the event not open) shows
over the form."""


@dataclass(frozen=True, slots=True)
class AllowanceDraft:
    """A payment from an allowance, checked and waiting for the PIN."""

    shop_id: int
    shop_name: str
    event: str
    amount: int
    left: int

    @property
    def left_after(self) -> int:
        return self.left - self.amount

    @property
    def fields(self) -> dict[str, str]:
        return {"shop": str(self.shop_id), "shop_number": "", "amount": baht_input(self.amount)}


def refuse(request: Request, state: FormState, error: DomainError) -> None:
    state.errors[FIELD_OF_CODE.get(error.code, "form")] = rejection(request, error)


def _shop_number(request: Request, state: FormState) -> int:
    typed = ascii_digits(state.values["shop_number"] or state.values["shop"]).strip()
    if not typed.isdigit() or len(typed) > 12:
        state.reject(request, "shop", PICK_A_SHOP)
        return 0
    return int(typed)


def _check(connection: Connection, user_id: int, shop: int, amount: int) -> AllowanceDraft:
    member = member_for_user(connection, user_id)
    charge = programs.check_allowance_payment(connection, member, shop, amount, utc_now())
    name, event = charge.shop.business_name, charge.program.name
    return AllowanceDraft(charge.shop.id, name, event, amount, charge.left)


async def read_draft(request: Request, user_id: int, state: FormState) -> AllowanceDraft | None:
    """The draft the posted ``state`` describes; ``None`` with its mistakes on ``state``."""
    shop = _shop_number(request, state)
    amount = read_amount(request, state)
    if state.errors:
        return None
    try:
        return await read(request, lambda c: _check(c, user_id, shop, amount))
    except DomainError as error:
        refuse(request, state, error)
        return None


@dataclass(frozen=True, slots=True)
class AllowanceReceipt:
    transfer_id: int
    amount: int
    shop_name: str
    event: str
    left_after: int
    created_at: datetime


def allowance_receipt(
    connection: Connection, user_id: int, transfer_id: int
) -> AllowanceReceipt | None:
    """The member's own payment from an allowance; ``None`` for anything else."""
    member = member_for_user(connection, user_id)
    row = connection.execute(
        select(payments).where(
            payments.c.transfer_id == transfer_id,
            payments.c.member_id == member.id,
            payments.c.channel == programs.EVENT_CHANNEL,
        )
    ).first()
    if row is None or row.program_id is None:
        return None
    transfer = ledger.get_transfer(connection, transfer_id)
    event = programs.get_program(connection, row.program_id)
    named = select(merchants.c.business_name).where(merchants.c.id == row.merchant_id)
    shop = connection.execute(named).scalar_one()
    return AllowanceReceipt(
        transfer_id,
        row.amount,
        shop,
        event.name,
        transfer.debit_balance_after,
        transfer.created_at,
    )
