"""What a collector's phone keeps to work without a signal (decision 0046, PDPA): the
households of the communities assigned to them, each with its version, and of each member
only what the field form needs — name, birth year, sex, relation, occupation, education,
the two vulnerability flags that are not health data, and whether the explicit consent to
health data (s.26) is in force. Never a phone number, a national ID, a house registration
number, a health or disability value, a wallet or savings link.

The phone deletes the copy ``KEEP_DAYS`` after it was fetched (``keep_until``) and when
another login opens the page; the download is logged as a read of each person
(``field_download``), like any export of personal data."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from thungngoen.auth.users import User
from thungngoen.community import access
from thungngoen.community.places import get_community
from thungngoen.community.reads import log_personal_reads
from thungngoen.community.tables import consents, households, persons

KEEP_DAYS = 7
DOWNLOAD = "field_download"
PURPOSE = "offline field collection"


@dataclass(frozen=True, slots=True)
class Assignments:
    user_id: int
    fetched_at: datetime
    keep_until: datetime
    communities: list[dict[str, Any]]
    households: list[dict[str, Any]]


def _members(connection: Connection, household_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {hid: [] for hid in household_ids}
    if not household_ids:
        return found
    query = select(persons).where(persons.c.household_id.in_(household_ids)).order_by(persons.c.id)
    rows = connection.execute(query).all()
    consented = set(
        connection.execute(
            select(consents.c.person_id).where(
                consents.c.person_id.in_([row.id for row in rows]),
                consents.c.kind == "sensitive",
                consents.c.withdrawn_at.is_(None),
            )
        ).scalars()
    )
    for row in rows:
        found[row.household_id].append(
            {
                "id": row.id,
                "name": row.name,
                "birth_year": row.birth_date.year,
                "sex": row.sex,
                "relation": row.relation,
                "occupation": row.occupation,
                "education": row.education,
                "elderly_alone": row.elderly_alone,
                "child_out_of_school": row.child_out_of_school,
                "health_consent": row.id in consented,
                "version": row.version,
            }
        )
    return found


def assignments(connection: Connection, user: User, *, at: datetime) -> Assignments:
    """The households of the communities ``user`` collects in or leads (call it in a write
    transaction: the download is logged)."""
    mine = sorted(access.duties(connection, user).communities)
    places = [get_community(connection, cid) for cid in mine]
    rows = connection.execute(
        select(households)
        .where(households.c.community_id.in_(mine))
        .order_by(households.c.community_id, households.c.house_number, households.c.id)
    ).all()
    members = _members(connection, [row.id for row in rows])
    listed = [
        {
            "id": row.id,
            "community_id": row.community_id,
            "house_number": row.house_number,
            "address": row.address,
            "tenure": row.tenure,
            "income_month": row.income_month,
            "debts": row.debts,
            "wish_to_relocate": row.wish_to_relocate,
            "version": row.version,
            "persons": members[row.id],
        }
        for row in rows
    ]
    read = [person["id"] for household in listed for person in household["persons"]]
    log_personal_reads(
        connection, read, reader=f"user:{user.id}", what=DOWNLOAD, purpose=PURPOSE, at=at
    )
    return Assignments(
        user_id=user.id,
        fetched_at=at,
        keep_until=at + timedelta(days=KEEP_DAYS),
        communities=[{"id": place.id, "name": place.name} for place in places],
        households=listed,
    )
