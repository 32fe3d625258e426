"""The rollups are incremental: refreshing after any transfer, in chunks of any size,
gives exactly what one refresh at the end gives; and the tracing keeps every wallet's
balance equal to the ledger's."""

import json
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, select

from tests import databases
from tests.circulation.conftest import Story
from tests.circulation.economy import BO_YANG, HAT_YAI, KHAO_RUP_CHANG, Economy, at
from thungngoen import ledger
from thungngoen.circulation import rollup, tables
from thungngoen.db import create_db_engine, read_transaction, write_transaction
from thungngoen.errors import DomainError
from thungngoen.ledger.tables import transfers
from thungngoen.wallet.people import Member
from thungngoen.wallet.reserve import reserve_report


def rollups(engine: Engine) -> dict[str, list[str]]:
    """Every rollup row, comparable (a wallet's tracing parts in a fixed order)."""
    dump: dict[str, list[str]] = {}
    with read_transaction(engine) as connection:
        for table in tables.ROLLUPS:
            rows = [
                json.dumps(list(row), default=str, sort_keys=True)
                for row in connection.execute(select(table))
            ]
            dump[table.name] = sorted(rows)
    return dump


def assert_traced_balances(engine: Engine) -> None:
    """Each traced wallet's pool holds what the ledger says; the coin held (by holder, and
    the pilot's own rows) adds up to the coin outstanding, the reserve rows to the baht
    backing it."""
    with read_transaction(engine) as connection:
        h = tables.holders.c
        traced = connection.execute(
            select(h.account_id, h.balance).where(h.holder_kind.not_in(("mint", "baht")))
        ).all()
        for account_id, balance in traced:
            if ledger.get_account(connection, account_id).currency == "SKC":
                assert balance == ledger.balance(connection, account_id), account_id
        held = tables.holdings.c

        def total(*kinds: str, exclude: bool = False) -> int:
            chosen = held.holder_kind.not_in(kinds) if exclude else held.holder_kind.in_(kinds)
            return sum(connection.execute(select(held.change).where(chosen)).scalars())

        report = reserve_report(connection)
        assert total("reserve", "all", exclude=True) == report.coin_outstanding
        assert total("all") == report.coin_outstanding
        assert total("reserve") == report.baht_backing


def test_refresh_adds_each_transfer_once(story: Story) -> None:
    engine = story.economy.engine
    assert story.economy.refresh() > 0
    assert story.economy.refresh() == 0
    before = rollups(engine)
    assert_traced_balances(engine)
    write_transaction(engine, rollup.reset)
    assert rollup.watermark(engine) == 0
    assert rollups(engine)["circulation_flows"] == []
    rollup.refresh(engine, chunk=4)
    assert rollups(engine) == before


Step = tuple[str, int, int, int]
ACTIONS = ("buy", "buy", "buy", "supply", "supply", "wage", "send", "redeem", "top_up", "refresh")
steps = st.lists(
    st.tuples(
        st.sampled_from(ACTIONS),
        st.integers(0, 2),
        st.integers(0, 2),
        st.integers(1, 150),
    ),
    min_size=6,
    max_size=24,
)


def _play(
    economy: Economy, step: Step, day: int, chunk: int, members: list[Member], shops: list[int]
) -> None:
    action, a, b, baht = step
    moment = at(2 + day % 20, 8 + day % 12)
    if action == "refresh":
        rollup.refresh(economy.engine, chunk=chunk)
        return
    calls: dict[str, Callable[[], object]] = {
        "top_up": lambda: economy.top_up(members[a], baht, moment),
        "buy": lambda: economy.buy(members[a], shops[b], baht, moment),
        "supply": lambda: economy.supply(shops[a], shops[b], baht, moment),
        "wage": lambda: economy.wage(shops[a], members[b], baht, moment),
        "send": lambda: economy.send(members[a], members[b], baht, moment),
        "redeem": lambda: economy.redeem(shops[a], baht, moment),
    }
    with suppress(DomainError):  # rejected (not enough coin…): nothing was written
        calls[action]()


def test_refreshing_at_any_point_gives_the_same_rollups(
    database_url: str, sqlite_template: Path
) -> None:
    @settings(max_examples=20 if database_url.startswith("sqlite") else 10, deadline=None)
    @given(steps=steps, chunk=st.integers(1, 5))
    def check(steps: list[Step], chunk: int) -> None:
        engine = create_db_engine(databases.reset_database(database_url, sqlite_template))
        try:
            economy = Economy(engine)
            members = [
                economy.member("ก", BO_YANG),
                economy.member("ข", KHAO_RUP_CHANG),
                economy.member("ค", HAT_YAI),
            ]
            shops = [
                economy.shop("ร้านหนึ่ง", BO_YANG),
                economy.shop("ร้านสอง", BO_YANG, "grocery"),
                economy.shop("ร้านสาม", HAT_YAI, "wholesale"),
            ]
            for member in members:
                economy.top_up(member, 500, at(1, 9))
            for day, step in enumerate(steps):
                _play(economy, step, day, chunk, members, shops)
            rollup.refresh(engine, chunk=chunk)
            assert_traced_balances(engine)
            incremental = rollups(engine)
            write_transaction(engine, rollup.reset)
            rollup.refresh(engine)
            assert rollups(engine) == incremental
        finally:
            engine.dispose()

    check()


def test_pending_transfers_count_once_posted(story: Story) -> None:
    """A two-phase transfer moves no posted balance while pending: the watermark passes
    it and nothing is counted; its posting (a new transfer) is a p2p payment."""
    engine, somsri, anan = story.economy.engine, story.somsri, story.anan

    def hold(connection: Connection) -> int:
        request = ledger.TransferRequest(
            somsri.account_id, anan.account_id, 5_000, "SKC", "p2p", pending=True
        )
        return ledger.post_transfer(connection, request).id

    story.economy.refresh()
    before = rollups(engine)["circulation_flows"]
    pending = write_transaction(engine, hold)
    assert story.economy.refresh() == 0
    assert rollup.watermark(engine) == pending
    assert rollups(engine)["circulation_flows"] == before
    write_transaction(engine, lambda c: ledger.post_pending(c, pending))
    assert story.economy.refresh() == 1
    assert story.economy.report().spend_by_kind["p2p"] == 150 * 100
    assert_traced_balances(engine)


def test_a_reversal_is_a_move_not_a_payment(story: Story) -> None:
    """An operator reverses Wichai's purchase at G through the ledger: the coin goes
    back (holdings follow it) but no wage or refund appears, and the purchase stays."""
    engine = story.economy.engine
    before = story.economy.report()
    with read_transaction(engine) as connection:
        purchase = connection.execute(
            select(transfers.c.id).where(
                transfers.c.purpose == "payment", transfers.c.amount == 20_000
            )
        ).scalar_one()
    write_transaction(engine, lambda c: ledger.reverse_transfer(c, purchase))
    after = story.economy.report()
    assert after.spend_by_kind == before.spend_by_kind
    assert after.lm3 == before.lm3
    assert after.supply_end == before.supply_end
    assert_traced_balances(engine)
