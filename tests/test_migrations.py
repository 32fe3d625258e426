"""Migrations build exactly the schema the code declares, and step down cleanly."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from thungngoen.areas import load_all_tables
from thungngoen.db import metadata
from thungngoen.db.migrate import downgrade, upgrade

load_all_tables()  # every table of the core and the areas, for the metadata


def test_migrated_schema_matches_the_tables(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_downgrade_to_base_and_back(engine: Engine) -> None:
    downgrade(engine, "base")
    assert not {"ledger_accounts", "ledger_transfers"} & set(inspect(engine).get_table_names())
    upgrade(engine)
    assert {"ledger_accounts", "ledger_transfers"} <= set(inspect(engine).get_table_names())
