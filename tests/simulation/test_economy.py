"""A tiny simulated pilot on each database: every flow of the economy is there, at
plausible simulated moments, and every invariant of the ledger holds."""

from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from tests.simulation.conftest import Simulated
from thungngoen.audit.tables import audit_log
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.registry.places import PILOT_TAMBONS
from thungngoen.simulation.areas import PILOT_DISTRICT, district_of
from thungngoen.simulation.categories import CATEGORIES
from thungngoen.simulation.event import EVENT_CODE
from thungngoen.simulation.runner import simulate
from thungngoen.thai import THAI_TIME
from thungngoen.wallet import programs
from thungngoen.wallet.reserve import reserve_report
from thungngoen.wallet.tables import members, merchants, payments

FLOWS = (
    "donation",
    "topup_cash",
    "topup_promptpay",
    "payment",
    "supplier_payment",
    "wage",
    "redemption",
    "redemption_fee",
    "payout",
    "event_allowance",
    "event_payment",
    "event_return",
)


def test_every_flow_of_the_economy_is_there(simulated: Simulated) -> None:
    with read_transaction(simulated.engine) as connection:
        by_purpose = select(transfers.c.purpose, func.count()).group_by(transfers.c.purpose)
        purposes: Counter[str] = Counter()
        for purpose, count in connection.execute(by_purpose):
            purposes[purpose] = count
        channels = set(connection.execute(select(payments.c.channel).distinct()).scalars())
        event = programs.program_by_code(connection, EVENT_CODE)
        stalls = connection.execute(
            select(func.count()).select_from(programs.tables.event_merchants)
        ).scalar_one()
    assert set(FLOWS) <= set(purposes), set(FLOWS) - set(purposes)
    assert purposes["payment"] > 200
    assert channels == {"simulated", "event"}
    assert event.closed_at is not None
    assert stalls >= 1
    counts = simulated.summary.counts
    assert counts["purchases"] == purposes["payment"]
    assert counts["event payments"] == purposes["event_payment"]
    assert counts["event registrations"] == max(1, round(simulated.config.members * 0.1))
    assert simulated.summary.transfers == sum(purposes.values())


def test_members_live_mostly_in_the_pilot_district(simulated: Simulated) -> None:
    with read_transaction(simulated.engine) as connection:
        homes = connection.execute(select(members.c.tambon_code)).scalars().all()
    assert len(homes) == simulated.config.members
    in_pilot_district = [code for code in homes if district_of(code) == PILOT_DISTRICT]
    assert len(in_pilot_district) / len(homes) > 0.3
    assert Counter(homes).most_common(1)[0][0] in PILOT_TAMBONS


def test_every_category_is_there_in_its_tier(simulated: Simulated) -> None:
    with read_transaction(simulated.engine) as connection:
        shops = connection.execute(
            select(merchants.c.category, merchants.c.tier, merchants.c.status)
        ).all()
    assert sorted((c, t) for c, t, _ in shops) == sorted((c.code, c.tier) for c in CATEGORIES)
    assert {status for _, _, status in shops} == {"approved"}
    assert simulated.summary.merchants == {c.code: 1 for c in CATEGORIES}


def test_transfers_are_spread_over_the_days_at_plausible_hours(simulated: Simulated) -> None:
    config = simulated.config
    with read_transaction(simulated.engine) as connection:
        stamped = connection.execute(
            select(transfers.c.purpose, transfers.c.created_at).order_by(transfers.c.id)
        ).all()
        joined = connection.execute(select(members.c.created_at)).scalars().all()
        audited = connection.execute(select(audit_log.c.occurred_at).order_by(audit_log.c.id))
        audit_moments = list(audited.scalars())
    local = [(purpose, moment.astimezone(THAI_TIME)) for purpose, moment in stamped]
    days = Counter(moment.date() for _, moment in local)
    setup_day = config.start - timedelta(days=1)
    assert sorted(days) == [setup_day + timedelta(days=n) for n in range(config.days + 1)]
    assert all(days[config.start + timedelta(days=n)] > 50 for n in range(config.days))
    assert {purpose for purpose, moment in local if moment.date() == setup_day} == {"donation"}
    assert all(5 <= moment.hour <= 20 for purpose, moment in local if purpose == "payment")
    assert all(moment.astimezone(THAI_TIME).date() == setup_day for moment in joined)
    moments = [moment for _, moment in stamped]
    assert moments == sorted(moments), "the ledger is written in time order"
    assert audit_moments == sorted(audit_moments), "and so is the audit log"


def test_invariants_hold_and_coin_is_backed(simulated: Simulated) -> None:
    with read_transaction(simulated.engine) as connection:
        results = run_checks(connection)
        reserve = reserve_report(connection)
    assert [r.name for r in results if not r.ok] == []
    assert reserve.balanced
    assert reserve.coin_outstanding > 0
    assert simulated.summary.coin_outstanding == reserve.coin_outstanding


def test_a_second_simulation_adds_nothing(simulated: Simulated) -> None:
    assert simulate(simulated.engine, simulated.config) is None
    with read_transaction(simulated.engine) as connection:
        count = connection.execute(select(func.count()).select_from(transfers)).scalar_one()
    assert count == simulated.summary.transfers
