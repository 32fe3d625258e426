"""Who lives in the simulated pilot: members spread over the sub-districts (weighted to
the pilot area), with their shopping habits, and the agents who take their cash."""

from collections import Counter
from dataclasses import dataclass
from random import Random

from thungngoen.registry import names
from thungngoen.registry.places import tambons
from thungngoen.simulation.areas import area_weights, is_pilot_district

PURCHASE_PROFILES = ((0.7, 0.35), (2.0, 0.45), (4.0, 0.20))
"""(purchases a day, share of members): occasional, regular and heavy users."""
PROMPTPAY_SHARE = 0.2
"""Members who top up from their bank app; the others bring cash to an agent."""
MEMBERS_PER_AGENT = 250


@dataclass(frozen=True, slots=True)
class PlannedMember:
    phone: str
    name: str
    tambon: str
    community: str
    purchases_per_day: float
    promptpay: bool


@dataclass(frozen=True, slots=True)
class PlannedAgent:
    phone: str
    name: str
    tambon: str


def plan_members(rng: Random, count: int) -> list[PlannedMember]:
    codes, cumulative = area_weights("home")
    rates = [rate for rate, _ in PURCHASE_PROFILES]
    shares = [share for _, share in PURCHASE_PROFILES]
    planned = []
    for number in range(count):
        tambon = rng.choices(codes, cum_weights=cumulative)[0]
        planned.append(
            PlannedMember(
                phone=names.phone(names.MEMBER_PHONES, number),
                name=names.person_name(rng),
                tambon=tambon,
                community=_community(rng, tambon),
                purchases_per_day=rng.choices(rates, shares)[0],
                promptpay=rng.random() < PROMPTPAY_SHARE,
            )
        )
    return planned


def _community(rng: Random, tambon: str) -> str:
    """Town sub-districts are made of communities (ชุมชน), villages of หมู่ที่ (moo)."""
    if is_pilot_district(tambon):
        return f"ชุมชนที่ {rng.randint(1, 20)}"
    return f"หมู่ที่ {rng.randint(1, 12)}"


def plan_agents(rng: Random, members: list[PlannedMember]) -> list[PlannedAgent]:
    """One agent (a savings-group treasurer) per ``MEMBERS_PER_AGENT`` members, at least
    two, in the sub-districts where most members live."""
    count = max(2, -(-len(members) // MEMBERS_PER_AGENT))
    living = Counter(member.tambon for member in members)
    busiest = sorted(living, key=lambda code: (-living[code], code))
    agents = []
    for number in range(count):
        tambon = busiest[number % len(busiest)]
        name = f"กลุ่มออมทรัพย์{tambons()[tambon].name} ({names.person_name(rng)})"
        agents.append(PlannedAgent(names.phone(names.AGENT_PHONES, number), name, tambon))
    return agents
