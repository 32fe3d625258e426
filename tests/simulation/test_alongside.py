"""A simulation shares its database with what is there: the demo pilot of ``make run``,
and the rules of a sandbox program (a payment they refuse is counted, not made)."""

from datetime import timedelta

from sqlalchemy import Engine, select

from tests.simulation.conftest import TINY, run
from thungngoen.checks import run_checks
from thungngoen.db import read_transaction, write_transaction
from thungngoen.simulation.world import ACTOR
from thungngoen.wallet import programs
from thungngoen.wallet.demo import demo_accounts, load_demo
from thungngoen.wallet.tables import merchants, payments

PILOT = "900101"


def people_balances(engine: Engine) -> dict[str, int]:
    with read_transaction(engine) as connection:
        accounts = demo_accounts(connection)
    return {a.code: a.balance for a in accounts if a.owner_type != "system"}


def test_next_to_the_demo_pilot(engine: Engine) -> None:
    load_demo(engine)
    before = people_balances(engine)
    summary = run(engine)
    after = people_balances(engine)
    assert {code: after[code] for code in before} == before, "the demo's wallets are untouched"
    assert len(after) > len(before)
    assert summary.counts["purchases"] > 200
    with read_transaction(engine) as connection:
        assert [result.name for result in run_checks(connection) if not result.ok] == []


def test_a_sandbox_program_refuses_payments_outside_its_area(engine: Engine) -> None:
    terms = programs.ProgramTerms(
        name="Bo Yang only",
        valid_from=TINY.moment(-1, 0),
        valid_until=TINY.moment(TINY.days, 0) + timedelta(days=1),
        allowed_tambons=(PILOT,),
    )
    write_transaction(
        engine,
        lambda c: programs.create_program(
            c, code="bo-yang-only", kind="sandbox", terms=terms, actor=ACTOR
        ),
    )
    summary = run(engine)
    with read_transaction(engine) as connection:
        places = connection.execute(
            select(merchants.c.tambon_code)
            .join(payments, payments.c.merchant_id == merchants.c.id)
            .where(payments.c.channel == "simulated")
        ).scalars()
        assert set(places) <= {PILOT}
        assert [result.name for result in run_checks(connection) if not result.ok] == []
    assert summary.counts["purchases refused by a program's rules"] > 0
