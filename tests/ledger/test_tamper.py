"""``verify`` catches any edit of a committed transfer, and any change inside a sealed
range or to a seal (docs/decisions/0017)."""

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import IntegrityError

from tests.ledger.tamper import execute, reports, sealed_book
from thungngoen import ledger
from thungngoen.db import read_transaction
from thungngoen.ledger.digest import DIGEST_FIELDS, transfer_digest
from thungngoen.ledger.group import post_transfers
from thungngoen.ledger.tables import transfers

EDITS = {
    "amount": "amount = amount + 1",
    "debit account": "debit_account_id = 1",
    "credit account": "credit_account_id = 1",
    "memo": "memo = 'coffee and cake'",
    "reference": "idempotency_key = 'order-8'",
    "metadata": """meta = '{"shop": 6, "ref": "A-1"}'""",
    "metadata removed": "meta = NULL",
    "kind": "kind = 'pending'",
    "balance after": "debit_balance_after = debit_balance_after - 1",
    "chain link": "debit_previous_id = NULL",
}
TIMESTAMPS = {
    "sqlite": "created_at = '2020-01-02 03:04:05.000000'",
    "postgresql": "created_at = '2020-01-02 03:04:05+00'",
}


@pytest.mark.parametrize("field", [*EDITS, "timestamp"])
def test_an_edited_transfer_is_reported(engine: Engine, field: str) -> None:
    sealed_book(engine)
    edit = TIMESTAMPS[engine.dialect.name] if field == "timestamp" else EDITS[field]
    execute(engine, f"UPDATE ledger_transfers SET {edit} WHERE id = 2")
    failed = reports(engine)
    assert failed["transfer_digests"].violations == [
        "transfer 2 does not match its digest: changed since it was written"
    ]


def test_an_unsealed_transfer_is_covered_by_its_digest_alone(engine: Engine) -> None:
    book = sealed_book(engine)
    book.pay(book.alice, book.bob, 300, memo="tea")
    execute(engine, "UPDATE ledger_transfers SET memo = 'tee' WHERE id = 5")
    assert set(reports(engine)) == {"transfer_digests"}


def test_a_digest_recomputed_without_the_server_secret_is_reported(engine: Engine) -> None:
    """A database-only attacker edits the memo and writes a matching digest under any key
    but the server's (here one it guessed): still caught."""
    sealed_book(engine)
    execute(engine, "UPDATE ledger_transfers SET memo = 'refund' WHERE id = 2")
    with read_transaction(engine) as connection:
        row = connection.execute(
            select(*(transfers.c[name] for name in DIGEST_FIELDS)).where(transfers.c.id == 2)
        ).one()
    forged = transfer_digest(row._mapping, key=b"a guess at the server secret")
    execute(engine, f"UPDATE ledger_transfers SET digest = '{forged}' WHERE id = 2")
    failed = reports(engine)
    assert "transfer 2 does not match its digest" in failed["transfer_digests"].violations[0]
    assert "changed since it was sealed" in failed["sealed_blocks"].violations[0]


def test_a_deleted_transfer_in_a_sealed_range_is_reported(engine: Engine) -> None:
    sealed_book(engine)
    execute(engine, "DELETE FROM ledger_transfers WHERE id = 3")
    assert reports(engine)["sealed_blocks"].violations == [
        "seal 1: sealed 4 transfers in (0, 4], 3 are there now",
        "seal 1: its transfers in (0, 4] or the seal itself changed since it was sealed",
    ]


def test_a_transfer_inserted_into_a_sealed_range_is_reported(engine: Engine) -> None:
    """A rejected transfer of a group leaves its id unused; a row slipped into that gap
    later, even a copy of a genuine row with its digest, shows."""
    book = sealed_book(engine)
    requests = [
        ledger.TransferRequest(book.alice, book.bob, 10, "SKC", "payment"),
        ledger.TransferRequest(book.alice, book.bob, 10**9, "SKC", "payment"),
        ledger.TransferRequest(book.alice, book.bob, 20, "SKC", "payment"),
    ]
    outcomes = book.write(lambda c: post_transfers(c, requests))
    assert [o.id for o in outcomes if isinstance(o, ledger.Transfer)] == [5, 7]
    ledger.seal(engine)
    assert reports(engine) == {}
    columns = ", ".join(name for name in [*DIGEST_FIELDS, "digest"] if name != "id")
    execute(
        engine,
        f"INSERT INTO ledger_transfers (id, {columns}) SELECT 6, {columns}"
        " FROM ledger_transfers WHERE id = 5",
    )
    failed = reports(engine)
    assert failed["sealed_blocks"].violations[0] == (
        "seal 2: sealed 2 transfers in (4, 7], 3 are there now"
    )
    assert failed["transfer_digests"].violations == [
        "transfer 6 does not match its digest: changed since it was written"
    ]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("count = count + 1", "sealed 5 transfers in (0, 4], 4 are there now"),
        ("last_id = 3", "sealed 4 transfers in (0, 3], 3 are there now"),
        ("digest = previous_digest", "changed since it was sealed"),
        ("sealed_at = created_at_literal", "changed since it was sealed"),
    ],
)
def test_an_edited_seal_is_reported(engine: Engine, edit: str, expected: str) -> None:
    sealed_book(engine)
    moment = "'2020-01-02 03:04:05" + ("'" if engine.dialect.name == "sqlite" else "+00'")
    execute(engine, f"UPDATE ledger_seals SET {edit.replace('created_at_literal', moment)}")
    violations = reports(engine)["sealed_blocks"].violations
    assert any(expected in violation for violation in violations), violations


def test_a_removed_seal_breaks_the_chain(engine: Engine) -> None:
    book = sealed_book(engine)
    book.pay(book.alice, book.bob, 300)
    ledger.seal(engine)
    book.pay(book.alice, book.bob, 400)
    ledger.seal(engine)
    execute(engine, "DELETE FROM ledger_seals WHERE id = 2")
    assert reports(engine)["sealed_blocks"].violations == [
        "seal 3: expected seal 2 (a seal was deleted or renumbered)",
        "seal 3: starts after transfer 5, the seal before ends at 4",
        "seal 3: does not chain to the seal before (that seal was edited or removed)",
    ]


def test_a_transfer_written_without_a_digest_is_refused_or_reported(engine: Engine) -> None:
    """PostgreSQL refuses the row (NOT NULL, no default); SQLite, whose column kept the
    migration's '' default, stores it and verify reports it."""
    sealed_book(engine)
    columns = ", ".join(name for name in DIGEST_FIELDS if name != "id")
    insert = (
        f"INSERT INTO ledger_transfers (id, {columns}) SELECT 9, {columns}"
        " FROM ledger_transfers WHERE id = 2"
    )
    if engine.dialect.name != "sqlite":
        with pytest.raises(IntegrityError, match="digest"):
            execute(engine, insert)
        return
    execute(engine, insert)
    assert reports(engine)["transfer_digests"].violations == [
        "transfer 9 has no digest: changed since it was written"
    ]


def test_digests_are_stored_with_every_row(engine: Engine) -> None:
    book = sealed_book(engine)
    with read_transaction(engine) as connection:
        blank = (transfers.c.digest == "") | transfers.c.digest.is_(None)
        empty = select(func.count()).where(blank)
        assert connection.scalar(empty) == 0
        assert connection.scalar(text("SELECT COUNT(DISTINCT digest) FROM ledger_transfers")) == 4
    book.assert_sound()
