"""What the member pages share: a form's state (typed values, errors by field, its key), the
PIN-confirmed write, the member behind the page and the state of the payment PIN."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth import pins
from thungngoen.auth.users import User
from thungngoen.errors import DomainError
from thungngoen.wallet.pages.member.explained import available_coin, explained
from thungngoen.wallet.people import Member, member_for_user
from thungngoen.web.form_errors import FieldErrors, rejection, translated
from thungngoen.web.form_fields import amount_field
from thungngoen.web.form_values import AmountTexts
from thungngoen.web.idempotency import form_key_or_new, new_form_key
from thungngoen.web.page_ops import read, write_with_pin
from thungngoen.web.templating import render

FIELD_OF_CODE = {
    "wrong_pin": "pin",
    "invalid_pin": "pin",
    "pin_rate_limited": "pin",
    "invalid_amount": "amount",
    "insufficient_funds": "amount",
    "daily_limit": "amount",
    "monthly_limit": "amount",
    "allowance_too_low": "amount",
    "unknown_member": "to_phone",
    "voucher_code_invalid": "code",
    "voucher_unknown": "code",
    "voucher_expired": "code",
    "voucher_already_redeemed": "code",
    "voucher_batch_cancelled": "code",
}
"""The form field a rejection is about; any other shows at the top of the form."""

BAD_AMOUNT = "Type an amount of coin, like 120 or 45.50."
BAD_BAHT = "Type an amount in baht, like 120 or 45.50."
NOT_POSITIVE = "The amount must be more than zero."
MEMBER_AMOUNT = AmountTexts(BAD_AMOUNT, zero=NOT_POSITIVE, below_zero=NOT_POSITIVE)
BAHT_AMOUNT = AmountTexts(BAD_BAHT, zero=NOT_POSITIVE, below_zero=NOT_POSITIVE)
"""A member's field in real baht (a top-up); every other amount a member types is coin."""
TOO_MANY = "Too many attempts. Please wait a few minutes and try again."

T = TypeVar("T")


@dataclass
class FormState:
    """A form's typed values, its errors (already in the user's language) and its key."""

    values: dict[str, str]
    errors: FieldErrors = field(default_factory=dict)
    key: str = field(default_factory=new_form_key)
    short_balance: int | None = None
    """The coin the member has, when it is not enough: the page shows it and the top-up."""

    @classmethod
    def posted(cls, form: dict[str, str], names: tuple[str, ...]) -> "FormState":
        values = {name: form.get(name, "").strip() for name in names}
        return cls(values, key=form_key_or_new(form))

    def reject(self, request: Request, name: str, text: str) -> None:
        """An English catalogue text next to field ``name``."""
        self.errors.setdefault(name, translated(request, text))

    def refuse(
        self,
        request: Request,
        error: DomainError,
        amount_field: str = "amount",
        balance: int | None = None,
    ) -> None:
        """A rejection of the operation, next to the field it is about; ``balance``: the
        member's coin, told when there is not enough of it."""
        field_name = FIELD_OF_CODE.get(error.code, "form")
        if field_name == "amount":
            field_name = amount_field
        self.errors[field_name] = explained(request, error, balance) or rejection(request, error)
        if error.code == "insufficient_funds":
            self.short_balance = balance
        if error.code == "idempotency_conflict":  # an old form sent again, changed:
            self.key = new_form_key()  # a deliberate second submit is a new payment


def read_amount(
    request: Request, state: FormState, name: str = "amount", texts: AmountTexts = MEMBER_AMOUNT
) -> int:
    """The amount typed (coin, or baht with ``BAHT_AMOUNT``), in satang; 0 with an error on
    the form if it is not one."""
    return amount_field(request, state.values, name, state.errors, True, texts) or 0


async def member_of(request: Request, user: User) -> Member:
    return await read(request, lambda c: member_for_user(c, user.id))


async def pin_status(request: Request, user: User) -> pins.PinStatus:
    return await read(request, lambda c: pins.pin_status(c, user.id))


async def confirmed(
    request: Request,
    user: User,
    form: dict[str, str],
    state: FormState,
    work: Callable[[Connection], T],
    amount_field: str = "amount",
) -> T | None:
    """``work`` confirmed by the PIN posted with ``form``; ``None`` when it was refused (the
    refusal is then on ``state``, next to its field)."""
    try:
        return await write_with_pin(request, user, form.get("pin", ""), work)
    except DomainError as error:
        short = error.code == "insufficient_funds"
        balance = await read(request, lambda c: available_coin(c, user.id)) if short else None
        state.refuse(request, error, amount_field, balance)
        return None


def render_state(
    request: Request, template: str, state: FormState, context: dict[str, Any] | None = None
) -> Response:
    """A page with a form as ``state`` has it: 422 when the form carries errors."""
    full = {
        "values": state.values,
        "field_errors": state.errors,
        "idempotency_key": state.key,
        "short_balance": state.short_balance,
        **(context or {}),
    }
    return render(request, template, full, status_code=422 if state.errors else 200)


async def render_form(
    request: Request,
    user: User,
    template: str,
    state: FormState,
    context: dict[str, Any] | None = None,
) -> Response:
    """A page with a PIN-confirmed form, and the state of the member's PIN."""
    pin_state = await pin_status(request, user)
    return render_state(request, template, state, {"pin_state": pin_state, **(context or {})})


def refused(request: Request, error: DomainError, status: int = 422) -> Response:
    """The page saying a payment link or shop cannot be paid, and why (nothing was paid)."""
    context = {"reason": rejection(request, error)}
    return render(request, "wallet/member/refused.html", context, status_code=status)
