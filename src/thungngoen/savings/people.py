"""A group's members and officers.

A member needs only a name and a community (many elders have no wallet); one who has a
wallet is linked to it, which lets them read their passbook and take a loan in coin.
Officers (chair, treasurer, secretary, collectors) are members holding an office; the
login that acts for an office is the officer's ``user_id`` (by default the linked
wallet's login). See ``access`` for what each office may do.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from thungngoen import audit
from thungngoen.auth.tables import users
from thungngoen.clock import utc_now
from thungngoen.savings import book
from thungngoen.savings.errors import InvalidMember, InvalidOfficer, UnknownSavingsMember
from thungngoen.savings.groups import get_group
from thungngoen.savings.tables import OFFICES, members, officers
from thungngoen.wallet import get_member as get_wallet_member

SINGLE_SEATS = ("chair", "treasurer", "secretary")


@dataclass(frozen=True, slots=True)
class SavingsMember:
    id: int
    group_id: int
    number: int
    """The member's number in the group (เลขที่สมาชิก)."""
    name: str
    community: str
    wallet_member_id: int | None
    savings_account_id: int
    joined_on: date
    left_on: date | None = None
    """The day the member left the group (``leaving``); ``None`` while a member."""


@dataclass(frozen=True, slots=True)
class Officer:
    id: int
    group_id: int
    member_id: int
    office: str
    user_id: int | None
    appointed_on: date
    ended_on: date | None


def add_member(
    connection: Connection,
    group_id: int,
    *,
    joined_on: date,
    actor: str,
    name: str = "",
    community: str | None = None,
    wallet_member_id: int | None = None,
) -> SavingsMember:
    """Enrol a member; with a wallet, the name defaults to the wallet's owner."""
    group = get_group(connection, group_id, lock=True)
    if wallet_member_id is not None:
        wallet = get_wallet_member(connection, wallet_member_id)
        owner = select(users.c.name).where(users.c.id == wallet.user_id)
        name = name.strip() or connection.execute(owner).scalar_one()
        taken = select(members.c.id).where(
            members.c.group_id == group_id, members.c.wallet_member_id == wallet_member_id
        )
        if connection.execute(taken).first():
            raise InvalidMember("this wallet is already a member of the group")
    if not name.strip() or len(name) > 200:
        raise InvalidMember("a member needs a name of up to 200 characters")
    if joined_on < group.founded_on:
        raise InvalidMember("a member cannot join before the group was founded")
    last = select(func.coalesce(func.max(members.c.number), 0)).where(
        members.c.group_id == group_id
    )
    number = connection.execute(last).scalar_one() + 1
    values: dict[str, Any] = {
        "group_id": group_id,
        "number": number,
        "name": name.strip(),
        "community": (community or group.community).strip(),
        "wallet_member_id": wallet_member_id,
        "savings_account_id": book.open_savings_account(connection, group.code, number, name),
        "joined_on": joined_on,
        "created_at": utc_now(),
    }
    member_id = connection.execute(insert(members).returning(members.c.id), values).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="savings.member.add",
        subject_type="savings_member",
        subject_id=member_id,
        after={"group_id": group_id, "number": number, "wallet_member_id": wallet_member_id},
    )
    return get_member(connection, member_id)


def _member(row: Any) -> SavingsMember:
    return SavingsMember(**{key: row._mapping[key] for key in SavingsMember.__slots__})


def get_member(connection: Connection, member_id: int) -> SavingsMember:
    row = connection.execute(select(members).where(members.c.id == member_id)).first()
    if row is None:
        raise UnknownSavingsMember(f"savings member {member_id} does not exist")
    return _member(row)


def group_member(connection: Connection, group_id: int, member_id: int) -> SavingsMember:
    member = get_member(connection, member_id)
    if member.group_id != group_id:
        raise UnknownSavingsMember(f"member {member_id} is not in group {group_id}")
    return member


def list_members(connection: Connection, group_id: int) -> list[SavingsMember]:
    query = select(members).where(members.c.group_id == group_id).order_by(members.c.number)
    return [_member(row) for row in connection.execute(query)]


def memberships_of_wallet(connection: Connection, wallet_member_id: int) -> list[SavingsMember]:
    query = select(members).where(members.c.wallet_member_id == wallet_member_id)
    return [_member(row) for row in connection.execute(query.order_by(members.c.id))]


def appoint_officer(
    connection: Connection,
    group_id: int,
    *,
    member_id: int,
    office: str,
    appointed_on: date,
    actor: str,
    user_id: int | None = None,
    appointed_by: int | None = None,
) -> Officer:
    """Give a member an office. A chair, treasurer or secretary replaces the one before
    (whose term ends that day); a group has as many collectors as it likes.

    The seat is held by the member's own login (their wallet's) and by no other: a
    ``user_id`` that is not theirs is refused, and so is the appointer (``appointed_by``,
    the login that acts) appointing themselves."""
    get_group(connection, group_id, lock=True)
    member = group_member(connection, group_id, member_id)
    if office not in OFFICES:
        raise InvalidOfficer(f"an office is one of {', '.join(OFFICES)}")
    own = None
    if member.wallet_member_id is not None:
        own = get_wallet_member(connection, member.wallet_member_id).user_id
    if user_id is not None and user_id != own:
        raise InvalidOfficer("a seat is held only by the member's own login")
    user_id = own
    if appointed_by is not None and appointed_by == user_id:
        raise InvalidOfficer("no one appoints themselves")
    current = active_officers(connection, group_id)
    if any(o.member_id == member_id and o.office == office for o in current):
        raise InvalidOfficer(f"member {member.name} already holds the office {office}")
    if office in SINGLE_SEATS:
        connection.execute(
            update(officers)
            .where(
                officers.c.group_id == group_id,
                officers.c.office == office,
                officers.c.ended_on.is_(None),
            )
            .values(ended_on=appointed_on)
        )
    values: dict[str, Any] = {
        "group_id": group_id,
        "member_id": member_id,
        "office": office,
        "user_id": user_id,
        "appointed_on": appointed_on,
    }
    officer_id = connection.execute(insert(officers).returning(officers.c.id), values).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="savings.officer.appoint",
        subject_type="savings_group",
        subject_id=group_id,
        after={"officer_id": officer_id, "member_id": member_id, "office": office},
    )
    return Officer(id=officer_id, ended_on=None, **values)


def active_officers(connection: Connection, group_id: int) -> list[Officer]:
    query = select(officers).where(officers.c.group_id == group_id, officers.c.ended_on.is_(None))
    return [
        Officer(**{key: row._mapping[key] for key in Officer.__slots__})
        for row in connection.execute(query.order_by(officers.c.id))
    ]


def seats_of_user(connection: Connection, group_id: int, user_id: int) -> list[Officer]:
    """The offices this login holds in the group now."""
    return [o for o in active_officers(connection, group_id) if o.user_id == user_id]


def groups_of_officer(connection: Connection, user_id: int) -> list[int]:
    query = select(officers.c.group_id).where(
        officers.c.user_id == user_id, officers.c.ended_on.is_(None)
    )
    return sorted(set(connection.execute(query).scalars()))
