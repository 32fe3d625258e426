"""What the survey rounds' tests share: a valid set of answers, an open round, a
submitted record and the deprivation counts of a node."""

from datetime import date
from typing import Any

from sqlalchemy import Connection

from tests.community.helpers import ACTOR, AT, World
from thungngoen import community
from thungngoen.community.rounds.rounds import (
    add_round_community,
    assign_collector,
    move_round,
)

LINE = 3_800_000


def good(**more: Any) -> dict[str, Any]:
    """Answers meeting every indicator: 2 members, 100,000 baht a year."""
    answers: dict[str, Any] = {
        "members": 2, "income_year": 100_000, "tenure": "rent", "secure_home": True,
        "drinking_water": True, "water_use": True, "tidy_home": True, "safe_food": True,
        "proper_medicine": True, "exercise": True,
    }  # fmt: skip
    return answers | more


def open_round(world: World, name: str = "รอบ 2569", start: date = date(2026, 6, 1)) -> int:
    def work(c: Connection) -> int:
        found = community.create_round(
            c, name=name, starts_on=start, ends_on=date(start.year, 8, 31), actor=ACTOR, at=AT
        )
        for place in (world.bo_yang, world.rail, world.hat_yai):
            add_round_community(c, found.id, place.id, actor=ACTOR, at=AT)
        assign_collector(c, found.id, world.bo_yang.id, world.users["collector"].id,
                         actor=ACTOR, at=AT)  # fmt: skip
        return found.id

    round_id = world.write(work)
    world.write(lambda c: move_round(c, round_id, "open", actor=ACTOR, at=AT))
    return round_id


def submit(
    world: World,
    round_id: int,
    household_id: int,
    answers: dict[str, Any],
    who: str = "collector",
    key: str | None = None,
    base: int | None = None,
) -> Any:
    entry = key or f"entry-{round_id}-{household_id}-{base}"
    return world.write(
        lambda c: community.submit_round_record(
            c,
            round_id,
            household_id,
            answers,
            collector=world.users[who],
            idempotency_key=entry,
            base_version=base,
            at=AT,
        )
    )


def counts(world: World, node: str, round_id: int) -> dict[str, int]:
    return world.read(
        lambda c: community.deprived_households(c, community.parse_node(node), round_id)
    ).by_dimension
