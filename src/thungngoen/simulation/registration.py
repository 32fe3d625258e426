"""Setting the simulated pilot up through the wallet's own operations, the day before its
launch: the event (the simulation's marker) and its sponsors, the agents, the shops
(approved, in their category's tier), the members, a few coin promotions."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from sqlalchemy import Connection

from thungngoen.auth.users import create_user
from thungngoen.clock import simulated_time
from thungngoen.db import write_transaction
from thungngoen.simulation.event import list_stalls, open_event
from thungngoen.simulation.merchants import PlannedMerchant
from thungngoen.simulation.population import PlannedAgent, PlannedMember
from thungngoen.simulation.world import ACTOR, EventPlan, SimulationConfig
from thungngoen.wallet import book, people
from thungngoen.wallet.agent_limits import set_float_limit
from thungngoen.wallet.promotions import create_promotion

CHUNK = 250
"""Registrations per write transaction."""
SETUP_START, SETUP_END = 8 * 3600, 18 * 3600
PROMOTION_EVERY = 12
"""One shop in this many food stalls and groceries gives 5% off in coin (capped at 10
baht a purchase); one promotion in ``CASHBACK_EVERY`` is a 5% cashback instead."""
CASHBACK_EVERY = 4
AGENT_FLOAT_LIMIT = 50_000_000
"""500,000 baht: a treasurer serving a few hundred members takes a busy day's cash (event
days included) before handing it over in the evening."""
T = TypeVar("T")
P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class Registered:
    agents: list[int]
    shops: list[people.Shop]
    members: list[people.Member]
    event_program: int


class Registrar:
    """Registers in chunks of ``CHUNK`` per transaction, each one at its own moment of the
    setup day (day −1, 08:00–18:00)."""

    def __init__(self, bind: Connection, config: SimulationConfig, total: int) -> None:
        self.bind, self.config, self.total, self.done = bind, config, max(total, 1), 0

    def each(
        self,
        planned: list[P],
        register: Callable[[Connection, P], T],
        advance: Callable[[int], None],
    ) -> list[T]:
        results: list[T] = []
        for first in range(0, len(planned), CHUNK):
            chunk = planned[first : first + CHUNK]
            results.extend(write_transaction(self.bind, partial(self._chunk, register, chunk)))
            self.done += len(chunk)
            advance(len(chunk))
        return results

    def at(self, second: int, work: Callable[[Connection], T]) -> T:
        with simulated_time(self.config.moment(-1, second)):
            return write_transaction(self.bind, work)

    def _chunk(
        self, register: Callable[[Connection, P], T], chunk: list[P], connection: Connection
    ) -> list[T]:
        registered = []
        for number, planned in enumerate(chunk, start=self.done):
            second = SETUP_START + number * (SETUP_END - SETUP_START) // self.total
            with simulated_time(self.config.moment(-1, second)):
                registered.append(register(connection, planned))
        return registered


def register_all(
    bind: Connection,
    config: SimulationConfig,
    plan: tuple[list[PlannedAgent], list[PlannedMerchant], list[PlannedMember], EventPlan],
    advance: Callable[[int], None],
) -> Registered:
    agents, merchants, members, event = plan
    registrar = Registrar(bind, config, len(agents) + len(merchants) + len(members))

    def opening(connection: Connection) -> int:
        book.ensure_system_accounts(connection)
        return open_event(connection, config, event)

    def closing(connection: Connection) -> None:
        list_stalls(connection, program, [shops[index].id for index in event.stalls])
        _promotions(connection, config, shops)

    program = registrar.at(SETUP_START - 1800, opening)
    agent_ids = registrar.each(agents, register_agent, advance)
    shops = registrar.each(merchants, register_shop, advance)
    member_list = registrar.each(members, register_member, advance)
    registrar.at(SETUP_END + 1800, closing)
    return Registered(agent_ids, shops, member_list, program)


def register_agent(connection: Connection, agent: PlannedAgent) -> int:
    user = create_user(
        connection, phone=agent.phone, name=agent.name, role="agent", password=None, actor=ACTOR
    )
    agent_id = people.register_agent(
        connection, user=user, name=agent.name, tambon_code=agent.tambon, actor=ACTOR
    )
    set_float_limit(connection, agent_id, AGENT_FLOAT_LIMIT, ACTOR)
    return agent_id


def register_shop(connection: Connection, planned: PlannedMerchant) -> people.Shop:
    owner = create_user(
        connection,
        phone=planned.phone,
        name=planned.owner,
        role="merchant",
        password=None,
        actor=ACTOR,
    )
    merchant_id = people.register_merchant(
        connection,
        owner=owner,
        business_name=planned.business_name,
        category=planned.category.code,
        tambon_code=planned.tambon,
        payout_promptpay=planned.phone,
        actor=ACTOR,
    )
    tier = planned.category.tier
    people.set_merchant_status(connection, merchant_id, "approved", actor=ACTOR, tier=tier)
    shop = people.find_shop(connection, merchant_id)
    assert shop is not None
    return shop


def register_member(connection: Connection, planned: PlannedMember) -> people.Member:
    return people.register_member(
        connection,
        phone=planned.phone,
        name=planned.name,
        password=None,
        tambon_code=planned.tambon,
        community=planned.community,
        actor=ACTOR,
    )


def _promotions(connection: Connection, config: SimulationConfig, shops: list[people.Shop]) -> None:
    retail = [shop for shop in shops if shop.category in ("food", "grocery")]
    for number, shop in enumerate(retail[::PROMOTION_EVERY]):
        create_promotion(
            connection,
            merchant_id=shop.id,
            kind="cashback" if number % CASHBACK_EVERY == CASHBACK_EVERY - 1 else "percent",
            percent=5,
            cap=1_000,
            min_spend=5_000,
            starts_at=config.moment(0, 0),
            ends_at=config.moment(config.days, 0),
            actor=ACTOR,
        )
