"""Linking a LINE account to a login: the app shows a code, the person sends it to the
network's LINE Official Account, the webhook finds whose code it is and keeps their LINE
user id as their address on the ``line`` channel. Codes are random, eight digits, kept
only as their SHA-256, valid 15 minutes, used once."""

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, insert, select

from thungngoen.communication.preferences import remove_address, set_address
from thungngoen.communication.tables import addresses, link_codes

LIFETIME = timedelta(minutes=15)
DIGITS = 8


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def issue_link_code(connection: Connection, user_id: int, now: datetime) -> str:
    """A new code for ``user_id`` (any earlier one stops working)."""
    code = f"{secrets.randbelow(10**DIGITS):0{DIGITS}d}"
    connection.execute(delete(link_codes).where(link_codes.c.user_id == user_id))
    values = {"user_id": user_id, "code_hash": _hash(code), "expires_at": now + LIFETIME}
    connection.execute(insert(link_codes).values(values))
    return code


def link_by_code(connection: Connection, line_user: str, text: str, now: datetime) -> int | None:
    """The login whose live code ``text`` is, now linked to ``line_user``; else None."""
    code = "".join(character for character in text if character.isdigit())
    if len(code) != DIGITS:
        return None
    found = connection.execute(
        select(link_codes.c.user_id).where(
            link_codes.c.code_hash == _hash(code), link_codes.c.expires_at > now
        )
    ).first()
    if found is None:
        return None
    connection.execute(delete(link_codes).where(link_codes.c.user_id == found.user_id))
    set_address(connection, found.user_id, "line", line_user, now)
    return int(found.user_id)


def unlink_line_user(connection: Connection, line_user: str) -> None:
    """The person blocked the account (LINE's ``unfollow``): stop sending there."""
    query = select(addresses.c.user_id).where(
        addresses.c.channel == "line", addresses.c.address == line_user
    )
    for user_id in connection.execute(query).scalars().all():
        remove_address(connection, user_id, "line")
