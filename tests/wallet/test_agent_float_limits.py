"""Issue 12, finding 7: an agent mints coin only up to the float limit the operator set;
handing cash over frees the room and banks the cash; the reserve shows where the baht is."""

import contextlib

import pytest
from sqlalchemy import Connection, func, select

from tests.wallet.conftest import World
from thungngoen import ledger
from thungngoen.audit.tables import audit_log
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.errors import IdempotencyConflict
from thungngoen.ledger.tables import transfers
from thungngoen.wallet import DEFAULT_FLOAT_LIMIT, book, errors
from thungngoen.wallet.agent_limits import float_of_agent, set_float_limit
from thungngoen.wallet.handovers import Handover, record_handover
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.topups import MAX_TOPUP, cash_topup

BAHT = 100


def top_up(world: World, amount: int, key: str) -> list[ledger.Transfer]:
    return write_transaction(
        world.engine,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=amount,
            idempotency_key=key,
            actor="agent:1",
        ),
    )


def set_limit(world: World, limit: int) -> None:
    write_transaction(world.engine, lambda c: set_float_limit(c, world.agent_id, limit, "user:9"))


def hand_over(world: World, amount: int, key: str, reference: str = "") -> Handover:
    return write_transaction(
        world.engine,
        lambda c: record_handover(
            c,
            agent_id=world.agent_id,
            amount=amount,
            idempotency_key=key,
            actor="user:9",
            reference=reference,
        ),
    )


def read(world: World, code: str) -> int:
    with read_transaction(world.engine) as connection:
        account = ledger.find_account(connection, code)
        return account.balance if account else 0


def transfer_count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(transfers)).scalar_one())


def test_a_new_agent_may_hold_20_000_baht(world: World) -> None:
    with read_transaction(world.engine) as connection:
        agent = float_of_agent(connection, world.agent_id)
    assert (agent.float_limit, agent.held, agent.room) == (DEFAULT_FLOAT_LIMIT, 0, 2_000_000)
    with pytest.raises(errors.FloatLimitReached):
        top_up(world, MAX_TOPUP, "one-big-top-up")
    top_up(world, DEFAULT_FLOAT_LIMIT, "up-to-the-limit")
    with pytest.raises(errors.FloatLimitReached):
        top_up(world, 1, "one-satang-more")


def test_forty_top_ups_of_50_000_baht_stop_at_the_limit(world: World) -> None:
    set_limit(world, 100_000 * BAHT)
    refusals: list[errors.FloatLimitReached] = []
    for n in range(40):
        try:
            top_up(world, MAX_TOPUP, f"attack-{n}")
        except errors.FloatLimitReached as error:
            refusals.append(error)
    assert len(refusals) == 38
    assert {tuple(error.details().items()) for error in refusals} == {
        (("float_limit_satang", 10_000_000), ("float_satang", 10_000_000), ("room_satang", 0))
    }
    assert read(world, f"skc:member:user-{world.somsri.user_id}") == 100_000 * BAHT
    with read_transaction(world.engine) as connection:
        report = reserve_report(connection)
    assert report.coin_outstanding == report.cash_at_agents == 100_000 * BAHT
    assert report.baht_in_bank == 0
    assert report.balanced


def test_a_refused_top_up_changes_nothing_and_a_replay_is_still_the_first(world: World) -> None:
    set_limit(world, 500 * BAHT)
    first = top_up(world, 400 * BAHT, "receipt-1")
    with read_transaction(world.engine) as connection:
        before = transfer_count(connection)
    with pytest.raises(errors.FloatLimitReached, match=r"float limit of 500\.00 baht"):
        top_up(world, 101 * BAHT, "receipt-2")
    with read_transaction(world.engine) as connection:
        assert transfer_count(connection) == before
        assert ledger.batch_by_key(connection, "topup-cash:receipt-2") == []
    set_limit(world, 100 * BAHT)  # lowered below what the agent holds: a replay still replays
    assert [t.id for t in top_up(world, 400 * BAHT, "receipt-1")] == [t.id for t in first]
    assert read(world, book.BACKING) == 400 * BAHT


