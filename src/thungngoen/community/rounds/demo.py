"""The demo's survey round: one open round over every demo community, its answers written
in bulk from each household's own figures and a fixed seed (the same every time, well
under a second for 3,000 households). The demo collector collects in their three
communities and has about one household in ten still to visit there; the coordinator
entered the rest at the office."""

from datetime import date, datetime
from random import Random
from typing import Any

from sqlalchemy import Connection, func, insert, select

from thungngoen.auth.users import find_by_phone
from thungngoen.community.duties import list_duties
from thungngoen.community.round_tables import round_records
from thungngoen.community.rounds.records import figures
from thungngoen.community.rounds.rounds import (
    add_round_community,
    assign_collector,
    create_round,
    move_round,
)
from thungngoen.community.rounds.standard import STANDARD_QUESTIONS
from thungngoen.community.tables import households, persons

DEMO_ROUND = "รอบสำรวจตัวอย่าง ปี 2569 (ข้อมูลสมมุติ)"
LEFT_TO_VISIT = 10
"""One household in this many of the collector's communities is not yet recorded."""
MEETS = 0.97
"""The share of households meeting each indicator in the demo."""


def _answers(rng: Random, members: int, income_month: int, tenure: str) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "members": max(1, members),
        "income_year": income_month * 12 // 100,
        "tenure": tenure,
    }
    for question in STANDARD_QUESTIONS:
        if question.kind != "yes_no":
            continue
        if question.required or rng.random() < 0.4:
            answers[question.key] = rng.random() < MEETS
    return answers


def add_demo_round(
    connection: Connection, community_ids: list[int], coordinator_phone: str,
    collector_phone: str, at: datetime, seed: int = 2569,
) -> int:  # fmt: skip
    """The round's id; its records in one statement."""
    rng = Random(seed)
    coordinator, collector = (
        find_by_phone(connection, p) for p in (coordinator_phone, collector_phone)
    )
    assert coordinator is not None
    assert collector is not None
    actor = f"user:{coordinator.id}"
    found = create_round(connection, name=DEMO_ROUND, starts_on=date(2026, 6, 1),
                         ends_on=date(2026, 9, 30), actor=actor, at=at)  # fmt: skip
    for community_id in community_ids:
        add_round_community(connection, found.id, community_id, actor=actor, at=at)
    duties: dict[int, int] = {}
    for held in list_duties(connection, collector.id):
        if held.duty == "collector" and held.community_id is not None:
            duties[held.community_id] = held.id
    for place in sorted(duties):
        assign_collector(connection, found.id, place, collector.id, actor=actor, at=at)
    move_round(connection, found.id, "open", actor=actor, at=at)
    members: dict[int, int] = dict(
        connection.execute(
            select(persons.c.household_id, func.count()).group_by(persons.c.household_id)
        ).all()
    )
    home_c = households.c
    query = select(home_c.id, home_c.community_id, home_c.income_month, home_c.tenure)
    query = query.where(home_c.community_id.in_(community_ids))
    rows = []
    for home in connection.execute(query.order_by(households.c.id)):
        answers = _answers(rng, members.get(home.id, 1), home.income_month, home.tenure)
        duty = duties.get(home.community_id)
        if duty is not None and rng.randrange(LEFT_TO_VISIT) == 0:
            continue
        rows.append(
            figures(answers) | {
                "round_id": found.id, "household_id": home.id, "community_id": home.community_id,
                "collector_id": collector.id if duty is not None else coordinator.id,
                "duty_id": duty, "idempotency_key": f"demo-{found.id}-{home.id}",
                "answers": answers, "version": 1, "created_at": at, "updated_at": at,
            }
        )  # fmt: skip
    if rows:
        connection.execute(insert(round_records), rows)
    return found.id
