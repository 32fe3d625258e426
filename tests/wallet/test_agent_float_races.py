"""Concurrent top-ups by one agent cannot together pass the float limit, nor concurrent
hand-overs take more than the agent holds (threads on SQLite and PostgreSQL)."""

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Connection

from tests.wallet.conftest import World
from thungngoen.db import read_transaction, write_transaction
from thungngoen.errors import DomainError
from thungngoen.wallet import errors
from thungngoen.wallet.agent_limits import float_of_agent, set_float_limit
from thungngoen.wallet.handovers import record_handover
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.topups import cash_topup

THREADS = 12


def race(world: World, works: list[Callable[[Connection], object]]) -> list[str]:
    """Run every work at once (each in its own unit of work); what each one came to."""
    start = threading.Barrier(len(works))

    def run(work: Callable[[Connection], object]) -> str:
        start.wait()
        try:
            write_transaction(world.engine, work)
        except DomainError as error:
            return error.code
        return "done"

    with ThreadPoolExecutor(len(works)) as pool:
        return list(pool.map(run, works))


def test_concurrent_top_ups_stop_at_the_limit(world: World) -> None:
    write_transaction(world.engine, lambda c: set_float_limit(c, world.agent_id, 5_000, "op"))
    works: list[Callable[[Connection], object]] = [
        lambda c, n=n: cash_topup(  # type: ignore[misc]
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=1_000,
            idempotency_key=f"race-{n}",
            actor="agent:1",
        )
        for n in range(THREADS)
    ]
    outcomes = race(world, works)
    assert sorted(outcomes) == ["done"] * 5 + [errors.FloatLimitReached.code] * (THREADS - 5)
    with read_transaction(world.engine) as connection:
        assert float_of_agent(connection, world.agent_id).held == 5_000
        report = reserve_report(connection)
    assert report.coin_outstanding == report.cash_at_agents == 5_000
    assert report.balanced


def test_concurrent_hand_overs_take_no_more_than_the_agent_holds(world: World) -> None:
    write_transaction(
        world.engine,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=10_000,
            idempotency_key="cash",
            actor="agent:1",
        ),
    )
    works: list[Callable[[Connection], object]] = [
        lambda c, n=n: record_handover(  # type: ignore[misc]
            c, agent_id=world.agent_id, amount=3_000, idempotency_key=f"slip-{n}", actor="op"
        )
        for n in range(THREADS)
    ]
    outcomes = race(world, works)
    assert sorted(outcomes) == ["done"] * 3 + [errors.HandoverExceedsFloat.code] * (THREADS - 3)
    with read_transaction(world.engine) as connection:
        assert float_of_agent(connection, world.agent_id).held == 1_000
        assert reserve_report(connection).balanced