def test_a_refusal_caught_inside_a_larger_unit_posts_nothing(world: World) -> None:
    def caught(connection: Connection) -> None:
        with contextlib.suppress(errors.FloatLimitReached):
            cash_topup(
                connection,
                agent_id=world.agent_id,
                member_id=world.somsri.id,
                amount=MAX_TOPUP,
                idempotency_key="caught",
                actor="agent:1",
            )

    write_transaction(world.engine, caught)
    assert read(world, book.MINT) == 0
    with read_transaction(world.engine) as connection:
        assert float_of_agent(connection, world.agent_id).held == 0


def test_a_hand_over_banks_the_cash_and_frees_the_room(world: World) -> None:
    top_up(world, 15_000 * BAHT, "r-1")
    done = hand_over(world, 10_000 * BAHT, "slip-1", reference="KTB 000123")
    assert (done.agent.held, done.agent.room) == (5_000 * BAHT, 15_000 * BAHT)
    assert done.transfer.purpose == "agent_handover"
    assert done.transfer.metadata == {
        "agent_id": world.agent_id,
        "actor": "user:9",
        "reference": "KTB 000123",
    }
    assert read(world, book.BANK) == 10_000 * BAHT
    assert read(world, book.BACKING) == 15_000 * BAHT  # the coin's backing only moved
    top_up(world, 15_000 * BAHT, "r-2")  # the freed room takes a top-up again
    with read_transaction(world.engine) as connection:
        report = reserve_report(connection)
        assert all(check.ok for check in run_checks(connection))
    assert (report.baht_in_bank, report.cash_at_agents) == (10_000 * BAHT, 20_000 * BAHT)
    assert report.coin_outstanding == report.baht_backing == 30_000 * BAHT
    assert report.balanced


def test_no_more_is_handed_over_than_the_agent_holds(world: World) -> None:
    top_up(world, 300 * BAHT, "r-1")
    with pytest.raises(errors.HandoverExceedsFloat, match=r"holds 300\.00 baht"):
        hand_over(world, 300 * BAHT + 1, "slip-1")
    assert read(world, book.BANK) == 0
    hand_over(world, 300 * BAHT, "slip-1")
    with pytest.raises(errors.HandoverExceedsFloat):
        hand_over(world, 1, "slip-2")


def test_a_hand_over_replayed_is_made_once_and_a_key_names_one_request(world: World) -> None:
    top_up(world, 1_000 * BAHT, "r-1")
    first = hand_over(world, 400 * BAHT, "slip-1")
    again = hand_over(world, 400 * BAHT, "slip-1")
    assert again.transfer.id == first.transfer.id
    assert read(world, book.BANK) == 400 * BAHT
    with pytest.raises(IdempotencyConflict):
        hand_over(world, 500 * BAHT, "slip-1")
    with pytest.raises(IdempotencyConflict):
        hand_over(world, 400 * BAHT, "slip-1", reference="another slip")
    assert read(world, book.BANK) == 400 * BAHT


@pytest.mark.parametrize("amount", [0, -1, 500_000_001])
def test_limits_and_hand_overs_are_amounts_in_range(world: World, amount: int) -> None:
    with pytest.raises(errors.InvalidAmount):
        set_limit(world, amount)
    with pytest.raises(errors.InvalidAmount):
        hand_over(world, amount, f"bad-{amount}")


def test_an_unknown_agent_is_refused(world: World) -> None:
    with pytest.raises(errors.UnknownAgent):
        write_transaction(world.engine, lambda c: set_float_limit(c, 999, 100, "user:9"))
    with pytest.raises(errors.UnknownAgent):
        write_transaction(
            world.engine,
            lambda c: record_handover(
                c, agent_id=999, amount=100, idempotency_key="k", actor="user:9"
            ),
        )


def test_a_limit_change_is_audited_once(world: World) -> None:
    set_limit(world, 50_000 * BAHT)
    set_limit(world, 50_000 * BAHT)
    with read_transaction(world.engine) as connection:
        entries = connection.execute(
            select(audit_log.c.actor, audit_log.c.before, audit_log.c.after).where(
                audit_log.c.action == "agent.float_limit"
            )
        ).all()
    assert [tuple(entry) for entry in entries] == [
        ("user:9", {"float_limit": DEFAULT_FLOAT_LIMIT}, {"float_limit": 50_000 * BAHT})
    ]
