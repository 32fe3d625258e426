"""Running a simulation: plan the pilot, register it, then replay it day by day.

Each simulated day is one write transaction on one connection: its steps run in time
order, each under ``simulated_time`` so every row it writes carries that moment. A
transaction that must be retried starts again from a copy of the state it started from.
Few, large transactions matter on SQLite: every commit writes each page it dirtied to the
WAL again, and a day of payments dirties pages all over the idempotency-key indexes (one
transaction per simulated hour wrote ~25 GB of WAL for a 90-day run, one per day a
third of it). The connection gets a page cache that holds those indexes.
"""

import time
from dataclasses import dataclass
from datetime import timedelta
from random import Random
from typing import Protocol

from sqlalchemy import Connection, Engine, func, select

from thungngoen.clock import simulated_time
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.simulation.behaviour import plan_day
from thungngoen.simulation.event import EVENT_CODE, plan_event
from thungngoen.simulation.merchants import plan_merchants
from thungngoen.simulation.population import plan_agents, plan_members
from thungngoen.simulation.registration import Registered, register_all
from thungngoen.simulation.ties import tie
from thungngoen.simulation.world import (
    Business,
    Day,
    Person,
    SimulationConfig,
    State,
    Turn,
    World,
)
from thungngoen.wallet import programs
from thungngoen.wallet.reserve import reserve_report

SQLITE_CACHE_KIB = 256 * 1024


class Progress(Protocol):
    def phase(self, name: str, total: int) -> None: ...

    def advance(self, steps: int) -> None: ...


class Silent:
    def phase(self, name: str, total: int) -> None:
        pass

    def advance(self, steps: int) -> None:
        pass


@dataclass(frozen=True, slots=True)
class Summary:
    members: int
    merchants: dict[str, int]
    agents: int
    days: int
    transfers: int
    coin_outstanding: int
    baht_backing: int
    counts: dict[str, int]
    seconds: float


def already_simulated(engine: Engine) -> bool:
    with read_transaction(engine) as connection:
        try:
            programs.program_by_code(connection, EVENT_CODE)
        except programs.UnknownProgram:
            return False
    return True


def simulate(
    engine: Engine, config: SimulationConfig, progress: Progress | None = None
) -> Summary | None:
    """Build the pilot economy; ``None`` if the database holds a simulation already."""
    progress = progress or Silent()
    if already_simulated(engine):
        return None
    started, before = time.perf_counter(), _transfer_count(engine)
    rng = Random(config.seed)
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            connection.commit()
        world = _build(connection, config, rng, progress)
        state = State()
        progress.phase("days", config.days)
        for number in range(config.days):
            day = Day(number)
            plan_day(rng, world, state, day)
            state = _run_day(connection, world, state, day)
            progress.advance(1)
    return _summary(engine, world, state, before, time.perf_counter() - started)


def _summary(engine: Engine, world: World, state: State, before: int, seconds: float) -> Summary:
    with read_transaction(engine) as connection:
        reserve = reserve_report(connection)
    categories: dict[str, int] = {}
    for business in world.businesses:
        categories[business.category.code] = categories.get(business.category.code, 0) + 1
    return Summary(
        members=len(world.people),
        merchants=categories,
        agents=len(world.agents),
        days=world.config.days,
        transfers=_transfer_count(engine) - before,
        coin_outstanding=reserve.coin_outstanding,
        baht_backing=reserve.baht_backing,
        counts=dict(sorted(state.counts.items())),
        seconds=seconds,
    )


def _build(
    connection: Connection, config: SimulationConfig, rng: Random, progress: Progress
) -> World:
    members = plan_members(rng, config.members)
    merchants = plan_merchants(rng, config.merchants)
    agents = plan_agents(rng, members)
    ties = tie(rng, members, merchants, agents)
    event = plan_event(rng, config, members, merchants)
    progress.phase("setup", len(agents) + len(merchants) + len(members))
    done = register_all(connection, config, (agents, merchants, members, event), progress.advance)
    people = tuple(
        Person(
            member=member,
            phone=planned.phone,
            purchases_per_day=planned.purchases_per_day,
            promptpay=planned.promptpay,
            agent_id=done.agents[ties.agent_of[index]],
            favourites=ties.favourites[index],
        )
        for index, (member, planned) in enumerate(zip(done.members, members, strict=True))
    )
    businesses = tuple(
        Business(
            shop, planned.category, ties.suppliers[i], ties.staff[i], ties.funds[i], ties.offsets[i]
        )
        for i, (shop, planned) in enumerate(zip(done.shops, merchants, strict=True))
    )
    return World(
        config, people, businesses, tuple(done.agents), _neighbours(done), event, done.event_program
    )


def _neighbours(done: Registered) -> dict[str, tuple[int, ...]]:
    grouped: dict[str, list[int]] = {}
    for index, member in enumerate(done.members):
        grouped.setdefault(member.tambon_code, []).append(index)
    return {code: tuple(indexes) for code, indexes in grouped.items()}


def _run_day(connection: Connection, world: World, state: State, day: Day) -> State:
    steps = sorted(day.intents)
    midnight = world.config.moment(day.number, 0)
    prefix = f"sim{world.config.seed}-d{day.number}-"

    def work(connection: Connection) -> State:
        draft = state.copy()
        for step in steps:
            moment = midnight + timedelta(seconds=step.second)
            key = f"{prefix}{step.seq}"
            with simulated_time(moment):
                step.act(Turn(connection, world, draft, moment, key))
        return draft

    return write_transaction(connection, work)


def _transfer_count(engine: Engine) -> int:
    with read_transaction(engine) as connection:
        return int(connection.execute(select(func.count()).select_from(transfers)).scalar_one())
