"""The send form read and checked before any coin moves: who gets it (a member, not the
sender), how much (the one amount reader) and whether the sender has that much."""

from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import Connection

from thungngoen.auth.users import User, find_by_phone
from thungngoen.errors import DomainError
from thungngoen.ledger.errors import InsufficientFunds
from thungngoen.money import amount_in_words
from thungngoen.wallet import errors
from thungngoen.wallet.pages.member.common import FormState, read_amount
from thungngoen.wallet.pages.member.explained import available_coin
from thungngoen.web.form_fields import baht_input
from thungngoen.web.form_values import typed_phone
from thungngoen.web.page_ops import read

FIELDS = ("to_phone", "amount", "memo")
MAX_MEMO = 200
FEE = 0
"""Sending coin to a member costs nothing today; the confirmation says so."""
OWN_NUMBER = "This is your own number: send to someone else."


@dataclass(frozen=True, slots=True)
class Draft:
    """A transfer checked and waiting for the PIN."""

    to_phone: str
    name: str
    amount: int
    memo: str
    fee: int = FEE

    @property
    def masked_phone(self) -> str:
        """``0812345678`` → ``081-xxx-5678``: enough to recognise, not to copy."""
        return f"{self.to_phone[:3]}-xxx-{self.to_phone[-4:]}"

    @property
    def amount_in_words(self) -> str:
        """``12550`` → ``หนึ่งร้อยยี่สิบห้าเหรียญห้าสิบสตางค์``."""
        return amount_in_words(self.amount, "SKC")

    @property
    def fields(self) -> dict[str, str]:
        """The draft as the confirmation posts it back (the phone only in a POSTed form)."""
        return {"to_phone": self.to_phone, "amount": baht_input(self.amount), "memo": self.memo}


def _recipient(connection: Connection, phone: str, sender: User) -> tuple[str, int]:
    """The name of the member with ``phone``, and the coin the sender may spend."""
    found = find_by_phone(connection, phone)
    if found is None or found.role != "member":
        raise errors.UnknownMember("no member with this phone number")
    return found.name, available_coin(connection, sender.id)


async def read_draft(
    request: Request, user: User, state: FormState, check_balance: bool = True
) -> Draft | None:
    """The draft the posted ``state`` describes; ``None`` with its mistakes on ``state``.
    ``check_balance``: refuse an amount beyond the coin the sender has (the first step; on
    the confirmation the ledger decides, so that a double submit finds its first transfer)."""
    phone = ""
    try:
        phone = typed_phone(state.values["to_phone"])
    except ValueError as problem:
        state.reject(request, "to_phone", str(problem))
    if phone and phone == user.phone:
        state.reject(request, "to_phone", OWN_NUMBER)
    amount = read_amount(request, state)
    if len(state.values["memo"]) > MAX_MEMO:
        state.reject(request, "memo", "A note has at most 200 characters.")
    if "to_phone" in state.errors:
        return None
    try:
        name, balance = await read(request, lambda c: _recipient(c, phone, user))
    except DomainError as error:
        state.refuse(request, error)
        return None
    if check_balance and amount and amount + FEE > balance:
        state.refuse(request, InsufficientFunds("not enough coin"), balance=balance)
    if state.errors:
        return None
    return Draft(phone, name, amount, state.values["memo"])
