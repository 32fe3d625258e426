"""Counts along the tree: communities under a node with their households and persons,
and a community's profile (its households, people in each vulnerable group, its savings
groups and organisations). Figures only — no person is named here, so these are what the
public may see.

Later parts add their own section to a profile (the coin circulating in the community,
the shops that take it, the round's deprivation) by appending a function to
``PROFILE_SECTIONS``; the profile page shows each section it returns."""

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Connection, case, func, select

from thungngoen import savings
from thungngoen.community.nodes import Node, Step, community_scope, node_path
from thungngoen.community.organisations import Organisation, list_organisations, savings_groups_of
from thungngoen.community.places import Community, get_community
from thungngoen.community.tables import communities, households, persons

VULNERABLE = ("elderly_alone", "bedridden", "child_out_of_school", "disability", "chronic_illness")


@dataclass(frozen=True, slots=True)
class CommunityRow:
    community: Community
    households: int
    persons: int


@dataclass(frozen=True, slots=True)
class ProfileSection:
    """A later part's section: a title (English, translated by the page) and its lines."""

    title: str
    lines: list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class CommunityProfile:
    community: Community
    path: list[Step]
    households: int
    persons: int
    vulnerable: dict[str, int]
    wish_to_relocate: int
    savings_groups: list[savings.Group]
    organisations: list[Organisation]
    sections: list[ProfileSection] = field(default_factory=list)


PROFILE_SECTIONS: list[Callable[[Connection, Community], ProfileSection | None]] = []


def _one_if(flag: ColumnElement[bool | None]) -> ColumnElement[int]:
    return case((flag.is_(True), 1), else_=0)


def community_rows(connection: Connection, node: Node) -> list[CommunityRow]:
    """Every community under ``node`` with how many households and persons it has."""
    housed = (
        select(households.c.community_id, func.count().label("n"))
        .group_by(households.c.community_id)
        .subquery()
    )
    people = (
        select(households.c.community_id, func.count().label("n"))
        .select_from(persons.join(households, persons.c.household_id == households.c.id))
        .group_by(households.c.community_id)
        .subquery()
    )
    query = (
        select(communities, housed.c.n.label("households_n"), people.c.n.label("persons_n"))
        .outerjoin(housed, housed.c.community_id == communities.c.id)
        .outerjoin(people, people.c.community_id == communities.c.id)
        .where(community_scope(connection, node))
        .order_by(communities.c.name, communities.c.id)
    )
    rows = []
    for row in connection.execute(query):
        mapping = row._mapping
        community = Community(**{slot: mapping[slot] for slot in Community.__slots__})
        rows.append(
            CommunityRow(community, mapping["households_n"] or 0, mapping["persons_n"] or 0)
        )
    return rows


def community_profile(connection: Connection, community_id: int) -> CommunityProfile:
    community = get_community(connection, community_id)
    in_community = households.c.community_id == community_id
    counted = select(
        func.count(),
        *(func.sum(_one_if(persons.c[key])) for key in VULNERABLE),
    ).select_from(persons.join(households, persons.c.household_id == households.c.id))
    totals = connection.execute(counted.where(in_community)).one()
    household_counts = connection.execute(
        select(func.count(), func.sum(_one_if(households.c.wish_to_relocate))).where(in_community)
    ).one()
    node = Node("community", str(community_id))
    profile = CommunityProfile(
        community=community,
        path=node_path(connection, node),
        households=household_counts[0],
        persons=totals[0],
        vulnerable={key: int(totals[i + 1] or 0) for i, key in enumerate(VULNERABLE)},
        wish_to_relocate=int(household_counts[1] or 0),
        savings_groups=savings_groups_of(connection, community_id),
        organisations=list_organisations(connection, node=node),
    )
    for section in PROFILE_SECTIONS:
        shown = section(connection, community)
        if shown is not None:
            profile.sections.append(shown)
    return profile
