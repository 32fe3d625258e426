"""The audit log is append-only and its hash chain exposes tampering."""

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from thungngoen import audit
from thungngoen.audit.verify import audit_chain
from thungngoen.db import read_transaction, write_transaction


def record_three(engine: Engine) -> None:
    for n in range(3):
        write_transaction(
            engine,
            lambda c, n=n: audit.record(  # type: ignore[misc]
                c,
                actor="operator:1",
                action="merchant.approved",
                subject_type="merchant",
                subject_id=n,
                before={"status": "pending"},
                after={"status": "approved"},
            ),
        )


def test_entries_chain_by_hash(engine: Engine) -> None:
    record_three(engine)
    with read_transaction(engine) as connection:
        entries = audit.recent(connection)
        assert audit_chain(connection).ok
    assert [e.id for e in entries] == [3, 2, 1]
    assert entries[0].previous_hash == entries[1].hash
    assert entries[2].after == {"status": "approved"}


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET actor = 'someone else' WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 3",
    ],
)
def test_the_database_refuses_edits(engine: Engine, statement: str) -> None:
    record_three(engine)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.execute(text(statement))


def test_verify_finds_a_forged_entry(engine: Engine) -> None:
    """Someone with database access removes the guard and rewrites history."""
    record_three(engine)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER audit_log_no_update"))
        else:
            connection.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
        connection.execute(text("UPDATE audit_log SET actor = 'forger' WHERE id = 2"))
        if engine.dialect.name != "sqlite":
            connection.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"))
    with read_transaction(engine) as connection:
        result = audit_chain(connection)
    assert result.violations == ["audit entry 2: content does not match its hash"]
