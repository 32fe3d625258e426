"""A household's record in a round: its answers, who collected it under which duty, and
the figures the five dimensions are judged on. ``submit_round_record`` is the one entry
operation — the office form, the API and the offline phone all call it.

Each entry carries an idempotency key: the same key sent again returns the record it
made and writes nothing (a phone resending after a lost answer). A record changed since
the version the entry was made on is refused (``community_version_conflict``), never
overwritten."""

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.auth.users import User
from thungngoen.community.duties import duties_of
from thungngoen.community.errors import OutsideAssignment, VersionConflict
from thungngoen.community.households import get_household
from thungngoen.community.round_tables import DIMENSIONS, round_records, rounds
from thungngoen.community.rounds.answers import checked_answers
from thungngoen.community.rounds.deprivation import INDICATORS
from thungngoen.community.rounds.questions import questions_of
from thungngoen.community.rounds.rounds import (
    InvalidRound,
    Round,
    assigned,
    communities_of,
    get_round,
    require_status,
)


@dataclass(frozen=True, slots=True)
class RoundRecord:
    id: int
    round_id: int
    household_id: int
    community_id: int
    collector_id: int
    duty_id: int | None
    idempotency_key: str
    answers: dict[str, Any]
    members: int
    tenure: str
    income_year: int
    """Satang over the year, the whole household."""
    income_per_person: int
    income_failed: int
    living_failed: int
    health_failed: int
    education_failed: int
    services_failed: int
    version: int
    created_at: datetime
    updated_at: datetime

    def figures(self) -> dict[str, Any]:
        return {slot: getattr(self, slot) for slot in ("income_per_person", *FAILED)}


FAILED = tuple(f"{d}_failed" for d in DIMENSIONS)


def figures(answers: dict[str, Any]) -> dict[str, Any]:
    """What the dimensions are judged on, from checked answers of the standard form."""
    members = int(answers["members"])
    income_year = int(answers["income_year"]) * 100
    found: dict[str, Any] = {
        "members": members,
        "tenure": answers["tenure"],
        "income_year": income_year,
        "income_per_person": income_year // members,
    }
    for dimension in DIMENSIONS:
        keys = INDICATORS[dimension]
        found[f"{dimension}_failed"] = sum(1 for key in keys if answers.get(key) is False)
    return found


def _record(row: Any) -> RoundRecord:
    return RoundRecord(**{slot: row._mapping[slot] for slot in RoundRecord.__slots__})


def find_record(connection: Connection, round_id: int, household_id: int) -> RoundRecord | None:
    row = connection.execute(
        select(round_records).where(
            round_records.c.round_id == round_id, round_records.c.household_id == household_id
        )
    ).first()
    return None if row is None else _record(row)


def _by_key(connection: Connection, key: str) -> RoundRecord | None:
    query = select(round_records).where(round_records.c.idempotency_key == key)
    row = connection.execute(query).first()
    return None if row is None else _record(row)


def submit_round_record(
    connection: Connection,
    round_id: int,
    household_id: int,
    answers: dict[str, Any],
    *,
    collector: User,
    idempotency_key: str,
    base_version: int | None,
    at: datetime,
) -> RoundRecord:
    """Record (``base_version`` ``None``) or correct (the version it was made on) one
    household's answers in an open round, by a collector assigned to its community there
    or a coordinator."""
    if not isinstance(idempotency_key, str) or not re.fullmatch(
        r"[A-Za-z0-9_.:\-]{8,64}", idempotency_key
    ):
        raise InvalidRound(
            "an idempotency key is 8 to 64 letters, digits or - _ . :", "idempotency_key"
        )
    done = _by_key(connection, idempotency_key)
    if done is not None:
        if (done.round_id, done.household_id) != (round_id, household_id):
            raise InvalidRound("this idempotency key belongs to another entry", "idempotency_key")
        if (
            done.collector_id != collector.id
            and not duties_of(connection, collector.id).coordinator
        ):
            raise OutsideAssignment("this entry was sent by another collector")
        return done
    found = get_round(connection, round_id)
    require_status(found, "open")
    household = get_household(connection, household_id)
    if household.community_id not in communities_of(connection, round_id):
        raise InvalidRound("this household's community is not in the round", "household_id")
    duty_id = assigned(connection, round_id, collector.id, household.community_id)
    if duty_id is None and not duties_of(connection, collector.id).coordinator:
        raise OutsideAssignment("you are not assigned to this community in this round")
    if not isinstance(answers, dict):
        raise InvalidRound("answers are question → answer", "answers")
    clean = checked_answers(questions_of(connection, round_id), answers)
    values = figures(clean) | {"answers": clean, "updated_at": at}
    who = {"collector_id": collector.id, "duty_id": duty_id, "idempotency_key": idempotency_key}
    before = find_record(connection, round_id, household_id)
    if before is None:
        if base_version is not None:
            raise VersionConflict(f"household {household_id} has no record in round {round_id} yet")
        row = values | who | {"round_id": round_id, "household_id": household_id,
                              "community_id": household.community_id, "version": 1,
                              "created_at": at}  # fmt: skip
        record_id = connection.execute(
            insert(round_records).returning(round_records.c.id), row
        ).scalar_one()
    else:
        record_id = before.id
        changed = connection.execute(
            update(round_records)
            .where(round_records.c.id == before.id, round_records.c.version == base_version)
            .values(**values, **who, version=round_records.c.version + 1)
        )
        if base_version is None or changed.rowcount != 1:
            raise VersionConflict(
                f"the record of household {household_id} is at version {before.version}, "
                f"not {base_version}"
            )
    version = 1 if before is None else before.version + 1
    audit.record(connection, actor=f"user:{collector.id}", action="community.round_record",
                 subject_type="household", subject_id=household_id,
                 after={"round_id": round_id, "version": version})  # fmt: skip
    record = find_record(connection, round_id, household_id)
    assert record is not None
    assert record.id == record_id
    return record


def round_records_of(
    connection: Connection, round_id: int, community_id: int
) -> dict[int, RoundRecord]:
    """The records of a round in one community, by household."""
    query = select(round_records).where(
        round_records.c.round_id == round_id, round_records.c.community_id == community_id
    )
    return {row.household_id: _record(row) for row in connection.execute(query)}


def household_history(connection: Connection, household_id: int) -> list[tuple[Round, RoundRecord]]:
    """Each round's record of the household, the earliest round first."""
    query = (
        select(round_records)
        .join(rounds, rounds.c.id == round_records.c.round_id)
        .where(round_records.c.household_id == household_id)
        .order_by(rounds.c.starts_on, rounds.c.id)
    )
    return [
        (get_round(connection, row.round_id), _record(row)) for row in connection.execute(query)
    ]
