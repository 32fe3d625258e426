"""Passbooks: a member reads their own (through their wallet login); the group's
officers and the staff read any member's of the group."""

from fastapi import APIRouter

from thungngoen import savings
from thungngoen.db import read_transaction
from thungngoen.savings import access
from thungngoen.savings.api.schemas import PassbookOut
from thungngoen.web.api_fields import Day, Id
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/savings", tags=["savings"])


@router.get("/me/passbooks")
def my_passbooks(user: CurrentUser, engine: EngineDep) -> list[PassbookOut]:
    """Every group the logged-in member saves with (linked to their wallet)."""
    today = savings.thai_today()
    with read_transaction(engine) as connection:
        found = [
            savings.member_passbook(connection, member.id, as_of=today)
            for member in access.own_memberships(connection, user)
        ]
    return [PassbookOut.model_validate(book) for book in found]


@router.get("/members/{member_id}/passbook")
def passbook(
    member_id: Id,
    user: CurrentUser,
    engine: EngineDep,
    since: Day | None = None,
    until: Day | None = None,
) -> PassbookOut:
    """The statement between two dates (all lines by default)."""
    with read_transaction(engine) as connection:
        access.require_member_reader(connection, member_id, user)
        book = savings.member_passbook(
            connection, member_id, as_of=savings.thai_today(), since=since, until=until
        )
    return PassbookOut.model_validate(book)
