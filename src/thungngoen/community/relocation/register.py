"""The register of relocation requests: one per household, built on the household's own
record — its family size is its persons, its income the household's, its savings the
savings groups' books of its members (read through ``savings``), or what the household
declared when none of its members saves in a group."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from thungngoen import audit, savings
from thungngoen.community.errors import (
    DuplicateRelocation,
    InvalidRelocation,
    UnknownRelocationRequest,
)
from thungngoen.community.households import Household, get_household
from thungngoen.community.nodes import Node, community_scope
from thungngoen.community.relocation.rules import (
    DEFAULT_LOAN,
    MAX_MONEY,
    REASONS,
    STATUSES,
    down_payment,
)
from thungngoen.community.relocation_tables import relocation_requests, relocation_steps
from thungngoen.community.tables import communities, households, persons


@dataclass(frozen=True, slots=True)
class RelocationRequest:
    id: int
    household_id: int
    reason: str
    reason_note: str
    declared_savings: int | None
    loan_amount: int
    status: str
    proposal_id: int | None
    version: int
    created_by: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class RequestView:
    """A request with what the register derives from the household."""

    request: RelocationRequest
    household: Household
    community_name: str
    family_size: int
    savings: int
    savings_source: str
    """``savings_group`` (the groups' books), ``declared`` or ``none``."""
    down_payment: int

    @property
    def meets_down_payment(self) -> bool:
        return self.savings >= self.down_payment


def _money(value: Any, field: str, *, positive: bool = False) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < MAX_MONEY:
        raise InvalidRelocation(f"{field} is whole satang, 0 or more", field)
    if positive and value == 0:
        raise InvalidRelocation(f"{field} is more than 0", field)


def register_request(
    connection: Connection,
    *,
    household_id: int,
    reason: str,
    reason_note: str = "",
    declared_savings: int | None = None,
    loan_amount: int = DEFAULT_LOAN,
    actor: str,
    at: datetime,
) -> RelocationRequest:
    household = get_household(connection, household_id)
    if reason not in REASONS:
        raise InvalidRelocation(f"the reason is one of {', '.join(REASONS)}", "reason")
    note = " ".join(str(reason_note).split())
    if len(note) > 300:
        raise InvalidRelocation("a reason's note has at most 300 characters", "reason_note")
    if declared_savings is not None:
        _money(declared_savings, "declared_savings")
    _money(loan_amount, "loan_amount", positive=True)
    taken = select(relocation_requests.c.id).where(
        relocation_requests.c.household_id == household_id
    )
    if connection.execute(taken).first() is not None:
        raise DuplicateRelocation("this household has a relocation request already", "household_id")
    request_id = connection.execute(
        insert(relocation_requests).returning(relocation_requests.c.id),
        {
            "household_id": household_id, "reason": reason, "reason_note": note,
            "declared_savings": declared_savings, "loan_amount": loan_amount,
            "status": "registered", "proposal_id": None, "version": 1,
            "created_by": actor, "created_at": at, "updated_at": at,
        },
    ).scalar_one()  # fmt: skip
    connection.execute(
        insert(relocation_steps),
        {"request_id": request_id, "from_status": None, "to_status": "registered",
         "note": "", "actor": actor, "at": at},
    )  # fmt: skip
    audit.record(
        connection,
        actor=actor,
        action="community.relocation_register",
        subject_type="relocation_request",
        subject_id=request_id,
        after={"household_id": household_id, "community_id": household.community_id},
    )
    return get_request(connection, request_id)


def get_request(connection: Connection, request_id: int) -> RelocationRequest:
    row = connection.execute(
        select(relocation_requests).where(relocation_requests.c.id == request_id)
    ).first()
    if row is None:
        raise UnknownRelocationRequest(f"relocation request {request_id} does not exist")
    return RelocationRequest(**{s: row._mapping[s] for s in RelocationRequest.__slots__})


def request_of_household(connection: Connection, household_id: int) -> RelocationRequest | None:
    found = connection.execute(
        select(relocation_requests.c.id).where(relocation_requests.c.household_id == household_id)
    ).scalar_one_or_none()
    return None if found is None else get_request(connection, found)


def household_savings(connection: Connection, household_id: int, as_of: date) -> int | None:
    """What the household's members hold in their savings groups, or ``None`` when none of
    them is a savings member (then the household's declared savings count)."""
    linked = connection.execute(
        select(persons.c.savings_member_id).where(
            persons.c.household_id == household_id, persons.c.savings_member_id.is_not(None)
        )
    ).scalars()
    ids = [int(member) for member in linked]
    if not ids:
        return None
    return sum(savings.member_passbook(connection, m, as_of=as_of).savings for m in ids)


def view_of(connection: Connection, request: RelocationRequest, as_of: date) -> RequestView:
    household = get_household(connection, request.household_id)
    size = connection.execute(
        select(func.count()).where(persons.c.household_id == household.id)
    ).scalar_one()
    name = connection.execute(
        select(communities.c.name).where(communities.c.id == household.community_id)
    ).scalar_one()
    held = household_savings(connection, household.id, as_of)
    if held is not None:
        saved, source = held, "savings_group"
    elif request.declared_savings is not None:
        saved, source = request.declared_savings, "declared"
    else:
        saved, source = 0, "none"
    return RequestView(
        request, household, name, size, saved, source, down_payment(request.loan_amount)
    )


def list_requests(
    connection: Connection,
    node: Node,
    *,
    status: str | None = None,
    proposal_id: int | None = None,
    community_ids: frozenset[int] | None = None,
    limit: int = 1000,
) -> list[RelocationRequest]:
    """The requests of households under ``node`` (and in ``community_ids`` when given),
    by community and house number."""
    if status is not None and status not in STATUSES:
        raise InvalidRelocation(f"the status is one of {', '.join(STATUSES)}", "status")
    query = (
        select(relocation_requests)
        .join(households, households.c.id == relocation_requests.c.household_id)
        .join(communities, communities.c.id == households.c.community_id)
        .where(community_scope(connection, node))
    )
    if status is not None:
        query = query.where(relocation_requests.c.status == status)
    if proposal_id is not None:
        query = query.where(relocation_requests.c.proposal_id == proposal_id)
    if community_ids is not None:
        query = query.where(households.c.community_id.in_(sorted(community_ids)))
    query = query.order_by(communities.c.name, households.c.house_number, households.c.id)
    return [
        RelocationRequest(**{s: row._mapping[s] for s in RelocationRequest.__slots__})
        for row in connection.execute(query.limit(limit))
    ]
