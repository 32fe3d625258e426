"""Migration 0011 gives the transfers of an existing database the digests that posting
would have given them."""

from sqlalchemy import Engine, inspect, select

from tests.ledger.tamper import reports, sealed_book
from thungngoen import ledger
from thungngoen.db import read_transaction
from thungngoen.db.migrate import downgrade, upgrade
from thungngoen.ledger.tables import transfers


def stored_digests(engine: Engine) -> list[tuple[int, str]]:
    with read_transaction(engine) as connection:
        query = select(transfers.c.id, transfers.c.digest).order_by(transfers.c.id)
        return [(row.id, row.digest) for row in connection.execute(query)]


def test_upgrade_backfills_the_digests_posting_wrote(engine: Engine) -> None:
    book = sealed_book(engine)
    book.pay(book.alice, book.bob, 7, metadata={"nested": {"z": 1, "a": [True, 2.5]}})
    written = stored_digests(engine)
    downgrade(engine, "0010")
    assert "ledger_seals" not in inspect(engine).get_table_names()
    assert "digest" not in {c["name"] for c in inspect(engine).get_columns("ledger_transfers")}
    upgrade(engine)
    assert stored_digests(engine) == written
    assert [block.count for block in ledger.seal(engine)] == [5]
    assert reports(engine) == {}
