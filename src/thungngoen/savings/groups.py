"""Groups and the community enterprise they fund: create, find, list.

A group belongs to a community (a sub-district code and the community's name) and opens
its accounts on the ledger when it is created (``book``).
"""

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert, select

from thungngoen import audit
from thungngoen.clock import utc_now
from thungngoen.registry.places import tambon
from thungngoen.savings import book
from thungngoen.savings.errors import DuplicateGroup, InvalidGroup, UnknownEnterprise, UnknownGroup
from thungngoen.savings.regulation import Regulation, set_regulation
from thungngoen.savings.tables import GROUP_STATUSES, enterprises, groups

CODE_PATTERN = r"[a-z0-9][a-z0-9-]{0,39}"


@dataclass(frozen=True, slots=True)
class Group:
    id: int
    code: str
    name: str
    tambon_code: str
    community: str
    status: str
    founded_on: date
    enterprise_code: str | None
    cash_account_id: int
    interest_account_id: int
    fines_account_id: int
    expenses_account_id: int
    welfare_account_id: int
    reserve_account_id: int
    surplus_account_id: int


@dataclass(frozen=True, slots=True)
class Enterprise:
    code: str
    name: str
    tambon_code: str
    cash_account_id: int
    capital_account_id: int


def create_group(
    connection: Connection,
    *,
    code: str,
    name: str,
    tambon_code: str,
    community: str,
    founded_on: date,
    actor: str,
    regulation: Regulation | None = None,
    enterprise_code: str | None = None,
    status: str = "active",
) -> Group:
    """A new group with its accounts and its first regulation (effective from founding)."""
    if not re.fullmatch(CODE_PATTERN, code):
        raise InvalidGroup("a group code is 1-40 lowercase letters, digits or dashes")
    if not name.strip() or not community.strip():
        raise InvalidGroup("a group needs a name and a community")
    if status not in GROUP_STATUSES:
        raise InvalidGroup(f"a group's status is one of {', '.join(GROUP_STATUSES)}")
    tambon(tambon_code)
    if enterprise_code is not None:
        get_enterprise(connection, enterprise_code)
    if connection.execute(select(groups.c.id).where(groups.c.code == code)).first():
        raise DuplicateGroup(f"a group with code {code!r} exists")
    accounts = book.open_group_accounts(connection, code, name.strip())
    values: dict[str, Any] = {
        "code": code,
        "name": name.strip(),
        "tambon_code": tambon_code,
        "community": community.strip(),
        "status": status,
        "founded_on": founded_on,
        "enterprise_code": enterprise_code,
        **{f"{purpose}_account_id": account for purpose, account in accounts.items()},
        "created_at": utc_now(),
    }
    group_id = connection.execute(insert(groups).returning(groups.c.id), values).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="savings.group.create",
        subject_type="savings_group",
        subject_id=group_id,
        after={key: values[key] for key in ("code", "name", "tambon_code", "community", "status")},
    )
    set_regulation(
        connection, group_id, regulation or Regulation(), effective_from=founded_on, actor=actor
    )
    return get_group(connection, group_id)


def _group(row: Any) -> Group:
    return Group(**{key: row._mapping[key] for key in Group.__slots__})


def get_group(connection: Connection, group_id: int, lock: bool = False) -> Group:
    """``lock``: every write to a group's money takes its row first, so one group's
    meetings, loans and share-outs queue behind each other (idempotency keys included)."""
    query = select(groups).where(groups.c.id == group_id)
    row = connection.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise UnknownGroup(f"savings group {group_id} does not exist")
    return _group(row)


def group_by_code(connection: Connection, code: str) -> Group:
    row = connection.execute(select(groups).where(groups.c.code == code)).first()
    if row is None:
        raise UnknownGroup(f"no savings group with code {code!r}")
    return _group(row)


def list_groups(connection: Connection, tambon_code: str | None = None) -> list[Group]:
    query = select(groups).order_by(groups.c.tambon_code, groups.c.id)
    if tambon_code is not None:
        query = query.where(groups.c.tambon_code == tambon_code)
    return [_group(row) for row in connection.execute(query)]


def create_enterprise(
    connection: Connection, *, code: str, name: str, tambon_code: str, actor: str
) -> Enterprise:
    """The community enterprise that the groups' enterprise allocations capitalise."""
    if not re.fullmatch(CODE_PATTERN, code) or not name.strip():
        raise InvalidGroup("an enterprise needs a code (lowercase, digits, dashes) and a name")
    tambon(tambon_code)
    if connection.execute(select(enterprises.c.code).where(enterprises.c.code == code)).first():
        raise DuplicateGroup(f"an enterprise with code {code!r} exists")
    cash, capital = book.open_enterprise_accounts(connection, code, name.strip())
    values = {
        "code": code,
        "name": name.strip(),
        "tambon_code": tambon_code,
        "cash_account_id": cash,
        "capital_account_id": capital,
    }
    connection.execute(insert(enterprises), {**values, "created_at": utc_now()})
    audit.record(
        connection,
        actor=actor,
        action="savings.enterprise.create",
        subject_type="enterprise",
        subject_id=code,
        after={"name": values["name"], "tambon_code": tambon_code},
    )
    return get_enterprise(connection, code)


def get_enterprise(connection: Connection, code: str) -> Enterprise:
    row = connection.execute(select(enterprises).where(enterprises.c.code == code)).first()
    if row is None:
        raise UnknownEnterprise(f"no community enterprise with code {code!r}")
    return Enterprise(**{key: row._mapping[key] for key in Enterprise.__slots__})
