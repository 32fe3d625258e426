"""The data-subject requests register (PDPA ss.30-36): access, correction, erasure,
objection, restriction. Each is received on a date by someone, is due 30 days later (s.30
para. 3: the controller acts on a request within 30 days of receiving it), and moves
received → in progress → done, or is refused with its reason. Overdue: still open after
its deadline, computed against an explicit ``now``.

Taking effect (decision 0049): a **restriction** or an **objection** restricts the
person from when it is received until it is refused (``restricted_ids``); an **erasure**
marked done erases the record (``erasure.erase_person``) in the same transaction."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, func, insert, select, update

from thungngoen import audit
from thungngoen.community.pdpa.erasure import erase_person, is_erased
from thungngoen.community.pdpa.errors import (
    InvalidRequest,
    PersonErased,
    RequestClosed,
    UnknownRequest,
)
from thungngoen.community.pdpa_tables import REQUEST_KINDS, subject_requests
from thungngoen.community.persons import get_person

DEADLINE = timedelta(days=30)
OPEN = ("received", "in_progress")
RESTRICTING = ("restriction", "objection")
NEXT = {"received": ("in_progress", "done", "refused"), "in_progress": ("done", "refused")}


@dataclass(frozen=True, slots=True)
class SubjectRequest:
    id: int
    person_id: int
    kind: str
    detail: str
    received_at: datetime
    received_by: str
    due_at: datetime
    status: str
    reason: str
    closed_at: datetime | None
    closed_by: str | None

    def overdue(self, now: datetime) -> bool:
        return self.status in OPEN and now > self.due_at

    def days_left(self, now: datetime) -> int:
        """Whole days to the deadline (negative: overdue)."""
        return (self.due_at - now).days


def _request(row: object) -> SubjectRequest:
    mapping = row._mapping  # type: ignore[attr-defined]
    return SubjectRequest(**{slot: mapping[slot] for slot in SubjectRequest.__slots__})


def get_request(connection: Connection, request_id: int) -> SubjectRequest:
    row = connection.execute(
        select(subject_requests).where(subject_requests.c.id == request_id)
    ).first()
    if row is None:
        raise UnknownRequest(f"request {request_id} does not exist", "request_id")
    return _request(row)


def receive_request(
    connection: Connection,
    person_id: int,
    *,
    kind: str,
    detail: str = "",
    received_at: datetime,
    actor: str,
    at: datetime | None = None,
) -> SubjectRequest:
    """Register a request as received at ``received_at`` (a paper form may be entered
    later than it was handed over: the deadline counts from when it was received), not
    after ``at`` (now)."""
    if at is not None and received_at > at:
        raise InvalidRequest("a request cannot be received in the future", "received_at")
    if kind not in REQUEST_KINDS:
        raise InvalidRequest(f"a request is one of {', '.join(REQUEST_KINDS)}", "kind")
    detail = " ".join(detail.split())
    if len(detail) > 1000:
        raise InvalidRequest("the request's detail is at most 1000 characters", "detail")
    if is_erased(get_person(connection, person_id).name):
        raise PersonErased(f"person {person_id} was erased", "person_id")
    row = {
        "person_id": person_id,
        "kind": kind,
        "detail": detail,
        "received_at": received_at,
        "received_by": actor,
        "due_at": received_at + DEADLINE,
        "status": "received",
        "reason": "",
    }
    new_id = connection.execute(
        insert(subject_requests).returning(subject_requests.c.id), row
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="community.request_receive",
        subject_type="subject_request",
        subject_id=new_id,
        after={"kind": kind, "person_id": person_id},
    )
    return get_request(connection, new_id)


def move_request(
    connection: Connection,
    request_id: int,
    *,
    status: str,
    reason: str = "",
    actor: str,
    at: datetime,
) -> SubjectRequest:
    """The next step; a refusal says why (s.30, s.33: the reasons are recorded)."""
    before = get_request(connection, request_id)
    if before.status not in OPEN:
        raise RequestClosed(f"request {request_id} is {before.status} already", "status")
    if status not in NEXT[before.status]:
        raise InvalidRequest(f"a {before.status} request cannot become {status}", "status")
    reason = " ".join(reason.split())
    if (status == "refused" and not reason) or len(reason) > 1000:
        raise InvalidRequest("a refusal states its reason (at most 1000 characters)", "reason")
    closing = status in ("done", "refused")
    connection.execute(
        update(subject_requests)
        .where(subject_requests.c.id == request_id)
        .values(
            status=status,
            reason=reason,
            closed_at=at if closing else None,
            closed_by=actor if closing else None,
        )
    )
    if status == "done" and before.kind == "erasure":
        erase_person(connection, before.person_id, request_id=request_id, actor=actor, at=at)
    audit.record(
        connection,
        actor=actor,
        action="community.request_move",
        subject_type="subject_request",
        subject_id=request_id,
        before={"status": before.status},
        after={"status": status, "kind": before.kind},
    )
    return get_request(connection, request_id)


def list_requests(
    connection: Connection,
    *,
    now: datetime,
    person_id: int | None = None,
    overdue_only: bool = False,
    limit: int = 500,
) -> list[SubjectRequest]:
    """Open ones first by deadline, then closed ones newest first."""
    query = select(subject_requests)
    if person_id is not None:
        query = query.where(subject_requests.c.person_id == person_id)
    if overdue_only:
        query = query.where(subject_requests.c.status.in_(OPEN), subject_requests.c.due_at < now)
    is_open = subject_requests.c.status.in_(OPEN)
    query = query.order_by(is_open.desc(), subject_requests.c.due_at, subject_requests.c.id)
    return [_request(row) for row in connection.execute(query.limit(limit))]


def overdue_count(connection: Connection, now: datetime) -> int:
    query = select(func.count()).where(
        subject_requests.c.status.in_(OPEN), subject_requests.c.due_at < now
    )
    return int(connection.execute(query).scalar_one())


def restricted_query() -> Select[Any]:
    """The ids of persons under a restriction or objection not refused: search and
    exports leave them out (decision 0049); the record is kept, for legal claims only."""
    return select(subject_requests.c.person_id).where(
        subject_requests.c.kind.in_(RESTRICTING), subject_requests.c.status != "refused"
    )


def restricted_ids(connection: Connection) -> frozenset[int]:
    return frozenset(int(pid) for pid in connection.execute(restricted_query()).scalars())


def is_restricted(connection: Connection, person_id: int) -> bool:
    query = select(subject_requests.c.id).where(
        subject_requests.c.person_id == person_id,
        subject_requests.c.kind.in_(RESTRICTING),
        subject_requests.c.status != "refused",
    )
    return connection.execute(query.limit(1)).first() is not None
