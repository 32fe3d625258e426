"""The demo's 150 relocation requests (seed 002: "150 households asking CODI for new
housing, from the survey of December 2021") over Bo Yang's demo households — those who
said they wish to relocate first — at every step, and one proposal to CODI holding the
requests proposed, approved and moved. A fixed seed: the same data every time."""

from datetime import datetime, timedelta
from random import Random

from sqlalchemy import Connection, select

from thungngoen.community.households import update_household
from thungngoen.community.relocation.proposals import create_proposal
from thungngoen.community.relocation.register import register_request
from thungngoen.community.relocation.rules import REASONS
from thungngoen.community.relocation.steps import take_step
from thungngoen.community.tables import communities, households

REQUESTS = 150
PROPOSAL = "โครงการบ้านมั่นคงเมืองสงขลา ระยะที่ 1 (ตัวอย่าง)"
WAYS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (40, ()),
    (35, ("verified",)),
    (30, ("verified", "proposed")),
    (15, ("verified", "proposed", "approved")),
    (10, ("verified", "proposed", "approved", "moved")),
    (12, ("withdrawn",)),
    (8, ("verified", "withdrawn")),
)
"""How many requests stop at each step: 150 in all."""


def load_relocation_demo(
    connection: Connection, at: datetime, tambon: str, coordinator: str, seed: int = 2
) -> int:
    """``coordinator``: the actor of the network's steps (the demo coordinator's login)."""
    rng = Random(seed)
    rows = connection.execute(
        select(households.c.id, households.c.version, households.c.wish_to_relocate)
        .join(communities, communities.c.id == households.c.community_id)
        .where(communities.c.tambon_code == tambon)
        .order_by(households.c.id)
    ).all()
    rng.shuffle(rows := list(rows))
    rows.sort(key=lambda row: not row.wish_to_relocate)
    chosen = rows[:REQUESTS]
    plan = create_proposal(
        connection, name=PROPOSAL, note="เสนอโดยเครือข่ายพัฒนาเมืองสงขลา", actor=coordinator,
        at=at - timedelta(days=60),
    )  # fmt: skip
    ways = [way for count, way in WAYS for _ in range(count)]
    for row, way in zip(chosen, ways, strict=False):
        if not row.wish_to_relocate:
            update_household(connection, row.id, expected_version=row.version,
                             wish_to_relocate=True, actor="demo", at=at)  # fmt: skip
        made = register_request(
            connection, household_id=row.id, reason=rng.choice(REASONS[:-1]),
            declared_savings=rng.randrange(0, 60_001) * 100, actor="demo",
            at=at - timedelta(days=120),
        )  # fmt: skip
        version = made.version
        for number, status in enumerate(way, start=1):
            take_step(
                connection, made.id, status, expected_version=version,
                proposal_id=plan.id if status == "proposed" else None,
                actor=coordinator, at=at - timedelta(days=120 - 25 * number),
            )  # fmt: skip
            version += 1
    return len(chosen)
