"""Random sequences of ledger operations, checked step by step against a pure-Python model.

The model predicts every account's posted and pending totals and, for each request, the
set of rejections it may meet (empty: it must succeed). After each step the database
must equal the model and pass every invariant check; a rejection must change nothing.

The model is in ``model``, the state machine in ``harness`` (plumbing) and ``machine``
(rules).
"""

from pathlib import Path

from hypothesis import settings
from hypothesis.stateful import run_state_machine_as_test
from sqlalchemy import Connection, Engine
from sqlalchemy.engine import make_url

from tests.ledger.harness import START
from tests.ledger.machine import LedgerMachine
from thungngoen import ledger
from thungngoen.db import write_transaction

EXAMPLES = {"sqlite": 200, "postgresql": 60}
"""Examples per backend: some 20 to 40 seconds each."""


def test_ledger_matches_model(database_url: str, sqlite_template: Path) -> None:
    class Machine(LedgerMachine):
        url = database_url
        template = sqlite_template

    examples = EXAMPLES[make_url(database_url).get_backend_name()]
    run_state_machine_as_test(
        Machine, settings=settings(max_examples=examples, stateful_step_count=40, deadline=None)
    )


def test_expire_pending_skips_settled_transfers(engine: Engine) -> None:
    """A second expiry run must not pick up what the first one expired."""

    def reserve(conn: Connection) -> ledger.Transfer:
        a = ledger.open_account(conn, ledger.AccountSpec("a", "SKC", "equity", "t", "t"))
        b = ledger.open_account(conn, ledger.AccountSpec("b", "SKC", "liability", "t", "t"))
        request = ledger.TransferRequest(a.id, b.id, 5, "SKC", "t", pending=True, expires_at=START)
        return ledger.post_transfer(conn, request)

    pending = write_transaction(engine, reserve)
    first = write_transaction(engine, lambda conn: ledger.expire_pending(conn, START))
    assert [t.pending_id for t in first] == [pending.id]
    assert write_transaction(engine, lambda conn: ledger.expire_pending(conn, START)) == []
