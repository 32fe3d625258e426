"""Agents a member can top up with in cash: those of the member's sub-district first,
then the rest of the district."""

from dataclasses import dataclass

from sqlalchemy import Connection, select

from thungngoen.registry.places import tambon, tambons
from thungngoen.wallet.tables import agents

MAX_AGENTS = 20


@dataclass(frozen=True, slots=True)
class NearbyAgent:
    name: str
    tambon: str
    amphoe: str
    same_tambon: bool


def agents_near(connection: Connection, tambon_code: str) -> list[NearbyAgent]:
    home = tambon(tambon_code)
    district = [code for code, place in tambons().items() if place.amphoe_code == home.amphoe_code]
    rows = connection.execute(
        select(agents.c.name, agents.c.tambon_code)
        .where(agents.c.tambon_code.in_(district))
        .order_by(agents.c.name, agents.c.id)
    ).all()
    found = [
        NearbyAgent(name, tambon(code).name, home.amphoe, code == home.code) for name, code in rows
    ]
    found.sort(key=lambda agent: not agent.same_tambon)
    return found[:MAX_AGENTS]
