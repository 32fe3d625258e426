"""What the savings pages share: the area's access rules as page answers (a refusal is
the 403 page, an unknown group, member, loan, meeting or receipt the 404 page), what the
user may do in a group, and amounts and days typed into a form."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from fastapi import HTTPException, Request
from sqlalchemy import Connection

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.savings import access
from thungngoen.savings.errors import (
    UnknownGroup,
    UnknownLoan,
    UnknownMeeting,
    UnknownPlannedMeeting,
    UnknownReceipt,
    UnknownSavingsMember,
)
from thungngoen.savings.loans import APPROVING_OFFICES
from thungngoen.savings.people import seats_of_user
from thungngoen.web.form_errors import FieldErrors, translated
from thungngoen.web.form_fields import amount_field
from thungngoen.web.form_values import AmountTexts, typed_day
from thungngoen.web.page_ops import read, write

T = TypeVar("T")

NOT_FOUND = (
    UnknownGroup,
    UnknownSavingsMember,
    UnknownLoan,
    UnknownMeeting,
    UnknownPlannedMeeting,
    UnknownReceipt,
)
BAD_AMOUNT = "Type an amount in baht, like 50 or 12.50."
BELOW_ZERO = "An amount cannot be below zero."
NOT_POSITIVE = "The amount must be more than zero."
OPTIONAL_AMOUNT = AmountTexts(BAD_AMOUNT, zero=None, below_zero=BELOW_ZERO)
REQUIRED_AMOUNT = AmountTexts(BAD_AMOUNT, zero=NOT_POSITIVE, below_zero=BELOW_ZERO)
BAD_DAY = "Pick a date."
BAD_NUMBER = "Type a whole number."


async def checked_read(request: Request, work: Callable[[Connection], T]) -> T:
    """``work`` in a read transaction; the access rules' refusal is the 403 page and an
    unknown record the 404 page."""
    try:
        return await read(request, work)
    except Forbidden:
        raise HTTPException(status_code=403) from None
    except NOT_FOUND:
        raise HTTPException(status_code=404) from None


async def checked_write(request: Request, work: Callable[[Connection], T]) -> T:
    """``work`` in a write transaction; the access rules' refusal is the 403 page (any
    other rejection is the caller's to show next to its field)."""
    try:
        return await write(request, work)
    except Forbidden:
        raise HTTPException(status_code=403) from None


@dataclass(frozen=True, slots=True)
class Powers:
    """What the user may do in one group: the offices they hold there and their role."""

    offices: frozenset[str]
    role: str

    @property
    def may_record(self) -> bool:
        return bool(self.offices & set(access.RECORDING_OFFICES))

    @property
    def may_set_up(self) -> bool:
        return self.role == "operator" or bool(self.offices & set(access.SETUP_OFFICES))

    @property
    def may_apply(self) -> bool:
        return bool(self.offices & set(access.SETUP_OFFICES))

    @property
    def may_decide(self) -> bool:
        return bool(self.offices & set(APPROVING_OFFICES))


def powers_in(connection: Connection, group_id: int, user: User) -> Powers:
    offices = frozenset(seat.office for seat in seats_of_user(connection, group_id, user.id))
    return Powers(offices, user.role)


def actor(user: User) -> str:
    return f"user:{user.id}"


def typed_amount(
    request: Request, values: dict[str, str], name: str, errors: FieldErrors, where: str = ""
) -> int:
    """A zero-or-more amount typed in baht (blank is 0); a mistake is noted in ``errors``
    under ``where`` (the field itself by default)."""
    return amount_field(request, values, name, errors, False, OPTIONAL_AMOUNT, where) or 0


def required_amount(
    request: Request, values: dict[str, str], name: str, errors: FieldErrors
) -> int:
    """A positive amount typed in baht; 0 with a note in ``errors`` otherwise."""
    return amount_field(request, values, name, errors, True, REQUIRED_AMOUNT) or 0


def required_day(
    request: Request, values: dict[str, str], name: str, errors: FieldErrors
) -> date | None:
    day = typed_day(values.get(name, "").strip())
    if day is None:
        errors[name] = translated(request, BAD_DAY)
    return day


def whole_number(request: Request, values: dict[str, str], name: str, errors: FieldErrors) -> int:
    text = values.get(name, "").strip()
    if not text.isdigit():
        errors[name] = translated(request, BAD_NUMBER)
        return 0
    return int(text)
