"""What the agent's pages read: the logged-in agent, and the member a phone number finds."""

import secrets
from dataclasses import dataclass

from fastapi import HTTPException
from sqlalchemy import Connection, select

from thungngoen import ledger
from thungngoen.auth.users import find_by_phone
from thungngoen.money import parse_baht
from thungngoen.wallet import errors
from thungngoen.wallet.people import member_for_user
from thungngoen.wallet.tables import agents

MAX_FORM_KEY = 80
"""The ledger takes keys of up to 100 characters; the operation adds its own prefix."""


@dataclass(frozen=True, slots=True)
class Agent:
    id: int
    name: str
    float_account_id: int


@dataclass(frozen=True, slots=True)
class MemberCard:
    """What the agent sees of a member: enough to recognise them, not their balance."""

    phone: str
    """Normalised; only ever sent back in a POSTed hidden field."""
    masked_phone: str
    name: str
    community: str
    wallet_status: str

    @property
    def may_top_up(self) -> bool:
        return self.wallet_status == "active"


def agent_of_user(connection: Connection, user_id: int) -> Agent:
    query = select(agents.c.id, agents.c.name, agents.c.float_account_id).where(
        agents.c.user_id == user_id
    )
    row = connection.execute(query).first()
    if row is None:
        raise errors.UnknownAgent("this login is not an agent's")
    return Agent(row.id, row.name, row.float_account_id)


def mask_phone(phone: str) -> str:
    """``0812345678`` → ``08x-xxx-5678``."""
    return f"{phone[:2]}x-xxx-{phone[-4:]}"


def find_member(connection: Connection, phone: str) -> MemberCard:
    """The member with this phone (``ValueError`` if it is no Thai mobile number)."""
    user = find_by_phone(connection, phone)
    if user is None or user.role != "member":
        raise errors.UnknownMember("no member with this phone number")
    member = member_for_user(connection, user.id)
    status = ledger.get_account(connection, member.account_id).status
    return MemberCard(user.phone, mask_phone(user.phone), user.name, member.community, status)


def baht(text: str) -> int:
    """Satang of an amount typed in baht; ``ValueError`` for anything else (``inf`` too)."""
    try:
        return parse_baht(text)
    except ArithmeticError:
        raise ValueError(f"not an amount: {text!r}") from None


def new_form_key() -> str:
    return secrets.token_urlsafe(16)


def form_key(form: dict[str, str]) -> str:
    """The form's idempotency key; a form without a usable one is refused (400)."""
    key = form.get("idempotency_key", "")
    if not 0 < len(key) <= MAX_FORM_KEY:
        raise HTTPException(status_code=400)
    return key
