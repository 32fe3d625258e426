"""The simulated pilot as the simulator sees it: who is who (fixed after setup), and the
state that changes as it runs (a mirror of the wallets, so that nobody tries to spend
coin they do not hold), copied for each unit of work so that a retried transaction
starts again from the state it started from."""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection

from thungngoen.simulation.categories import Category
from thungngoen.thai import THAI_TIME
from thungngoen.wallet.people import Member, Shop

ACTOR = "simulator"


@dataclass(frozen=True, slots=True)
class SimulationConfig:
    members: int
    merchants: int
    days: int
    seed: int
    start: date
    """The first simulated day (Thai calendar)."""

    def moment(self, day: int, second: int) -> datetime:
        """``second`` seconds into simulated day ``day``, Thai time."""
        midnight = datetime.combine(self.start + timedelta(days=day), time(), THAI_TIME)
        return midnight + timedelta(seconds=second)


@dataclass(frozen=True, slots=True)
class Person:
    member: Member
    phone: str
    purchases_per_day: float
    promptpay: bool
    """Tops up by PromptPay; otherwise with cash at an agent."""
    agent_id: int
    favourites: dict[str, tuple[int, ...]]
    """Category code → indexes (in ``World.shops``) of the shops the member goes to."""


@dataclass(frozen=True, slots=True)
class Business:
    shop: Shop
    category: Category
    suppliers: tuple[int, ...]
    """Indexes of the shops it buys from."""
    staff: tuple[int, ...]
    """Indexes (in ``World.people``) of its employees."""
    fund: str
    """The community fund its redemption fees go to."""
    offset: int
    """Staggers its restocking, pay day and redemptions over the week."""


@dataclass(frozen=True, slots=True)
class EventPlan:
    day: int
    participants: tuple[int, ...]
    """Indexes of the people who come."""
    stalls: tuple[int, ...]
    """Indexes of the businesses that take the allowance."""


@dataclass(frozen=True, slots=True)
class World:
    config: SimulationConfig
    people: tuple[Person, ...]
    businesses: tuple[Business, ...]
    agents: tuple[int, ...]
    neighbours: dict[str, tuple[int, ...]]
    """Sub-district → indexes of the people living there."""
    event: EventPlan
    event_program: int


@dataclass(frozen=True, slots=True)
class PendingTopUp:
    person: int
    request_id: int
    amount: int
    reference: str
    paid_at: datetime


@dataclass(slots=True)
class State:
    coin: dict[int, int] = field(default_factory=dict)
    """Account id → coin it holds (wallets and event allowances)."""
    allowance: dict[int, int] = field(default_factory=dict)
    """Person index → what is left of the event allowance."""
    promptpay: list[PendingTopUp] = field(default_factory=list)
    queued_payouts: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def copy(self) -> "State":
        return replace(
            self,
            coin=dict(self.coin),
            allowance=dict(self.allowance),
            promptpay=list(self.promptpay),
            counts=dict(self.counts),
        )

    def held(self, account_id: int) -> int:
        return self.coin.get(account_id, 0)

    def move(self, debit: int | None, credit: int | None, amount: int) -> None:
        """Coin leaves ``debit`` and reaches ``credit`` (``None``: the mint)."""
        if debit is not None:
            self.coin[debit] = self.held(debit) - amount
        if credit is not None:
            self.coin[credit] = self.held(credit) + amount

    def count(self, what: str, times: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + times


@dataclass(frozen=True, slots=True)
class Turn:
    """One simulated action about to happen: where, when, on what, under which key."""

    connection: Connection
    world: World
    state: State
    moment: datetime
    key: str


@dataclass(frozen=True, slots=True, order=True)
class Intent:
    """Something someone means to do at ``second`` of the day; ``seq`` keeps the order of
    planning between intents of the same second."""

    second: int
    seq: int
    act: Callable[[Turn], None] = field(compare=False)


class Day:
    """The intents planned for one simulated day, numbered in the order of planning."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.intents: list[Intent] = []

    def plan(self, second: int, act: Callable[[Turn], None]) -> None:
        self.intents.append(Intent(second, len(self.intents), act))
