"""``/api/v1/data/field``: a collector's phone (or any client with a bearer token) fetches
its assigned households, sends its queue of entries, and the office lists and resolves
conflicts. The phone page (``pages.field``) runs the same work with its session and
CSRF token."""

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query
from sqlalchemy import Connection

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community import field
from thungngoen.community.api.schemas.field import (
    AssignmentsOut,
    BatchIn,
    ConflictOut,
    OutcomeOut,
    ResolveIn,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import CurrentUser, EngineDep
from thungngoen.web.error_messages import THAI_BY_CODE

T = TypeVar("T")
Work = Callable[[Connection], T]


def thai(outcome: field.Outcome) -> str:
    if outcome.outcome == "applied":
        return ""
    return THAI_BY_CODE.get(outcome.reason, outcome.message)


def assignments_work(user: User, at: Any) -> Work[AssignmentsOut]:
    def work(connection: Connection) -> AssignmentsOut:
        found = field.assignments(connection, user, at=at)
        return AssignmentsOut.model_validate(found, from_attributes=True)

    return work


def entries_work(user: User, body: BatchIn, at: Any) -> Work[list[OutcomeOut]]:
    entries = [entry.entry() for entry in body.entries]

    def work(connection: Connection) -> list[OutcomeOut]:
        done = field.receive_entries(connection, user, entries, at=at)
        return [OutcomeOut.of(outcome, thai(outcome)) for outcome in done]

    return work


def conflicts_work(user: User, open_only: bool) -> Work[list[ConflictOut]]:
    def work(connection: Connection) -> list[ConflictOut]:
        found = field.conflicts(connection, user, open_only=open_only)
        return [ConflictOut.of(conflict) for conflict in found]

    return work


def resolve_work(user: User, conflict_id: int, body: ResolveIn, at: Any) -> Work[ConflictOut]:
    def work(connection: Connection) -> ConflictOut:
        done = field.resolve_conflict(
            connection, user, conflict_id, take_from_phone=set(body.take_from_phone), at=at
        )
        return ConflictOut.of(done)

    return work


router = APIRouter(prefix="/api/v1/data/field", tags=["community data"])


@router.get("/assignments")
def get_assignments(user: CurrentUser, engine: EngineDep) -> AssignmentsOut:
    """The households of my communities with their versions, for the phone to keep
    (no phone numbers, IDs or health data; the download is logged per person)."""
    return write_transaction(engine, assignments_work(user, utc_now()))


@router.post("/entries")
def send_entries(body: BatchIn, user: CurrentUser, engine: EngineDep) -> list[OutcomeOut]:
    """Each entry once per key: ``applied``, ``conflict`` (kept, not applied) or
    ``refused`` with its reason; a key sent again returns its first outcome."""
    return write_transaction(engine, entries_work(user, body, utc_now()))


@router.get("/conflicts")
def list_conflicts(
    user: CurrentUser,
    engine: EngineDep,
    resolved: Annotated[bool, Query(description="Include resolved conflicts.")] = False,
) -> list[ConflictOut]:
    with read_transaction(engine) as connection:
        return conflicts_work(user, not resolved)(connection)


@router.post("/conflicts/{conflict_id}/resolve")
def resolve(conflict_id: Id, body: ResolveIn, user: CurrentUser, engine: EngineDep) -> ConflictOut:
    """The office keeps its values or takes the phone's, field by field (audited)."""
    return write_transaction(engine, resolve_work(user, conflict_id, body, utc_now()))
