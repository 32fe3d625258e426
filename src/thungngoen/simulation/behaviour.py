"""A simulated day: what each member, shop and the operator means to do, and when.

Every random draw happens here, while planning (in a fixed order, from the one seeded
generator); carrying the plan out draws nothing, so a retried transaction replays it
exactly. Decisions that depend on balances are taken from the state at the start of the
day (top-ups) or when the step runs (whether the coin is there, how much to pay).
"""

import math
from datetime import timedelta
from functools import partial
from itertools import accumulate
from random import Random

from thungngoen.simulation import member_flows, merchant_flows
from thungngoen.simulation.categories import CATEGORIES, MEAN_PURCHASE, Category
from thungngoen.simulation.event import plan_event_day
from thungngoen.simulation.world import Business, Day, Person, State, World

HOUR = 3600
PURCHASE_WEIGHTS = tuple(accumulate(category.purchase_share for category in CATEGORIES))
WEEKEND_BOOST = 1.2
LOW_DAYS = 2
"""A member tops up when the wallet holds less than this many days of spending …"""
TOPUP_CHANCE = 0.6
"""… with this chance on a given day …"""
TOPUP_DAYS = (7, 14)
"""… enough for this many days (drawn in the range), in whole 100 baht, …"""
TOPUP_RANGE = (20_000, 300_000)
"""… between 200 and 3,000 baht."""
SEND_CHANCE = 0.01
"""Chance a member sends coin to a neighbour on a given day."""
SEND_AMOUNTS = (10_000, 20_000, 30_000, 50_000, 100_000)
COIN_WAGE_SHARE = 0.5
"""The part of a weekly wage (six days) paid in coin; the rest is cash."""
STATEMENT_IMPORTS = (12 * HOUR, 18 * HOUR, 23 * HOUR + 1800)
PAYOUT_TIME = 16 * HOUR
HANDOVER_TIME = 18 * HOUR + 1800
"""The agents hand the day's cash over after the last top-up (they take them 8:00–18:00)."""


def plan_day(rng: Random, world: World, state: State, day: Day) -> None:
    weekday = (world.config.start + timedelta(days=day.number)).weekday()
    boost = WEEKEND_BOOST if weekday >= 5 else 1.0
    waiting = {topup.person for topup in state.promptpay}
    for index, person in enumerate(world.people):
        _plan_topup(rng, state, index, person, day, index in waiting)
        _plan_purchases(rng, index, person, day, boost)
        _plan_sending(rng, world, index, person, day)
    for index, business in enumerate(world.businesses):
        _plan_business(rng, index, business, day, weekday)
    for second in STATEMENT_IMPORTS:
        day.plan(second, merchant_flows.import_bank_statement)
    day.plan(PAYOUT_TIME, merchant_flows.pay_out)
    day.plan(HANDOVER_TIME, merchant_flows.hand_over_cash)
    plan_event_day(rng, world.event, world.event_program, day)


def daily_spending(person: Person) -> float:
    """Satang a member usually spends in coin a day."""
    return person.purchases_per_day * MEAN_PURCHASE * 100


def _plan_topup(
    rng: Random, state: State, index: int, person: Person, day: Day, waiting: bool
) -> None:
    usual = daily_spending(person)
    if waiting or state.held(person.member.account_id) >= LOW_DAYS * usual:
        return
    if rng.random() >= TOPUP_CHANCE:
        return
    wanted = usual * rng.uniform(*TOPUP_DAYS)
    amount = min(max(math.ceil(wanted / 10_000) * 10_000, TOPUP_RANGE[0]), TOPUP_RANGE[1])
    if person.promptpay:
        delay = rng.randint(60, 900)
        day.plan(
            rng.randrange(7 * HOUR, 22 * HOUR),
            partial(member_flows.promptpay_topup, index, amount, delay),
        )
    else:
        day.plan(
            rng.randrange(8 * HOUR, 18 * HOUR), partial(member_flows.cash_topup, index, amount)
        )


def _plan_purchases(rng: Random, index: int, person: Person, day: Day, boost: float) -> None:
    for _ in range(poisson(rng, person.purchases_per_day * boost)):
        category = rng.choices(CATEGORIES, cum_weights=PURCHASE_WEIGHTS)[0]
        shop = rng.choice(person.favourites[category.code])
        low, usual, high = category.price
        amount = round(rng.triangular(low, high, usual)) * 100
        purchase = partial(member_flows.purchase, index, shop, amount)
        day.plan(_busy_second(rng, category), purchase)


def _plan_sending(rng: Random, world: World, index: int, person: Person, day: Day) -> None:
    if rng.random() >= SEND_CHANCE:
        return
    neighbours = world.neighbours[person.member.tambon_code]
    payee = rng.choice(neighbours)
    if payee != index:
        amount = rng.choice(SEND_AMOUNTS)
        day.plan(
            rng.randrange(7 * HOUR, 21 * HOUR),
            partial(member_flows.send_coin, index, payee, amount),
        )


def _plan_business(rng: Random, index: int, business: Business, day: Day, weekday: int) -> None:
    category = business.category
    due = day.number + business.offset
    if business.suppliers and due % category.restock_every == 0:
        daily = category.restock_every == 1
        second = rng.randrange(5 * HOUR, 7 * HOUR) if daily else rng.randrange(9 * HOUR, 16 * HOUR)
        supplier = rng.choice(business.suppliers)
        day.plan(second, partial(merchant_flows.restock, index, supplier))
    if weekday == business.offset:
        wage = round(category.daily_wage * 6 * COIN_WAGE_SHARE) * 100
        for person in business.staff:
            pay = partial(merchant_flows.pay_staff, index, person, wage)
            day.plan(rng.randrange(17 * HOUR, 19 * HOUR), pay)
    if category.redeem_every and due % category.redeem_every == 0:
        day.plan(rng.randrange(10 * HOUR, 15 * HOUR), partial(merchant_flows.redeem, index))


_HOURS = {
    category.code: (
        [hour for hour, _ in category.hours],
        list(accumulate(weight for _, weight in category.hours)),
    )
    for category in CATEGORIES
}


def _busy_second(rng: Random, category: Category) -> int:
    hours, cumulative = _HOURS[category.code]
    return rng.choices(hours, cum_weights=cumulative)[0] * HOUR + rng.randrange(HOUR)


def poisson(rng: Random, mean: float) -> int:
    """A Poisson draw (Knuth's method: fine for the small means of daily habits)."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count
