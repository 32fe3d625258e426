"""The community profile's deprivation section: the latest round that recorded households
of the community, with how many are deprived in each of the five dimensions under the
current thresholds. Figures only, so the public profile may show them."""

from sqlalchemy import Connection, select

from thungngoen.community.nodes import Node
from thungngoen.community.places import Community
from thungngoen.community.profile import PROFILE_SECTIONS, ProfileSection
from thungngoen.community.round_tables import DIMENSIONS, round_records, rounds
from thungngoen.community.rounds.deprivation import deprived_households
from thungngoen.community.texts.rounds import DEPRIVED_LABELS

TITLE = "Deprivation in the latest survey round"


def latest_round(connection: Connection, community_id: int) -> tuple[int, str] | None:
    recorded = select(round_records.c.round_id).where(round_records.c.community_id == community_id)
    query = (
        select(rounds.c.id, rounds.c.name)
        .where(rounds.c.id.in_(recorded))
        .order_by(rounds.c.starts_on.desc(), rounds.c.id.desc())
        .limit(1)
    )
    row = connection.execute(query).first()
    return None if row is None else (row[0], row[1])


def deprivation_section(connection: Connection, place: Community) -> ProfileSection | None:
    found = latest_round(connection, place.id)
    if found is None:
        return None
    counts = deprived_households(connection, Node("community", str(place.id)), found[0])
    lines = [
        ("Latest survey round", found[1]),
        ("Households surveyed", str(counts.surveyed)),
        ("Deprived in at least one dimension", str(counts.any_dimension)),
        *((DEPRIVED_LABELS[d], str(counts.by_dimension[d])) for d in DIMENSIONS),
    ]
    return ProfileSection(TITLE, lines)


PROFILE_SECTIONS.append(deprivation_section)
