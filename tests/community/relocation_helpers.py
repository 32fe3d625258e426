"""Relocation requests over ``helpers.World``: a household with persons and its request."""

from datetime import timedelta
from typing import Any

from tests.community.helpers import ACTOR, AT, World
from thungngoen.community import relocation as rel


def household_with(world: World, persons: int = 3, **more: Any) -> int:
    home = world.household(**({"income_month": 1_200_000} | more))
    for number in range(persons):
        world.person(home.id, name=f"สมาชิก {number}", relation="head" if number == 0 else "child")
    return home.id


def register(world: World, household_id: int, **more: Any) -> rel.RelocationRequest:
    values: dict[str, Any] = {"reason": "railway_land", "loan_amount": 30_000_000} | more
    return world.write(
        lambda c: rel.register_request(c, household_id=household_id, **values, actor=ACTOR, at=AT)
    )


def step(
    world: World, request: rel.RelocationRequest, status: str, actor: str = ACTOR, **more: Any
) -> rel.RelocationRequest:
    return world.write(
        lambda c: rel.take_step(
            c, request.id, status, expected_version=request.version, actor=actor,
            at=AT + timedelta(days=request.version), **more,
        )
    )  # fmt: skip


def proposal(world: World, name: str = "บ้านมั่นคงบ่อยาง ระยะที่ 1") -> rel.Proposal:
    return world.write(lambda c: rel.create_proposal(c, name=name, actor=ACTOR, at=AT))
