"""Refusals of a payment said with what the member can do about them: how many PIN tries
are left before payments lock, and how much coin there is when it is not enough."""

from fastapi import Request
from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth.errors import WrongPin
from thungngoen.errors import DomainError
from thungngoen.wallet.people import member_for_user
from thungngoen.web.filters import coin
from thungngoen.web.form_errors import translated
from thungngoen.web.i18n import language_of

TRIES_LEFT = "Wrong PIN: {tries} tries left before payments lock."
LAST_TRY = "Wrong PIN: one try left. One more wrong PIN locks payments."
NOT_ENOUGH = "Not enough coin: you have {balance}."


def available_coin(connection: Connection, user_id: int) -> int:
    """The coin the member may spend now (the balance less any hold)."""
    member = member_for_user(connection, user_id)
    return ledger.get_account(connection, member.account_id).available


def explained(request: Request, error: DomainError, balance: int | None) -> str | None:
    """The refusal with what helps the member, in their language; ``None``: nothing to add."""
    if isinstance(error, WrongPin) and error.tries_left is not None:
        if error.tries_left == 1:
            return translated(request, LAST_TRY)
        return translated(request, TRIES_LEFT).format(tries=error.tries_left)
    if error.code == "insufficient_funds" and balance is not None:
        return not_enough(request, balance)
    return None


def not_enough(request: Request, balance: int) -> str:
    said = coin(balance, language_of(request))
    return translated(request, NOT_ENOUGH).format(balance=said)
