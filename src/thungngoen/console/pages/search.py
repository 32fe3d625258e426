"""Finding members, shops and agents by name, shop name or phone (whole or in part)."""

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, null, select

from thungngoen import ledger
from thungngoen.auth.tables import users
from thungngoen.console.pages.display import mask_phone
from thungngoen.thai import InvalidIdentifier, normalize_phone
from thungngoen.wallet.tables import agents, members, merchants

LIMIT_PER_KIND = 25
_PHONE_LIKE = re.compile(r"\+?\d{3,}")


@dataclass(frozen=True, slots=True)
class Found:
    kind: str
    id: int
    name: str
    shop_name: str | None
    phone: str
    """Masked: ``081-xxx-5678``."""
    account: ledger.Account


class _Source(NamedTuple):
    kind: str
    id: ColumnElement[Any]
    user_id: ColumnElement[Any]
    account_id: ColumnElement[Any]
    own_name: ColumnElement[str] | None
    """A name of its own (the shop's, the agent's) to search besides the user's."""
    shop_name: ColumnElement[Any]


_SOURCES = (
    _Source("member", members.c.id, members.c.user_id, members.c.account_id, None, null()),
    _Source(
        "merchant",
        merchants.c.id,
        merchants.c.owner_user_id,
        merchants.c.account_id,
        merchants.c.business_name,
        merchants.c.business_name,
    ),
    _Source(
        "agent", agents.c.id, agents.c.user_id, agents.c.float_account_id, agents.c.name, null()
    ),
)


def _phone_digits(query: str) -> str | None:
    """The digits of a query typed as a phone number, whole or in part; else None."""
    compact = re.sub(r"[\s\-().]", "", query)
    if not _PHONE_LIKE.fullmatch(compact):
        return None
    try:
        return normalize_phone(compact)
    except InvalidIdentifier:
        return compact.lstrip("+")


def search_people(connection: Connection, query: str) -> list[Found]:
    digits = _phone_digits(query)
    return [
        found
        for source in _SOURCES
        for found in _search(connection, source, _condition(source, query, digits))
    ]


def _condition(source: _Source, query: str, digits: str | None) -> ColumnElement[bool]:
    if digits:
        return users.c.phone.contains(digits, autoescape=True)
    condition = users.c.name.icontains(query, autoescape=True)
    if source.own_name is not None:
        condition = condition | source.own_name.icontains(query, autoescape=True)
    return condition


def _search(connection: Connection, source: _Source, condition: ColumnElement[bool]) -> list[Found]:
    rows = connection.execute(
        select(source.id, users.c.name, users.c.phone, source.account_id, source.shop_name)
        .join(users, users.c.id == source.user_id)
        .where(condition)
        .order_by(source.id)
        .limit(LIMIT_PER_KIND)
    )
    return [
        Found(
            source.kind, key, name, shop, mask_phone(phone), ledger.get_account(connection, account)
        )
        for key, name, phone, account, shop in rows
    ]
