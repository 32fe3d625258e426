"""Proposals to CODI: a named proposal groups verified requests (each becomes
``proposed``), and its summary by community — households, persons, income, savings and
how many meet Baan Mankong's 10 % — is what the proposal document sends."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, insert, select

from thungngoen import audit
from thungngoen.community.errors import (
    DuplicateRelocation,
    InvalidRelocation,
    UnknownRelocationProposal,
)
from thungngoen.community.nodes import ROOT
from thungngoen.community.relocation.register import RequestView, list_requests, view_of
from thungngoen.community.relocation_tables import relocation_proposals


@dataclass(frozen=True, slots=True)
class Proposal:
    id: int
    name: str
    note: str
    created_by: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CommunityTotals:
    community_name: str
    households: int
    persons: int
    income_month: int
    savings: int
    meeting: int
    """Households whose savings reach 10 % of their loan."""

    @property
    def share_meeting(self) -> float:
        return self.meeting / self.households if self.households else 0.0


def create_proposal(
    connection: Connection, *, name: str, note: str = "", actor: str, at: datetime
) -> Proposal:
    named, said = " ".join(str(name).split()), " ".join(str(note).split())
    if not 1 <= len(named) <= 200:
        raise InvalidRelocation("a proposal has a name of 1 to 200 characters", "name")
    if len(said) > 500:
        raise InvalidRelocation("a proposal's note has at most 500 characters", "note")
    taken = select(relocation_proposals.c.id).where(relocation_proposals.c.name == named)
    if connection.execute(taken).first() is not None:
        raise DuplicateRelocation("a proposal of this name exists already", "name")
    proposal_id = connection.execute(
        insert(relocation_proposals).returning(relocation_proposals.c.id),
        {"name": named, "note": said, "created_by": actor, "created_at": at},
    ).scalar_one()
    audit.record(
        connection,
        actor=actor,
        action="community.relocation_proposal",
        subject_type="relocation_proposal",
        subject_id=proposal_id,
        after={"name": named},
    )
    return get_proposal(connection, proposal_id)


def get_proposal(connection: Connection, proposal_id: int) -> Proposal:
    row = connection.execute(
        select(relocation_proposals).where(relocation_proposals.c.id == proposal_id)
    ).first()
    if row is None:
        raise UnknownRelocationProposal(f"proposal {proposal_id} does not exist", "proposal_id")
    return Proposal(**{s: row._mapping[s] for s in Proposal.__slots__})


def list_proposals(connection: Connection) -> list[Proposal]:
    rows = connection.execute(select(relocation_proposals).order_by(relocation_proposals.c.id))
    return [Proposal(**{s: row._mapping[s] for s in Proposal.__slots__}) for row in rows]


def proposal_views(connection: Connection, proposal_id: int, as_of: date) -> list[RequestView]:
    """The requests a proposal holds, by community and house number; a request withdrawn
    after it was proposed keeps its link (the history) but leaves the proposal."""
    get_proposal(connection, proposal_id)
    found = [
        request
        for request in list_requests(connection, ROOT, proposal_id=proposal_id)
        if request.status != "withdrawn"
    ]
    return [view_of(connection, request, as_of) for request in found]


def totals_by_community(views: list[RequestView]) -> list[CommunityTotals]:
    """One line per community, in the order the views come, then the whole (last, named
    ``""``)."""
    grouped: dict[str, list[RequestView]] = {}
    for view in views:
        grouped.setdefault(view.community_name, []).append(view)
    lines = [_totals(name, rows) for name, rows in grouped.items()]
    return [*lines, _totals("", views)]


def _totals(name: str, rows: list[RequestView]) -> CommunityTotals:
    return CommunityTotals(
        community_name=name,
        households=len(rows),
        persons=sum(row.family_size for row in rows),
        income_month=sum(row.household.income_month for row in rows),
        savings=sum(row.savings for row in rows),
        meeting=sum(1 for row in rows if row.meets_down_payment),
    )
