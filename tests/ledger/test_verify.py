"""``verify`` must catch a ledger that someone changed behind the ledger's back."""

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from typer.testing import CliRunner

from tests.ledger.helpers import make_book
from thungngoen import ledger
from thungngoen.cli.main import app
from thungngoen.db import read_transaction
from thungngoen.ledger.verify import run_checks

TAMPERING = {
    "debits_equal_credits": "UPDATE ledger_accounts SET credits_posted = credits_posted + 1"
    " WHERE code = 'wallet:alice'",
    "no_overdraft": "UPDATE ledger_accounts SET overdraft_limit = 0"
    " WHERE code = 'ledger-test:mint'",
    "balance_chain": "UPDATE ledger_transfers SET credit_balance_after = 1 WHERE id = 1",
    "chain_links": "UPDATE ledger_accounts SET last_transfer_id = NULL WHERE code = 'wallet:bob'",
    "settlements_match_pending": "UPDATE ledger_transfers SET amount = amount + 1"
    " WHERE kind = 'void_pending'",
}


def failed_checks(engine: Engine) -> set[str]:
    with read_transaction(engine) as connection:
        return {result.name for result in run_checks(connection) if not result.ok}


@pytest.mark.parametrize("check", sorted(TAMPERING))
def test_tampering_is_reported(engine: Engine, check: str) -> None:
    """PostgreSQL has no switch to skip CHECK constraints: there the database itself
    refuses the overdraft that SQLite is told to let through."""
    book = make_book(engine)
    book.pay(book.alice, book.bob, 100)
    held = book.pay(book.alice, book.bob, 50, pending=True)
    book.write(lambda c: ledger.void_pending(c, held.id))
    assert failed_checks(engine) == set()
    if check == "no_overdraft" and engine.dialect.name != "sqlite":
        with pytest.raises(IntegrityError, match="within_limit"), engine.begin() as connection:
            connection.execute(text(TAMPERING[check]))
        return
    with engine.begin() as connection:
        if check == "no_overdraft":
            connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        connection.execute(text(TAMPERING[check]))
    assert check in failed_checks(engine)


def test_cli_exits_non_zero_with_a_report(engine: Engine, database_url: str) -> None:
    book = make_book(engine)
    book.pay(book.alice, book.bob, 100)
    runner = CliRunner()
    healthy = runner.invoke(app, ["verify", "--database-url", database_url])
    assert healthy.exit_code == 0, healthy.output
    assert "all invariants hold" in healthy.output
    with engine.begin() as connection:
        connection.execute(text(TAMPERING["balance_chain"]))
    broken = runner.invoke(app, ["verify", "--database-url", database_url])
    assert broken.exit_code == 1
    assert "balance_chain" in broken.output
    assert "recorded=1" in broken.output
