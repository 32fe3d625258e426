"""The simulated Citizens' Day (วันพลเมือง): sponsors fill the event's fund, participants
(mostly from the pilot district) get an allowance at the gate and spend it at the event's
stalls during the day; the next morning the event is closed and what is left goes back
to the fund. Its program code marks a database that holds a simulation."""

from functools import partial
from random import Random

from sqlalchemy import Connection

from thungngoen.simulation.areas import is_pilot_district
from thungngoen.simulation.merchants import PlannedMerchant
from thungngoen.simulation.population import PlannedMember
from thungngoen.simulation.world import ACTOR, Day, EventPlan, SimulationConfig, Turn
from thungngoen.wallet import programs
from thungngoen.wallet.donations import donate_to_fund

EVENT_CODE = "simulated-citizens-day"
FUND = "citizens-day"
ALLOWANCE = 20_000
"""200 baht per participant."""
PARTICIPANT_SHARE = 0.10
PILOT_WEIGHT = 3.0
"""How much likelier a member of the pilot district is to come."""
STALL_CATEGORIES = ("food", "market", "producer")
MAX_STALLS = 30
SPONSORS = ("หอการค้าจังหวัดสงขลา", "เทศบาลนครสงขลา")
OPENS, CLOSES = 8 * 3600, 20 * 3600


def plan_event(
    rng: Random,
    config: SimulationConfig,
    members: list[PlannedMember],
    shops: list[PlannedMerchant],
) -> EventPlan:
    """Two thirds into the run; participants drawn without replacement, weighted to the
    pilot district (keys ``u ** (1 / weight)``, the largest win)."""
    weights = [PILOT_WEIGHT if is_pilot_district(m.tambon) else 1.0 for m in members]
    keys = [rng.random() ** (1 / weight) for weight in weights]
    count = max(1, round(len(members) * PARTICIPANT_SHARE))
    chosen = sorted(range(len(members)), key=lambda i: (-keys[i], i))[:count]
    stalls = [i for i, s in enumerate(shops) if s.category.code in STALL_CATEGORIES]
    local = [i for i in stalls if is_pilot_district(shops[i].tambon)]
    day = config.days * 2 // 3
    return EventPlan(day, tuple(sorted(chosen)), tuple(local or stalls)[:MAX_STALLS])


def open_event(connection: Connection, config: SimulationConfig, plan: EventPlan) -> int:
    """Create the event program (the simulation's marker) and have the sponsors fund it."""
    terms = programs.ProgramTerms(
        name="วันพลเมืองสงขลา (จำลอง)",
        valid_from=config.moment(plan.day, OPENS),
        valid_until=config.moment(plan.day, CLOSES),
        excluded_categories=("alcohol", "lottery", "tobacco"),
        fund_code=FUND,
        allowance=ALLOWANCE,
    )
    program = programs.create_program(
        connection, code=EVENT_CODE, kind="event", terms=terms, actor=ACTOR
    )
    budget = ALLOWANCE * len(plan.participants)
    for number, sponsor in enumerate(SPONSORS):
        share = budget // len(SPONSORS) + (budget % len(SPONSORS) if number == 0 else 0)
        donate_to_fund(
            connection,
            fund_code=FUND,
            amount=share,
            donor=sponsor,
            idempotency_key=f"{EVENT_CODE}:{number}",
            actor=ACTOR,
        )
    return program.id


def list_stalls(connection: Connection, program_id: int, merchant_ids: list[int]) -> None:
    for merchant_id in merchant_ids:
        programs.add_event_merchant(connection, program_id, merchant_id, actor=ACTOR)


def plan_event_day(rng: Random, plan: EventPlan, program_id: int, day: Day) -> None:
    """Arrivals and spending on the event's day; the closing the morning after."""
    if day.number == plan.day + 1:
        day.plan(9 * 3600, partial(close, program_id))
    if day.number != plan.day:
        return
    for person in plan.participants:
        arrival = rng.randrange(OPENS, 11 * 3600)
        day.plan(arrival, partial(register, program_id, person))
        for _ in range(rng.randint(1, 4)):
            stall = rng.choice(plan.stalls)
            amount = rng.randint(20, 120) * 100
            day.plan(
                rng.randrange(arrival + 600, CLOSES - 600), partial(spend, person, stall, amount)
            )


def register(program_id: int, person: int, turn: Turn) -> None:
    member = turn.world.people[person].member
    participant = programs.register_participant(
        turn.connection, program_id, member.id, actor=ACTOR, now=turn.moment
    )
    turn.state.allowance[person] = participant.allowance
    turn.state.count("event registrations")


def spend(person: int, stall: int, amount: int, turn: Turn) -> None:
    amount = min(amount, turn.state.allowance.get(person, 0))
    if amount <= 0:
        return
    business = turn.world.businesses[stall]
    programs.pay_with_allowance(
        turn.connection,
        turn.world.people[person].member,
        business.shop.id,
        amount,
        turn.key,
        turn.moment,
    )
    turn.state.allowance[person] -= amount
    turn.state.move(None, business.shop.account_id, amount)
    turn.state.count("event payments")


def close(program_id: int, turn: Turn) -> None:
    programs.close_event(turn.connection, program_id, turn.moment, actor=ACTOR)
    turn.state.allowance.clear()
    turn.state.count("event closings")
