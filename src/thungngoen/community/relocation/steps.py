"""A relocation request's steps: each one checked against the request's status (``rules.
NEXT``) and the version it was decided on, written with its date and who took it in the
request's history (``community_relocation_steps``) and in the audit log."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.community.errors import (
    InvalidRelocation,
    InvalidRelocationStep,
    UnknownRelocationProposal,
    VersionConflict,
)
from thungngoen.community.relocation.register import RelocationRequest, get_request
from thungngoen.community.relocation.rules import NEXT, STATUSES, allowed
from thungngoen.community.relocation_tables import (
    relocation_proposals,
    relocation_requests,
    relocation_steps,
)


@dataclass(frozen=True, slots=True)
class Step:
    id: int
    request_id: int
    from_status: str | None
    to_status: str
    note: str
    actor: str
    at: datetime


def take_step(
    connection: Connection,
    request_id: int,
    to_status: str,
    *,
    expected_version: int,
    actor: str,
    at: datetime,
    note: str = "",
    proposal_id: int | None = None,
) -> RelocationRequest:
    """Move the request to ``to_status``. ``proposed`` names its proposal; going back from
    ``proposed`` to ``verified`` takes the request out of its proposal."""
    before = get_request(connection, request_id)
    if to_status not in STATUSES:
        raise InvalidRelocation(f"the status is one of {', '.join(STATUSES)}", "status")
    if not allowed(before.status, to_status):
        nexts = ", ".join(NEXT[before.status]) or "none (final)"
        raise InvalidRelocationStep(
            f"a {before.status} request cannot become {to_status}; next: {nexts}", "status"
        )
    said = " ".join(str(note).split())
    if len(said) > 300:
        raise InvalidRelocation("a step's note has at most 300 characters", "note")
    if to_status == "proposed":
        if proposal_id is None:
            raise InvalidRelocation("a request is proposed in a named proposal", "proposal_id")
        found = select(relocation_proposals.c.id).where(relocation_proposals.c.id == proposal_id)
        if connection.execute(found).first() is None:
            raise UnknownRelocationProposal(f"proposal {proposal_id} does not exist")
        keep = proposal_id
    elif to_status == "verified":
        keep = None
    else:
        keep = before.proposal_id
    done = connection.execute(
        update(relocation_requests)
        .where(
            relocation_requests.c.id == request_id,
            relocation_requests.c.version == expected_version,
        )
        .values(
            status=to_status,
            proposal_id=keep,
            version=relocation_requests.c.version + 1,
            updated_at=at,
        )
    )
    if done.rowcount != 1:
        raise VersionConflict(
            f"request {request_id} is at version {before.version}, not {expected_version}"
        )
    connection.execute(
        insert(relocation_steps),
        {"request_id": request_id, "from_status": before.status, "to_status": to_status,
         "note": said, "actor": actor, "at": at},
    )  # fmt: skip
    audit.record(
        connection,
        actor=actor,
        action="community.relocation_step",
        subject_type="relocation_request",
        subject_id=request_id,
        before={"status": before.status},
        after={"status": to_status, "proposal_id": keep},
    )
    return get_request(connection, request_id)


def steps_of(connection: Connection, request_id: int) -> list[Step]:
    """The request's history, oldest first."""
    query = (
        select(relocation_steps)
        .where(relocation_steps.c.request_id == request_id)
        .order_by(relocation_steps.c.id)
    )
    return [
        Step(**{s: row._mapping[s] for s in Step.__slots__}) for row in connection.execute(query)
    ]
