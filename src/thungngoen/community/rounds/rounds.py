"""Survey rounds: a name, a period, the questionnaire version, the communities covered
and the collectors assigned in each, and a status that only moves forward — planned →
open → closed. Questions are added while a round is planned; communities and collectors
while it is planned or open; records are collected while it is open."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.community.duties import list_duties
from thungngoen.community.errors import CommunityError, OutsideAssignment
from thungngoen.community.places import get_community
from thungngoen.community.round_tables import (
    ROUND_STATUSES,
    round_collectors,
    round_communities,
    rounds,
)
from thungngoen.community.rounds.standard import QUESTIONNAIRES, STANDARD


class UnknownRound(CommunityError):
    code = "unknown_round"


class InvalidRound(CommunityError):
    code = "invalid_round"


class RoundNotOpen(CommunityError):
    """The round is not in the status the change needs (e.g. a record for a closed round)."""

    code = "round_status"


@dataclass(frozen=True, slots=True)
class Round:
    id: int
    name: str
    starts_on: date
    ends_on: date
    questionnaire: str
    status: str
    created_by: str
    created_at: datetime
    opened_at: datetime | None
    closed_at: datetime | None


def create_round(
    connection: Connection,
    *,
    name: str,
    starts_on: date,
    ends_on: date,
    questionnaire: str = STANDARD,
    actor: str,
    at: datetime,
) -> Round:
    name = " ".join(name.split()) if isinstance(name, str) else ""
    if not name or len(name) > 200:
        raise InvalidRound("a round has a name of up to 200 characters", "name")
    if not isinstance(starts_on, date) or not isinstance(ends_on, date) or ends_on < starts_on:
        raise InvalidRound("a round ends on or after the day it starts", "ends_on")
    if questionnaire not in QUESTIONNAIRES:
        raise InvalidRound(
            f"the questionnaire is one of {', '.join(QUESTIONNAIRES)}", "questionnaire"
        )
    if connection.execute(select(rounds.c.id).where(rounds.c.name == name)).first():
        raise InvalidRound("a round of this name exists already", "name")
    values = {"name": name, "starts_on": starts_on, "ends_on": ends_on,
              "questionnaire": questionnaire, "status": "planned", "created_by": actor,
              "created_at": at}  # fmt: skip
    round_id = connection.execute(insert(rounds).returning(rounds.c.id), values).scalar_one()
    audit.record(connection, actor=actor, action="community.round_create",
                 subject_type="round", subject_id=round_id, after={"name": name})  # fmt: skip
    return get_round(connection, round_id)


def get_round(connection: Connection, round_id: int) -> Round:
    row = connection.execute(select(rounds).where(rounds.c.id == round_id)).first()
    if row is None:
        raise UnknownRound(f"round {round_id} does not exist", "round_id")
    return Round(**{slot: row._mapping[slot] for slot in Round.__slots__})


def list_rounds(connection: Connection) -> list[Round]:
    rows = connection.execute(select(rounds).order_by(rounds.c.starts_on.desc(), rounds.c.id))
    return [Round(**{slot: row._mapping[slot] for slot in Round.__slots__}) for row in rows]


def require_status(found: Round, *allowed: str) -> None:
    if found.status not in allowed:
        raise RoundNotOpen(f"round {found.id} is {found.status}; this needs {' or '.join(allowed)}")


def move_round(
    connection: Connection, round_id: int, status: str, *, actor: str, at: datetime
) -> Round:
    """Open a planned round or close an open one."""
    found = get_round(connection, round_id)
    if status not in ROUND_STATUSES[1:]:
        raise InvalidRound("a round is opened or closed", "status")
    require_status(found, ROUND_STATUSES[ROUND_STATUSES.index(status) - 1])
    if status == "open" and not communities_of(connection, round_id):
        raise InvalidRound("a round opens with at least one community", "communities")
    stamp = {"open": {"opened_at": at}, "closed": {"closed_at": at}}[status]
    connection.execute(update(rounds).where(rounds.c.id == round_id).values(status=status, **stamp))
    audit.record(connection, actor=actor, action="community.round_status",
                 subject_type="round", subject_id=round_id, after={"status": status})  # fmt: skip
    return get_round(connection, round_id)


def communities_of(connection: Connection, round_id: int) -> list[int]:
    query = select(round_communities.c.community_id).where(round_communities.c.round_id == round_id)
    return sorted(connection.execute(query).scalars())


def add_round_community(
    connection: Connection, round_id: int, community_id: int, *, actor: str, at: datetime
) -> None:
    require_status(get_round(connection, round_id), "planned", "open")
    get_community(connection, community_id)
    if community_id in communities_of(connection, round_id):
        return
    connection.execute(
        insert(round_communities), {"round_id": round_id, "community_id": community_id}
    )
    audit.record(connection, actor=actor, action="community.round_community_add",
                 subject_type="round", subject_id=round_id,
                 after={"community_id": community_id})  # fmt: skip


def assign_collector(
    connection: Connection,
    round_id: int,
    community_id: int,
    user_id: int,
    *,
    actor: str,
    at: datetime,
) -> None:
    """A collector works in a round's community only when it is among the communities
    their collector duty names (``outside_assignment`` otherwise)."""
    require_status(get_round(connection, round_id), "planned", "open")
    if community_id not in communities_of(connection, round_id):
        raise InvalidRound("add the community to the round first", "community_id")
    duty = next((d for d in list_duties(connection, user_id)
                 if d.duty == "collector" and d.community_id == community_id), None)  # fmt: skip
    if duty is None:
        raise OutsideAssignment("this login holds no collector duty in this community")
    if assigned(connection, round_id, user_id, community_id):
        return
    row = {
        "round_id": round_id,
        "community_id": community_id,
        "user_id": user_id,
        "duty_id": duty.id,
    }
    connection.execute(insert(round_collectors), row)
    audit.record(connection, actor=actor, action="community.round_collector_assign",
                 subject_type="round", subject_id=round_id,
                 after={"community_id": community_id, "user_id": user_id})  # fmt: skip


def assigned(connection: Connection, round_id: int, user_id: int, community_id: int) -> int | None:
    """The collector duty under which ``user_id`` collects in the round's community, while
    that duty lasts; ``None`` when they are not (or no longer) assigned there."""
    duty_ids = {d.id for d in list_duties(connection, user_id) if d.duty == "collector"}
    query = select(round_collectors.c.duty_id).where(
        round_collectors.c.round_id == round_id,
        round_collectors.c.user_id == user_id,
        round_collectors.c.community_id == community_id,
    )
    found = connection.execute(query).scalar()
    return found if found in duty_ids else None


def collectors_of(connection: Connection, round_id: int) -> list[tuple[int, int]]:
    """(community, login) pairs assigned in the round."""
    query = select(round_collectors.c.community_id, round_collectors.c.user_id).where(
        round_collectors.c.round_id == round_id
    )
    return sorted((row[0], row[1]) for row in connection.execute(query))


def rounds_of_collector(connection: Connection, user_id: int) -> list[tuple[Round, list[int]]]:
    """The open rounds ``user_id`` collects in, with the communities of each."""
    found: dict[int, list[int]] = {}
    query = select(round_collectors.c.round_id, round_collectors.c.community_id).where(
        round_collectors.c.user_id == user_id
    )
    for round_id, community_id in connection.execute(query):
        if assigned(connection, round_id, user_id, community_id) is not None:
            found.setdefault(round_id, []).append(community_id)
    shown = [(get_round(connection, r), sorted(c)) for r, c in found.items()]
    return [(r, c) for r, c in shown if r.status == "open"]
